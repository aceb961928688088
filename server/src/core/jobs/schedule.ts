/**
 * When a job runs next, as a pure function of "now". Two forms:
 * `daily@HH:MM` in the deployment's time zone, or `every:Ns` (used by tests and small deployments).
 */
export type Schedule =
  { kind: 'daily'; hour: number; minute: number } | { kind: 'every'; seconds: number };

export function parseSchedule(text: string): Schedule {
  const daily = /^daily@(\d{2}):(\d{2})$/.exec(text);
  if (daily) {
    const hour = Number(daily[1]);
    const minute = Number(daily[2]);
    if (hour < 24 && minute < 60) return { kind: 'daily', hour, minute };
  }
  const every = /^every:(\d+)s$/.exec(text);
  if (every && Number(every[1]) > 0) return { kind: 'every', seconds: Number(every[1]) };
  throw new Error(`无法识别的定时计划：${text}（应为 daily@HH:MM 或 every:Ns）`);
}

/** Offset of `timeZone` from UTC at `at`, in minutes (Asia/Shanghai: +480). */
function zoneOffsetMinutes(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** The first slot strictly after `after`. Slots of `every:Ns` are aligned to multiples of N since the epoch. */
export function nextSlot(schedule: Schedule, after: Date, timeZone: string): Date {
  if (schedule.kind === 'every') {
    const ms = schedule.seconds * 1000;
    return new Date((Math.floor(after.getTime() / ms) + 1) * ms);
  }
  const offset = zoneOffsetMinutes(after, timeZone);
  const local = new Date(after.getTime() + offset * 60_000);
  let candidate =
    Date.UTC(
      local.getUTCFullYear(),
      local.getUTCMonth(),
      local.getUTCDate(),
      schedule.hour,
      schedule.minute,
    ) -
    offset * 60_000;
  if (candidate <= after.getTime()) candidate += 86_400_000;
  return new Date(candidate);
}
