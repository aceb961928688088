/** 行政复议与行政应诉 (reconsideration and litigation against the town) permissions. */
export const LITIGATION_PERMISSIONS = {
  'litigation.case.read':
    '查看行政复议、行政诉讼案件登记、会商、出庭应诉、评查整改和统计（上级机关工作人员查看时申请人、原告姓名脱敏）',
  'litigation.case.handle':
    '登记行政复议、行政诉讼案件，提交答复、答辩，记录庭审、出庭应诉、结果、一案一评和整改',
  'litigation.consult.record': '记录案件会商（参加人员、法律分析和会商意见）',
} as const;
