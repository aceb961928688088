/**
 * The one source of "now". Services never call `new Date()` themselves, so tests can move time
 * (idle timeouts, lockouts, deadlines) without sleeping.
 */
export interface TimeSource {
  now(): Date;
}

export const systemTime: TimeSource = { now: () => new Date() };

/** A settable clock for tests. */
export class ManualTime implements TimeSource {
  #now: number;
  constructor(start: Date | string = new Date()) {
    this.#now = new Date(start).getTime();
  }
  now() {
    return new Date(this.#now);
  }
  set(at: Date | string) {
    this.#now = new Date(at).getTime();
  }
  advanceMinutes(minutes: number) {
    this.#now += minutes * 60_000;
  }
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** The legal calendar day (`YYYY-MM-DD`) of an instant in the given zone (Asia/Shanghai for Fazhi). */
export function calendarDay(at: Date, timeZone: string): string {
  let f = dayFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormatters.set(timeZone, f);
  }
  return f.format(at);
}

export const addMinutes = (d: Date, minutes: number): Date =>
  new Date(d.getTime() + minutes * 60_000);
