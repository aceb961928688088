/**
 * A year's annual report covers the whole year (《政府信息公开条例》第四十九条: the previous year's report,
 * published by 31 January / 31 March), so the report of the running year cannot be published before
 * that year is over. Returns the Chinese reason, or null when publishing is allowed.
 */
export const PUBLICATION_BASIS = '《政府信息公开条例》第四十九条';

export function publicationTooEarly(year: number, today: string): string | null {
  const running = Number(today.slice(0, 4));
  if (year < running) return null;
  return `${year}年度尚未结束，年度报告须在该年度结束后发布（依据${PUBLICATION_BASIS}，每年公布上一年度的报告）`;
}
