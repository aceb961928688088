/** How far ahead a certificate's expiry is flagged, so its renewal is applied for in time. */
const WARN_DAYS = 90;

const DAY = 86_400_000;
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

/** 有效 / 即将到期 (with the days left) / 已过期 / 未生效 of a 执法证 on `today`. */
export function certificateState(
  c: { issuedOn: string; expiresOn: string },
  today: string,
): { label: string; color: string; expiring: boolean } {
  if (today < c.issuedOn) return { label: '未生效', color: 'default', expiring: false };
  if (today > c.expiresOn) return { label: '已过期', color: 'red', expiring: false };
  const left = daysBetween(today, c.expiresOn);
  return left <= WARN_DAYS
    ? { label: `${left} 天后到期`, color: 'orange', expiring: true }
    : { label: '有效', color: 'green', expiring: false };
}
