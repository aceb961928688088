/** How a due date was reached, as the applicant, the letters and staff read it. */
export interface ClockExplained {
  /** Start day, days skipped and why, pauses, extension, roll-off, due date. */
  summary: string;
  /** The period's own article, then the counting rules (民法典 第二百零一条、第二百零三条). */
  basis: string;
  /** Both as one sentence: what a letter prints and a popover shows. */
  explained: string;
}

export function explainedOf(summary: string, periodBasis: string, countingBasis: string) {
  const basis = `${periodBasis}；${countingBasis}`;
  return { summary, basis, explained: `${summary}依据：${basis}。` } satisfies ClockExplained;
}
