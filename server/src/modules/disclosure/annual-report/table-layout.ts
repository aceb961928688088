import {
  OUTCOME_GROUPS,
  OUTCOME_KEYS,
  OUTCOMES,
  type Outcome,
  type OutcomeGroup,
} from '../requests/outcomes.js';
import {
  APPLICANT_KIND_KEYS,
  APPLICANT_KINDS,
  type ApplicantKind,
} from '../requests/vocabulary.js';

/**
 * The fixed layout of 表三 and 表四 in 国办公开办函〔2021〕30号, as data: the web page, the DOCX and the
 * JSON endpoint all draw from here, so the three outputs cannot disagree.
 */
export type Column = ApplicantKind | 'total';
export const COLUMNS: Column[] = [...APPLICANT_KIND_KEYS, 'total'];
export const COLUMN_LABELS: Record<Column, string> = { ...APPLICANT_KINDS, total: '总计' };
/** 自然人 stands alone; the other five sit under 法人或其他组织 (there is no official 小计 column). */
export const ORGANISATION_COLUMNS: ApplicantKind[] = APPLICANT_KIND_KEYS.filter(
  (k) => k !== 'natural_person',
);

export const TABLE3_CAPTION =
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

export type Table3RowKey = 'new' | 'carried_in' | Outcome | 'results_total' | 'carried_out';

interface Table3RowDef {
  key: Table3RowKey;
  label: string;
  /** For leaf rows of （三）–（六）: the group label spanning them. */
  group?: OutcomeGroup;
}

const leafLabel = (o: Outcome) => OUTCOMES[o].row;

/** All rows in order: 一, 二, 三 (（一）…（七）, 22 leaves + 总计), 四. */
export const TABLE3_ROWS: Table3RowDef[] = [
  { key: 'new', label: '一、本年新收政府信息公开申请数量' },
  { key: 'carried_in', label: '二、上年结转政府信息公开申请数量' },
  ...OUTCOME_KEYS.map((o) => ({ key: o, label: leafLabel(o), group: OUTCOMES[o].group })),
  { key: 'results_total', label: '（七）总计' },
  { key: 'carried_out', label: '四、结转下年度继续办理' },
];

export const RESULTS_LABEL = '三、本年度办理结果';
export const GROUP_LABELS = OUTCOME_GROUPS;

export type Table3 = Record<Table3RowKey, Record<Column, number>>;

export const emptyRow = (): Record<Column, number> =>
  Object.fromEntries(COLUMNS.map((c) => [c, 0])) as Record<Column, number>;

/** 表四: 行政复议 and two kinds of 行政诉讼, each 维持 / 纠正 / 其他 / 尚未审结 / 总计. */
export const TABLE4_GROUPS = [
  { key: 'review', label: '行政复议', parent: null },
  { key: 'direct', label: '未经复议直接起诉', parent: '行政诉讼' },
  { key: 'after', label: '复议后起诉', parent: '行政诉讼' },
] as const;
export const TABLE4_RESULTS = [
  { key: 'upheld', label: '结果维持' },
  { key: 'corrected', label: '结果纠正' },
  { key: 'other', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
  { key: 'total', label: '总计' },
] as const;
export type Table4GroupKey = (typeof TABLE4_GROUPS)[number]['key'];
export type Table4ResultKey = (typeof TABLE4_RESULTS)[number]['key'];
export type Table4 = Record<Table4GroupKey, Record<Table4ResultKey, number>>;

/** 表二's four blocks (第二十条第（一）（五）（六）（八）项). */
export const TABLE2_BLOCKS = [
  {
    caption: '第二十条第（一）项',
    header: ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
  },
  { caption: '第二十条第（五）项', header: ['信息内容', '本年处理决定数量'] },
  { caption: '第二十条第（六）项', header: ['信息内容', '本年处理决定数量'] },
  { caption: '第二十条第（八）项', header: ['信息内容', '本年收费金额（单位：万元）'] },
] as const;

/** The six fixed sections (township reports use these titles). */
export const SECTION_TITLES = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
] as const;
