import { beijingDate, jdOfDate, jdeToJd, solarLongitudeMoment } from './astronomy.js';

/**
 * Solar terms (节气) as Beijing dates. A term is the day on which the sun's apparent longitude reaches
 * a multiple of 15°; 清明 is 15°, 冬至 270°, and the 中气 (principal terms) are the multiples of 30°.
 */
export const QINGMING = 15;
export const WINTER_SOLSTICE = 270;

/** Days from 1 January to the usual date of each longitude, counted from the March equinox (≈ 20 March = day 79). */
const approxDayOfYear = (longitude: number): number =>
  79 + (((longitude % 360) + 360) % 360) * (365.2422 / 360);

/** The Beijing date in `year` on which the sun reaches `longitude` (for 270° the December solstice). */
export function solarTermDate(year: number, longitude: number): string {
  const approx = jdOfDate(`${year}-01-01`) + approxDayOfYear(longitude);
  return beijingDate(jdeToJd(solarLongitudeMoment(longitude, approx)));
}

/** The Beijing date of the term nearest to a given day (used to walk principal terms across a year end). */
export function solarTermNear(longitude: number, day: string): string {
  return beijingDate(jdeToJd(solarLongitudeMoment(longitude, jdOfDate(day))));
}
