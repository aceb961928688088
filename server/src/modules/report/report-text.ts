import type { LetterBlock } from '../../core/documents/docx-letter.js';
import type { IndicatorValue } from './indicator-set.js';
import {
  placeholderProblems,
  renderText,
  typedNumbers,
  type BoundValue,
  type PlaceholderProblem,
  type TypedNumber,
} from './placeholders.js';
import { REPORT_TEMPLATE } from './report-template.js';

/** The values placeholders bind to: every indicator by key, and the report's year. */
export function boundValues(year: number, set: readonly IndicatorValue[]): Map<string, BoundValue> {
  const m = new Map<string, BoundValue>(set.map((i) => [i.key, { value: i.value, unit: i.unit }]));
  m.set('year', { value: year, unit: 'count' });
  return m;
}

export interface ReportBlock {
  id: string | null;
  kind: LetterBlock['kind'];
  /** The text with placeholders (what staff edit). */
  text: string;
  /** The text as printed. */
  rendered: string;
}

interface ReportCheck {
  typed: (TypedNumber & { paragraphId: string })[];
  placeholders: (PlaceholderProblem & { paragraphId: string })[];
  problems: number;
  firstProblem: string | null;
}

/** The template's blocks with the town's paragraphs, rendered with the figures. */
export function reportBlocks(
  narrative: Record<string, string>,
  values: ReadonlyMap<string, BoundValue>,
): ReportBlock[] {
  return REPORT_TEMPLATE.map((b) => {
    const text = b.id ? (narrative[b.id] ?? b.text) : b.text;
    return { id: b.id ?? null, kind: b.kind, text, rendered: renderText(text, values) };
  });
}

/** Typed numbers and placeholders without a figure, paragraph by paragraph and line by line. */
export function checkReport(
  blocks: readonly ReportBlock[],
  values: ReadonlyMap<string, BoundValue>,
): ReportCheck {
  const typed: ReportCheck['typed'] = [];
  const placeholders: ReportCheck['placeholders'] = [];
  for (const b of blocks) {
    if (!b.id) continue;
    for (const line of b.text.split('\n')) {
      for (const t of typedNumbers(line)) typed.push({ ...t, paragraphId: b.id });
      for (const p of placeholderProblems(line, values))
        placeholders.push({ ...p, paragraphId: b.id });
    }
  }
  const first = typed[0]
    ? `“${typed[0].context}”中的数字${typed[0].text}`
    : (placeholders[0]?.message ?? null);
  return { typed, placeholders, problems: typed.length + placeholders.length, firstProblem: first };
}

/** The report's blocks as the letter office lays them out (a paragraph per line). */
export const letterBlocks = (blocks: readonly ReportBlock[]): LetterBlock[] =>
  blocks.flatMap((b) =>
    b.rendered
      .split('\n')
      .map((t) => t.trim())
      .filter(Boolean)
      .map((text) => ({ kind: b.kind, text })),
  );
