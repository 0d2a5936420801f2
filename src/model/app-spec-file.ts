import * as fs from 'fs';
import * as path from 'path';
import { TextDecoder } from 'util';
import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import { Alias, Document, isAlias, isMap, isScalar, isSeq, LineCounter, Node, parseDocument, YAMLError, YAMLMap, Pair } from 'yaml';
import { AppSpec } from './app-spec';
import { absoluteSource } from './config-files';
import { HYBRID_DEFAULTS } from './defaults';
import { formatValue, Problems } from './problems';
import { checkHybridSizing, checkVmLines, fitsOnOneLine, validateSpec } from './validate';

/**
 * One problem or more in an app file, one per line as `<file>:<line>:<col>: <field>: <message>`.
 * A class expression, not a class declaration: jsii rejects exported subclasses of Error (they do
 * not cross to other languages) but leaves constants to TypeScript.
 */
export const AppSpecError = class AppSpecError extends Error {
  /** The problems, each formatted as one line of `message`. */
  public readonly problems: string[];

  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.name = 'AppSpecError';
    this.problems = problems;
  }
};
export type AppSpecError = InstanceType<typeof AppSpecError>;

/**
 * Limits of an app file. Real app files are a few KiB with a handful of anchors; the limits keep
 * every check of a hostile or broken file fast (all of them are linear in the file's size).
 */
export const APP_FILE_LIMITS = {
  /** Size of the file in bytes (4 MiB), checked before it is read. */
  bytes: 4 * 1024 * 1024,
  /** YAML anchors (`&name`) and aliases (`*name`), each. */
  anchors: 1000,
  /** Values that aliases add to the file when expanded (a billion-laughs file adds billions). */
  aliasedValues: 100_000,
} as const;

/** Loads app specs (`AppSpec`) from YAML or JSON files. */
export class AppSpecFile {
  /**
   * Reads a `.yaml`, `.yml` or `.json` file of at most 4 MiB in UTF-8, checks it against the
   * package's JSON Schema (schema/app-spec.schema.json) and, when that passes, against the
   * target-neutral rules of each workload. Throws one AppSpecError listing every problem with its
   * file, line, column and field; a file that cannot be read, is not UTF-8, has duplicate keys or
   * undefined or excessive aliases (see APP_FILE_LIMITS) is an AppSpecError too.
   */
  public static load(file: string): AppSpec {
    const ext = path.extname(file).toLowerCase();
    if (!['.yaml', '.yml', '.json'].includes(ext)) {
      throw new AppSpecError([`${file}: unsupported file extension "${ext}"; use .yaml, .yml or .json`]);
    }
    const { data, tree, at } = readYaml(file);
    if (typeof data === 'object' && data !== null && 'services' in data && !('workloads' in data)) {
      // Compose files read the environment and .env and map other fields: that is for the caller to choose.
      throw new AppSpecError([`${at(0)}: (root): has services: but no workloads:, so it looks like a Compose file; load it with loadComposeFile (ComposeFile.load)`]);
    }
    const found: Found[] = [];
    const report: Report = (fieldPath, offset, message) =>
      found.push({ offset, text: `${at(offset)}: ${formatPath(fieldPath)}: ${message}` });
    const validate = schemaValidator();
    if (!validate(data)) {
      reportSchemaErrors(data, validate.errors ?? [], tree, report);
    } else {
      // Target-neutral rules, only on data of the right shape, which validateSpec assumes.
      reportRuleProblems(data as AppSpec, tree, report);
    }
    if (found.length) throw new AppSpecError(sortedTexts(found));
    return withAbsoluteSources(data as AppSpec, path.dirname(path.resolve(file)));
  }

  private constructor() {}
}

/** Same as `AppSpecFile.load`, for TypeScript and JavaScript users. */
export function loadAppSpec(file: string): AppSpec {
  return AppSpecFile.load(file);
}

/**
 * The app with every relative `configFiles[].source` made absolute against the app file's
 * directory, so that the targets, which read it at synth, find it wherever the process runs.
 */
function withAbsoluteSources(app: AppSpec, dir: string): AppSpec {
  if (!app.workloads.some((w) => w.configFiles?.some((f) => f.source !== undefined))) return app;
  return {
    ...app,
    workloads: app.workloads.map((w) => (w.configFiles === undefined ? w : {
      ...w,
      configFiles: w.configFiles.map((f) => (f.source === undefined ? f : { ...f, source: absoluteSource(f.source, dir) as string })),
    })),
  };
}

