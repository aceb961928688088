/**
 * Clocks that belong to a module follow only that module's rules: a period fixed by statute is
 * lengthened, if at all, by the module's own step (which checks the article's conditions and tells
 * the people concerned), never by the generic POST /clocks/:id/extend. Keyed by the clock's
 * subject type; the value names the module and the rule that governs its periods.
 */
interface ClockOwner {
  /** The module, as users read it. */
  module: string;
  /** What governs lengthening the period. */
  basis: string;
}

const R = '《政府信息公开条例》';

export const CLOCK_OWNERS: Readonly<Record<string, ClockOwner>> = {
  // 第三十条、第三十二条、第三十三条第二款、第三十五条: extension only by the application's own 延期答复 / 延迟答复 step.
  disclosure_request: {
    module: '依申请公开',
    basis: `${R}第三十三条第二款、第三十五条（延期须经机构负责人同意并在答复期限内告知申请人，由申请办理流程批准）`,
  },
  // 第二十六条: 20 working days, no extension.
  disclosure_item: {
    module: '主动公开',
    basis: `${R}第二十六条（形成或变更之日起20个工作日内公开，不可延长）`,
  },
  // 村民委员会组织法 第三十一条: the complaint period is set by the town's rules and the module's steps.
  village_affairs_complaint: {
    module: '村务公开',
    basis: '《村民委员会组织法》第三十一条（由村务公开投诉办理流程确定期限）',
  },
  village_affairs_item: {
    module: '村务公开',
    basis: '《村民委员会组织法》第三十条（由村务公开流程确定期限）',
  },
  // 行政复议法 第四十八条、第五十四条、第八十八条; 行政诉讼法 第六十七条: statutory answer periods, never lengthened by the respondent.
  litigation_case: {
    module: '行政复议与行政应诉',
    basis:
      '《行政复议法》第四十八条、第五十四条，《行政诉讼法》第六十七条（答复、答辩期限由法律规定，被申请人、被告不能自行延长）',
  },
  // 法律援助法 第四十三条、第四十九条: the centre's and the 司法局's periods; the station records, never lengthens.
  legal_aid_application: {
    module: '法律援助',
    basis:
      '《法律援助法》第四十三条、第四十九条（决定、指派和异议审查期限由法律规定，补充材料期间由申请流程暂停）',
  },
  // 宁波市人民调解条例 第二十七条 (both parties consent); 信访工作条例 第三十四条 (head approves, at most 30 days).
  dispute: {
    module: '矛盾纠纷调解',
    basis:
      '《宁波市人民调解条例》第二十七条（经双方当事人同意延长调解期限），《信访工作条例》第三十四条（经本机关负责人批准延长，累计不超过30日），由纠纷的“延长调解期限”步骤办理',
  },
  // 行政处罚法 第六十条: the ninety days are lengthened only by the case's own approved extension.
  enforcement_case: {
    module: '行政执法',
    basis:
      '《行政处罚法》第六十条（办案期限经批准延长，由案件的“批准延长办案期限”步骤办理），第六十一条、第六十七条及第四十八条第一款的期限不可延长',
  },
  // Review periods: the town's review settings and the review workflow (filing: 村民委员会组织法 第二十七条).
  review_item: {
    module: '合法性审查',
    basis: '本镇合法性审查期限设置及审查流程（村规民约备案：《村民委员会组织法》第二十七条）',
  },
};

export const clockOwnerOf = (subjectType: string): ClockOwner | null =>
  CLOCK_OWNERS[subjectType] ?? null;
