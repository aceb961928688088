/** 矛盾纠纷调解 (矛调中心 and people's mediation) permissions — 《人民调解法》. */
export const DISPUTES_PERMISSIONS = {
  'disputes.read': '查看矛盾纠纷、调解记录、调解台账和统计（上级机关工作人员查看时当事人信息脱敏）',
  'disputes.intake': '登记矛盾纠纷（各受理渠道）并分派承办调解组织',
  'disputes.handle': '受理或退回纠纷，记录调解、达成调解协议、终止调解、登记司法确认申请和回访',
  'disputes.pii.read': '查看纠纷当事人完整身份证号和手机号',
} as const;
