import { CronSchedule } from '../model/cron';

/**
 * systemd timers: a cron schedule as OnCalendar= expressions (`DOW YYYY-MM-DD HH:MM:SS`) that
 * elapse at exactly the minutes cron runs at. Every field is written as the explicit values it
 * matches (runs of three or more as ranges), so nothing depends on how systemd reads steps.
 * systemd ANDs the weekday with the date, cron ORs two restricted day fields: that case becomes two
 * expressions, one per day field, and a timer elapses when any of its OnCalendar= does.
 */
export function onCalendar(s: CronSchedule): string[] {
  const time = `${list(s.hours, 0, 23)}:${list(s.minutes, 0, 59)}:00`;
  const date = (days: number[]) => `*-${list(s.months, 1, 12)}-${list(days, 1, 31)}`;
  const allDays = range(1, 31);
  if (s.eitherDay) {
    return [`${weekdays(s.daysOfWeek)} ${date(allDays)} ${time}`, `${date(s.daysOfMonth)} ${time}`];
  }
  const dow = s.daysOfWeek.length === 7 ? '' : `${weekdays(s.daysOfWeek)} `;
  return [`${dow}${date(s.daysOfMonth)} ${time}`];
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function range(lo: number, hi: number): number[] {
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
}

/** Values as "*" when all of lo..hi, else two-digit values and ranges "a..b", comma-separated. */
function list(values: number[], lo: number, hi: number): string {
  if (values.length === hi - lo + 1) return '*';
  return runs(values).map(([a, b]) => {
    const two = (n: number) => String(n).padStart(2, '0');
    if (a === b) return two(a);
    if (b === a + 1) return `${two(a)},${two(b)}`;
    return `${two(a)}..${two(b)}`;
  }).join(',');
}

/** Weekdays Monday first (systemd refuses ranges that wrap past Sunday). */
function weekdays(days: number[]): string {
  const mondayFirst = days.map((d) => (d === 0 ? 7 : d)).sort((a, b) => a - b);
  return runs(mondayFirst).map(([a, b]) => {
    const name = (d: number) => WEEKDAYS[d % 7];
    if (a === b) return name(a);
    if (b === a + 1) return `${name(a)},${name(b)}`;
    return `${name(a)}..${name(b)}`;
  }).join(',');
}

/** Sorted values as runs of consecutive numbers [first, last]. */
function runs(values: number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const v of values) {
    const last = out[out.length - 1];
    if (last && v === last[1] + 1) last[1] = v;
    else out.push([v, v]);
  }
  return out;
}