/**
 * Places problems found after loading — the construct validations of the stack WorkloadApp builds
 * from `app` — at the line and column of the field each names in `file`, formatted like load's
 * (`<file>:<line>:<col>: <field>: <message>`), in the order of the file. A message about a
 * workload starts `workload "<name>": `, one about the shared VM `hybrid VM "<name>": `; any other
 * is placed at the start of the file. For the command line; not exported by the package.
 */
export function locateAppProblems(file: string, app: AppSpec, messages: string[]): string[] {
  // The file loaded once already; read again for positions (inspect records where aliases point).
  const { tree, at } = readYaml(file);
  const found: Found[] = [];
  const report: Report = (fieldPath, offset, message) =>
    found.push({ offset, text: `${at(offset)}: ${formatPath(fieldPath)}: ${message}` });
  const owners: Array<{ prefix: string; base: Segment[] }> = [];
  app.workloads.forEach((spec, i) => {
    const prefix = new Problems(spec.name).prefix;
    if (!owners.some((o) => o.prefix === prefix)) owners.push({ prefix, base: ['workloads', i] });
  });
  owners.push({ prefix: new Problems(app.hybrid?.name ?? HYBRID_DEFAULTS.name, 'hybrid VM').prefix, base: [] });
  for (const message of messages) {
    const owner = owners.find((o) => message.startsWith(o.prefix));
    // A guest setting the workload's own `vm` does not have comes from the app's `vm` (resolveVm).
    const appVm = owner !== undefined && message.startsWith(`${owner.prefix}vm.`) && tree.find([...owner.base, 'vm']) === undefined;
    if (owner) reportMessages([message], owner.prefix, appVm ? [] : owner.base, tree, report);
    else found.push({ offset: 0, text: `${at(0)}: ${message}` });
  }
  return sortedTexts(found);
}

/** A YAML (or JSON) file read as data, with its node tree and a formatter of offsets as `file:line:col`. */
export interface YamlFile {
  readonly data: unknown;
  readonly tree: Tree;
  readonly at: (offset: number) => string;
}

/**
 * Reads, decodes and parses a file within APP_FILE_LIMITS; syntax errors, duplicate keys and
 * undefined or excessive aliases are an AppSpecError. `tooLargeFix` is what to do with a file over
 * the size limit; `merge` reads YAML 1.1 merge keys (`<<`), which Compose files use.
 */
export function readYaml(file: string, tooLargeFix?: string, merge = false): YamlFile {
  const text = decode(file, read(file, tooLargeFix));
  // The yaml parser reads JSON too (JSON is YAML 1.2) and, unlike JSON.parse, keeps the position
  // of every node, so problems in JSON files get lines and columns as well. Its own duplicate-key
  // check compares every key with every other one (seconds for 20 000 keys): inspect() does it.
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false, merge });
  const at = fileAt(file, lines);
  if (doc.errors.length) {
    // The parser's own text for this one names its API, not the fix.
    const what = (e: YAMLError) => (e.code === 'MULTIPLE_DOCS' ? 'the file holds more than one YAML document; keep one' : e.message);
    throw new AppSpecError(doc.errors.map((e) => `${at(e.pos[0])}: syntax error: ${what(e)}`));
  }
  const tree = new Tree(doc, lines);
  const structural = inspect(doc, tree);
  if (structural.length) {
    throw new AppSpecError(sortedTexts(structural.map((f) => ({ offset: f.offset, text: `${at(f.offset)}: ${formatPath(f.path)}: ${f.message}` }))));
  }
  try {
    // inspect() has bounded what the aliases expand to, linearly and with positions; yaml's own
    // count (maxAliasCount) walks the whole document again for every alias inside an anchor.
    return { data: doc.toJS({ maxAliasCount: -1 }), tree, at };
  } catch (e) {
    throw new AppSpecError([`${at(0)}: (root): cannot be read as data: ${(e as Error).message}`]);
  }
}

export type Segment = string | number;

export interface Found {
  readonly offset: number;
  readonly text: string;
}

/** Records a problem of the field at `fieldPath`, found at `offset` of the file. */
type Report = (fieldPath: Segment[], offset: number, message: string) => void;

