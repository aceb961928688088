/**
 * Shared vocabulary of the 村规民约 rules. A keyword alone is never a finding: each rule pairs a
 * sanction with its target, and these patterns take out protective and referral wording.
 */

/**
 * Protective and restating wording, clause-wide: "不得以外嫁为由…", "享有同等权利", "权益不受影响",
 * "依法保障". A negation governing the measure itself ("不得对村民罚款") is judged per measure
 * (negation.ts), so a prohibition elsewhere in the clause ("禁止乱倒垃圾，违者罚款") silences nothing.
 */
export const PROTECT: readonly RegExp[] = [
  /不得以[^。；]{0,30}(?:为由|为理由|为条件)/,
  /不(?:得|能)?因[^。；]{0,24}而(?:丧失|取消|减少|降低|收回|受到|被|影响|改变)/,
  /(?:平等|同等|相同)[^。；]{0,6}(?:权利|权益|待遇|享有|享受|对待)/,
  /(?:享有|享受)[^。；]{0,12}(?:平等|同等|相同)/,
  /依法(?:保障|保护|维护|享有)/,
  /不受[^。；，]{0,6}(?:影响|限制|侵犯|侵害|歧视)/,
  /只能(?:依照|依据|由)[^。；]{0,12}(?:法律|法定|人民法院)/,
  // Renouncing an earlier rule: "…的规定予以废止".
  /(?:规定|条款|内容|做法)[^。；]{0,6}(?:予以)?(?:废止|废除|删除|撤销|停止执行|不再执行|作废)/,
];

/** The sanction is for a competent authority, under a named law: a referral, not the village's own penalty. */
export const AUTHORITY =
  /(?:有关|主管|相关|职能|行政|执法|公安|市场监管|生态环境|自然资源|林业|渔政|水利|城管)[^。；，]{0,8}(?:部门|机关|队|局|所|站)[^。；，]{0,12}(?:罚款|处罚|处以|罚没|没收|扣押|处理|查处|追究)|依照《[^》]{1,30}》/;

/** Someone's conduct triggers it: "违者", "…的，", "拒不…". */
export const CONDUCT = /违反|违者|违约|者|的[，,]|拒不|拒绝|擅自|私自|一经发现|屡教不改|如有|若有/;

/** Loss of a member's rights: "不享受分配", "取消资格", "只享受一半". */
export const LOSES_RIGHTS =
  /不享受|不得享受|不能享受|不再(?:享受|享有|分配|参与|发放)|不予|取消|不得参与|不参与|不得参加|不参加|不分配|不得分|停止|停发|减半|只享受|仅享受|只能享受|按[^。；]{0,6}(?:比例|折)|视为[^。；]{0,4}(?:放弃|退出)|丧失|收回|迁出|不再是|不属于|一律不|不得申请|不能申请|不准|不列入|除名/;

/** A payment demanded of a person: "交1500元", "缴纳500元", "罚3000元". */
export const PAYS = /(?:交|缴|罚|收取|收)[^。；]{0,8}元/;

/** Any sanction, for rules whose target is specific enough (上访, 血亲三代 …). */
export const SANCTION =
  /罚|取消|扣除|扣发|不予|停发|停止|不享受|不得享受|不得参加|不得参与|没收|开除|曝光|处分|列入黑名单|承担[^。；]{0,6}费用|不得申请|不准|收回/;
