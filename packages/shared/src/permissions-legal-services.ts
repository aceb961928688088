/** 公共法律服务 (the town's public legal-service station, legal aid, 司法协助, 一村一法律顾问) permissions. */
export const LEGAL_SERVICES_PERMISSIONS = {
  'legal_services.station.read':
    '查看公共法律服务站的窗口、排队叫号、服务登记、预约、网上咨询和统计（上级机关工作人员查看时来访人姓名脱敏）',
  'legal_services.station.handle':
    '取号叫号、登记来访服务（事项、结果、转办）、记录满意度评价、处理预约、答复网上咨询',
  'legal_services.window.manage':
    '设置服务站窗口（法律咨询、人民调解、法律服务、综合受理及其他窗口）',
  'legal_services.aid.read': '查看法律援助申请及其期限',
  'legal_services.aid.handle':
    '受理法律援助申请，转交县法律援助中心，登记中心的补充材料通知、决定、指派和异议审查结果',
  'legal_services.assistance.read': '查看司法协助记录',
  'legal_services.assistance.record': '登记司法协助（协助送达、调查、执行、社区矫正调查评估等）',
  'legal_services.adviser.read': '查看村法律顾问及其服务记录',
  'legal_services.adviser.manage': '登记各村的法律顾问（接待时间、场所、联系方式）',
  'legal_services.adviser.log': '记录村法律顾问的服务（列席会议、出具意见、接待咨询）',
} as const;
