/**
 * 公共法律服务: the words of the station ("3+X" windows), of legal aid (《法律援助法》) and of 司法协助, with the
 * article of each where a statute names it.
 */
const FY = '《法律援助法》';

export const AID_ART = {
  forms: `${FY}第二十二条`,
  civilMatters: `${FY}第三十一条`,
  noMeansTest: `${FY}第三十二条`,
  hardshipStandard: `${FY}第三十四条`,
  where: `${FY}第三十八条`,
  pledge: `${FY}第四十一条`,
  exempt: `${FY}第四十二条`,
  decision: `${FY}第四十三条第一款`,
  materials: `${FY}第四十三条第二款`,
  advance: `${FY}第四十四条`,
  objection: `${FY}第四十九条`,
  report: `${FY}第五十条`,
  /** The town station as a one-stop intake point (宁波市法治乡村建设促进条例 第二十二条). */
  station: '《宁波市法治乡村建设促进条例》第二十二条',
  /** 村法律顾问: hours, place and contact published; invited to meetings on villagers' major interests. */
  villageAdviser: '《宁波市法治乡村建设促进条例》第二十三条',
  adviserEvaluation: '《宁波市法治乡村建设促进条例》第二十三条第二款',
} as const;

/** What a window does; the station's figures count visits by it. "X" windows are `other`. */
export const WINDOW_KINDS = {
  consultation: '法律咨询',
  mediation: '人民调解',
  service: '法律服务',
  intake: '综合受理',
  other: '其他（X）',
} as const;
export type WindowKind = keyof typeof WINDOW_KINDS;

/** The "3+X" windows a station opens with (2024 report), each with its ticket prefix. */
export const DEFAULT_WINDOWS: { code: string; name: string; kind: WindowKind }[] = [
  { code: 'A', name: '法律咨询窗口', kind: 'consultation' },
  { code: 'B', name: '人民调解窗口', kind: 'mediation' },
  { code: 'C', name: '法律服务窗口', kind: 'service' },
  { code: 'D', name: '综合受理窗口', kind: 'intake' },
];

export const VISIT_CHANNELS = {
  walk_in: '现场来访',
  appointment: '网上预约',
  phone: '电话咨询',
  online: '网上咨询',
} as const;
export type VisitChannel = keyof typeof VISIT_CHANNELS;

export const VISIT_OUTCOMES = {
  answered: '已解答',
  resolved: '调解成功（矛盾化解）',
  unresolved: '调解不成',
  accepted: '已受理（转后台办理）',
  referred: '已转介',
} as const;
export type VisitOutcome = keyof typeof VISIT_OUTCOMES;

export const TICKET_STATES = {
  waiting: '等候中',
  called: '已叫号',
  served: '已办结',
  left: '未到（过号）',
} as const;
export type TicketState = keyof typeof TICKET_STATES;

export const APPOINTMENT_SLOTS = { am: '上午（9:00–11:30）', pm: '下午（13:30–17:00）' } as const;
export type AppointmentSlot = keyof typeof APPOINTMENT_SLOTS;

/** Civil and administrative matters of 第三十一条 (means-tested) and 第三十二条 (no means test). */
export const AID_MATTERS = {
  a31_state_comp: { label: '依法请求国家赔偿', article: 31 },
  a31_social: { label: '请求给予社会保险待遇或者社会救助', article: 31 },
  a31_pension: { label: '请求发给抚恤金', article: 31 },
  a31_support: { label: '请求给付赡养费、抚养费、扶养费', article: 31 },
  a31_labour: { label: '请求确认劳动关系或者支付劳动报酬', article: 31 },
  a31_capacity: { label: '请求认定无民事行为能力或者限制民事行为能力', article: 31 },
  a31_injury: { label: '请求工伤、交通、食品药品安全、医疗事故人身损害赔偿', article: 31 },
  a31_environment: { label: '请求环境污染、生态破坏损害赔偿', article: 31 },
  a31_other: { label: '法律、法规、规章规定的其他情形（经济困难）', article: 31 },
  a32_hero: { label: '英雄烈士近亲属维护英雄烈士人格权益', article: 32 },
  a32_brave: { label: '因见义勇为行为主张相关民事权益', article: 32 },
  a32_acquitted: { label: '再审改判无罪请求国家赔偿', article: 32 },
  a32_abuse: { label: '遭受虐待、遗弃或者家庭暴力的受害人主张相关权益', article: 32 },
  a32_other: { label: '法律、法规、规章规定的其他不受经济困难限制的情形', article: 32 },
} as const;
export type AidMatter = keyof typeof AID_MATTERS;

/** How the applicant's hardship is established: 第四十一条 (verification or pledge), 第四十二条 (exempt). */
export const MEANS_METHODS = {
  shared_data: '信息共享查询核查',
  pledge: '个人诚信承诺',
  exempt: '免予核查',
  not_required: '不受经济困难条件限制',
} as const;
export type MeansMethod = keyof typeof MEANS_METHODS;

/** Who is exempt from the means check (第四十二条). */
export const EXEMPTIONS = {
  dependent: '无固定生活来源的未成年人、老年人、残疾人等特定群体',
  relief: '社会救助、司法救助或者优抚对象',
  migrant_worker: '申请支付劳动报酬或工伤赔偿的进城务工人员',
  other: '法律、法规、规章规定的其他人员',
} as const;
export type Exemption = keyof typeof EXEMPTIONS;

/** Suggested kinds of 司法协助; any other text is accepted (a local practice, not a statute's list). */
export const ASSISTANCE_SUBTYPES = [
  '协助送达',
  '协助调查',
  '协助执行',
  '社区矫正调查评估',
] as const;

export const ADVISER_LOG_KINDS = {
  meeting: '列席村级会议',
  opinion: '出具法律意见',
  consultation: '接待村民咨询',
  training: '法治讲座培训',
} as const;
export type AdviserLogKind = keyof typeof ADVISER_LOG_KINDS;

/** 村法律顾问年度考核等次. */
export const ADVISER_GRADES = {
  excellent: '优秀',
  competent: '称职',
  basically_competent: '基本称职',
  incompetent: '不称职',
} as const;
export type AdviserGrade = keyof typeof ADVISER_GRADES;
