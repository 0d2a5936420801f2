// The Compose file loader behind `ComposeFile.load`, loaded on first use (see compose-file.ts).
// What each field becomes is in compose-mapping.ts, which the README's table is generated from.
import * as fs from 'fs';
import * as path from 'path';
import { AppSpec } from './app-spec';
import { APP_FILE_LIMITS, AppSpecError, closest, decode, formatPath, Found, read, readYaml, Segment, sortedTexts } from './app-spec-file';
import { ComposeFileOptions } from './compose-options';
import {
  COMPOSE_SERVICE_FIELDS, COMPOSE_TOP_LEVEL_FIELDS, COMPOSE_UNSUPPORTED_SERVICE_FIELDS, COMPOSE_UNSUPPORTED_TOP_LEVEL_FIELDS,
} from './compose-mapping';
import { NAME_PATTERN } from './validate';
import { SECRET_LOOKING } from './warnings';
import {
  ConfigFileSpec, DependencyCondition, ExtraHostSpec, HealthCheckSpec, LoggingSpec, PortSpec, Protocol, RestartPolicy,
  TmpfsSpec, UlimitSpec, VolumeSpec, WorkloadSpec,
} from './workload-spec';

type Data = unknown;
type Dict = { [key: string]: Data };
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Where Compose mounts a service's secrets. */
const SECRETS_DIR = '/run/secrets';

export function loadCompose(file: string, options: ComposeFileOptions): AppSpec {
  // merge: Compose reads YAML merge keys (`<<: *defaults`), which YAML 1.2 leaves out.
  const { data: parsed, tree, at } = readYaml(file, 'a Compose file is a few KiB: keep large contents in the files it mounts', true);
  let data = parsed;
  const dir = path.dirname(path.resolve(file));
  const found: Found[] = [];
  const ignore = new Set(options.ignore ?? []);
  const ctx: Context = {
    dir,
    report: (where, message) => {
      const offset = tree.locate(where);
      found.push({ offset, text: `${at(offset)}: ${formatPath(where)}: ${message}` });
    },
    unsupported: (where, why) => {
      const name = formatPath(where);
      if (ignore.has(name)) return;
      const offset = tree.locate(where);
      found.push({ offset, text: `${at(offset)}: ${name}: cannot be honoured: ${why}; remove it, or drop it knowingly with ignore: [${JSON.stringify(name)}]` });
    },
    vars: {},
    secretsByValue: new Map(),
    valuesBySecret: new Map(),
    raw: new Map(),
    publishOnAllAddresses: options.publishOnAllAddresses ?? false,
  };
  // Compose: the shell's variables win over the .env file's.
  const environment = options.environment ?? stringsOf(process.env);
  ctx.vars = { ...readDotEnv(ctx, environment), ...environment };
  data = interpolateTree(ctx, data, []);
  const app = mapProject(ctx, data);
  if (found.length) throw new AppSpecError(sortedTexts(found));
  return app;
}

interface Context {
  readonly dir: string;
  /** An error in the file. */
  readonly report: (where: Segment[], message: string) => void;
  /** A field no target can honour; `options.ignore` can drop it. */
  readonly unsupported: (where: Segment[], why: string) => void;
  vars: { [name: string]: string };
  /** Terraform variables of literal secrets: equal values share one, so they stay equal. */
  readonly secretsByValue: Map<string, string>;
  readonly valuesBySecret: Map<string, string>;
  /** Strings that interpolation changed, as written, by their path: secret variables are named after `${VAR}`. */
  readonly raw: Map<string, string>;
  readonly publishOnAllAddresses: boolean;
}

function stringsOf(env: NodeJS.ProcessEnv): { [name: string]: string } {
  const out: { [name: string]: string } = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Interpolation, .env files and command lines: Compose's rules (compose-spec.io, "Interpolation").

/**
 * `text` with `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?error}`,
 * `${VAR?error}`, `${VAR:+alt}`, `${VAR+alt}` replaced (operands nest) and `$$` as `$`. A `$`
 * that starts none of them stays. A variable that is not set and has no default is an error,
 * where Compose warns and writes an empty string: an empty password or path is worse.
 */
export function interpolate(text: string, lookup: (name: string) => string | undefined, fail: (message: string) => void): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c !== '$') {
      out += c;
      i++;
      continue;
    }
    const next = text[i + 1];
    if (next === '$') {
      out += '$';
      i += 2;
    } else if (next === '{') {
      let depth = 1;
      let j = i + 2;
      for (; j < text.length; j++) {
        if (text[j] === '$' && text[j + 1] === '{') {
          depth++;
          j++;
        } else if (text[j] === '}' && --depth === 0) {
          break;
        }
      }
      if (depth > 0) {
        fail(`${JSON.stringify(text.slice(i))} opens \${ without its closing }; close it, or write $$ for a literal $`);
        return out + text.slice(i);
      }
      out += expand(text.slice(i + 2, j), lookup, fail);
      i = j + 1;
    } else {
      const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1))?.[0];
      if (name === undefined) {
        out += '$';
        i++;
      } else {
        out += expand(name, lookup, fail);
        i += 1 + name.length;
      }
    }
  }
  return out;
}

function expand(body: string, lookup: (name: string) => string | undefined, fail: (message: string) => void): string {
  const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(body)?.[0];
  if (name === undefined) {
    fail(`\${${body}} does not start with a variable name (letters, digits, _); write $$ for a literal $`);
    return '';
  }
  const rest = body.slice(name.length);
  const op = /^(:-|-|:\?|\?|:\+|\+)?/.exec(rest)![0];
  if (op === '' && rest !== '') {
    fail(`\${${body}} uses ${JSON.stringify(rest)}, which Compose does not support (only :-, -, :?, ?, :+ and +)`);
    return '';
  }
  const operand = () => interpolate(rest.slice(op.length), lookup, fail);
  const value = lookup(name);
  const set = value !== undefined;
  const nonEmpty = set && value !== '';
  switch (op) {
    case ':-': return nonEmpty ? value : operand();
    case '-': return set ? value : operand();
    case ':?':
    case '?': {
      if (op === ':?' ? nonEmpty : set) return value!;
      const message = operand();
      fail(`the variable ${name} is required${op === ':?' ? ' and must not be empty' : ''}${message ? `: ${message}` : ''}; set it in the environment or in .env`);
      return '';
    }
    case ':+': return nonEmpty ? operand() : '';
    case '+': return set ? operand() : '';
    default:
      if (set) return value;
      fail(`the variable ${name} is not set (Compose would write an empty string); set it in the environment or in .env, or write \${${name}:-} for an empty value`);
      return '';
  }
}

