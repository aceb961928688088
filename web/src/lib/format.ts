/**
 * Display formats. Legal dates are already `YYYY-MM-DD`; instants are UTC on the wire and shown in
 * Asia/Shanghai whatever the browser's own zone is, so printed times match the audit trail.
 */
const INSTANT = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function parts(d: Date): Record<string, string> {
  return Object.fromEntries(INSTANT.formatToParts(d).map((p) => [p.type, p.value]));
}

/** `2024-05-01T02:03:04Z` → `2024-05-01 10:03:04`; empty values → `—`. */
export function formatInstant(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = parts(d);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

/** A legal date stays as it is; an instant becomes its Shanghai calendar day. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  const p = parts(d);
  return `${p.year}-${p.month}-${p.day}`;
}

/** Today's date in Shanghai, `YYYY-MM-DD`. */
export const todayInShanghai = (): string => formatDate(new Date().toISOString());

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** `2024-10-08` → `星期二` (the date is a calendar day, so UTC arithmetic is exact). */
export const weekdayOf = (date: string): string =>
  `星期${WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()] ?? ''}`;
