/** 重大行政决策 (major administrative decisions) permissions. */
export const DECISIONS_PERMISSIONS = {
  'decisions.read': '查看重大行政决策事项目录、决策过程记录、公众意见和统计',
  'decisions.handle':
    '编制决策事项目录，承办决策（草案、征求意见、审核和答复公众意见、专家论证、风险评估、送合法性审查、公布、执行）',
  'decisions.decide': '同意目录、启动决策程序、记录集体讨论决定、决策后评估、调整或停止执行',
} as const;
