/**
 * From which day the 信息处理费 payment period runs (国办函〔2020〕109号: from the day the applicant
 * receives the fee notice [U]; a town may choose the issue date instead, see request-settings.ts).
 * Null when the period cannot start yet: the notice has not reached the applicant.
 */
type FeePeriodFrom = 'receipt' | 'issue';

export function feePeriodStart(
  from: FeePeriodFrom,
  issuedOn: string,
  servedOn: string | null | undefined,
): string | null {
  if (from === 'issue') return issuedOn;
  return servedOn ?? null;
}

/** The Chinese reason a service date cannot be recorded, or null. */
export function servedOnProblem(servedOn: string, issuedOn: string, today: string): string | null {
  if (servedOn < issuedOn) return `收到收费通知的日期不能早于通知发出之日 ${issuedOn}`;
  if (servedOn > today) return `收到收费通知的日期 ${servedOn} 晚于今天（${today}）`;
  return null;
}
