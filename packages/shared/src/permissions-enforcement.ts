/** 行政执法 (administrative enforcement) permissions — 《行政处罚法》. */
export const ENFORCEMENT_PERMISSIONS = {
  'enforcement.case.read':
    '查看行政处罚案件、委托书、执法证和统计（上级机关工作人员查看时当事人姓名脱敏）',
  'enforcement.case.handle': '登记案件线索，调查取证、事先告知、听证、送达、执行等办案步骤',
  'enforcement.case.approve':
    '批准立案、法制审核、集体讨论、延长办案期限、作出处罚决定、结案（行政机关负责人）',
  'enforcement.authority.manage': '登记委托执法委托书和行政执法证',
  'enforcement.settings.manage': '设置听证数额标准（行政处罚法第六十三条）',
  'enforcement.inspection.read':
    '查看检查记录、事故隐患和挂牌督办清单（上级机关工作人员查看时联系人脱敏）',
  'enforcement.inspection.record':
    '登记检查记录（含联合检查和照片）、事故隐患，责令限期整改、复查、移送立案',
  'enforcement.hazard.supervise': '对事故隐患挂牌督办和督办销号（乡镇负责人）',
} as const;
