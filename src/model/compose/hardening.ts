// A service's ulimits, extra_hosts and logging.
import { Segment } from '../app-spec-file';
import { ExtraHostSpec, LoggingSpec, UlimitSpec } from '../workload-spec';
import { Context, Data, Mutable, onlyKeys } from './context';
import { dropUndefined, isDict, values, wholeMiB } from './values';

export function ulimits(ctx: Context, where: Segment[], data: Data): UlimitSpec[] | undefined {
  const v = values(ctx);
  const out: UlimitSpec[] = [];
  for (const [name, x] of Object.entries(v.dict(where, data) ?? {})) {
    if (isDict(x)) {
      onlyKeys(ctx, [...where, name], x, ['soft', 'hard'], (key) => `the ulimit's ${key} is not honoured`);
      const soft = v.num([...where, name, 'soft'], x.soft);
      const hard = v.num([...where, name, 'hard'], x.hard);
      if (soft !== undefined && hard !== undefined) out.push({ name, soft, hard });
    } else {
      const n = v.num([...where, name], x);
      if (n !== undefined) out.push({ name, soft: n, hard: n });
    }
  }
  return out;
}

export function extraHosts(ctx: Context, where: Segment[], data: Data): ExtraHostSpec[] {
  const out: ExtraHostSpec[] = [];
  const entries: Array<[string, Data, Segment[]]> = isDict(data) ? Object.entries(data).map(([k, x]) => [k, x, [...where, k]])
    : (values(ctx).list(where, data) ?? []).map((item, i): [string, Data, Segment[]] => {
      const text = typeof item === 'string' ? item : '';
      // host=ip, or host:ip where the host name has no ":" and the address may (IPv6).
      const cut = text.includes('=') ? text.indexOf('=') : text.indexOf(':');
      return cut < 0 ? [text, null, [...where, i]] : [text.slice(0, cut), text.slice(cut + 1), [...where, i]];
    });
  for (const [host, ip, at] of entries) {
    const text = typeof ip === 'string' ? ip : undefined;
    if (host === '' || text === undefined || text === '') {
      ctx.report(at, 'is not "host:address" or "host=address"');
      continue;
    }
    out.push({ host, ip: text.replace(/^\[(.*)\]$/, '$1') });
  }
  return out;
}

export function logging(ctx: Context, where: Segment[], data: Data): LoggingSpec | undefined {
  const v = values(ctx);
  const l = v.dict(where, data);
  if (!l) return undefined;
  onlyKeys(ctx, where, l, ['driver', 'options'], (key) => `logging.${key} is not honoured`);
  if (l.driver !== undefined && l.driver !== 'json-file' && l.driver !== 'local') {
    ctx.unsupported([...where, 'driver'], `the log driver ${JSON.stringify(l.driver)} is not honoured: the workload's output is kept by the runtime, rotated`);
    return undefined;
  }
  const options = l.options === undefined ? {} : v.dict([...where, 'options'], l.options) ?? {};
  onlyKeys(ctx, [...where, 'options'], options, ['max-size', 'max-file'], (key) => `the log option ${key} is not honoured (max-size and max-file are)`);
  const out: Mutable<LoggingSpec> = {};
  if (options['max-size'] !== undefined) out.maxSizeMiB = wholeMiB(ctx, [...where, 'options', 'max-size'], options['max-size']);
  if (options['max-file'] !== undefined) out.maxFiles = v.num([...where, 'options', 'max-file'], options['max-file']);
  return dropUndefined(out);
}
