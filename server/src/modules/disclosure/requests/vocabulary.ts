/**
 * The closed vocabularies of 依申请公开, as stored values with the Chinese labels users see.
 * The applicant kinds are exactly the columns of the annual report's 表三 (国办公开办函〔2021〕30号).
 */

export const APPLICANT_KINDS = {
  natural_person: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  public_interest: '社会公益组织',
  legal_service: '法律服务机构',
  other: '其他',
} as const;
export type ApplicantKind = keyof typeof APPLICANT_KINDS;
export const APPLICANT_KIND_KEYS = Object.keys(APPLICANT_KINDS) as ApplicantKind[];

/** Identity documents (《政府信息公开条例》第二十九条: 身份证明). Persons use the first three, organisations the credit code. */
export const ID_TYPES = {
  resident_id: '居民身份证',
  passport: '护照',
  hmt_permit: '港澳台居民来往内地通行证',
  credit_code: '统一社会信用代码',
} as const;
export type IdType = keyof typeof ID_TYPES;
export const ID_TYPE_KEYS = Object.keys(ID_TYPES) as IdType[];
export const PERSON_ID_TYPES: IdType[] = ['resident_id', 'passport', 'hmt_permit'];

/** How the application reached the office; each has its own receipt-date rule (第三十一条). */
export const CHANNELS = {
  in_person: '当面提交',
  registered_post: '邮寄（需签收）',
  ordinary_letter: '平常信函',
  online: '互联网',
  fax: '传真',
} as const;
export type Channel = keyof typeof CHANNELS;
export const CHANNEL_KEYS = Object.keys(CHANNELS) as Channel[];

/** 形式要求 (第二十九条第三项、第四十条). */
export const FORMS = { paper: '纸质', electronic: '电子', inspection: '查阅' } as const;
export type FormWanted = keyof typeof FORMS;
export const FORM_KEYS = Object.keys(FORMS) as FormWanted[];

/** 获取信息的途径 (第二十九条第三项). */
export const DELIVERIES = { post: '邮寄', pickup: '自取', email: '电子邮件' } as const;
export type Delivery = keyof typeof DELIVERIES;
export const DELIVERY_KEYS = Object.keys(DELIVERIES) as Delivery[];

/** Information-processing fee methods (国办函〔2020〕109号): one per application, never both. */
export const FEE_METHODS = { per_item: '按件计收', per_page: '按量计收' } as const;
export type FeeMethod = keyof typeof FEE_METHODS;
export const FEE_METHOD_KEYS = Object.keys(FEE_METHODS) as FeeMethod[];

/** Whose opinion is sought while the reply clock stands still (第三十二条、第三十四条、第三十三条第三款). */
export const CONSULTATION_KINDS = {
  third_party: '征求第三方意见',
  interagency: '征求其他机关意见',
} as const;
export type ConsultationKind = keyof typeof CONSULTATION_KINDS;

export const CONSULTATION_OPINIONS = {
  agree: '同意公开',
  object: '不同意公开',
  no_reply: '逾期未提出意见',
} as const;
export type ConsultationOpinion = keyof typeof CONSULTATION_OPINIONS;

/** Documents kept on an application; only those marked visible ever reach the applicant. */
export const DOCUMENT_KINDS = {
  reply: '答复告知书',
  correction_notice: '补正告知书',
  extension_notice: '延期答复告知书',
  fee_notice: '收费通知书',
  explanation_notice: '说明理由通知书',
  delay_notice: '延迟答复告知书',
  consultation_letter: '征求意见书',
  original: '原件（不对外提供）',
  released_copy: '公开文本（已作区分处理）',
  correction: '补正材料',
} as const;
export type DocumentKind = keyof typeof DOCUMENT_KINDS;
