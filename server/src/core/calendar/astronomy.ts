import { earthLongitude } from './vsop-earth.js';

/**
 * The two astronomical events the Chinese calendar rests on (GB/T 33661-2017《农历的编算和颁行》):
 * the sun reaching a given apparent longitude (the 24 solar terms) and the new moon (朔). Algorithms
 * from Meeus, "Astronomical Algorithms" (2nd ed.), chapters 10, 22, 25 and 49. Times are Julian Days;
 * `Jde` values are in Terrestrial Time, `Jd` values in Universal Time.
 */
const RAD = Math.PI / 180;
const J2000 = 2451545;
const SYNODIC_MONTH = 29.530588861;
const TROPICAL_YEAR = 365.2422;

const norm360 = (deg: number): number => ((deg % 360) + 360) % 360;

/** ΔT = TT − UT in seconds (Espenak & Meeus polynomials), good to about a minute for 1900–2150. */
function deltaTSeconds(year: number): number {
  if (year < 1920) {
    const t = year - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (year < 1941) {
    const t = year - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (year < 1961) {
    const t = year - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (year < 1986) {
    const t = year - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (year < 2005) {
    const t = year - 2000;
    return (
      63.86 +
      0.3345 * t -
      0.060374 * t ** 2 +
      0.0017275 * t ** 3 +
      0.000651814 * t ** 4 +
      0.00002373599 * t ** 5
    );
  }
  if (year < 2050) {
    const t = year - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  const u = (year - 1820) / 100;
  return -20 + 32 * u ** 2 - 0.5628 * (2150 - year);
}

const yearOfJd = (jd: number): number => 2000 + (jd - J2000) / 365.25;

/** Universal Time of a Terrestrial Time instant. */
export const jdeToJd = (jde: number): number => jde - deltaTSeconds(yearOfJd(jde)) / 86400;

/** The sun's apparent geocentric longitude in degrees at `jde` (FK5, nutation and aberration applied). */
function sunApparentLongitude(jde: number): number {
  const tau = (jde - J2000) / 365250;
  const t = tau * 10;
  const geometric = earthLongitude(tau) / RAD + 180;
  const fk5 = -0.09033 / 3600;
  const omega = (125.04452 - 1934.136261 * t) * RAD;
  const sunMean = (280.4665 + 36000.7698 * t) * RAD;
  const moonMean = (218.3165 + 481267.8813 * t) * RAD;
  const nutation =
    (-17.2 * Math.sin(omega) -
      1.32 * Math.sin(2 * sunMean) -
      0.23 * Math.sin(2 * moonMean) +
      0.21 * Math.sin(2 * omega)) /
    3600;
  const aberration = -20.4898 / 3600;
  return norm360(geometric + fk5 + nutation + aberration);
}

/** The instant (JDE) nearest to `approxJde` at which the sun's apparent longitude is `longitude` degrees. */
export function solarLongitudeMoment(longitude: number, approxJde: number): number {
  let jde = approxJde;
  for (let i = 0; i < 20; i++) {
    const diff = ((longitude - sunApparentLongitude(jde) + 540) % 360) - 180;
    jde += (diff * TROPICAL_YEAR) / 360;
    if (Math.abs(diff) < 1e-7) break;
  }
  return jde;
}

/** The new moon of lunation `k` (k = 0 is the new moon of 2000-01-06), as JDE; Meeus chapter 49. */
export function newMoonJde(k: number): number {
  const t = k / 1236.85;
  const jde =
    2451550.09766 +
    SYNODIC_MONTH * k +
    0.00015437 * t ** 2 -
    0.00000015 * t ** 3 +
    0.00000000073 * t ** 4;
  const e = 1 - 0.002516 * t - 0.0000074 * t ** 2;
  const m = (2.5534 + 29.1053567 * k - 0.0000014 * t ** 2 - 0.00000011 * t ** 3) * RAD;
  const mp =
    (201.5643 +
      385.81693528 * k +
      0.0107582 * t ** 2 +
      0.00001238 * t ** 3 -
      0.000000058 * t ** 4) *
    RAD;
  const f =
    (160.7108 +
      390.67050284 * k -
      0.0016118 * t ** 2 -
      0.00000227 * t ** 3 +
      0.000000011 * t ** 4) *
    RAD;
  const om = (124.7746 - 1.56375588 * k + 0.0020672 * t ** 2 + 0.00000215 * t ** 3) * RAD;
  const s = Math.sin;
  const periodic =
    -0.4072 * s(mp) +
    0.17241 * e * s(m) +
    0.01608 * s(2 * mp) +
    0.01039 * s(2 * f) +
    0.00739 * e * s(mp - m) -
    0.00514 * e * s(mp + m) +
    0.00208 * e * e * s(2 * m) -
    0.00111 * s(mp - 2 * f) -
    0.00057 * s(mp + 2 * f) +
    0.00056 * e * s(2 * mp + m) -
    0.00042 * s(3 * mp) +
    0.00042 * e * s(m + 2 * f) +
    0.00038 * e * s(m - 2 * f) -
    0.00024 * e * s(2 * mp - m) -
    0.00017 * s(om) -
    0.00007 * s(mp + 2 * m) +
    0.00004 * s(2 * mp - 2 * f) +
    0.00004 * s(3 * m) +
    0.00003 * s(mp + m - 2 * f) +
    0.00003 * s(2 * mp + 2 * f) -
    0.00003 * s(mp + m + 2 * f) +
    0.00003 * s(mp - m + 2 * f) -
    0.00002 * s(mp - m - 2 * f) -
    0.00002 * s(3 * mp + m) +
    0.00002 * s(4 * mp);
  const a = [
    [299.77 + 0.107408 * k - 0.009173 * t ** 2, 0.000325],
    [251.88 + 0.016321 * k, 0.000165],
    [251.83 + 26.651886 * k, 0.000164],
    [349.42 + 36.412478 * k, 0.000126],
    [84.66 + 18.206239 * k, 0.00011],
    [141.74 + 53.303771 * k, 0.000062],
    [207.14 + 2.453732 * k, 0.00006],
    [154.84 + 7.30686 * k, 0.000056],
    [34.52 + 27.261239 * k, 0.000047],
    [207.19 + 0.121824 * k, 0.000042],
    [291.34 + 1.844379 * k, 0.00004],
    [161.72 + 24.198154 * k, 0.000037],
    [239.56 + 25.513099 * k, 0.000035],
    [331.55 + 3.592518 * k, 0.000023],
  ] as const;
  const planetary = a.reduce((sum, [arg, coef]) => sum + coef * Math.sin(arg * RAD), 0);
  return jde + periodic + planetary;
}

/** The lunation number whose new moon is nearest to `jde`. */
export const lunationNear = (jde: number): number =>
  Math.round((jde - 2451550.09766) / SYNODIC_MONTH);

/** The civil date in China (UTC+8, 北京时间) of a Universal Time instant, as YYYY-MM-DD. */
export function beijingDate(jd: number): string {
  const ms = (jd - 2440587.5) * 86_400_000 + 8 * 3_600_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** The Julian Day (UT) of 00:00 UTC on a YYYY-MM-DD date. */
export const jdOfDate = (day: string): number =>
  Date.parse(`${day}T00:00:00Z`) / 86_400_000 + 2440587.5;
