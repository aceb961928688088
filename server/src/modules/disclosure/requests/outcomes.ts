/**
 * Every way an application ends, one per leaf row of the annual report's 表三 (国办公开办函〔2021〕30号),
 * in the table's order, with the article that governs it. An application has exactly one outcome, so a
 * partial disclosure is counted once, only as 部分公开.
 */
export type OutcomeGroup =
  'disclosed' | 'partial' | 'withheld' | 'unavailable' | 'rejected' | 'other';

export const OUTCOME_GROUPS: Record<OutcomeGroup, string> = {
  disclosed: '（一）予以公开',
  partial: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  withheld: '（三）不予公开',
  unavailable: '（四）无法提供',
  rejected: '（五）不予处理',
  other: '（六）其他处理',
};

interface OutcomeDef {
  group: OutcomeGroup;
  /** The row's text in 表三 (leaf rows of a group carry their 1. 2. … numbering). */
  row: string;
  /** Short label for lists and selects. */
  label: string;
  /** The article(s) as users see them. */
  basis: string;
  /** 行政复议法第二十三条第一款第四项: not disclosing (in whole or in part) must go to review before court. */
  reviewFirst: boolean;
  /** Reached only through its own step (overdue correction, unpaid fee), never chosen in the reply form. */
  systemOnly?: boolean;
}

const R = '《政府信息公开条例》';

export const OUTCOMES = {
  disclosed: {
    group: 'disclosed',
    row: '（一）予以公开',
    label: '予以公开',
    basis: `${R}第三十六条第（一）项、第（二）项`,
    reviewFirst: false,
  },
  partially_disclosed: {
    group: 'partial',
    row: OUTCOME_GROUPS.partial,
    label: '部分公开',
    basis: `${R}第三十七条`,
    reviewFirst: true,
  },
  withheld_state_secret: {
    group: 'withheld',
    row: '1.属于国家秘密',
    label: '不予公开：属于国家秘密',
    basis: `${R}第十四条、第三十六条第（三）项`,
    reviewFirst: true,
  },
  withheld_law_prohibited: {
    group: 'withheld',
    row: '2.其他法律行政法规禁止公开',
    label: '不予公开：法律行政法规禁止公开',
    basis: `${R}第十四条、第三十六条第（三）项`,
    reviewFirst: true,
  },
  withheld_security_stability: {
    group: 'withheld',
    row: '3.危及“三安全一稳定”',
    label: '不予公开：危及“三安全一稳定”',
    basis: `${R}第十四条、第三十六条第（三）项`,
    reviewFirst: true,
  },
  withheld_third_party: {
    group: 'withheld',
    row: '4.保护第三方合法权益',
    label: '不予公开：保护第三方合法权益',
    basis: `${R}第十五条、第三十二条、第三十六条第（三）项`,
    reviewFirst: true,
  },
  withheld_internal_affairs: {
    group: 'withheld',
    row: '5.属于三类内部事务信息',
    label: '不予公开：三类内部事务信息',
    basis: `${R}第十六条第一款、第三十六条第（三）项`,
    reviewFirst: true,
  },
  withheld_process_info: {
    group: 'withheld',
    row: '6.属于四类过程性信息',
    label: '不予公开：四类过程性信息',
    basis: `${R}第十六条第二款、第三十六条第（三）项`,
    reviewFirst: true,
  },
  withheld_enforcement_file: {
    group: 'withheld',
    row: '7.属于行政执法案卷',
    label: '不予公开：行政执法案卷',
    basis: `${R}第十六条第二款、第三十六条第（三）项`,
    reviewFirst: true,
  },
  withheld_admin_query: {
    group: 'withheld',
    row: '8.属于行政查询事项',
    label: '不予公开：行政查询事项',
    basis: `${R}第三十六条第（七）项`,
    reviewFirst: true,
  },
  unavailable_not_held: {
    group: 'unavailable',
    row: '1.本机关不掌握相关政府信息',
    label: '无法提供：本机关不掌握',
    basis: `${R}第三十六条第（四）项、第（五）项`,
    reviewFirst: false,
  },
  unavailable_needs_creation: {
    group: 'unavailable',
    row: '2.没有现成信息需要另行制作',
    label: '无法提供：需另行制作',
    basis: `${R}第三十八条`,
    reviewFirst: false,
  },
  unavailable_still_unclear: {
    group: 'unavailable',
    row: '3.补正后申请内容仍不明确',
    label: '无法提供：补正后仍不明确',
    basis: `${R}第三十条`,
    reviewFirst: false,
  },
  rejected_petition: {
    group: 'rejected',
    row: '1.信访举报投诉类申请',
    label: '不予处理：信访举报投诉类',
    basis: `${R}第三十九条第一款`,
    reviewFirst: false,
  },
  rejected_repeat: {
    group: 'rejected',
    row: '2.重复申请',
    label: '不予处理：重复申请',
    basis: `${R}第三十六条第（六）项`,
    reviewFirst: false,
  },
  rejected_publication: {
    group: 'rejected',
    row: '3.要求提供公开出版物',
    label: '不予处理：要求提供公开出版物',
    basis: `${R}第三十九条第二款`,
    reviewFirst: false,
  },
  rejected_excessive: {
    group: 'rejected',
    row: '4.无正当理由大量反复申请',
    label: '不予处理：无正当理由大量反复申请',
    basis: `${R}第三十五条`,
    reviewFirst: false,
  },
  // Not an information request at all; counted here by the 2021 statistics format (国办公开办函〔2021〕30号) [P].
  rejected_confirm_obtained: {
    group: 'rejected',
    row: '5.要求行政机关确认或重新出具已获取信息',
    label: '不予处理：要求确认或重新出具已获取信息',
    basis: `${R}第二条、国办公开办函〔2021〕30号`,
    reviewFirst: false,
  },
  other_correction_overdue: {
    group: 'other',
    row: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    label: '其他处理：逾期不补正',
    basis: `${R}第三十条`,
    reviewFirst: false,
    systemOnly: true,
  },
  other_fee_unpaid: {
    group: 'other',
    row: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    label: '其他处理：逾期未缴费',
    basis: '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）',
    reviewFirst: false,
    systemOnly: true,
  },
  // Withdrawal and other closures: no article of the 条例 governs them; the row exists in the statistics format.
  other_other: {
    group: 'other',
    row: '3.其他',
    label: '其他处理：其他（如撤回申请）',
    basis: '国办公开办函〔2021〕30号（表三“其他处理”）',
    reviewFirst: false,
  },
} as const satisfies Record<string, OutcomeDef>;

export type Outcome = keyof typeof OUTCOMES;
export const OUTCOME_KEYS = Object.keys(OUTCOMES) as Outcome[];

/** Outcomes in 表三's （六）其他处理 close the file rather than answer it. */
export const isClosure = (o: Outcome): boolean => OUTCOMES[o].group === 'other';

/** Outcomes that give less than asked must say why (第三十六条第三项、第三十七条、第三十八条、第三十五条). */
export const needsReasons = (o: Outcome): boolean =>
  OUTCOMES[o].group === 'partial' ||
  OUTCOMES[o].group === 'withheld' ||
  o === 'unavailable_needs_creation' ||
  o === 'unavailable_still_unclear' ||
  o === 'rejected_excessive';
