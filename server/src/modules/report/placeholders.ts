/**
 * Numbers in the report's narrative are placeholders bound to indicators — `{{enforcement.entrustedFines|万}}` —
 * so the text cannot contradict the data. Pure and linear in the text: one left-to-right scan, no regular
 * expressions over staff text.
 */

/** A figure as the narrative prints it: its value (null while an entered figure is missing) and unit. */
export interface BoundValue {
  value: number | null;
  unit: 'count' | 'yuan' | 'percent';
}

/** `万`: yuan in 万元 (46.05); `余`: rounded down to tens with 余 (350余). */
type Modifier = '' | '万' | '余';

export interface PlaceholderProblem {
  kind: 'unknown' | 'missing' | 'modifier' | 'unclosed';
  key: string;
  message: string;
}

export interface TypedNumber {
  text: string;
  /** A few characters either side, for the editor's list. */
  context: string;
}

const trim = (n: number, places: number) => String(Number(n.toFixed(places)));

export function formatValue(v: BoundValue & { value: number }, modifier: Modifier): string {
  if (modifier === '万') return trim(v.value / 10000, 2);
  if (modifier === '余')
    return v.value >= 10 ? `${Math.floor(v.value / 10) * 10}余` : String(v.value);
  if (v.unit === 'percent') return trim(v.value, 1);
  return String(Math.round(v.value));
}

interface Token {
  literal: string;
  key?: string;
  modifier?: string;
}

/** Splits a paragraph into literal text and placeholders (`{{key}}` or `{{key|modifier}}`). */
function tokens(text: string): { parts: Token[]; unclosed: boolean } {
  const parts: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{{', i);
    if (open < 0) {
      parts.push({ literal: text.slice(i) });
      break;
    }
    const close = text.indexOf('}}', open + 2);
    if (close < 0) {
      parts.push({ literal: text.slice(i) });
      return { parts, unclosed: true };
    }
    if (open > i) parts.push({ literal: text.slice(i, open) });
    const inner = text.slice(open + 2, close).trim();
    const bar = inner.indexOf('|');
    parts.push({
      literal: text.slice(open, close + 2),
      key: (bar < 0 ? inner : inner.slice(0, bar)).trim(),
      modifier: bar < 0 ? '' : inner.slice(bar + 1).trim(),
    });
    i = close + 2;
  }
  return { parts, unclosed: false };
}

const isModifier = (m: string): m is Modifier => m === '' || m === '万' || m === '余';

/** The paragraph with every placeholder replaced by its figure; a figure not available shows as 【暂无数据】. */
export function renderText(text: string, values: ReadonlyMap<string, BoundValue>): string {
  return tokens(text)
    .parts.map((t) => {
      if (t.key === undefined) return t.literal;
      const v = values.get(t.key);
      if (!v || v.value === null || !isModifier(t.modifier ?? '')) return `【暂无数据：${t.key}】`;
      return formatValue({ ...v, value: v.value }, t.modifier as Modifier);
    })
    .join('');
}

/** Placeholders naming no indicator, an indicator without a value, or an unknown modifier. */
export function placeholderProblems(
  text: string,
  values: ReadonlyMap<string, BoundValue>,
): PlaceholderProblem[] {
  const { parts, unclosed } = tokens(text);
  const out: PlaceholderProblem[] = [];
  if (unclosed) out.push({ kind: 'unclosed', key: '', message: '占位符缺少结尾的“}}”' });
  for (const t of parts) {
    if (t.key === undefined) continue;
    const v = values.get(t.key);
    if (!isModifier(t.modifier ?? ''))
      out.push({
        kind: 'modifier',
        key: t.key,
        message: `占位符格式“${t.modifier}”无效（可用：万、余）`,
      });
    else if (!v) out.push({ kind: 'unknown', key: t.key, message: `指标“${t.key}”未登记` });
    else if (v.value === null)
      out.push({ kind: 'missing', key: t.key, message: `指标“${t.key}”尚未录入数值` });
  }
  return out;
}

const QUOTES: Record<string, string> = { '“': '”', '《': '》', '〔': '〕', '"': '"' };
const isDigit = (c: string) => (c >= '0' && c <= '9') || (c >= '０' && c <= '９');

/**
 * Digits typed into the text rather than bound to an indicator. Names are not figures: text inside
 * “…”, 《…》 and 〔…〕 (e.g. “3+X”窗口) and a paragraph's leading ordinal (1. / 2、) are skipped.
 */
export function typedNumbers(text: string): TypedNumber[] {
  const out: TypedNumber[] = [];
  const literal = tokens(text)
    .parts.map((t) => (t.key === undefined ? t.literal : ' '.repeat(t.literal.length)))
    .join('');
  let i = 0;
  // A leading ordinal: digits then 、 or . at the very start.
  let j = 0;
  while (j < literal.length && isDigit(literal[j]!)) j++;
  if (j > 0 && (literal[j] === '.' || literal[j] === '、' || literal[j] === '．')) i = j + 1;
  let closer: string | null = null;
  while (i < literal.length) {
    const c = literal[i]!;
    if (closer) {
      if (c === closer) closer = null;
      i++;
    } else if (QUOTES[c]) {
      closer = QUOTES[c]!;
      i++;
    } else if (isDigit(c)) {
      const start = i;
      while (i < literal.length && (isDigit(literal[i]!) || literal[i] === '.')) i++;
      out.push({
        text: literal.slice(start, i),
        context: literal.slice(Math.max(0, start - 8), Math.min(literal.length, i + 8)).trim(),
      });
    } else i++;
  }
  return out;
}
