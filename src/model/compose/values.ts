// Values of the file: types checked and reported where they are wrong, durations, sizes, modes.
import { Segment } from '../app-spec-file';
import { Context, Data, Dict } from './context';

export function isDict(v: Data): v is Dict {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function kind(v: Data): string {
  if (v === null || v === undefined) return 'empty';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a map';
  return `the ${typeof v} ${JSON.stringify(v)}`;
}

/** Helpers that check a value's type and report it at `where` when it is wrong. */
export function values(ctx: Context) {
  const wrong = (where: Segment[], v: Data, want: string) => {
    ctx.report(where, `must be ${want}, not ${kind(v)}`);
    return undefined;
  };
  return {
    str: (where: Segment[], v: Data): string | undefined => (typeof v === 'string' ? v : wrong(where, v, 'a string')),
    /** A string, or a number or boolean as Compose reads them into strings. */
    text: (where: Segment[], v: Data): string | undefined =>
      (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : wrong(where, v, 'a string')),
    bool: (where: Segment[], v: Data): boolean | undefined =>
      (typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : wrong(where, v, 'true or false')),
    /** A number, or a string that is one (interpolated values are strings). */
    num: (where: Segment[], v: Data): number | undefined => {
      const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : undefined;
      return n !== undefined ? n : wrong(where, v, 'a number');
    },
    list: (where: Segment[], v: Data): Data[] | undefined => (Array.isArray(v) ? v : wrong(where, v, 'a list')),
    dict: (where: Segment[], v: Data): Dict | undefined => (isDict(v) ? v : wrong(where, v, 'a map (key: value pairs)')),
    /** A list of strings or a string (Compose's "string or list" fields). */
    strings: (where: Segment[], v: Data): string[] | undefined => {
      const items = typeof v === 'string' ? [v] : Array.isArray(v) ? v : wrong(where, v, 'a string or a list of strings');
      if (items === undefined) return undefined;
      const out: string[] = [];
      items.forEach((item, i) => {
        if (typeof item === 'string') out.push(item);
        else wrong(typeof v === 'string' ? where : [...where, i], item, 'a string');
      });
      return out.length === items.length ? out : undefined;
    },
    /** A list of `key=value` strings or a map, as labels, sysctls and environment are written. */
    pairs: (where: Segment[], v: Data, separator = '='): Array<[string, Data, Segment[]]> | undefined => {
      if (isDict(v)) return Object.entries(v).map(([k, x]) => [k, x, [...where, k]]);
      if (!Array.isArray(v)) return wrong(where, v, 'a list or a map');
      const out: Array<[string, Data, Segment[]]> = [];
      v.forEach((item, i) => {
        if (typeof item !== 'string') {
          wrong([...where, i], item, `a string "key${separator}value"`);
          return;
        }
        const cut = item.indexOf(separator);
        out.push(cut < 0 ? [item, null, [...where, i]] : [item.slice(0, cut), item.slice(cut + 1), [...where, i]]);
      });
      return out;
    },
  };
}

/** Seconds of a Go duration as Compose writes them (`1m30s`, `500ms`, `2h`). */
export function durationSeconds(text: string): number | undefined {
  const units: { [u: string]: number } = { ns: 1e-9, us: 1e-6, µs: 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };
  if (!/^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/.test(text)) return undefined;
  let total = 0;
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)) total += Number(m[1]) * units[m[2]];
  // Fractions of a unit add float noise: 1.5s is 1.5, not 1.5000000000000002.
  return Math.round(total * 1e9) / 1e9;
}

/** Bytes of a Compose byte value: a number, or digits with b, k, kb, m, mb, g or gb (powers of 1024). */
export function byteCount(v: Data): number | undefined {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0 ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([bkmg]?)b?\s*$/i.exec(v);
  if (!m) return undefined;
  const factor = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase()]!;
  return Math.round(Number(m[1]) * factor);
}

/**
 * A file mode as the spec writes it ("0440"). Compose reads `mode: 0440` as octal (YAML 1.1);
 * this YAML 1.2 parser reads it as the decimal 440, so a number whose digits are all octal is
 * read as octal digits, as Compose means it.
 */
export function octalMode(ctx: Context, where: Segment[], v: Data): string | undefined {
  const digits = typeof v === 'number' && /^[0-7]{1,4}$/.test(String(v)) ? String(v) : typeof v === 'string' && /^0?o?[0-7]{1,4}$/.test(v) ? v.replace(/^0?o?/, '') : undefined;
  if (digits === undefined) {
    ctx.report(where, `${JSON.stringify(v)} is not an octal file mode; write it as 0440`);
    return undefined;
  }
  return digits.padStart(4, '0');
}

export function wholeMiB(ctx: Context, where: Segment[], v: Data): number | undefined {
  const bytes = byteCount(v);
  if (bytes === undefined) {
    ctx.report(where, `${JSON.stringify(v)} is not a size; write e.g. "512m" or "1g"`);
    return undefined;
  }
  if (bytes % (1024 * 1024) !== 0) {
    ctx.unsupported(where, `${JSON.stringify(v)} is not a whole number of MiB, which the spec counts in; round it to whole MiB, e.g. "${Math.ceil(bytes / 1024 / 1024)}m"`);
    return undefined;
  }
  return bytes / (1024 * 1024);
}

export function wholeSeconds(ctx: Context, where: Segment[], v: Data): number | undefined {
  const seconds = typeof v === 'string' ? durationSeconds(v) : undefined;
  if (seconds === undefined) {
    ctx.report(where, `${JSON.stringify(v)} is not a duration; write e.g. "30s" or "1m30s"`);
    return undefined;
  }
  if (!Number.isInteger(seconds)) {
    ctx.unsupported(where, `${JSON.stringify(v)} is not a whole number of seconds, which the spec counts in; round it, e.g. "${Math.ceil(seconds)}s"`);
    return undefined;
  }
  return seconds;
}

export function dropUndefined<T extends object>(spec: T): T {
  return Object.fromEntries(Object.entries(spec).filter(([, x]) => x !== undefined)) as T;
}

/** key → value pairs as strings (numbers and booleans as Compose writes them; empty as ""). */
export function stringMap(ctx: Context, pairs: Array<[string, Data, Segment[]]> | undefined): { [key: string]: string } | undefined {
  if (pairs === undefined) return undefined;
  const out: { [key: string]: string } = {};
  for (const [k, x, where] of pairs) {
    const text = x === null || x === undefined ? '' : values(ctx).text(where, x);
    if (text !== undefined) out[k] = text;
  }
  return out;
}