/** Interpolates every string value of the file (not the keys, as Compose), reporting at its path. */
function interpolateTree(ctx: Context, data: Data, at: Segment[]): Data {
  if (typeof data === 'string') {
    if (!data.includes('$')) return data;
    const lookup = (name: string) => (Object.prototype.hasOwnProperty.call(ctx.vars, name) ? ctx.vars[name] : undefined);
    const value = interpolate(data, lookup, (message) => ctx.report(at, message));
    ctx.raw.set(JSON.stringify(at), data);
    return value;
  }
  if (Array.isArray(data)) return data.map((item, i) => interpolateTree(ctx, item, [...at, i]));
  if (isDict(data)) {
    const out: Dict = {};
    for (const [k, v] of Object.entries(data)) out[k] = interpolateTree(ctx, v, [...at, k]);
    return out;
  }
  return data;
}

/** One `KEY=value` line of an env file, with its line number. */
interface EnvLine {
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
function readDotEnv(ctx: Context, environment: { [name: string]: string }): { [name: string]: string } {
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

/**
 * A command line split into words as Compose splits `command` and `entrypoint` strings: blanks
 * separate words; single quotes keep everything; double quotes keep blanks; a backslash outside
 * single quotes takes the next character as it is. Compose runs no shell, so an unquoted `;`, `&`,
 * `|`, `<` or `>` (where its splitter stops reading) is an error, as are unclosed quotes.
 */
export function splitCommand(text: string): { words: string[]; problem?: string } {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote === "'") {
      if (c === "'") quote = undefined;
      else word += c;
    } else if (c === '\\') {
      if (i + 1 === text.length) return { words, problem: 'ends with a backslash; remove it or escape it as \\\\' };
      word += text[++i];
      inWord = true;
    } else if (quote === '"') {
      if (c === '"') quote = undefined;
      else word += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else if (';&|<>'.includes(c)) {
      return { words, problem: `has an unquoted ${JSON.stringify(c)}, but no shell runs the command; write it as a list, e.g. ["/bin/sh", "-c", ${JSON.stringify(text)}], or quote the character` };
    } else {
      word += c;
      inWord = true;
    }
  }
  if (quote) return { words, problem: `opens a ${quote} quote without closing it; close it` };
  if (inWord) words.push(word);
  return { words };
}

// ---------------------------------------------------------------------------------------------
// Values: types, durations, sizes.

function isDict(v: Data): v is Dict {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function kind(v: Data): string {
  if (v === null || v === undefined) return 'empty';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a map';
  return `the ${typeof v} ${JSON.stringify(v)}`;
}

/** Helpers that check a value's type and report it at `where` when it is wrong. */
function values(ctx: Context) {
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

// ---------------------------------------------------------------------------------------------
// The project.

interface Declared {
  readonly volumes: Map<string, string>;
  readonly networks: Set<string>;
  readonly secrets: Map<string, string>;
  readonly configs: Map<string, { content?: string }>;
}

function mapProject(ctx: Context, data: Data): AppSpec {
  const v = values(ctx);
  const root = v.dict([], data);
  if (root === undefined) return { workloads: [] };
  for (const key of Object.keys(root)) {
    if (key.startsWith('x-') || COMPOSE_TOP_LEVEL_FIELDS[key]) continue;
    if (COMPOSE_UNSUPPORTED_TOP_LEVEL_FIELDS[key]) ctx.unsupported([key], COMPOSE_UNSUPPORTED_TOP_LEVEL_FIELDS[key]);
    else unknownField(ctx, [key], 'of a Compose file', [...Object.keys(COMPOSE_TOP_LEVEL_FIELDS), ...Object.keys(COMPOSE_UNSUPPORTED_TOP_LEVEL_FIELDS)]);
  }
  const declared: Declared = {
    volumes: topVolumes(ctx, root.volumes),
    networks: topNetworks(ctx, root.networks),
    secrets: topSecrets(ctx, root.secrets),
    configs: topConfigs(ctx, root.configs),
  };
  if (root.services === undefined) {
    ctx.report([], 'has no services; a Compose file needs at least one under services:');
    return { workloads: [] };
  }
  const services = v.dict(['services'], root.services);
  if (services === undefined) return { workloads: [] };
  const entries = Object.entries(services).filter(([name, body]) => {
    const where = ['services', name];
    if (!NAME_PATTERN.test(name)) {
      ctx.report(where, `the service name ${JSON.stringify(name)} cannot be a workload name (lowercase letters, digits and "-", at most 63, starting with a letter or digit), and other services reach it by that name; rename the service${/^[A-Za-z0-9._-]+$/.test(name) ? ` (e.g. ${JSON.stringify(name.toLowerCase().replace(/[._]/g, '-'))}) and the places that name it` : ''}`);
    }
    return v.dict(where, body) !== undefined;
  }) as Array<[string, Dict]>;

  // What needs every service: which named volumes two services mount, which services others wait for to complete.
  const volumeUsers = new Map<string, Set<string>>();
  const completedBy = new Set<string>();
  for (const [name, body] of entries) {
    for (const m of Array.isArray(body.volumes) ? body.volumes : []) {
      const source = typeof m === 'string' ? m.split(':')[0] : isDict(m) && (m.type ?? 'volume') === 'volume' ? m.source : undefined;
      if (typeof source === 'string' && declared.volumes.has(source)) {
        volumeUsers.set(source, new Set([...(volumeUsers.get(source) ?? []), name]));
      }
    }
    if (isDict(body.depends_on)) {
      for (const [dep, d] of Object.entries(body.depends_on)) {
        if (isDict(d) && d.condition === 'service_completed_successfully') completedBy.add(dep);
      }
    }
  }
  const serviceNames = new Set(entries.map(([name]) => name));
  const shared = new Set([...volumeUsers].filter(([, users]) => users.size > 1).map(([volume]) => volume));
  const workloads = entries.map(([name, body]) => mapService(ctx, name, body, { declared, serviceNames, shared, job: completedBy.has(name) }));
  return { workloads };
}

function unknownField(ctx: Context, where: Segment[], of: string, known: string[]): void {
  const key = String(where[where.length - 1]);
  const suggestion = closest(key, known);
  ctx.report(where, suggestion !== undefined ? `is not a field ${of}; did you mean ${JSON.stringify(suggestion)}?`
    : `is not a field ${of} in the Compose Specification; remove it, or name an extension x-${key}`);
}

/** Keys of a map the loader does not read: each one is reported as not honoured. */
function onlyKeys(ctx: Context, where: Segment[], map: Dict, read: string[], why: (key: string) => string): void {
  for (const key of Object.keys(map)) {
    if (!read.includes(key) && !key.startsWith('x-')) ctx.unsupported([...where, key], why(key));
  }
}

/** A volume name the spec accepts: lowercase, with `_` and `.` as `-`. */
function volumeName(name: string): string {
  return name.toLowerCase().replace(/[_.]/g, '-');
}

function topVolumes(ctx: Context, data: Data): Map<string, string> {
  const out = new Map<string, string>();
  if (data === undefined || data === null) return out;
  const map = values(ctx).dict(['volumes'], data);
  const byName = new Map<string, string>();
  for (const [name, body] of Object.entries(map ?? {})) {
    const where = ['volumes', name];
    const mapped = volumeName(name);
    const first = byName.get(mapped);
    if (first !== undefined) {
      ctx.report(where, `becomes the volume name ${JSON.stringify(mapped)}, as does ${JSON.stringify(first)}; rename one of them`);
    }
    byName.set(mapped, name);
    out.set(name, mapped);
    if (body === null || body === undefined) continue;
    const settings = values(ctx).dict(where, body);
    if (settings) {
      onlyKeys(ctx, where, settings, [], (key) => (key === 'external' ? 'the volume would be managed outside the app; a volume of the app is created by it'
        : key === 'name' ? 'volume names come from the stack and the workload' : `the volume's ${key} is the engine's default`));
    }
  }
  return out;
}

function topNetworks(ctx: Context, data: Data): Set<string> {
  const out = new Set<string>(['default']);
  if (data === undefined || data === null) return out;
  for (const [name, body] of Object.entries(values(ctx).dict(['networks'], data) ?? {})) {
    out.add(name);
    if (body === null || body === undefined) continue;
    const settings = values(ctx).dict(['networks', name], body);
    if (!settings) continue;
    if (settings.driver !== undefined && settings.driver !== 'bridge') {
      ctx.unsupported(['networks', name, 'driver'], 'networks are bridge networks');
    }
    onlyKeys(ctx, ['networks', name], settings, ['driver'], (key) => `the network's ${key} setting is not honoured (networks are plain bridge networks of the app)`);
  }
  return out;
}

/** Top-level secrets: name → Terraform variable name. */
function topSecrets(ctx: Context, data: Data): Map<string, string> {
  const out = new Map<string, string>();
  if (data === undefined || data === null) return out;
  for (const [name, body] of Object.entries(values(ctx).dict(['secrets'], data) ?? {})) {
    out.set(name, variableName(name));
    const settings = values(ctx).dict(['secrets', name], body);
    if (!settings) continue;
    if (settings.file === undefined && settings.environment === undefined && settings.external === undefined) {
      ctx.report(['secrets', name], 'has neither file nor environment; give one of them');
    }
    onlyKeys(ctx, ['secrets', name], settings, ['file', 'environment'], (key) => (key === 'external' ? 'an external secret is managed outside the app; the app\'s secrets are Terraform variables'
      : `the secret's ${key} is not honoured`));
  }
  return out;
}

/** Top-level configs: name → content (undefined when it could not be read, which is reported). */
function topConfigs(ctx: Context, data: Data): Map<string, { content?: string }> {
  const out = new Map<string, { content?: string }>();
  if (data === undefined || data === null) return out;
  const v = values(ctx);
  for (const [name, body] of Object.entries(v.dict(['configs'], data) ?? {})) {
    const where = ['configs', name];
    const settings = v.dict(where, body);
    out.set(name, {});
    if (!settings) continue;
    onlyKeys(ctx, where, settings, ['file', 'content', 'environment'], (key) => (key === 'external' ? 'an external config is managed outside the app; give it as file or content' : `the config's ${key} is not honoured`));
    const given = ['file', 'content', 'environment'].filter((k) => settings[k] !== undefined);
    if (given.length !== 1) {
      if (settings.external === undefined) ctx.report(where, `has ${given.length ? given.join(' and ') : 'none of file, content and environment'}; give exactly one of them`);
      continue;
    }
    if (settings.file !== undefined) {
      const file = v.str([...where, 'file'], settings.file);
      if (file !== undefined) out.set(name, { content: readConfigFile(ctx, [...where, 'file'], file, () => 'give a config file') });
    } else if (settings.content !== undefined) {
      out.set(name, { content: v.text([...where, 'content'], settings.content) });
    } else {
      const variable = v.str([...where, 'environment'], settings.environment);
      if (variable === undefined) continue;
      if (ctx.vars[variable] === undefined) ctx.report([...where, 'environment'], `the variable ${variable} is not set; set it in the environment or in .env`);
      else out.set(name, { content: ctx.vars[variable] });
    }
  }
  return out;
}

/** A Terraform variable name for a secret: lowercase, with what is not a letter, digit or `_` as `_`. */
function variableName(name: string): string {
  const v = name.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  return /^[a-z_]/.test(v) ? v : `_${v}`;
}

/**
 * The text of a file the Compose file mounts (a config, or a bind mount of a file), relative to
 * the Compose file; undefined, and reported, when it is not a readable UTF-8 file. `notFile`
 * says what to do when it is a directory or missing.
 */
function readConfigFile(ctx: Context, where: Segment[], source: string, notFile: () => string): string | undefined {
  if (source.startsWith('~')) {
    ctx.unsupported(where, `${JSON.stringify(source)} is in a home directory, which differs between the machine that synthesizes and the one that deploys; give the path relative to the Compose file`);
    return undefined;
  }
  const file = path.resolve(ctx.dir, source);
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(file);
  } catch {
    stat = undefined;
  }
  if (!stat?.isFile()) {
    ctx.unsupported(where, `${JSON.stringify(source)} is ${stat ? 'a directory' : 'missing'} (${file}); ${notFile()}`);
    return undefined;
  }
  if (stat.size > APP_FILE_LIMITS.bytes) {
    ctx.report(where, `${file} has ${stat.size} bytes, more than the ${APP_FILE_LIMITS.bytes} (4 MiB) a config file may have; mount large data as a volume`);
    return undefined;
  }
  try {
    return decode(file, fs.readFileSync(file));
  } catch (e) {
    ctx.report(where, e instanceof AppSpecError ? `${e.problems[0]}; config files are text` : `cannot be read: ${(e as Error).message}`);
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// A service.

interface ProjectFacts {
  readonly declared: Declared;
  readonly serviceNames: Set<string>;
  readonly shared: Set<string>;
  /** Another service waits for this one with service_completed_successfully: it runs once. */
  readonly job: boolean;
}

function mapService(ctx: Context, name: string, body: Dict, facts: ProjectFacts): WorkloadSpec {
  const base: Segment[] = ['services', name];
  const at = (...rest: Segment[]) => [...base, ...rest];
  const v = values(ctx);
  const spec: Mutable<WorkloadSpec> = { name };
  for (const key of Object.keys(body)) {
    if (key.startsWith('x-') || COMPOSE_SERVICE_FIELDS[key]) continue;
    if (COMPOSE_UNSUPPORTED_SERVICE_FIELDS[key]) ctx.unsupported(at(key), COMPOSE_UNSUPPORTED_SERVICE_FIELDS[key]);
    else unknownField(ctx, at(key), 'of a Compose service', [...Object.keys(COMPOSE_SERVICE_FIELDS), ...Object.keys(COMPOSE_UNSUPPORTED_SERVICE_FIELDS)]);
  }

  if (body.image !== undefined) spec.image = v.str(at('image'), body.image);
  else if (body.build === undefined) ctx.report(base, 'has no image; give the image the service runs');
  for (const [key, field] of [['command', 'command'], ['entrypoint', 'entrypoint']] as const) {
    if (body[key] === undefined || body[key] === null) continue;
    if (typeof body[key] === 'string') {
      const { words, problem } = splitCommand(body[key] as string);
      if (problem) ctx.report(at(key), problem);
      else spec[field] = words;
    } else {
      spec[field] = v.strings(at(key), body[key]);
    }
  }

  const replicas = replicaCount(ctx, at, body);
  if (replicas !== undefined) spec.replicas = replicas;
  mapEnvironment(ctx, at, body, spec, facts.declared);
  mapPorts(ctx, at, body, spec);
  mapMounts(ctx, at, body, spec, facts, replicas ?? 1);
  mapResources(ctx, at, body, spec);
  mapHealthCheck(ctx, at, body, spec);
  mapRestart(ctx, at, body, spec);
  mapDependencies(ctx, at, body, spec, facts);
  if (facts.job) spec.job = {};

  if (body.labels !== undefined) spec.labels = stringMap(ctx, v.pairs(at('labels'), body.labels));
  if (body.user !== undefined) spec.user = v.text(at('user'), body.user);
  if (body.working_dir !== undefined) spec.workingDir = v.str(at('working_dir'), body.working_dir);
  if (body.networks !== undefined) {
    const networks = Array.isArray(body.networks) ? v.strings(at('networks'), body.networks) ?? [] : Object.keys(v.dict(at('networks'), body.networks) ?? {});
    networks.forEach((net, i) => {
      const where = Array.isArray(body.networks) ? at('networks', i) : at('networks', net);
      if (!facts.declared.networks.has(net)) ctx.report(where, `names the network ${JSON.stringify(net)}, which the file does not declare under networks:; declare it`);
      const settings = isDict(body.networks) ? (body.networks as Dict)[net] : undefined;
      if (isDict(settings)) onlyKeys(ctx, where, settings, [], (key) => `the network setting ${key} is not honoured (workloads are reached by their name)`);
    });
    spec.networks = networks;
  }
  for (const [key, field] of [['cap_add', 'capAdd'], ['cap_drop', 'capDrop']] as const) {
    if (body[key] !== undefined) spec[field] = v.strings(at(key), body[key]);
  }
  if (body.read_only !== undefined) spec.readOnlyRootFilesystem = v.bool(at('read_only'), body.read_only);
  if (body.sysctls !== undefined) spec.sysctls = stringMap(ctx, v.pairs(at('sysctls'), body.sysctls));
  if (body.ulimits !== undefined) spec.ulimits = ulimits(ctx, at('ulimits'), body.ulimits);
  if (body.shm_size !== undefined) spec.shmSizeMiB = wholeMiB(ctx, at('shm_size'), body.shm_size);
  if (body.init !== undefined) spec.init = v.bool(at('init'), body.init);
  if (body.stop_grace_period !== undefined) spec.stopGraceSeconds = wholeSeconds(ctx, at('stop_grace_period'), body.stop_grace_period);
  if (body.extra_hosts !== undefined) spec.extraHosts = extraHosts(ctx, at('extra_hosts'), body.extra_hosts);
  if (body.logging !== undefined) spec.logging = logging(ctx, at('logging'), body.logging);
  return dropUndefined(spec);
}

function dropUndefined<T extends object>(spec: T): T {
  return Object.fromEntries(Object.entries(spec).filter(([, x]) => x !== undefined)) as T;
}

/** key → value pairs as strings (numbers and booleans as Compose writes them; empty as ""). */
function stringMap(ctx: Context, pairs: Array<[string, Data, Segment[]]> | undefined): { [key: string]: string } | undefined {
  if (pairs === undefined) return undefined;
  const out: { [key: string]: string } = {};
  for (const [k, x, where] of pairs) {
    const text = x === null || x === undefined ? '' : values(ctx).text(where, x);
    if (text !== undefined) out[k] = text;
  }
  return out;
}

function replicaCount(ctx: Context, at: (...rest: Segment[]) => Segment[], body: Dict): number | undefined {
  const v = values(ctx);
  const deploy = isDict(body.deploy) ? body.deploy : undefined;
  if (body.scale !== undefined && deploy?.replicas !== undefined) {
    ctx.report(at('scale'), 'and deploy.replicas are both set; keep one of them');
  }
  if (deploy?.replicas !== undefined) return v.num(at('deploy', 'replicas'), deploy.replicas);
  if (body.scale !== undefined) return v.num(at('scale'), body.scale);
  return undefined;
}

function mapEnvironment(ctx: Context, at: (...rest: Segment[]) => Segment[], body: Dict, spec: Mutable<WorkloadSpec>, declared: Declared): void {
  const v = values(ctx);
  /** Name → value and where it came from; `raw` is the value as written, for `${VAR}`. */
  const env = new Map<string, { value: string; raw?: string; where: Segment[] }>();
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
  if (body.environment !== undefined) {
    for (const [name, value, where] of v.pairs(at('environment'), body.environment) ?? []) {
      if (value === null || value === undefined) {
        // `KEY` alone: the variable of the environment, left out when it is not set (as Compose).
        if (ctx.vars[name] !== undefined) env.set(name, { value: ctx.vars[name], where });
        else env.delete(name);
        continue;
      }
      const text = v.text(where, value);
      if (text === undefined) continue;
      const raw = ctx.raw.get(JSON.stringify(where));
      env.set(name, { value: text, raw: raw === undefined ? undefined : Array.isArray(body.environment) ? raw.slice(raw.indexOf('=') + 1) : raw, where });
    }
  }

  const secretEnv: { [name: string]: string } = {};
  // The service's secrets: an env variable X_FILE that points at one becomes secretEnv X.
  if (body.secrets !== undefined) {
    (v.list(at('secrets'), body.secrets) ?? []).forEach((item, i) => {
      const where = at('secrets', i);
      let source: string | undefined;
      let target: string | undefined;
      if (isDict(item)) {
        source = v.str([...where, 'source'], item.source);
        target = item.target === undefined ? source : v.str([...where, 'target'], item.target);
        onlyKeys(ctx, where, item, ['source', 'target'], (key) => `the secret's ${key} is not honoured: the value is given to the workload as an env variable`);
      } else {
        source = target = v.str(where, item);
      }
      if (source === undefined || target === undefined) return;
      const variable = declared.secrets.get(source);
      if (variable === undefined) {
        ctx.report(where, `names the secret ${JSON.stringify(source)}, which the file does not declare under secrets:; declare it`);
        return;
      }
      const mountPath = target.startsWith('/') ? target : `${SECRETS_DIR}/${target}`;
      const readers = [...env].filter(([envName, e]) => envName.endsWith('_FILE') && e.value === mountPath).map(([envName]) => envName);
      if (readers.length === 0) {
        ctx.unsupported(where, `the secret would be the file ${mountPath}, and the spec cannot mount a secret as a file; give the workload an env variable NAME_FILE=${mountPath} if its image reads one (the secret then becomes secretEnv NAME), or pass the value in another way`);
        return;
      }
      for (const reader of readers) {
        const envName = reader.slice(0, -'_FILE'.length);
        if (env.has(envName)) {
          ctx.report(env.get(envName)!.where, `sets ${envName}, which the secret ${source} also gives (through ${reader}); keep one of them`);
          continue;
        }
        env.delete(reader);
        secretEnv[envName] = variable;
      }
    });
  }
  // Literal values under secret-looking names: into Terraform variables, equal values into one variable so they stay equal.
  const plain: { [name: string]: string } = {};
  for (const [envName, e] of env) {
    // The value is one variable, `${VAR}` or `${VAR:-…}`: a secret when either name looks like one.
    const fromVariable = e.raw === undefined ? undefined : /^\$\{?([A-Za-z_][A-Za-z0-9_]*)(?:(?::?[-?+])[^}]*)?\}?$/.exec(e.raw)?.[1];
    const secret = (SECRET_LOOKING.test(envName) && !envName.endsWith('_FILE')) || (fromVariable !== undefined && SECRET_LOOKING.test(fromVariable));
    if (!secret || e.value === '') {
      plain[envName] = e.value;
      continue;
    }
    secretEnv[envName] = secretVariableFor(ctx, e.value, fromVariable !== undefined ? variableName(fromVariable) : variableName(`${spec.name}_${envName}`));
  }
  if (Object.keys(plain).length) spec.env = plain;
  if (Object.keys(secretEnv).length) spec.secretEnv = secretEnv;
}

function secretVariableFor(ctx: Context, value: string, preferred: string): string {
  const known = ctx.secretsByValue.get(value);
  if (known !== undefined) return known;
  let name = preferred;
  for (let n = 2; ctx.valuesBySecret.has(name); n++) name = `${preferred}_${n}`;
  ctx.secretsByValue.set(value, name);
  ctx.valuesBySecret.set(name, value);
  return name;
}

function mapPorts(ctx: Context, at: (...rest: Segment[]) => Segment[], body: Dict, spec: Mutable<WorkloadSpec>): void {
  const v = values(ctx);
  const ports: PortSpec[] = [];
  const names = new Set<string>();
  const add = (p: Omit<PortSpec, 'name'> & { name?: string }) => {
    let name = p.name ?? `${p.protocol ?? Protocol.TCP}-${p.containerPort}`;
    if (p.name === undefined) for (let n = 2; names.has(name); n++) name = `${p.protocol ?? Protocol.TCP}-${p.containerPort}-${n}`;
    names.add(name);
    ports.push(dropUndefined({ ...p, name }));
  };
  const protocolOf = (where: Segment[], text: string | undefined): Protocol | undefined => {
    if (text === undefined || text === 'tcp') return undefined;
    if (text === 'udp') return Protocol.UDP;
    ctx.unsupported(where, `the protocol ${JSON.stringify(text)} is not honoured (tcp and udp are)`);
    return undefined;
  };
  const address = (ip: string | undefined) => (ip !== undefined && ip !== '' ? { bindAddress: ip } : ctx.publishOnAllAddresses ? { public: true } : {});
  (body.ports === undefined ? [] : v.list(at('ports'), body.ports) ?? []).forEach((item, i) => {
    const where = at('ports', i);
    if (isDict(item)) {
      onlyKeys(ctx, where, item, ['target', 'published', 'host_ip', 'protocol', 'app_protocol', 'mode', 'name'],
        (key) => `the port's ${key} is not honoured`);
      if (item.mode !== undefined && item.mode !== 'host' && item.mode !== 'ingress') ctx.report([...where, 'mode'], 'must be host or ingress');
      const target = v.num([...where, 'target'], item.target);
      const published = item.published === undefined ? undefined : portRange(ctx, [...where, 'published'], item.published);
      if (target === undefined || published === null) return;
      if (published && published.length > 1) {
        ctx.unsupported([...where, 'published'], 'a range of host ports for one container port lets the runtime pick one; publish one host port');
        return;
      }
      add({
        containerPort: target, hostPort: published?.[0], protocol: protocolOf([...where, 'protocol'], item.protocol === undefined ? undefined : v.str([...where, 'protocol'], item.protocol)),
        ...(published ? address(item.host_ip === undefined ? undefined : v.str([...where, 'host_ip'], item.host_ip)) : {}),
        urlScheme: item.app_protocol === undefined ? undefined : v.str([...where, 'app_protocol'], item.app_protocol),
        name: item.name === undefined ? undefined : v.str([...where, 'name'], item.name),
      });
      return;
    }
    const text = typeof item === 'number' ? String(item) : v.str(where, item);
    if (text === undefined) return;
    const short = parseShortPort(text);
    if (typeof short === 'string') {
      ctx.report(where, `${JSON.stringify(text)} ${short}`);
      return;
    }
    if (short.host === '' || (short.host !== undefined && short.host.length !== short.container.length)) {
      ctx.unsupported(where, `${JSON.stringify(text)} lets the runtime pick the host port; give one host port for each container port`);
      return;
    }
    const protocol = protocolOf(where, short.protocol);
    short.container.forEach((containerPort, k) => {
      const hostPort = short.host === undefined ? undefined : (short.host as number[])[k];
      add({ containerPort, hostPort, protocol, ...(hostPort !== undefined ? address(short.ip) : {}) });
    });
  });
  (body.expose === undefined ? [] : v.list(at('expose'), body.expose) ?? []).forEach((item, i) => {
    const where = at('expose', i);
    const text = typeof item === 'number' ? String(item) : v.str(where, item);
    const m = text === undefined ? null : /^(\d+)(?:-(\d+))?(?:\/(\w+))?$/.exec(text);
    if (!m) {
      if (text !== undefined) ctx.report(where, `${JSON.stringify(text)} is not a port or range, e.g. "8080" or "8000-8010/udp"`);
      return;
    }
    const protocol = protocolOf(where, m[3]);
    for (let port = Number(m[1]); port <= Number(m[2] ?? m[1]); port++) {
      if (!ports.some((p) => p.containerPort === port && (p.protocol ?? Protocol.TCP) === (protocol ?? Protocol.TCP))) add({ containerPort: port, protocol });
    }
  });
  if (ports.length) spec.ports = ports;
}

/** A port or range ("8080", "8080-8081", 8080) as its ports; null when reported. */
function portRange(ctx: Context, where: Segment[], v: Data): number[] | null {
  const text = typeof v === 'number' ? String(v) : typeof v === 'string' ? v : undefined;
  const m = text === undefined ? null : /^(\d+)(?:-(\d+))?$/.exec(text);
  if (!m) {
    ctx.report(where, `${JSON.stringify(v)} is not a port or range of ports, e.g. 8080 or "8080-8081"`);
    return null;
  }
  return range(Number(m[1]), Number(m[2] ?? m[1]));
}

function range(from: number, to: number): number[] {
  return to < from || to - from > 65535 ? [] : Array.from({ length: to - from + 1 }, (_, k) => from + k);
}

/**
 * A port of the short syntax, `[[ip:]host:]container[/protocol]` (ip may be `[v6]`, ports may be
 * ranges), as ports; `host` is "" when the host part names an address but no port. A string says what is wrong.
 */
export function parseShortPort(text: string): { ip?: string; host?: number[] | ''; container: number[]; protocol?: string } | string {
  let rest = text;
  let protocol: string | undefined;
  const slash = rest.lastIndexOf('/');
  if (slash >= 0) {
    protocol = rest.slice(slash + 1);
    rest = rest.slice(0, slash);
  }
  let ip: string | undefined;
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']:');
    if (close < 0) return 'has an IPv6 address without "]:" after it; write it as "[::1]:8080:80"';
    ip = rest.slice(1, close);
    rest = rest.slice(close + 2);
  }
  const parts = rest.split(':');
  if (parts.length > 3 || (ip !== undefined && parts.length > 2)) return 'is not [ip:][host:]container[/protocol]; write an IPv6 address in brackets, e.g. "[::1]:8080:80"';
  if (parts.length === 3) ip = parts.shift();
  const ports = (s: string) => {
    const m = /^(\d+)(?:-(\d+))?$/.exec(s);
    return m ? range(Number(m[1]), Number(m[2] ?? m[1])) : undefined;
  };
  const container = ports(parts[parts.length - 1]);
  if (!container?.length) return 'has no container port (or range) after its last ":"';
  if (parts.length === 1) return { container, protocol, ip };
  if (parts[0] === '') return { ip, host: '', container, protocol };
  const host = ports(parts[0]);
  if (!host?.length) return `has the host port ${JSON.stringify(parts[0])}, which is not a port or range`;
  return { ip, host, container, protocol };
}

function mapMounts(ctx: Context, at: (...rest: Segment[]) => Segment[], body: Dict, spec: Mutable<WorkloadSpec>, facts: ProjectFacts, replicas: number): void {
  const v = values(ctx);
  const volumes: VolumeSpec[] = [];
  const configFiles: ConfigFileSpec[] = [];
  const tmpfs: TmpfsSpec[] = [];
  let anonymous = 0;
  const named = (where: Segment[], source: string, target: string, readOnly: boolean) => {
    const name = facts.declared.volumes.get(source);
    if (name === undefined) {
      ctx.report(where, `names the volume ${JSON.stringify(source)}, which the file does not declare under volumes:; declare it${/^[A-Za-z]:/.test(source) ? '' : ', or write a host path starting with "./" or "/"'}`);
      return;
    }
    volumes.push(dropUndefined({
      name, mountPath: target, readOnly: readOnly || undefined, shared: facts.shared.has(source) || undefined,
      sharedByReplicas: replicas > 1 || undefined,
    }));
  };
  const bind = (where: Segment[], source: string, target: string) => {
    const content = readConfigFile(ctx, where, source, () => 'only files can be mounted from the host (as configFiles); use a named volume for data');
    if (content !== undefined) configFiles.push({ mountPath: target, content });
  };
  (body.volumes === undefined ? [] : v.list(at('volumes'), body.volumes) ?? []).forEach((item, i) => {
    const where = at('volumes', i);
    if (isDict(item)) {
      const type = item.type === undefined ? 'volume' : v.str([...where, 'type'], item.type);
      const target = v.str([...where, 'target'], item.target);
      const source = item.source === undefined ? undefined : v.str([...where, 'source'], item.source);
      const readOnly = item.read_only === undefined ? false : v.bool([...where, 'read_only'], item.read_only) ?? false;
      if (target === undefined || type === undefined) return;
      const options = { volume: ['nocopy', 'subpath'], bind: ['propagation', 'create_host_path', 'selinux'], tmpfs: ['size', 'mode'] } as { [t: string]: string[] };
      onlyKeys(ctx, where, item, ['type', 'source', 'target', 'read_only', ...(type === 'tmpfs' ? ['tmpfs'] : [])], (key) => (options[key] ? `${key} options are not honoured` : `the mount's ${key} is not honoured`));
      if (type === 'volume') {
        if (source === undefined) volumes.push({ name: `anon-${++anonymous}`, mountPath: target });
        else named(where, source, target, readOnly);
      } else if (type === 'bind') {
        if (source !== undefined) bind([...where, 'source'], source, target);
      } else if (type === 'tmpfs') {
        const settings = isDict(item.tmpfs) ? item.tmpfs : {};
        onlyKeys(ctx, [...where, 'tmpfs'], settings, ['size'], (key) => `the tmpfs ${key} is not honoured`);
        tmpfs.push(dropUndefined({ mountPath: target, sizeMiB: settings.size === undefined ? undefined : wholeMiB(ctx, [...where, 'tmpfs', 'size'], settings.size) }));
      } else {
        ctx.unsupported([...where, 'type'], `mounts of type ${JSON.stringify(type)} are not honoured (volume, bind of a file, and tmpfs are)`);
      }
      return;
    }
    const text = v.str(where, item);
    if (text === undefined) return;
    const parts = text.split(':');
    if (parts.length === 1) {
      volumes.push({ name: `anon-${++anonymous}`, mountPath: text });
      return;
    }
    if (parts.length > 3) {
      ctx.report(where, `${JSON.stringify(text)} is not source:target[:mode]`);
      return;
    }
    const [source, target, mode] = parts;
    let readOnly = false;
    for (const option of (mode ?? '').split(',').filter((o) => o !== '')) {
      if (option === 'ro' || option === 'rw') readOnly = option === 'ro';
      else ctx.unsupported(where, `the mount option ${JSON.stringify(option)} is not honoured (ro and rw are)`);
    }
    if (/^[./~]/.test(source)) bind(where, source, target);
    else named(where, source, target, readOnly);
  });
  if (body.tmpfs !== undefined) {
    const items = v.strings(at('tmpfs'), body.tmpfs) ?? [];
    items.forEach((item, i) => {
      const where = typeof body.tmpfs === 'string' ? at('tmpfs') : at('tmpfs', i);
      const [mountPath, options] = [item.split(':')[0], item.split(':').slice(1).join(':')];
      let sizeMiB: number | undefined;
      for (const option of options.split(',').filter((o) => o !== '')) {
        if (option.startsWith('size=')) sizeMiB = wholeMiB(ctx, where, option.slice(5));
        else if (option !== 'rw') ctx.unsupported(where, `the tmpfs option ${JSON.stringify(option)} is not honoured (size is)`);
      }
      tmpfs.push(dropUndefined({ mountPath, sizeMiB }));
    });
  }
  if (body.configs !== undefined) {
    (v.list(at('configs'), body.configs) ?? []).forEach((item, i) => {
      const where = at('configs', i);
      let source: string | undefined;
      let target: string | undefined;
      let mode: string | undefined;
      if (isDict(item)) {
        source = v.str([...where, 'source'], item.source);
        target = item.target === undefined ? undefined : v.str([...where, 'target'], item.target);
        if (item.mode !== undefined) mode = octalMode(ctx, [...where, 'mode'], item.mode);
        onlyKeys(ctx, where, item, ['source', 'target', 'mode'], (key) => `the config's ${key} is not honoured: config files belong to root and are readable by every user`);
      } else {
        source = v.str(where, item);
      }
      if (source === undefined) return;
      const config = facts.declared.configs.get(source);
      if (config === undefined) {
        ctx.report(where, `names the config ${JSON.stringify(source)}, which the file does not declare under configs:; declare it`);
        return;
      }
      const mountPath = target === undefined ? `/${source}` : target.startsWith('/') ? target : `/${target}`;
      if (config.content !== undefined) configFiles.push(dropUndefined({ mountPath, content: config.content, mode }));
    });
  }
  if (volumes.length) spec.volumes = volumes;
  if (configFiles.length) spec.configFiles = configFiles;
  if (tmpfs.length) spec.tmpfs = tmpfs;
}

/**
 * A file mode as the spec writes it ("0440"). Compose reads `mode: 0440` as octal (YAML 1.1);
 * this YAML 1.2 parser reads it as the decimal 440, so a number whose digits are all octal is
 * read as octal digits, as Compose means it.
 */
function octalMode(ctx: Context, where: Segment[], v: Data): string | undefined {
  const digits = typeof v === 'number' && /^[0-7]{1,4}$/.test(String(v)) ? String(v) : typeof v === 'string' && /^0?o?[0-7]{1,4}$/.test(v) ? v.replace(/^0?o?/, '') : undefined;
  if (digits === undefined) {
    ctx.report(where, `${JSON.stringify(v)} is not an octal file mode; write it as 0440`);
    return undefined;
  }
  return digits.padStart(4, '0');
}

function wholeMiB(ctx: Context, where: Segment[], v: Data): number | undefined {
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

function wholeSeconds(ctx: Context, where: Segment[], v: Data): number | undefined {
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

function mapResources(ctx: Context, at: (...rest: Segment[]) => Segment[], body: Dict, spec: Mutable<WorkloadSpec>): void {
  const v = values(ctx);
  const deploy = body.deploy === undefined ? undefined : v.dict(at('deploy'), body.deploy);
  let cpus = body.cpus === undefined ? undefined : v.num(at('cpus'), body.cpus);
  let memory = body.mem_limit === undefined ? undefined : wholeMiB(ctx, at('mem_limit'), body.mem_limit);
  if (deploy) {
    // mode: replicated is what every workload is; global (one per Swarm node) is not.
    const read = ['replicas', 'resources', 'restart_policy', ...(deploy.mode === 'replicated' ? ['mode'] : [])];
    onlyKeys(ctx, at('deploy'), deploy, read, (key) => (key === 'labels' ? 'labels of a Swarm service are not container labels: use the service\'s labels'
      : `deploy.${key} is a Swarm setting that is not honoured`));
    const resources = deploy.resources === undefined ? undefined : v.dict(at('deploy', 'resources'), deploy.resources);
    if (resources) {
      onlyKeys(ctx, at('deploy', 'resources'), resources, ['limits'], () => 'only limits are honoured (the spec reserves nothing)');
      const limits = resources.limits === undefined ? undefined : v.dict(at('deploy', 'resources', 'limits'), resources.limits);
      if (limits) {
        onlyKeys(ctx, at('deploy', 'resources', 'limits'), limits, ['cpus', 'memory'], (key) => `the ${key} limit is not honoured (cpus and memory are)`);
        if (limits.cpus !== undefined) {
          if (cpus !== undefined) ctx.report(at('deploy', 'resources', 'limits', 'cpus'), 'and cpus are both set; keep one of them');
          cpus = v.num(at('deploy', 'resources', 'limits', 'cpus'), limits.cpus);
        }
        if (limits.memory !== undefined) {
          if (memory !== undefined) ctx.report(at('deploy', 'resources', 'limits', 'memory'), 'and mem_limit are both set; keep one of them');
          memory = wholeMiB(ctx, at('deploy', 'resources', 'limits', 'memory'), limits.memory);
        }
      }
    }
  }
  if (cpus !== undefined) spec.cpus = cpus;
  if (memory !== undefined) spec.memoryMiB = memory;
}

function mapHealthCheck(ctx: Context, at: (...rest: Segment[]) => Segment[], body: Dict, spec: Mutable<WorkloadSpec>): void {
  if (body.healthcheck === undefined) return;
  const v = values(ctx);
  const h = v.dict(at('healthcheck'), body.healthcheck);
  if (!h) return;
  onlyKeys(ctx, at('healthcheck'), h, ['test', 'interval', 'timeout', 'retries', 'start_period', 'disable'],
    (key) => `healthcheck.${key} is not honoured`);
  // Compose turns the image's own HEALTHCHECK off; a spec without healthCheck leaves it on.
  const off = () => ctx.unsupported(at('healthcheck'), 'turning off the image\'s own health check is not honoured (a spec without healthCheck leaves it as the image has it); remove the healthcheck');
  if (h.disable !== undefined && v.bool(at('healthcheck', 'disable'), h.disable)) {
    off();
    return;
  }
  let command: string[] | undefined;
  if (h.test === undefined) {
    ctx.unsupported(at('healthcheck'), 'without test, Compose tunes the image\'s own check, which the spec cannot; give the test');
    return;
  }
  if (typeof h.test === 'string') {
    command = ['/bin/sh', '-c', h.test];
  } else {
    const test = v.strings(at('healthcheck', 'test'), h.test);
    if (!test) return;
    if (test[0] === 'NONE') {
      off();
      return;
    }
    if (test[0] === 'CMD' && test.length > 1) command = test.slice(1);
    // Docker runs CMD-SHELL with the image's default shell: /bin/sh -c on Linux.
    else if (test[0] === 'CMD-SHELL' && test.length === 2) command = ['/bin/sh', '-c', test[1]];
    else {
      ctx.report(at('healthcheck', 'test'), `${JSON.stringify(test)} is not ["CMD", program, args…], ["CMD-SHELL", command] or ["NONE"]`);
      return;
    }
  }
  const seconds = (key: string) => (h[key] === undefined ? undefined : wholeSeconds(ctx, at('healthcheck', key), h[key]));
  // Docker's defaults where the file sets none: the same check as Compose runs, not the spec's defaults.
  const check: HealthCheckSpec = {
    command,
    intervalSeconds: seconds('interval') ?? 30,
    timeoutSeconds: seconds('timeout') ?? 30,
    retries: h.retries === undefined ? 3 : v.num(at('healthcheck', 'retries'), h.retries),
    startPeriodSeconds: seconds('start_period'),
  };
  spec.healthCheck = dropUndefined(check);
}

function mapRestart(ctx: Context, at: (...rest: Segment[]) => Segment[], body: Dict, spec: Mutable<WorkloadSpec>): void {
  const v = values(ctx);
  const deploy = isDict(body.deploy) ? body.deploy : undefined;
  if (deploy?.restart_policy !== undefined) {
    const where = at('deploy', 'restart_policy');
    if (body.restart !== undefined) ctx.report(at('restart'), 'and deploy.restart_policy are both set; keep one of them');
    const rp = v.dict(where, deploy.restart_policy);
    if (!rp) return;
    onlyKeys(ctx, where, rp, ['condition', 'max_attempts'], (key) => `restart_policy.${key} is not honoured`);
    const condition = rp.condition ?? 'any';
    const policy = { none: RestartPolicy.NO, 'on-failure': RestartPolicy.ON_FAILURE, any: RestartPolicy.ALWAYS }[String(condition)];
    if (policy === undefined) {
      ctx.report([...where, 'condition'], `${JSON.stringify(condition)} is not a restart condition; use none, on-failure or any`);
      return;
    }
    let maxRetries: number | undefined;
    if (rp.max_attempts !== undefined) {
      if (policy === RestartPolicy.ON_FAILURE) maxRetries = v.num([...where, 'max_attempts'], rp.max_attempts);
      else ctx.unsupported([...where, 'max_attempts'], 'a limit of restarts is honoured with condition on-failure only');
    }
    // Without max_attempts Swarm restarts without limit, which Docker's on-failure with a count of 0 means.
    spec.restart = policy === RestartPolicy.ON_FAILURE ? { policy, maxRetries: maxRetries ?? 0 } : { policy };
    return;
  }
  if (body.restart === undefined) {
    // Compose's default, not the spec's (on-failure).
    spec.restart = { policy: RestartPolicy.NO };
    return;
  }
  const text = v.str(at('restart'), body.restart);
  if (text === undefined) return;
  const m = /^on-failure(?::(\d+))?$/.exec(text);
  if (m) {
    // on-failure without a count retries without limit in Docker, which its count 0 means.
    spec.restart = { policy: RestartPolicy.ON_FAILURE, maxRetries: Number(m[1] ?? 0) };
  } else if (['no', 'always', 'unless-stopped'].includes(text)) {
    spec.restart = { policy: text as RestartPolicy };
  } else {
    ctx.report(at('restart'), `${JSON.stringify(text)} is not a restart policy; use no, always, unless-stopped or on-failure[:n]`);
  }
}

function mapDependencies(ctx: Context, at: (...rest: Segment[]) => Segment[], body: Dict, spec: Mutable<WorkloadSpec>, facts: ProjectFacts): void {
  if (body.depends_on === undefined) return;
  const v = values(ctx);
  const dependsOn: string[] = [];
  const conditions: { [workload: string]: DependencyCondition } = {};
  const check = (where: Segment[], dep: string) => {
    if (!facts.serviceNames.has(dep)) ctx.report(where, `names the service ${JSON.stringify(dep)}, which the file does not have; name one of its services`);
    dependsOn.push(dep);
  };
  if (Array.isArray(body.depends_on)) {
    (v.strings(at('depends_on'), body.depends_on) ?? []).forEach((dep, i) => check(at('depends_on', i), dep));
  } else {
    for (const [dep, d] of Object.entries(v.dict(at('depends_on'), body.depends_on) ?? {})) {
      const where = at('depends_on', dep);
      check(where, dep);
      const settings = d === null ? {} : v.dict(where, d) ?? {};
      onlyKeys(ctx, where, settings, ['condition', 'restart', 'required'], (key) => `depends_on.${key} is not honoured`);
      if (settings.restart !== undefined && v.bool([...where, 'restart'], settings.restart)) {
        ctx.unsupported([...where, 'restart'], 'a workload is not restarted when one it depends on is updated');
      }
      if (settings.required !== undefined && !v.bool([...where, 'required'], settings.required)) {
        ctx.unsupported([...where, 'required'], 'every dependency is required');
      }
      const condition = settings.condition ?? 'service_started';
      const mapped = { service_started: DependencyCondition.STARTED, service_healthy: DependencyCondition.HEALTHY, service_completed_successfully: DependencyCondition.COMPLETED }[String(condition)];
      if (mapped === undefined) ctx.report([...where, 'condition'], `${JSON.stringify(condition)} is not a condition; use service_started, service_healthy or service_completed_successfully`);
      else if (mapped !== DependencyCondition.STARTED) conditions[dep] = mapped;
    }
  }
  spec.dependsOn = dependsOn;
  if (Object.keys(conditions).length) spec.dependencyConditions = conditions;
}

function ulimits(ctx: Context, where: Segment[], data: Data): UlimitSpec[] | undefined {
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

function extraHosts(ctx: Context, where: Segment[], data: Data): ExtraHostSpec[] {
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

function logging(ctx: Context, where: Segment[], data: Data): LoggingSpec | undefined {
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
