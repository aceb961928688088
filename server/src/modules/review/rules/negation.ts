/**
 * Whether a clause imposes a measure or protects someone from it (issue #9). "乱倒垃圾者罚款200元"
 * imposes a fine; "不得对村民罚款" and "不得以任何理由拒绝出具入学证明" forbid one. A measure is
 * forbidden when a negation governs it: one stands before it in the same phrase (after the last
 * comma or colon, at most WINDOW characters back) with no trigger of a new sanction in between
 * ("禁止乱倒垃圾违者罚款" still fines), or the measure is itself a denial that a negation opens
 * ("不得…拒绝出具"). Every look is bounded, so the check stays linear in the clause.
 */
const NEGATION =
  /不得|不准|不能|不应当?|不可以?|不允许|禁止|严禁|无权|杜绝|防止|避免|反对|删除|废止|废除|纠正/g;
const OPENS_WITH_NEGATION = /^(?:不得|不准|不能|不应当?|不可以?|不允许|禁止|严禁|无权)/;
/** A denial or obstruction inside a measure that a leading negation turns round: 不得…拒绝/阻挠/取消. */
const DENIAL =
  /拒绝|拒不|不予|暂停|停止|取消|剥夺|限制|扣|收回|注销|开除|阻挠|阻止|妨碍|干涉|干预|侵害|侵犯|歧视|打击|报复|刁难|拖延/;
/** Words after which a sanction is imposed again: "禁止…违者…". */
const TRIGGER = /违者|违反者|否则|一经|如有|若有|如违反|若违反|屡教不改/;
const PHRASE_END = /[，,：:]/g;
const WINDOW = 24;

function negatedBefore(s: string, at: number): boolean {
  let window = s.slice(Math.max(0, at - WINDOW), at);
  let cut = -1;
  for (const m of window.matchAll(PHRASE_END)) cut = m.index;
  if (cut >= 0) window = window.slice(cut + 1);
  let after = -1;
  for (const m of window.matchAll(NEGATION)) after = m.index + m[0].length;
  return after >= 0 && !TRIGGER.test(window.slice(after));
}

const negatedWithin = (match: string): boolean => {
  const lead = OPENS_WITH_NEGATION.exec(match);
  return !!lead && DENIAL.test(match.slice(lead[0].length));
};

const global = new WeakMap<RegExp, RegExp>();
const globalOf = (re: RegExp): RegExp => {
  let g = global.get(re);
  if (!g)
    global.set(re, (g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)));
  return g;
};

/**
 * True when some occurrence of `measure` in `clause` is imposed, not forbidden. Occurrences may
 * overlap ("承包地用途，违者收回承包地" holds two): the scan goes on one character after each start.
 */
export function imposes(measure: RegExp, clause: string): boolean {
  const re = globalOf(measure);
  re.lastIndex = 0;
  for (let m = re.exec(clause); m; m = re.exec(clause)) {
    if (!negatedBefore(clause, m.index) && !negatedWithin(m[0])) return true;
    re.lastIndex = m.index + 1;
  }
  return false;
}
