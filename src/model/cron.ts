/**
 * Cron schedules (`job.schedule`): five fields as Vixie cron and cronie read them, parsed into the
 * sets of values they match, so that a guest's systemd timer can say exactly the same thing
 * (encoding/systemd-calendar.ts). Anything whose meaning is not the same in every common cron, or
 * that a timer cannot say exactly, is refused with a fix.
 */

/** A parsed schedule: the values each field matches, sorted. */
export interface CronSchedule {
  readonly minutes: number[];
  readonly hours: number[];
  readonly daysOfMonth: number[];
  readonly months: number[];
  /** 0 (Sunday) to 6 (Saturday); cron's 7 is folded into 0. */
  readonly daysOfWeek: number[];
  /**
   * Cron's rule: when both day fields are restricted, a day matches if EITHER matches; when one is
   * "*", only the other restricts (AND).
   */
  readonly eitherDay: boolean;
}

/** Why an expression is refused, and how to write it instead. */
export interface CronError {
  readonly what: string;
  readonly fix: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

interface FieldRule {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  /** Names allowed for values (months from 1, days from 0). */
  readonly names?: string[];
}

const FIELDS: FieldRule[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day-of-month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTHS },
  { name: 'day-of-week', min: 0, max: 7, names: DAYS },
];

/** The shorthands cron knows, as the five fields they stand for. */
const MACROS: { [macro: string]: string } = {
  '@yearly': '0 0 1 1 *', '@annually': '0 0 1 1 *', '@monthly': '0 0 1 * *', '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *', '@midnight': '0 0 * * *', '@hourly': '0 * * * *',
};

/** Days in each month, February with its leap day (a schedule for 29 February is valid in cron). */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The schedule `expression` means, or why it is refused. */
export function parseCron(expression: string): CronSchedule | CronError {
  const text = expression.trim();
  if (text === '@reboot') {
    return { what: 'is cron\'s @reboot, which is no schedule', fix: 'leave job.schedule unset: a job without a schedule runs once, before the workloads that wait for it' };
  }
  if (text.startsWith('@')) {
    const macro = MACROS[text.toLowerCase()];
    if (!macro) return { what: 'is not a cron shorthand', fix: `use one of ${Object.keys(MACROS).join(', ')}, or five fields` };
    return parseCron(macro);
  }
  const fields = text.split(/[ \t]+/);
  if (text === '' || fields.length !== 5) {
    return {
      what: `has ${text === '' ? 'no' : fields.length} field${fields.length === 1 && text !== '' ? '' : 's'}, not the five of cron (seconds and years are not cron's)`,
      fix: 'write minute hour day-of-month month day-of-week, e.g. "30 3 * * *" for 03:30 every day',
    };
  }
  const sets: number[][] = [];
  for (let i = 0; i < 5; i++) {
    const parsed = parseField(fields[i], FIELDS[i]);
    if ('what' in parsed) return parsed;
    sets.push(parsed);
  }
  const [minutes, hours, daysOfMonth, months] = sets;
  const daysOfWeek = [...new Set(sets[4].map((d) => d % 7))].sort((a, b) => a - b);
  const [domField, dowField] = [fields[2], fields[4]];
  const domStar = domField.startsWith('*');
  const dowStar = dowField.startsWith('*');
  // Vixie cron and cronie treat a field that starts with "*" as unrestricted for this rule even
  // with a step ("*/2"), others do not: such a pair means different days in different crons.
  if ((domStar && domField !== '*' && !dowStar) || (dowStar && dowField !== '*' && !domStar)) {
    const stepped = domStar && domField !== '*' ? `day-of-month "${domField}"` : `day-of-week "${dowField}"`;
    const listed = domStar && domField !== '*' ? domField.replace('*', '1-31') : dowField.replace('*', '0-6');
    return {
      what: `combines ${stepped} with a restricted other day field, which cron implementations read differently (Vixie cron and cronie AND them because the field starts with "*", others OR them)`,
      fix: `write "${listed}" instead to run on days that match either field (cron's rule for two restricted day fields), or restrict only one of the day fields`,
    };
  }
  const eitherDay = !domStar && !dowStar;
  // Only the days of month restrict (AND with "*"): at least one must exist in a matched month.
  if (dowStar && !months.some((m) => daysOfMonth.some((d) => d <= MONTH_DAYS[m - 1]))) {
    return {
      what: `never runs: no month of "${fields[3]}" has a day "${domField}"`,
      fix: 'pick days of month that the months have, e.g. "1" or "28"',
    };
  }
  return { minutes, hours, daysOfMonth, months, daysOfWeek, eitherDay };
}

/** The values of one field: lists of values, ranges and steps, names where cron allows them. */
function parseField(field: string, rule: FieldRule): number[] | CronError {
  const values = new Set<number>();
  const range = `${rule.min}-${rule.max === 7 ? 6 : rule.max}`;
  for (const part of field.split(',')) {
    const m = /^(\*|[A-Za-z0-9]+(?:-[A-Za-z0-9]+)?)(?:\/([0-9]+))?$/.exec(part);
    if (!m) {
      const special = /[LW#?]/.test(part)
        ? ' ("L", "W", "#" and "?" are Quartz extensions no Unix cron has)'
        : '';
      return { what: `has ${rule.name} "${part}", which is not a value, a range a-b, "*" or a step /n${special}`, fix: `write the ${rule.name} as values from ${range}, e.g. "1,15", "1-5" or "*/10"` };
    }
    const [, base, stepText] = m;
    let lo = rule.min;
    let hi = rule.max === 7 ? 6 : rule.max;
    if (base !== '*') {
      const ends = base.split('-');
      const parsed: number[] = [];
      for (const end of ends) {
        const v = value(end, rule);
        if (v === undefined) {
          return { what: `has ${rule.name} "${end}", which is not a ${rule.name}`, fix: `use ${range}${rule.names ? ` or the names ${rule.names.join(', ')}` : ''}` };
        }
        parsed.push(v);
      }
      [lo, hi] = ends.length === 2 ? parsed : [parsed[0], parsed[0]];
      if (lo > hi) {
        return { what: `has the ${rule.name} range "${base}", which runs backwards`, fix: `write it from low to high, or as two parts, e.g. "${base.split('-')[0]}-${rule.max === 7 ? 6 : rule.max},${rule.min}-${base.split('-')[1]}"` };
      }
      if (stepText !== undefined && ends.length === 1) {
        // "5/10": cronie reads 5-max/10, Vixie cron refuses it.
        return { what: `has ${rule.name} "${part}", a step without a range, which crons read differently`, fix: `write "${base}-${rule.max === 7 ? 6 : rule.max}/${stepText}"` };
      }
    }
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isSafeInteger(step) || step < 1 || step > rule.max) {
      return { what: `has the step "/${stepText}" in ${rule.name} "${part}"`, fix: `use a step from 1 to ${rule.max}` };
    }
    for (let v = lo; v <= hi; v += step) values.add(v);
  }
  return [...values].sort((a, b) => a - b);
}

/** A number or name of the field, in its range; undefined otherwise. */
function value(text: string, rule: FieldRule): number | undefined {
  if (/^[0-9]{1,2}$/.test(text)) {
    const n = Number(text);
    return n >= rule.min && n <= rule.max ? n : undefined;
  }
  const i = rule.names?.indexOf(text.toLowerCase()) ?? -1;
  if (i < 0) return undefined;
  return rule.names === MONTHS ? i + 1 : i;
}