function reportSchemaErrors(data: unknown, errors: ErrorObject[], tree: Tree, report: Report): void {
  const enumPaths = new Set(errors.filter((e) => e.keyword === 'enum').map((e) => e.instancePath));
  for (const e of errors) {
    // An enum's type error says less than its enum error, which lists the allowed values.
    if (e.keyword === 'type' && enumPaths.has(e.instancePath)) continue;
    const segments = toSegments(data, e.instancePath);
    const field = e.keyword === 'additionalProperties' ? [...segments, e.params.additionalProperty]
      : e.keyword === 'required' ? [...segments, e.params.missingProperty] : segments;
    // A missing field has no node: point at the object that lacks it.
    report(field, tree.locate(e.keyword === 'required' ? segments : field), describe(e, segments));
  }
}

/** The target-neutral rules of every workload, unique workload names, and the app's guest and hybrid settings. */
function reportRuleProblems(app: AppSpec, tree: Tree, report: Report): void {
  const reportAll = (messages: string[], prefix: string, base: Segment[]) => reportMessages(messages, prefix, base, tree, report);
  const firstByName = new Map<string, number>();
  app.workloads.forEach((spec, i) => {
    const p = new Problems(spec.name);
    if (spec.vm) checkVmLines(p, spec.vm, 'vm');
    reportAll([...validateSpec(spec), ...p.all], p.prefix, ['workloads', i]);
    const first = firstByName.get(spec.name);
    if (first === undefined) {
      firstByName.set(spec.name, i);
    } else {
      const segments = ['workloads', i, 'name'];
      const { line } = tree.position(tree.locate(['workloads', first, 'name']));
      report(segments, tree.locate(segments), `${formatValue(spec.name)} is already the name of workloads[${first}] (line ${line}); give every workload its own name`);
    }
  });
  if (app.vm) {
    const p = new Problems('vm', 'app');
    checkVmLines(p, app.vm, 'vm');
    reportAll(p.all, p.prefix, []);
  }
  if (app.hybrid) {
    const p = new Problems(app.hybrid.name ?? HYBRID_DEFAULTS.name, 'hybrid VM');
    checkHybridSizing(p, app.hybrid);
    reportAll(p.all, p.prefix, []);
  }
}

/**
 * Records problem messages (`<prefix><field> <value> <what>; <fix>`) at the field each names,
 * under `base`; a field the file does not have is placed at its nearest ancestor that it has.
 */
function reportMessages(messages: string[], prefix: string, base: Segment[], tree: Tree, report: Report): void {
  for (const message of messages) {
    const rest = message.startsWith(prefix) ? message.slice(prefix.length) : message;
    // Messages read `<field> <value> <what>; <fix>`. The field is the first word, or more when a
    // map key has spaces (`env.MY VAR`): take the longest start that is in the file, among the
    // words before the value (a quoted string, a list, an object or a number).
    const words = rest.split(' ');
    const fieldOf = (n: number) => words.slice(0, n).join(' ');
    const pathOf = (n: number): Segment[] => [...base, ...parseField(fieldOf(n))];
    const value = words.findIndex((w, i) => i > 0 && /^(["[{]|-?\d|NaN$|-?Infinity$)/.test(w));
    let n = value > 0 ? value : words.length;
    while (n > 1 && tree.find(pathOf(n)) === undefined) n--;
    const segments = pathOf(n);
    report(segments, tree.locate(segments), rest.slice(fieldOf(n).length + 1));
  }
}

/** `<file>:<line>:<col>` of an offset in the file. */
function fileAt(file: string, lines: LineCounter): (offset: number) => string {
  return (offset) => {
    const { line, col } = lines.linePos(offset);
    return `${file}:${line}:${col}`;
  };
}

/** Problems in the order of the file (a stable sort keeps the order of problems at one node). */
export function sortedTexts(found: Found[]): string[] {
  return [...found].sort((a, b) => a.offset - b.offset).map((f) => f.text);
}

/**
 * The file's bytes; a file that is missing, not a file, or over the size limit is an AppSpecError.
 * `fix` is what to do about a file over the limit.
 */
export function read(file: string, fix: string = 'an app spec is a few KiB: split the app into several files, or keep large file contents out of native.files'): Buffer {
  const limit = APP_FILE_LIMITS.bytes;
  const tooLarge = (size: number) => new AppSpecError([
    `${file}: the file has ${size} bytes, more than the ${limit} (4 MiB) an app file may have; ${fix}`]);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    throw new AppSpecError([`${file}: cannot be read (${(e as Error).message}); check the path`]);
  }
  if (!stat.isFile()) throw new AppSpecError([`${file}: is not a file; give the path of a .yaml, .yml or .json file`]);
  if (stat.size > limit) throw tooLarge(stat.size);
  const bytes = fs.readFileSync(file);
  if (bytes.length > limit) throw tooLarge(bytes.length); // it grew since stat
  return bytes;
}

/** The file's text; bytes that are not UTF-8 are an AppSpecError at the first of them. */
export function decode(file: string, bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const lineStart = bytes.lastIndexOf(0x0a, bad - 1) + 1;
    const line = 1 + bytes.subarray(0, lineStart).reduce((n, b) => n + (b === 0x0a ? 1 : 0), 0);
    // Columns count characters, as the parser's do (and a byte order mark at the start is none).
    const col = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, bad)).length + 1;
    throw new AppSpecError([
      `${file}:${line}:${col}: the file is not valid UTF-8 (byte 0x${bytes[bad].toString(16).toUpperCase().padStart(2, '0')}); save it as UTF-8`]);
  }
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence (Unicode, table 3-7). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let more: number;
    let low = 0x80;
    let high = 0xbf;
    if (b < 0x80) more = 0;
    else if (b >= 0xc2 && b <= 0xdf) more = 1;
    else if (b === 0xe0) [more, low] = [2, 0xa0];
    else if (b === 0xed) [more, high] = [2, 0x9f]; // no surrogates
    else if (b >= 0xe1 && b <= 0xef) more = 2;
    else if (b === 0xf0) [more, low] = [3, 0x90];
    else if (b === 0xf4) [more, high] = [3, 0x8f]; // nothing above U+10FFFF
    else if (b >= 0xf1 && b <= 0xf3) more = 3;
    else return i;
    for (let k = 1; k <= more; k++) {
      const c = bytes[i + k];
      // Only the second byte has a narrower range.
      if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return i;
    }
    i += 1 + more;
  }
  return bytes.length;
}

