import type { NoticeRowError, NoticeRowInput } from './notice-rules.js';

const KINDS: Record<string, 'holiday' | 'workday'> = {
  holiday: 'holiday',
  放假: 'holiday',
  workday: 'workday',
  上班: 'workday',
};
const HEADER_FIRST_CELLS = new Set(['date', '日期']);
const DEFAULT_WORKDAY_NAME = '调休上班';

/** Splits one CSV line (RFC 4180 quoting: `"a,b"`, `""` for a quote). */
function cells(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out;
}

/** Spreadsheets rewrite 2027-01-01 as 2027/1/1; both mean the same day. */
function normaliseDate(v: string): string {
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(v);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : v;
}

/**
 * Reads `date,kind,name` rows (kind holiday|workday or 放假|上班; an optional header line). Returns
 * the rows with their line numbers, or every malformed line — the caller stores nothing then.
 */
export function parseNoticeCsv(csv: string): { rows: NoticeRowInput[]; errors: NoticeRowError[] } {
  const rows: NoticeRowInput[] = [];
  const errors: NoticeRowError[] = [];
  const lines = csv.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  lines.forEach((text, i) => {
    const line = i + 1;
    const where = `第${line}行`;
    if (!text.trim()) return;
    const c = cells(text);
    while (c.length > 3 && c[c.length - 1] === '') c.pop();
    if (rows.length === 0 && errors.length === 0 && HEADER_FIRST_CELLS.has(c[0]!.toLowerCase()))
      return;
    if (c.length < 2 || c.length > 3) {
      errors.push({
        where,
        line,
        message: `${where}：应有 3 列（日期,类型,名称），实际 ${c.length} 列`,
      });
      return;
    }
    const kind = KINDS[c[1]!.toLowerCase()];
    if (!kind) {
      errors.push({
        where,
        line,
        message: `${where}：类型“${c[1]}”无法识别，应为 holiday/workday 或 放假/上班`,
      });
      return;
    }
    const name = c[2] || (kind === 'workday' ? DEFAULT_WORKDAY_NAME : '');
    rows.push({ date: normaliseDate(c[0]!), kind, name, where, line });
  });
  return { rows, errors };
}
