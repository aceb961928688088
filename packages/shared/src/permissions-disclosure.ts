/** 政务公开 (government information disclosure) and 三务公开 permissions. */
export const DISCLOSURE_PERMISSIONS = {
  // 主动公开 (proactive disclosure) — 《政府信息公开条例》第十七至二十六条
  'disclosure.item.read': '查看主动公开目录（含草稿、待审查和不予公开的信息）',
  'disclosure.item.write': '起草、修改、提交主动公开信息',
  'disclosure.item.review':
    '保密审查（须由起草人以外的人员进行）、不予公开信息的定期评估、撤回已公开信息',
  'disclosure.guide.manage': '维护政府信息公开指南',
  'disclosure.stats.manage': '录入年度报告表二所需的行政许可、处罚、强制决定数和收费金额',
  'disclosure.proactive.configure': '设置主动公开参数（不予公开信息的评估周期）',
  // 三务公开 (village affairs publication) — 《村民委员会组织法》第三十至三十二条
  'village_affairs.item.read': '查看村务公开事项',
  'village_affairs.item.write': '起草、提交村务公开事项（村两委）',
  'village_affairs.item.review': '村务监督委员会审查村务公开事项（须为本村监委会成员）',
  'village_affairs.board.read': '查看各村三务公开情况看板',
  'village_affairs.rules.manage': '设置各村公开频次和村务监督委员会成员',
  'village_affairs.complaint.read': '查看村民对村务公开的反映',
  'village_affairs.complaint.register': '登记村民对村务公开的反映',
  'village_affairs.complaint.handle': '调查核实村务公开反映、责令依法公布',
  // 依申请公开 (disclosure on application) and the annual report — 《政府信息公开条例》第二十七至四十五条、第五十条
  'disclosure.request.read': '查看政府信息公开申请及其办理情况',
  'disclosure.request.register': '登记当面、邮寄、传真等渠道收到的政府信息公开申请，确认网上申请',
  'disclosure.request.handle': '办理政府信息公开申请（补正、征求意见、收费、区分处理、答复）',
  'disclosure.request.extend': '批准延长政府信息公开答复期限（政府信息公开工作机构负责人）',
  'disclosure.request.pii.read': '查看申请人完整证件号码和联系电话（每次查看均留痕）',
  'disclosure.request.settings': '设置依申请公开办理参数（补正期限、收费期间是否暂停计时等）',
  'disclosure.report.read': '查看政府信息公开工作年度报告及其统计表',
  'disclosure.report.edit': '编写年度报告文字部分、录入行政复议和行政诉讼情况',
  'disclosure.report.publish': '发布政府信息公开工作年度报告',
} as const;
