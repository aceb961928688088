/** 普法 (law popularisation: content, quizzes) permissions. */
export const PUFA_PERMISSIONS = {
  'pufa.read':
    '查看普法内容、知识竞赛、答题结果、排行榜和参与率（上级机关工作人员查看时姓名、手机号脱敏）',
  'pufa.manage': '维护题库，设置、开放和结束知识竞赛，发布普法文章、视频和直播活动',
  'pufa.results.export': '导出知识竞赛答题结果（含姓名、脱敏手机号，导出留痕）',
} as const;
