/** What a member of the legal team does (one person may do several). */
export const TEAM_ROLES = {
  legal_reviewer: '法审员',
  adviser: '法律顾问',
  enforcement: '执法人员',
  mediator: '调解员',
  cadre: '机关干部',
} as const;
export type TeamRole = keyof typeof TEAM_ROLES;
export const TEAM_ROLE_KEYS = Object.keys(TEAM_ROLES) as [TeamRole, ...TeamRole[]];

/** Highest degree (学历学位). */
export const DEGREES = {
  doctor: '博士',
  master: '硕士',
  bachelor: '学士',
  none: '无学位',
} as const;
export type Degree = keyof typeof DEGREES;
export const DEGREE_KEYS = Object.keys(DEGREES) as [Degree, ...Degree[]];

/** 学法 kinds: 会前学法 before a meeting of the leadership, 专题法治学习会, 日常学法. */
export const STUDY_KINDS = {
  pre_meeting: '会前学法',
  thematic: '专题法治学习会',
  daily: '日常学法',
} as const;
export type StudyKind = keyof typeof STUDY_KINDS;
export const STUDY_KIND_KEYS = Object.keys(STUDY_KINDS) as [StudyKind, ...StudyKind[]];

/** An adviser's service (服务记录). */
export const SERVICE_KINDS = {
  meeting: '列席会议',
  opinion: '出具法律意见',
  review: '参与合法性审查',
  consultation: '法律咨询（坐诊）',
  training: '法治培训',
} as const;
export type ServiceKind = keyof typeof SERVICE_KINDS;
export const SERVICE_KIND_KEYS = Object.keys(SERVICE_KINDS) as [ServiceKind, ...ServiceKind[]];

/** 述法 is heard on site, or given in writing. */
export const SHUFA_FORMS = { on_site: '现场述法', written: '书面述法' } as const;
export type ShufaForm = keyof typeof SHUFA_FORMS;
export const SHUFA_FORM_KEYS = Object.keys(SHUFA_FORMS) as [ShufaForm, ...ShufaForm[]];
