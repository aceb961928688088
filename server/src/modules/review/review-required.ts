import type { ItemType } from './review.enums.js';

/**
 * Which rule requires legality review before an item is discussed, decided, signed or published, by
 * item type. Each statute covers only its own subject:
 * - 《重大行政决策程序暂行条例》第二十五条: major administrative decisions;
 * - 《宁波市法治乡村建设促进条例》第十三条: the town government's normative documents, major
 *   enforcement decisions and contracts;
 * - 《村民委员会组织法》第二十七条: village rules must not conflict with law; the town orders correction.
 * Village contracts and other items have no statute requiring review: the town's own rule applies,
 * shown as such (本镇设置).
 */
const TOWN_RULE = '本镇合法性审查制度（本镇设置，非法律法规规定）';

const MJD_25 = '《重大行政决策程序暂行条例》第二十五条';
const NINGBO_13 = '《宁波市法治乡村建设促进条例》第十三条';
const VILLAGE_27 = '《村民委员会组织法》第二十七条';

export const REVIEW_REQUIRED_BY: Readonly<Record<ItemType, { basis: string; statutory: boolean }>> =
  {
    major_decision: { basis: MJD_25, statutory: true },
    normative_doc: { basis: NINGBO_13, statutory: true },
    major_enforcement: { basis: NINGBO_13, statutory: true },
    gov_contract: { basis: NINGBO_13, statutory: true },
    village_rules: { basis: `${VILLAGE_27}、${TOWN_RULE}`, statutory: true },
    village_contract: { basis: TOWN_RULE, statutory: false },
    other: { basis: TOWN_RULE, statutory: false },
  };

export const reviewRequiredBy = (type: ItemType): string => REVIEW_REQUIRED_BY[type].basis;

/**
 * Returning an incomplete submission: 《重大行政决策程序暂行条例》第二十六条第一款 covers major decisions
 * only; for the other types it is the town's own rule.
 */
export const materialsRuleOf = (type: ItemType): string =>
  type === 'major_decision'
    ? '《重大行政决策程序暂行条例》第二十六条第一款'
    : `${TOWN_RULE}：送审材料不全的，退回补正或者要求补充`;
