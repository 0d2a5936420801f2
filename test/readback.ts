// Readers that take synthesized output back the way its consumer reads it: Terraform (the real
// `terraform console`), cloud-init's YAML loader (the real PyYAML, in a python3 process), sh and
// bash (the real shells), and small readers written from the documented rules of systemd's unit
// and environment files, libmount's fstab and the Docker CLI. Used by properties.test.ts.
import { spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// ---------------------------------------------------------------------------------------------
// Terraform

/**
 * Evaluates JSON values as Terraform evaluates them in a `.tf.json` file (every string is a
 * template, object keys too) with the given variable values, all in one `terraform console` run.
 * `variables` are the stack's variable blocks (their names at least); values come from a tfvars
 * file, which Terraform reads literally, as it reads TF_VAR_ environment variables.
 */
export const readerTimes: { [reader: string]: number } = {};
function timed<T>(reader: string, f: () => T): T {
  const t = Date.now();
  try { return f(); } finally { readerTimes[reader] = (readerTimes[reader] ?? 0) + Date.now() - t; }
}

export function terraformEvaluate(values: unknown[], vars: { [name: string]: string }, variables: { [name: string]: unknown } = {}): unknown[] {
  return timed('terraform', () => terraformEvaluateNow(values, vars, variables));
}

function terraformEvaluateNow(values: unknown[], vars: { [name: string]: string }, variables: { [name: string]: unknown }): unknown[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tf-readback-'));
  try {
    const referenced = [...new Set([...JSON.stringify(values).matchAll(/\bvar\.([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]))];
    const names = [...new Set([...Object.keys(vars), ...Object.keys(variables), ...referenced])];
    const variable = Object.fromEntries(names.map((n) => [n, variables[n] ?? { type: 'string', sensitive: true }]));
    fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify({ ...(names.length ? { variable } : {}), locals: { v: values } }));
    fs.writeFileSync(path.join(dir, 'terraform.tfvars.json'), JSON.stringify(Object.fromEntries(names.map((n) => [n, vars[n] ?? 'x']))));
    const r = spawnSync('terraform', [`-chdir=${dir}`, 'console'], {
      input: 'base64encode(try(nonsensitive(jsonencode(local.v)), jsonencode(local.v)))\n',
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      env: { ...process.env, CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: '/dev/null' },
    });
    const out = (r.stdout ?? '').trim();
    if (r.status !== 0 || !/^"[A-Za-z0-9+/=]*"$/.test(out)) {
      throw new Error(`terraform console failed (${r.status}): ${out.slice(0, 2000)}\n${(r.stderr ?? '').slice(0, 4000)}`);
    }
    return JSON.parse(Buffer.from(JSON.parse(out), 'base64').toString('utf8'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// cloud-init's YAML loader and an XML parser, in one python3 process per batch

const PYTHON_READER = String.raw`
import base64, json, sys, datetime
try:
    from cloudinit import safeyaml
    load, loader = safeyaml.load, 'cloudinit.safeyaml.load'
except Exception:
    import yaml
    load, loader = yaml.safe_load, 'yaml.safe_load'
import xml.etree.ElementTree as ET

def plain(v):
    # JSON for what YAML produced; anything that is not a JSON type is tagged, so a caller can
    # tell the string "yes" from the boolean true and "0777" from the integer 511.
    if isinstance(v, bool) or v is None or isinstance(v, str):
        return v
    if isinstance(v, int):
        return {'__int__': str(v)}
    if isinstance(v, float):
        return {'__float__': repr(v)}
    if isinstance(v, list):
        return [plain(x) for x in v]
    if isinstance(v, dict):
        if all(isinstance(k, str) for k in v):
            return {k: plain(x) for k, x in v.items()}
        return {'__map__': [[plain(k), plain(x)] for k, x in v.items()]}
    if isinstance(v, bytes):
        return {'__bytes__': base64.b64encode(v).decode()}
    return {'__other__': type(v).__name__, 'repr': repr(v)}

def fast(text):
    import yaml
    return yaml.load(text, Loader=getattr(yaml, 'CSafeLoader', yaml.SafeLoader))

def read(task):
    try:
        if 'yaml' in task:
            data = fast(task['yaml']) if task.get('fast') else load(task['yaml'])
            files = []
            if isinstance(data, dict):
                for f in data.get('write_files') or []:
                    # cloud-init's write_files: encoding b64 is base64.b64decode, written as bytes
                    if isinstance(f, dict) and f.get('encoding') in ('b64', 'base64') and isinstance(f.get('content'), str):
                        files.append(base64.b64encode(base64.b64decode(f['content'])).decode())
                    else:
                        files.append(None)
            return {'value': plain(data), 'decoded': files}
        root = ET.fromstring(task['xml'])
        return {'tag': root.tag, 'children': [[c.tag, dict(c.attrib)] for c in root], 'text': root.text}
    except Exception as e:
        mark = getattr(e, 'problem_mark', None)
        return {'error': '%s: %s' % (type(e).__name__, e), 'line': task.get('yaml', '').split('\n')[mark.line] if mark is not None and 'yaml' in task else None,
                'character': getattr(e, 'character', None)}

tasks = json.load(sys.stdin)
json.dump({'loader': loader, 'results': [read(t) for t in tasks]}, sys.stdout, ensure_ascii=True)
`;

export interface YamlRead {
  /** The document as cloud-init's loader returns it (non-JSON scalars tagged, see PYTHON_READER). */
  readonly value?: any;
  /** write_files contents as cloud-init decodes them (encoding b64), as UTF-8 text. */
  readonly files?: Array<string | undefined>;
  readonly error?: string;
  /** The line the parser stopped at, or the character the reader refused. */
  readonly errorLine?: string;
  readonly errorCharacter?: string;
}

export interface XmlRead {
  readonly tag?: string;
  readonly children?: Array<[string, { [attr: string]: string }]>;
  readonly error?: string;
}

/** The python3 whose yaml module cloud-init uses: Debian's, when cloud-init is installed. */
function python(): string {
  return fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
}

let loaderName = '';
/** Which loader read the YAML (cloud-init's own when importable). */
export function yamlLoader(): string {
  return loaderName;
}

type PythonTask = { yaml: string; fast?: boolean } | { xml: string };

function pythonRead(tasks: PythonTask[]): any[] {
  return timed('python', () => pythonReadNow(tasks));
}

function pythonReadNow(tasks: PythonTask[]): any[] {
  if (tasks.length === 0) return [];
  const r = spawnSync(python(), ['-c', PYTHON_READER], { input: JSON.stringify(tasks), encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`python reader failed: ${r.stderr}`);
  const out = JSON.parse(r.stdout);
  loaderName = out.loader;
  return out.results;
}

/**
 * Cloud-configs as cloud-init loads them, write_files b64 contents decoded as cloud-init does.
 * `plain`: documents of plain ASCII values only (benign twins), read with PyYAML's C parser and the
 * same safe constructor and YAML 1.1 resolver, which read such documents alike, only faster.
 */
export function readCloudConfigs(texts: string[], plain = false): YamlRead[] {
  return pythonRead(texts.map((yaml) => ({ yaml, fast: plain }))).map((r) => (r.error ? { error: r.error, errorLine: r.line ?? undefined, errorCharacter: typeof r.character === 'number' ? String.fromCodePoint(r.character) : r.character ?? undefined }
    : { value: r.value, files: r.decoded.map((b: string | null) => (b === null ? undefined : Buffer.from(b, 'base64').toString('utf8'))) }));
}

/** XML documents as an XML 1.0 parser (expat) reads them: root tag and its children's attributes. */
export function readXml(texts: string[]): XmlRead[] {
  return pythonRead(texts.map((xml) => ({ xml })));
}

// ---------------------------------------------------------------------------------------------
// systemd

const WHITESPACE = ' \t\n\r';

/**
 * systemd's idea of valid UTF-8 (utf8_is_valid / unichar_is_valid): no surrogates, and none of
 * the noncharacters U+FDD0..U+FDEF and U+xFFFE/U+xFFFF. Unit file lines and env file values that
 * hold one are refused.
 */
export function systemdInvalidUtf8(text: string): string | undefined {
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0xd800 && c <= 0xdfff) || (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) === 0xfffe) return `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return undefined;
}

/**
 * An environment file as systemd reads it (EnvironmentFile=, systemd.exec(5); written from the
 * documented rules and systemd 252's parse_env_file state machine, to be cross-checked by a
 * runtime test on a real guest): `KEY=value` assignments; `#`/`;` lines are comments; in a
 * double-quoted value `\` followed by one of `"\`$` yields that character, backslash-newline is a
 * continuation, a backslash before any other character is kept with it, and newlines are kept;
 * in single quotes everything is kept; unquoted values lose trailing whitespace and backslash
 * escapes any character. Assignments whose name is not a valid variable name are dropped, as
 * systemd drops them; a NUL byte anywhere, or a key or value that is not valid UTF-8 by systemd's
 * rules, fails the whole file (the service then does not start).
 */
export function readEnvFile(text: string): { pairs: Array<[string, string]>; error?: string } {
  // read_full_stream() without a size refuses content with an embedded NUL (EBADMSG).
  if (text.includes('\0')) return { pairs: [], error: 'the file holds a NUL byte: systemd refuses it (EBADMSG), the file is not loaded' };
  const pairs = parseEnvFile(text);
  // load_env_file_push refuses an assignment that is not valid UTF-8, and with it the file.
  for (const [k, v] of pairs) {
    const bad = systemdInvalidUtf8(k) ?? systemdInvalidUtf8(v);
    if (bad) return { pairs: [], error: `${k}: ${bad} is not valid UTF-8 for systemd, the file is not loaded` };
  }
  return { pairs };
}

function parseEnvFile(text: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  type State = 'PRE_KEY' | 'KEY' | 'PRE_VALUE' | 'VALUE' | 'VALUE_ESCAPE' | 'SQ' | 'DQ' | 'DQ_ESCAPE' | 'COMMENT' | 'COMMENT_ESCAPE';
  let state: State = 'PRE_KEY';
  let key = '';
  let value = '';
  let lastKeyWs = -1;
  let lastValueWs = -1;
  const push = () => {
    const k = lastKeyWs >= 0 ? key.slice(0, lastKeyWs) : key;
    if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(k)) out.push([k, value]);
    key = ''; value = ''; lastKeyWs = -1; lastValueWs = -1;
  };
  for (const c of text) {
    switch (state) {
      case 'PRE_KEY':
        if (c === '#' || c === ';') state = 'COMMENT';
        else if (!WHITESPACE.includes(c)) { state = 'KEY'; lastKeyWs = -1; key = c; }
        break;
      case 'KEY':
        if (c === '\n' || c === '\r') { state = 'PRE_KEY'; key = ''; }
        else if (c === '=') { state = 'PRE_VALUE'; lastValueWs = -1; value = ''; }
        else {
          if (!WHITESPACE.includes(c)) lastKeyWs = -1;
          else if (lastKeyWs < 0) lastKeyWs = key.length;
          key += c;
        }
        break;
      case 'PRE_VALUE':
        if (c === '\n' || c === '\r') { state = 'PRE_KEY'; push(); }
        else if (c === '\'') state = 'SQ';
        else if (c === '"') state = 'DQ';
        else if (c === '\\') state = 'VALUE_ESCAPE';
        else if (!WHITESPACE.includes(c)) { state = 'VALUE'; value += c; }
        break;
      case 'VALUE':
        if (c === '\n' || c === '\r') {
          state = 'PRE_KEY';
          if (lastValueWs >= 0) value = value.slice(0, lastValueWs);
          push();
        } else if (c === '\\') { state = 'VALUE_ESCAPE'; lastValueWs = -1; }
        else {
          if (!WHITESPACE.includes(c)) lastValueWs = -1;
          else if (lastValueWs < 0) lastValueWs = value.length;
          value += c;
        }
        break;
      case 'VALUE_ESCAPE':
        state = 'VALUE';
        if (c !== '\n' && c !== '\r') value += c;
        break;
      case 'SQ':
        if (c === '\'') state = 'PRE_VALUE'; else value += c;
        break;
      case 'DQ':
        if (c === '"') state = 'PRE_VALUE';
        else if (c === '\\') state = 'DQ_ESCAPE';
        else value += c;
        break;
      case 'DQ_ESCAPE':
        state = 'DQ';
        if ('"\\`$'.includes(c)) value += c;
        else if (c !== '\n') value += `\\${c}`;
        break;
      case 'COMMENT':
        if (c === '\\') state = 'COMMENT_ESCAPE';
        else if (c === '\n' || c === '\r') state = 'PRE_KEY';
        break;
      case 'COMMENT_ESCAPE':
        state = 'COMMENT';
        break;
    }
  }
  if (state === 'PRE_VALUE' || state === 'VALUE' || state === 'VALUE_ESCAPE' || state === 'SQ' || state === 'DQ' || state === 'DQ_ESCAPE') {
    if (state === 'VALUE' && lastValueWs >= 0) value = value.slice(0, lastValueWs);
    push();
  }
  return out;
}

export interface UnitEntry {
  readonly section: string;
  readonly key: string;
  readonly value: string;
}

/**
 * A unit file as systemd's config parser reads it: lines end at `\n`, `\r\n`, `\r` or NUL; a line
 * ending in a backslash continues on the next (the backslash becomes a space); `#`/`;` lines are
 * comments; `[Section]` headers; `Key=Value` with whitespace stripped around both. A line that
 * is not valid UTF-8 by systemd's rules is ignored ("String is not UTF-8 clean").
 */
export function readUnitFile(text: string): { entries: UnitEntry[]; errors: string[] } {
  const entries: UnitEntry[] = [];
  const errors: string[] = [];
  let section = '';
  let continuation: string | undefined;
  for (const raw of text.split(/\r\n|\n|\r|\0/)) {
    let line = raw;
    if (continuation !== undefined) {
      const t = line.replace(/^[ \t\n\r]+/, '');
      if (t.startsWith('#') || t.startsWith(';')) continue;
      line = continuation + line;
      continuation = undefined;
    }
    const stripped = line.replace(/^[ \t\n\r]+|[ \t\n\r]+$/g, '');
    if (stripped.endsWith('\\')) { continuation = `${stripped.slice(0, -1)} `; continue; }
    if (stripped === '' || stripped.startsWith('#') || stripped.startsWith(';')) continue;
    if (stripped.startsWith('[')) {
      if (!stripped.endsWith(']')) { errors.push(`invalid section header ${JSON.stringify(stripped)}`); continue; }
      section = stripped.slice(1, -1);
      continue;
    }
    const eq = stripped.indexOf('=');
    if (eq < 0) { errors.push(`missing '=' in ${JSON.stringify(stripped)}`); continue; }
    const bad = systemdInvalidUtf8(stripped);
    if (bad) { errors.push(`${bad} is not valid UTF-8 for systemd, ignoring assignment ${JSON.stringify(stripped.slice(0, 40))}…`); continue; }
    entries.push({ section, key: stripped.slice(0, eq).replace(/[ \t\n\r]+$/, ''), value: stripped.slice(eq + 1).replace(/^[ \t\n\r]+/, '') });
  }
  if (continuation !== undefined) errors.push('file ends in a continuation');
  return { entries, errors };
}

/** systemd's cunescape_one on text after a backslash: [bytes, consumed] or undefined if invalid. */
function cunescapeOne(s: string, i: number): [number[], number] | undefined {
  const simple: { [c: string]: string } = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', '"': '"', '\'': '\'', s: ' ' };
  const c = s[i];
  if (c === undefined) return undefined;
  if (c in simple) return [[...Buffer.from(simple[c], 'utf8')], 1];
  const hex = (n: number) => (/^[0-9a-fA-F]+$/.test(s.slice(i + 1, i + 1 + n)) && s.slice(i + 1, i + 1 + n).length === n ? parseInt(s.slice(i + 1, i + 1 + n), 16) : undefined);
  if (c === 'x') { const v = hex(2); return v === undefined || v === 0 ? undefined : [[v], 3]; }
  if (c === 'u') { const v = hex(4); return v === undefined || v === 0 ? undefined : [[...Buffer.from(String.fromCodePoint(v), 'utf8')], 5]; }
  if (c === 'U') {
    const v = hex(8);
    return v === undefined || v === 0 || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff) ? undefined : [[...Buffer.from(String.fromCodePoint(v), 'utf8')], 9];
  }
  if (c >= '0' && c <= '7') {
    const o = s.slice(i, i + 3);
    if (!/^[0-7]{3}$/.test(o)) return undefined;
    const v = parseInt(o, 8);
    return v === 0 || v > 255 ? undefined : [[v], 3];
  }
  return undefined;
}

/**
 * systemd's extract_first_word(EXTRACT_UNQUOTE|EXTRACT_CUNESCAPE): whitespace-separated words,
 * single or double quotes anywhere in a word, C escapes (inside quotes too). Returns the word
 * and the rest, undefined at the end, or an error.
 */
function extractWord(s: string, start: number): { word: string; next: number } | { error: string } | undefined {
  let i = start;
  while (i < s.length && WHITESPACE.includes(s[i])) i++;
  if (i >= s.length) return undefined;
  const bytes: number[] = [];
  const add = (t: string) => bytes.push(...Buffer.from(t, 'utf8'));
  let quote = '';
  for (;;) {
    if (i >= s.length) {
      if (quote) return { error: 'unterminated quote' };
      break;
    }
    const c = s[i];
    if (c === '\\') {
      const e = cunescapeOne(s, i + 1);
      if (!e) return { error: `invalid escape at ${JSON.stringify(s.slice(i, i + 6))}` };
      bytes.push(...e[0]);
      i += 1 + e[1];
      continue;
    }
    if (quote && c === quote) { quote = ''; i++; continue; }
    if (quote) {
      const cp = s.codePointAt(i)!;
      add(String.fromCodePoint(cp));
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    if (c === '"' || c === '\'') { quote = c; i++; continue; }
    if (WHITESPACE.includes(c)) {
      while (i < s.length && WHITESPACE.includes(s[i])) i++;
      break;
    }
    // Astral characters are two UTF-16 units: keep them together.
    const cp = s.codePointAt(i)!;
    add(String.fromCodePoint(cp));
    i += cp > 0xffff ? 2 : 1;
  }
  // ignoreBOM: a word that starts with U+FEFF keeps it, as it does for systemd.
  const decoded = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(Buffer.from(bytes));
  return { word: decoded, next: i };
}

/** systemd's specifier expansion (%%, %n, …): only `%%` may occur in a value from a spec. */
export function resolveSpecifiers(word: string): { value: string; problems: string[] } {
  const problems: string[] = [];
  let value = '';
  for (let i = 0; i < word.length; i++) {
    if (word[i] !== '%') { value += word[i]; continue; }
    const n = word[i + 1];
    if (n === '%') { value += '%'; i++; continue; }
    problems.push(n === undefined ? 'trailing % (an error for systemd)' : `specifier %${n} is expanded by systemd`);
    value += `%${n ?? ''}`;
    i++;
  }
  return { value, problems };
}

/** systemd's expansion of environment variables in command arguments at exec (unless `:`). */
function resolveDollars(word: string): { value: string; problems: string[] } {
  const problems: string[] = [];
  if (word.startsWith('$') && word[1] !== '{' && word[1] !== '$') {
    return { value: word, problems: [`the word ${JSON.stringify(word)} is replaced by an environment variable`] };
  }
  let value = '';
  for (let i = 0; i < word.length; i++) {
    if (word[i] === '$' && word[i + 1] === '$') { value += '$'; i++; continue; }
    if (word[i] === '$' && word[i + 1] === '{') problems.push(`\${…} in ${JSON.stringify(word)} is expanded by systemd`);
    value += word[i];
  }
  return { value, problems };
}

export interface ExecProblem {
  /** The argv position of the word concerned (0: the program), undefined for the line. */
  readonly index?: number;
  readonly text: string;
}

export interface ExecCommand {
  /** Prefixes systemd read off the program (`-`, `@`, `+`, `!`, `:`). */
  readonly prefixes: string;
  /** argv as the program receives it. */
  readonly argv: string[];
  /** Reasons systemd refuses the line or changes a word. */
  readonly problems: ExecProblem[];
}

/**
 * An Exec*= value as systemd 252 reads it (config_parse_exec, systemd.service(5) "Command
 * lines"): words by extract_first_word with unquoting and C unescaping; an unquoted lone `;`
 * separates commands; prefixes on the first word; the program must be an absolute path or a
 * plain file name without quotes, backslashes or control characters; specifiers in every word
 * (`%%` is `%`); at exec `$$` is `$`, and `${NAME}` or a whole word `$NAME` are variables.
 */
export function readExecLine(value: string): ExecCommand[] {
  const commands: ExecCommand[] = [];
  let i = 0;
  for (;;) {
    const first = extractWord(value, i);
    if (first === undefined) break;
    if ('error' in first) { commands.push({ prefixes: '', argv: [], problems: [{ index: 0, text: first.error }] }); break; }
    i = first.next;
    if (first.word === ';') continue;
    const problems: ExecProblem[] = [];
    let f = first.word;
    let prefixes = '';
    while (f && '-@:+!|'.includes(f[0])) { prefixes += f[0]; f = f.slice(1); }
    const program = resolveSpecifiers(f);
    problems.push(...program.problems.map((text) => ({ index: 0, text })));
    const p = program.value;
    const bad = (why: string) => problems.push({ index: 0, text: `program ${JSON.stringify(p)} ${why}` });
    if (p === '') bad('is empty');
    // string_is_safe(): no control characters, quotes or backslashes in the program.
    if (/[\x01-\x1f\x7f"'\\]/.test(p)) bad('contains special characters');
    if (p.endsWith('/')) bad('is a directory');
    if (!p.startsWith('/') && (p.includes('/') || p === '.' || p === '..' || Buffer.byteLength(p) > 255)) bad('is neither absolute nor a file name');
    const argv = [p];
    for (;;) {
      let j = i;
      while (j < value.length && WHITESPACE.includes(value[j])) j++;
      if (j >= value.length) { i = j; break; }
      if (value[j] === ';' && (j + 1 >= value.length || WHITESPACE.includes(value[j + 1]))) { i = j + 1; break; }
      if (value[j] === '\\' && value[j + 1] === ';' && (j + 2 >= value.length || WHITESPACE.includes(value[j + 2]))) { argv.push(';'); i = j + 2; continue; }
      const w = extractWord(value, j);
      if (w === undefined) { i = value.length; break; }
      if ('error' in w) { problems.push({ index: argv.length, text: w.error }); i = value.length; break; }
      i = w.next;
      const r = resolveSpecifiers(w.word);
      problems.push(...r.problems.map((text) => ({ index: argv.length, text })));
      argv.push(r.value);
    }
    const expanded = argv.map((a) => resolveDollars(a));
    if (!prefixes.includes(':')) expanded.forEach((e, index) => problems.push(...e.problems.map((text) => ({ index, text }))));
    commands.push({ prefixes, argv: prefixes.includes(':') ? argv : expanded.map((e) => e.value), problems });
    if (i >= value.length) break;
  }
  return commands;
}

/** A plain setting value (Description=, User=, WorkingDirectory=) after specifier expansion. */
export function readSystemdValue(value: string): { value: string; problems: string[] } {
  return resolveSpecifiers(value);
}

/**
 * User=/Group= as systemd 252 accepts them (valid_user_group_name with VALID_USER_RELAX and
 * VALID_USER_ALLOW_NUMERIC); undefined when accepted, else why not.
 */
export function systemdRefusesUser(name: string): string | undefined {
  if (/^\d+$/.test(name) && Number(name) < 4294967295 && Number(name) !== 65535) return undefined;
  if (name === '') return 'empty';
  if (/[\x00-\x1f\x7f]/.test(name)) return 'control characters';
  if (/[:/]/.test(name)) return 'contains ":" or "/"';
  if (/^[0-9]+$/.test(name)) return 'numeric out of range';
  if (name.startsWith('-')) return 'starts with "-"';
  if (name === '.' || name === '..') return '"." or ".."';
  return undefined;
}

/** systemd's path_simplify: no `//`, no `.` components, no trailing slash (`..` is kept). */
export function pathSimplify(p: string): string {
  const abs = p.startsWith('/');
  const parts = p.split('/').filter((x) => x !== '' && x !== '.');
  const s = (abs ? '/' : '') + parts.join('/');
  return s === '' ? (abs ? '/' : '.') : s;
}

/** Why systemd refuses a path setting such as WorkingDirectory= (path_simplify_and_warn), if it does. */
export function systemdRefusesPath(p: string): string | undefined {
  if (!p.startsWith('/')) return 'not absolute';
  const s = pathSimplify(p);
  if (Buffer.byteLength(s) >= 4096) return 'longer than PATH_MAX';
  if (s.split('/').some((c) => Buffer.byteLength(c) > 255)) return 'a component is longer than NAME_MAX';
  if (s.split('/').includes('..')) return 'not normalized ("..")';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The Docker CLI and engine

/** Flags of `docker run` that take a value (the CLI's pflag set; only those the library uses need be right). */
const DOCKER_RUN_VALUE_FLAGS = new Set([
  'name', 'hostname', 'network', 'network-alias', 'env', 'memory', 'memory-swap', 'security-opt', 'ipc', 'restart', 'label',
  'cpus', 'user', 'workdir', 'tmpfs', 'health-cmd', 'health-interval', 'health-timeout', 'health-retries', 'health-start-period',
  'publish', 'volume', 'entrypoint', 'mount', 'env-file', 'label-file', 'add-host', 'cap-add', 'cap-drop', 'device', 'dns',
  'shm-size', 'stop-timeout', 'log-driver', 'log-opt', 'sysctl', 'ulimit',
]);
const DOCKER_RUN_BOOL_FLAGS = new Set(['detach', 'rm', 'init', 'interactive', 'tty', 'privileged', 'read-only', 'no-healthcheck']);

export interface DockerRun {
  readonly flags: Array<[string, string]>;
  /** What each argv word is to the CLI: `--flag`, `flag:NAME` (its value), `image` or `arg:N`. */
  readonly origin: string[];
  readonly image?: string;
  readonly args: string[];
  readonly problems: string[];
}

/**
 * `docker run` argv (after `docker run`) as the Docker CLI reads it: flags until the first
 * positional word (interspersed flags are off for `run`), `--flag value` takes the next word
 * whatever it is, `--flag=value` the rest of the word; then IMAGE, then the command's words.
 */
export function readDockerRun(argv: string[]): DockerRun {
  const flags: Array<[string, string]> = [];
  const origin: string[] = [];
  const problems: string[] = [];
  let i = 0;
  while (i < argv.length) {
    const a = argv[i];
    if (a === '--') { origin.push('--'); i++; break; }
    if (!a.startsWith('-') || a === '-') break;
    if (!a.startsWith('--')) { problems.push(`short flag ${JSON.stringify(a)}`); origin.push('?'); i++; continue; }
    const eq = a.indexOf('=');
    const name = a.slice(2, eq < 0 ? undefined : eq);
    if (DOCKER_RUN_BOOL_FLAGS.has(name)) { flags.push([name, eq < 0 ? 'true' : a.slice(eq + 1)]); origin.push(`flag:${name}`); i++; continue; }
    if (!DOCKER_RUN_VALUE_FLAGS.has(name)) { problems.push(`unknown flag --${name}`); origin.push('?'); i++; continue; }
    if (eq >= 0) { flags.push([name, a.slice(eq + 1)]); origin.push(`flag:${name}`); i++; continue; }
    if (i + 1 >= argv.length) { problems.push(`flag --${name} needs an argument`); origin.push('?'); i++; continue; }
    flags.push([name, argv[i + 1]]);
    origin.push(`--${name}`, `flag:${name}`);
    i += 2;
  }
  origin.push('image', ...argv.slice(i + 1).map((_, k) => `arg:${k}`));
  return { flags, origin, image: argv[i], args: argv.slice(i + 1), problems };
}

/** A `--label` value as the Docker CLI splits it (ValidateLabel needs "="; split at the first). */
export function dockerLabel(kv: string): [string, string] | undefined {
  const eq = kv.indexOf('=');
  return eq < 0 ? undefined : [kv.slice(0, eq), kv.slice(eq + 1)];
}

/** A `--tmpfs` value as the Docker CLI splits it: path, then options after the first ":". */
export function dockerTmpfs(s: string): [string, string] {
  const c = s.indexOf(':');
  return c < 0 ? [s, ''] : [s.slice(0, c), s.slice(c + 1)];
}

const DOCKER_MOUNT_MODES = new Set(['rw', 'ro', 'z', 'Z', 'nocopy', 'shared', 'rshared', 'slave', 'rslave', 'private', 'rprivate']);

/**
 * A bind specification `source:target[:mode]` as the Docker engine parses it (linux parser,
 * ParseMountRaw): split at every ":" into at most 4 parts, 2 or 3 of them; the mode must be
 * known; the target must be absolute and not "/". Used for `docker run --volume` and for the
 * docker provider, which passes volumes to the engine as `volume:container_path:rw|ro` binds.
 */
export function dockerBind(spec: string): { source: string; target: string; mode: string } | { error: string } {
  const parts = spec.split(':');
  const arr = parts.length > 4 ? [...parts.slice(0, 3), parts.slice(3).join(':')] : parts;
  if (arr[0] === '') return { error: `invalid volume specification ${JSON.stringify(spec)}` };
  if (arr.length !== 2 && arr.length !== 3) return { error: `invalid volume specification ${JSON.stringify(spec)}` };
  const mode = arr[2] ?? '';
  if (mode !== '' && !mode.split(',').every((m) => DOCKER_MOUNT_MODES.has(m))) return { error: `invalid mode ${JSON.stringify(mode)}` };
  if (arr.length === 2 && DOCKER_MOUNT_MODES.has(arr[1])) return { error: `invalid volume specification ${JSON.stringify(spec)}` };
  const target = arr[1];
  if (!target.startsWith('/')) return { error: `target ${JSON.stringify(target)} is not absolute` };
  if (pathSimplify(target) === '/') return { error: 'target is "/"' };
  return { source: arr[0], target, mode };
}

/** Why the Docker engine refuses a tmpfs destination (ValidateTmpfsMountDestination), if it does. */
export function dockerRefusesTmpfs(dest: string): string | undefined {
  if (!dest.startsWith('/')) return 'not absolute';
  if (pathSimplify(dest) === '/') return 'is "/"';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// fstab, as cloud-init writes and libmount reads it

/**
 * cloud-init 22.4's mounts module writes each `mounts` entry to /etc/fstab as its fields joined
 * by a tab (cc_mounts: "\t".join(line)), without escaping; libmount (mount -a and systemd's
 * fstab generator) splits a line at blanks and decodes `\ooo` octal escapes (fstab(5)).
 */
export function fstabRoundTrip(fields: string[]): string[] {
  const line = fields.join('\t');
  return line.replace(/^[ \t]+/, '').split(/[ \t]+/).filter((f) => f !== '')
    .map((f) => f.replace(/\\([0-7]{3})/g, (_, o) => String.fromCharCode(parseInt(o, 8))));
}

// ---------------------------------------------------------------------------------------------
// sh and bash

/** A command line or script for the shell, and the functions that stand in for programs. */
export interface ShellCase {
  /** `eval`: parse `text` as one command line; `source`: run `text` as a script file. */
  readonly mode: 'eval' | 'source';
  readonly text: string;
  /** Programs replaced by functions that record their argv: name → exit status, or 'exit' to end the case there. */
  readonly stubs: { [program: string]: number | 'exit' };
  /** Prefix the command line with printf so its words are printed, not run (eval mode). */
  readonly printWords?: boolean;
}

export interface ShellRead {
  /** argv of each stubbed program run, in order (printWords: one entry, the words). */
  readonly calls: string[][];
  readonly status?: number;
  readonly error?: string;
}

/** One shell-quoted word (for the harness's own wrapping, not the library's output). */
function q(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/**
 * Runs each case in its own subshell of one `shell` process (dash for sh, or bash), in an empty
 * scratch directory with PATH pointing nowhere, so nothing but the stubs and builtins can run.
 * Output is NUL-separated words framed by a random nonce that no spec value can contain.
 */
export function runShell(shell: 'sh' | 'bash', cases: ShellCase[]): ShellRead[] {
  return timed(shell, () => runShellNow(shell, cases));
}

function runShellNow(shell: 'sh' | 'bash', cases: ShellCase[]): ShellRead[] {
  if (cases.length === 0) return [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sh-readback-'));
  const nonce = crypto.randomBytes(12).toString('hex');
  try {
    // Calls are recorded on fd 3, so a stub whose stdout is redirected is still heard.
    const lines = ['exec 3>&1', `rec() { printf '%s\\0' "C:${nonce}" "$@" >&3; }`];
    cases.forEach((c, n) => {
      const stubs = Object.entries(c.stubs).map(([p, s]) => `${p}() { rec ${q(p)} "$@"; ${s === 'exit' ? 'exit 0' : `return ${s}`}; }`).join('\n');
      let body: string;
      if (c.mode === 'eval') {
        body = c.printWords ? `eval "printf 'C:${nonce}\\0'; printf '%s\\0' "${q(c.text)}` : `eval ${q(c.text)}`;
      } else {
        const file = path.join(dir, `case-${n}.sh`);
        fs.writeFileSync(file, c.text);
        body = `. ${q(file)}`;
      }
      lines.push(`printf '%s\\0' "B:${nonce}:${n}"`, `(`, `PATH=/nonexistent-${nonce}`, stubs, body, `)`, `printf '%s\\0' "S:${nonce}:$?"`);
    });
    const script = path.join(dir, 'run.sh');
    fs.writeFileSync(script, `${lines.join('\n')}\n`);
    const work = fs.mkdtempSync(path.join(dir, 'cwd-'));
    const r = spawnSync(shell === 'sh' ? '/bin/sh' : '/bin/bash', [script], { cwd: work, encoding: 'utf8', maxBuffer: 1 << 30 });
    const tokens = (r.stdout ?? '').split('\0');
    const results: Array<{ calls: string[][]; status?: number; error?: string }> = cases.map(() => ({ calls: [] }));
    let current: { calls: string[][]; status?: number; error?: string } | undefined;
    let call: string[] | undefined;
    for (const t of tokens.slice(0, -1)) {
      const begin = t.startsWith(`B:${nonce}:`) ? Number(t.slice(`B:${nonce}:`.length)) : undefined;
      if (begin !== undefined) { current = results[begin]; call = undefined; continue; }
      if (t.startsWith(`S:${nonce}:`)) { if (current) current.status = Number(t.slice(`S:${nonce}:`.length)); current = undefined; continue; }
      if (!current) continue;
      if (t === `C:${nonce}`) { call = []; current.calls.push(call); continue; }
      if (!call) { current.error = `output outside a recorded call: ${JSON.stringify(t)}`; continue; }
      if (t.includes(nonce)) current.error = `framing broken near ${JSON.stringify(t)}`;
      call.push(t);
    }
    results.forEach((res, n) => { if (res.status === undefined) res.error = res.error ?? `case ${n} did not finish: ${(r.stderr ?? '').slice(0, 500)}`; });
    return results;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A `--mount` value as the Docker CLI reads it: one record of Go's encoding/csv (strict quotes:
 * a field that starts with `"` is quoted, `""` is a quote; a bare quote elsewhere is an error),
 * then each field split at its first "=".
 */
export function dockerMount(value: string): { fields: Array<[string, string | undefined]> } | { error: string } {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (value[i] === '"') {
      i++;
      for (;;) {
        if (i >= value.length) return { error: 'extraneous or missing " in quoted-field' };
        if (value[i] === '"') {
          if (value[i + 1] === '"') { field += '"'; i += 2; continue; }
          i++;
          break;
        }
        field += value[i++];
      }
      if (i < value.length && value[i] !== ',') return { error: 'extraneous or missing " in quoted-field' };
    } else {
      while (i < value.length && value[i] !== ',') {
        if (value[i] === '"') return { error: 'bare " in non-quoted-field' };
        field += value[i++];
      }
    }
    fields.push(field);
    if (i >= value.length) break;
    i++; // the comma
  }
  return { fields: fields.map((f) => { const eq = f.indexOf('='); return eq < 0 ? [f, undefined] : [f.slice(0, eq), f.slice(eq + 1)]; }) };
}
