/**
 * Built-in roles. The keys are stable API values (documented in README.md); names are what users see.
 * The three administrator roles follow 三员分立 (等保 2.0): none of them can do another's job.
 */
export const ROLES = {
  system_admin: {
    name: '系统管理员',
    admin: true,
    description: '管理机构和账号、工作日历和系统运行；不能查看审计日志，不能授予角色',
  },
  security_admin: {
    name: '安全管理员',
    admin: true,
    description: '分配角色、解锁账号、管理接口令牌和会话',
  },
  audit_admin: { name: '审计管理员', admin: true, description: '查阅和校验审计日志，别无其他权限' },
  town_head: {
    name: '镇主要负责人',
    admin: false,
    description: '镇党委、政府主要负责人（法治建设第一责任人）',
  },
  deputy_head: { name: '分管领导', admin: false, description: '分管法治工作的镇领导' },
  legal_reviewer: {
    name: '法治审查员',
    admin: false,
    description: '法审员：合法性审查、出具审查意见',
  },
  legal_adviser: {
    name: '法律顾问',
    admin: false,
    description: '外聘法律顾问团队成员：出具书面法律意见',
  },
  office_clerk: { name: '科室经办人', admin: false, description: '党建综合办等科室经办人员' },
  enforcement_officer: { name: '执法人员', admin: false, description: '综合行政执法队执法人员' },
  mediator: { name: '调解员', admin: false, description: '矛调中心、人民调解委员会调解员' },
  window_clerk: { name: '窗口工作人员', admin: false, description: '公共法律服务站、便民服务窗口' },
  village_cadre: { name: '村干部', admin: false, description: '村（社区）两委成员，只能看到本村' },
  county_supervisor: {
    name: '县级监督人员',
    admin: false,
    description: '县（市、区）级机关监督人员：查阅辖区各镇的工作（个人信息脱敏），不代替乡镇办理',
  },
  public: { name: '公众', admin: false, description: '公民、法人和其他组织（申请人、意见人）' },
} as const;

export type RoleKey = keyof typeof ROLES;
export const ROLE_KEYS = Object.keys(ROLES) as RoleKey[];
export const ADMIN_ROLE_KEYS = ROLE_KEYS.filter((k) => ROLES[k].admin);
