/** The legal team (法治队伍), advisers, 学法 and 述法 permissions. */
export const TEAM_PERMISSIONS = {
  'team.read':
    '查看法治队伍名册（学历、法律职业资格、证件、培训学时）、法律顾问合同和服务记录、学法计划和学法活动、述法评议',
  'team.manage':
    '维护法治队伍名册和培训学时、法律顾问合同和服务记录，登记学法计划、学法活动和述法评议',
} as const;