/** The document's nodes by field path, each map's keys indexed once, so a lookup costs its depth. */
export class Tree {
  /** Where each alias points, as inspect() resolved it in document order. */
  public readonly aliasTargets = new Map<Alias, unknown>();
  private readonly keys = new WeakMap<YAMLMap, Map<string, Pair>>();

  constructor(private readonly doc: Document, private readonly lines: LineCounter) {}

  /** Line and column of an offset, for messages that point back at an earlier node. */
  public position(offset: number): { line: number; col: number } {
    return this.lines.linePos(offset);
  }

  /**
   * Offset of the node that names a field: the key of a map entry, or a list item. A field that is
   * not in the document (a missing one, or a path a message names loosely) falls back to its
   * nearest ancestor that is.
   */
  public locate(segments: Segment[]): number {
    for (let n = segments.length; n >= 0; n--) {
      const offset = this.find(segments.slice(0, n));
      if (offset !== undefined) return offset;
    }
    return 0;
  }

  public find(segments: Segment[]): number | undefined {
    let node: unknown = this.doc.contents;
    let offset = this.doc.contents?.range?.[0] ?? 0;
    for (const segment of segments) {
      if (isAlias(node)) node = this.aliasTargets.get(node);
      if (isMap(node)) {
        const pair = this.index(node).get(String(segment));
        if (!pair || !isScalar(pair.key) || !pair.key.range) return undefined;
        offset = pair.key.range[0];
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as { range?: [number, number, number] } | undefined;
        if (!item?.range) return undefined;
        offset = item.range[0];
        node = item;
      } else {
        return undefined;
      }
    }
    return offset;
  }

  /** The pairs of a map by key text; the first of duplicate keys (the file has none by now). */
  private index(map: YAMLMap): Map<string, Pair> {
    let byKey = this.keys.get(map);
    if (!byKey) {
      byKey = new Map();
      for (const pair of map.items as Pair[]) {
        const key = keyText(pair.key, this.aliasTargets);
        if (key !== undefined && !byKey.has(key)) byKey.set(key, pair);
      }
      this.keys.set(map, byKey);
    }
    return byKey;
  }
}

/** A map key as the loaded object's property name, or undefined for a key that is a collection. */
function keyText(key: unknown, aliasTargets: Map<Alias, unknown>): string | undefined {
  if (isAlias(key)) key = aliasTargets.get(key);
  if (!isScalar(key)) return undefined;
  return key.value === null || key.value === undefined ? '' : String(key.value);
}

export interface Structural {
  readonly offset: number;
  readonly path: Segment[];
  readonly message: string;
}

/**
 * One walk over the document, in the order the parser resolves aliases: duplicate keys (a Set per
 * map), aliases without an anchor before them, aliases inside their own anchor's value, and more
 * anchors, aliases or aliased values than APP_FILE_LIMITS allows. Records where each alias points.
 */
