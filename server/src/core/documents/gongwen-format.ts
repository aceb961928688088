/**
 * How 公文 write dates, numbers and ordinals (GB/T 9704-2012《党政机关公文格式》). Pure functions shared
 * by the DOCX builder, the 文号 register and the UI-facing presenters.
 */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/**
 * 成文日期: Arabic numerals, full year, no leading zeros (第7.3.5条：年份标全称，月、日不编虚位).
 * '2024-01-05' → '2024年1月5日'.
 */
export function gongwenDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) throw new Error(`not a YYYY-MM-DD date: ${isoDate}`);
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** Chinese numerals for heading ordinals (1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new Error(`ordinal out of range: ${n}`);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/** Structure ordinals of 正文 (第7.3.3条): 一、 / （一） / 1. / （1）. */
export const headingOrdinal = {
  level1: (n: number) => `${chineseNumeral(n)}、`,
  level2: (n: number) => `（${chineseNumeral(n)}）`,
  level3: (n: number) => `${n}.`,
  level4: (n: number) => `（${n}）`,
};

/** True when the text already starts with a level-1 or level-2 ordinal, so none is added twice. */
export const hasOrdinal = (text: string): boolean =>
  /^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/.test(text);

/**
 * 发文字号 from a template (第7.2.5条：年份标全称，用六角括号“〔〕”括入；发文顺序号不加“第”字，不编虚位).
 * `桥法审〔{year}〕{n}号`, 2024, 12 → `桥法审〔2024〕12号`.
 */
export function fillDocNumber(template: string, year: number, n: number): string {
  return template.replaceAll('{year}', String(year)).replaceAll('{n}', String(n));
}

/** Why a 文号 template is unusable, in Chinese, or null when it is fine. */
export function docNumberTemplateProblem(template: string): string | null {
  if (!template.includes('{n}')) return '文号模板须包含顺序号占位符“{n}”';
  if (!template.includes('〔{year}〕')) {
    return '文号模板须包含“〔{year}〕”：年份应标全称并用六角括号“〔〕”括入（依据GB/T 9704-2012第7.2.5条）';
  }
  if (/第\{n\}/.test(template)) return '发文顺序号不加“第”字（依据GB/T 9704-2012第7.2.5条）';
  if (!template.includes('{n}号'))
    return '发文顺序号后应加“号”字，如“桥法审〔{year}〕{n}号”（依据GB/T 9704-2012第7.2.5条）';
  return null;
}

/** The page number text with its 一字线 on each side (第7.5条): 1 → '— 1 —'. */
export const pageNumberText = (n: number): string => `— ${n} —`;

/**
 * Width of a line in full-width character cells: CJK and full-width punctuation count 1, ASCII
 * (half-width digits, Latin) counts ½. Used to centre the 署名 over the 成文日期.
 */
export function cellWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.codePointAt(0)! < 0x2e80 ? 0.5 : 1;
  return w;
}

/** 附件说明 (第7.3.4条): one attachment has no ordinal; several are numbered 1. 2. …; no trailing punctuation. */
export function attachmentLines(names: readonly string[]): string[] {
  const clean = names.map((n) => n.trim().replace(/[。；;，,.]+$/u, ''));
  if (clean.length === 1) return [`附件：${clean[0]}`];
  return clean.map((n, i) => `${i === 0 ? '附件：' : ''}${i + 1}.${n}`);
}

/** 抄送 line (第7.4.2条): full-width colon, organs separated by full-width commas, a full stop after the last. */
export function ccLine(organs: readonly string[]): string {
  return `抄送：${organs.map((o) => o.trim()).join('，')}。`;
}
