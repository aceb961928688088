/** 合法性审查 (legality review) and 公平竞争审查 permissions. */
export const REVIEW_PERMISSIONS = {
  'review.item.read': '查看合法性审查事项（本辖区）',
  'review.item.submit': '起草、送审、补正、反馈采纳情况、报送备案、撤回（送审单位）',
  'review.item.accept': '登记受理、退回补正、归档（党建综合办）',
  'review.item.review': '合法性审查、处理预审提示、出具审查意见书（法审员）',
  'review.item.advise': '出具书面法律意见（法律顾问）',
  'review.item.co_review': '县乡协审、接收备案（县级合法性审查中心）',
  'review.item.decide': '集体讨论决定、签署、发布（分管领导、主要负责人；村级事项由村委会）',
  'review.ledger.read': '查看审查台账、备案登记和统计',
  'review.ledger.import': '批量导入线下审查的村级合同',
  'review.fcr.manage': '公平竞争审查记录与存量清理台账',
  'review.settings.manage': '设置各类事项的审查期限',
  'review.prereview.use': '智能预审（送审前自查村规民约、合同和涉企政策措施）',
} as const;
