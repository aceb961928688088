/** 法治指标与法治政府建设年度报告 (the indicator registry and the annual report) permissions. */
export const REPORT_PERMISSIONS = {
  'report.read': '查看法治指标（计算值与录入值）和法治政府建设年度报告（上级机关工作人员只读）',
  'report.edit':
    '编辑年度报告正文、录入非系统统计指标（公安等部门数据）、提交审定、门户公开和报送上级',
  'report.approve': '审定法治政府建设年度报告（镇主要负责人）',
} as const;