export function inspect(doc: Document, tree: Tree): Structural[] {
  const problems: Structural[] = [];
  const anchors = new Map<string, Node>();
  /** Values of each finished anchored node, its aliases expanded; `open` holds those not finished. */
  const expandedSize = new Map<unknown, number>();
  const open = new Set<unknown>();
  let anchorCount = 0;
  let aliasCount = 0;
  let aliased = 0;
  let tooMany = false;
  const offsetOf = (node: unknown) => (node as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;
  const add = (node: unknown, at: Segment[], message: string) => problems.push({ offset: offsetOf(node), path: at, message });

  const walk = (node: unknown, at: Segment[]): number => {
    if (node === null || node === undefined) return 0;
    if (isAlias(node)) {
      if (++aliasCount === APP_FILE_LIMITS.anchors + 1) {
        add(node, at, `is alias number ${aliasCount}, more than the ${APP_FILE_LIMITS.anchors} an app file may have; write the values out`);
      }
      const target = anchors.get(node.source);
      if (target === undefined) {
        add(node, at, `the alias *${node.source} names no anchor before it; define &${node.source} earlier in the file, or write the value out`);
        return 1;
      }
      if (open.has(target)) {
        add(node, at, `the alias *${node.source} is inside the value of its own anchor, which would make that value endless; write the value out`);
        return 1;
      }
      tree.aliasTargets.set(node, target);
      const size = expandedSize.get(target) ?? 1;
      aliased += size;
      if (aliased > APP_FILE_LIMITS.aliasedValues && !tooMany) {
        tooMany = true;
        add(node, at, `the aliases up to *${node.source} expand to more than ${APP_FILE_LIMITS.aliasedValues} values (a YAML alias bomb?); write the values out, or use fewer aliases`);
      }
      return size;
    }
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor) {
      if (++anchorCount === APP_FILE_LIMITS.anchors + 1) {
        add(node, at, `is anchor number ${anchorCount}, more than the ${APP_FILE_LIMITS.anchors} an app file may have; write the values out`);
      }
      anchors.set(anchor, node as Node);
    }
    let size = 1;
    if (anchor) open.add(node);
    if (isMap(node)) {
      const seen = new Map<string, unknown>();
      for (const pair of node.items as Pair[]) {
        size += walk(pair.key, at);
        const key = keyText(pair.key, tree.aliasTargets);
        const here: Segment[] = [...at, key ?? '?'];
        if (key !== undefined) {
          const first = seen.get(key);
          if (first === undefined) {
            seen.set(key, pair.key);
          } else {
            const { line, col } = tree.position(offsetOf(first));
            add(pair.key, here, `is set twice in this map (first at line ${line}, column ${col}); keep one of them`);
          }
        }
        size += walk(pair.value, here);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => { size += walk(item, [...at, i]); });
    }
    if (anchor) {
      open.delete(node);
      expandedSize.set(node, size);
    }
    return size;
  };
  walk(doc.contents, []);
  return problems;
}

let compiled: ValidateFunction | undefined;

/** Compiled once: the schema does not change while the process runs. */
function schemaValidator(): ValidateFunction {
  if (!compiled) {
    // The same relative path from src/model (ts-jest) and lib/model (the package).
    const file = path.join(__dirname, '..', '..', 'schema', 'app-spec.schema.json');
    // verbose: errors carry their schema, whose property names we list for an unknown field.
    compiled = new Ajv({ allErrors: true, verbose: true }).compile(JSON.parse(fs.readFileSync(file, 'utf8')));
  }
  return compiled;
}

const TYPE_NAMES: { [type: string]: string } = {
  string: 'a string', number: 'a number', integer: 'a whole number', boolean: 'true or false',
  array: 'a list', object: 'an object (key: value pairs)', null: 'empty',
};

/** A schema error as a sentence that tells the fix. `segments` is the path of the value it is about. */
function describe(e: ErrorObject, segments: Segment[]): string {
  switch (e.keyword) {
    case 'additionalProperties': {
      const unknown = String(e.params.additionalProperty);
      const allowed = Object.keys(e.parentSchema?.properties ?? {});
      const suggestion = closest(unknown, allowed);
      return suggestion !== undefined ? `unknown field ${formatValue(unknown)}; did you mean ${formatValue(suggestion)}?`
        : `unknown field ${formatValue(unknown)}; remove it or check its spelling (allowed: ${allowed.join(', ')})`;
    }
    case 'required':
      return 'is required but missing; add it';
    case 'type': {
      const message = `must be ${TYPE_NAMES[e.params.type] ?? e.params.type}, not ${kindOf(e.data)}`;
      const hint = ['number', 'integer'].includes(e.params.type) && typeof e.data === 'string'
        ? numberHint(String(segments[segments.length - 1] ?? ''), e.data) : undefined;
      return hint ? `${message}; ${hint}` : message;
    }
    case 'enum':
      return `${formatValue(e.data)} is not allowed; use one of ${(e.params.allowedValues as unknown[]).map(formatValue).join(', ')}`;
    default:
      return e.message ?? e.keyword;
  }
}

