// Env files in Compose's format: the `.env` file next to the Compose file and a service's `env_file`.
import * as fs from 'fs';
import * as path from 'path';
import { AppSpecError, decode, read, Segment } from '../app-spec-file';
import { Context, Dict, onlyKeys } from './context';
import { interpolate } from './interpolation';
import { isDict, values } from './values';

/** One `KEY=value` line of an env file, with its line number. */
export interface EnvLine {
  readonly name: string;
  readonly value: string;
  readonly line: number;
}

/**
 * An env file in the format Compose reads for `.env` and `env_file`: `KEY=value` lines, `#`
 * comments, an optional `export `, values unquoted (an inline comment after a blank), in single
 * quotes (literal) or in double quotes (`\n`, `\t`, `\\`, `\"`, `\$` escapes); unquoted and
 * double-quoted values are interpolated with `lookup` and the file's earlier lines.
 */
export function parseEnvFile(text: string, lookup: (name: string) => string | undefined, fail: (line: number, message: string) => void): EnvLine[] {
  const out: EnvLine[] = [];
  const own: { [name: string]: string } = {};
  const see = (name: string) => lookup(name) ?? (Object.prototype.hasOwnProperty.call(own, name) ? own[name] : undefined);
  text.replace(/^\ufeff/, '').split('\n').forEach((raw, index) => {
    const line = index + 1;
    const content = raw.replace(/\r$/, '').trim();
    if (content === '' || content.startsWith('#')) return;
    const m = /^(?:export\s+)?([^=\s]+)\s*=\s*(.*)$/.exec(content);
    if (!m) {
      fail(line, `${JSON.stringify(content)} is not KEY=value; write it as KEY=value, or start a comment with #`);
      return;
    }
    const [, name, rest] = m;
    let value: string;
    const closing = (quote: string) => {
      for (let i = 1; i < rest.length; i++) {
        if (quote === '"' && rest[i] === '\\') i++;
        else if (rest[i] === quote) return i;
      }
      return -1;
    };
    if (rest.startsWith("'") || rest.startsWith('"')) {
      const end = closing(rest[0]);
      if (end < 0) {
        fail(line, `the value of ${name} opens a ${rest[0]} quote without closing it on its line; close it`);
        return;
      }
      const after = rest.slice(end + 1).trim();
      if (after !== '' && !after.startsWith('#')) {
        fail(line, `the value of ${name} has ${JSON.stringify(after)} after its closing quote; put it inside the quotes, or start a comment with #`);
        return;
      }
      const inner = rest.slice(1, end);
      value = rest[0] === "'" ? inner
        : interpolate(inner.replace(/\\([nrt"\\$])/g, (_, e: string) => ({ n: '\n', r: '\r', t: '\t' } as { [k: string]: string })[e] ?? (e === '$' ? '$$' : e)),
          see, (message) => fail(line, message));
    } else {
      value = interpolate(rest.replace(/\s+#.*$/, '').trim(), see, (message) => fail(line, message));
    }
    own[name] = value;
    out.push({ name, value, line });
  });
  return out;
}

/** The `.env` file next to the Compose file, when there is one; the environment wins over it in interpolation. */
export function readDotEnv(ctx: Context, environment: { [name: string]: string }): { [name: string]: string } {
  const file = path.join(ctx.dir, '.env');
  if (!fs.existsSync(file)) return {};
  if (!fs.statSync(file).isFile()) return {};
  const out: { [name: string]: string } = {};
  const problems: string[] = [];
  const lookup = (name: string) => (Object.prototype.hasOwnProperty.call(environment, name) ? environment[name] : undefined);
  for (const e of parseEnvFile(decode(file, read(file, 'a .env file is a few lines')), lookup, (line, message) => problems.push(`${file}:${line}: ${message}`))) {
    out[e.name] = e.value;
  }
  if (problems.length) throw new AppSpecError(problems);
  return out;
}

/** An env variable of a service: its value, and where it came from; `raw` is the value as written, for `${VAR}`. */
export interface EnvEntry {
  value: string;
  raw?: string;
  where: Segment[];
}

/** The service's `env_file` files, read in order into `env` (later files win). */
export function readEnvFiles(ctx: Context, at: (...rest: Segment[]) => Segment[], body: Dict, env: Map<string, EnvEntry>): void {
  const v = values(ctx);
  if (body.env_file !== undefined) {
    const items = typeof body.env_file === 'string' ? [body.env_file] : v.list(at('env_file'), body.env_file) ?? [];
    items.forEach((item, i) => {
      const where = typeof body.env_file === 'string' ? at('env_file') : at('env_file', i);
      let file: string | undefined;
      let required = true;
      if (isDict(item)) {
        file = v.str([...where, 'path'], item.path);
        if (item.required !== undefined) required = v.bool([...where, 'required'], item.required) ?? true;
        onlyKeys(ctx, where, item, ['path', 'required'], (key) => (key === 'format' ? 'only the .env format is read' : `${key} is not honoured`));
      } else {
        file = v.str(where, item);
      }
      if (file === undefined) return;
      const full = path.resolve(ctx.dir, file);
      if (!fs.existsSync(full)) {
        if (required) ctx.report(where, `${JSON.stringify(file)} does not exist (${full}); create it, or write {path: ${JSON.stringify(file)}, required: false}`);
        return;
      }
      let text: string;
      try {
        text = decode(full, read(full, 'an env file is a few lines'));
      } catch (e) {
        ctx.report(where, (e as Error).message);
        return;
      }
      const lookup = (name: string) => ctx.vars[name];
      for (const e of parseEnvFile(text, lookup, (line, message) => ctx.report(where, `${full}:${line}: ${message}`))) {
        env.set(e.name, { value: e.value, where });
      }
    });
  }
}