function kindOf(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `the ${typeof value} ${formatValue(value)}`;
}

/** Factors to the unit a field's name ends with, by the (lowercase) unit a string may carry. */
const UNITS: { [fieldUnit: string]: { [written: string]: number } } = {
  MiB: { k: 1 / 1024, ki: 1 / 1024, kb: 1 / 1024, kib: 1 / 1024, m: 1, mi: 1, mb: 1, mib: 1, g: 1024, gi: 1024, gb: 1024, gib: 1024, t: 1024 ** 2, ti: 1024 ** 2, tb: 1024 ** 2, tib: 1024 ** 2 },
  GiB: { m: 1 / 1024, mi: 1 / 1024, mb: 1 / 1024, mib: 1 / 1024, g: 1, gi: 1, gb: 1, gib: 1, t: 1024, ti: 1024, tb: 1024, tib: 1024 },
  Seconds: {
    ms: 1 / 1000, s: 1, sec: 1, secs: 1, second: 1, seconds: 1, m: 60, min: 60, mins: 60, minute: 60, minutes: 60,
    h: 3600, hr: 3600, hour: 3600, hours: 3600, d: 86400, day: 86400, days: 86400,
  },
};

/** How to write a number given as a string: without quotes, and without the unit the field's name carries. */
function numberHint(field: string, text: string): string | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([A-Za-z]*)\s*$/.exec(text);
  if (!m) return undefined;
  const [, digits, written] = m;
  if (written === '') return `write ${Number(digits)} without quotes`;
  const fieldUnit = Object.keys(UNITS).find((u) => field.endsWith(u));
  if (!fieldUnit) return undefined;
  const unitName = fieldUnit === 'Seconds' ? 'seconds' : fieldUnit;
  const factor = UNITS[fieldUnit][written.toLowerCase()];
  const value = factor === undefined ? undefined : Number(digits) * factor;
  if (value === undefined || !Number.isInteger(value)) return `write a whole number of ${unitName} (the unit is in the field's name)`;
  if (factor === 1) return `write ${value} (the unit is in the field's name)`;
  return `write ${value} (the unit is in the field's name: ${formatValue(text)} is ${value} ${unitName})`;
}

/**
 * The allowed name closest to a misspelt one, if it is close: at most a third of its characters
 * (at least one) inserted, deleted, replaced or swapped with a neighbour. Ties go to the first.
 */
export function closest(typed: string, allowed: string[]): string | undefined {
  const limit = Math.max(1, Math.floor(typed.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of allowed) {
    const d = editDistance(typed, candidate, bestDistance);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of adjacent
 * characters, each costing 1. Stops early with `cap` once the distance cannot be below it.
 */
function editDistance(a: string, b: string, cap = Infinity): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  // Three rows of the dynamic-programming table: two back (for swaps), previous and current.
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      current.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin >= cap) return cap;
    [before, previous] = [previous, current];
  }
  return previous[b.length];
}

/** Ajv's JSON pointer as segments, with list indexes as numbers (known from the data, not the text). */
function toSegments(data: unknown, pointer: string): Segment[] {
  const segments: Segment[] = [];
  let node: any = data;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    segments.push(Array.isArray(node) ? Number(key) : key);
    node = node?.[key];
  }
  return segments;
}

/** `ports[0].containerPort` as segments. */
function parseField(field: string): Segment[] {
  return field.split('.').flatMap((part) =>
    [...part.matchAll(/([^[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1])));
}

/** Segments as `workloads[1].ports[0].containerPort`; a key that would break the line as `env["A\nB"]`. */
export function formatPath(segments: Segment[]): string {
  const text = segments.map((s) => (typeof s === 'number' ? `[${s}]` : fitsOnOneLine(s) ? `.${s}` : `[${formatValue(s)}]`)).join('').replace(/^\./, '');
  return text || '(root)';
}
