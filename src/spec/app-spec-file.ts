import * as fs from 'fs';
import * as path from 'path';
import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import { Document, isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, YAMLError } from 'yaml';
import { AppSpec } from './app-spec';
import { formatValue } from './problems';
import { validateSpec } from './validate';

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

/** Loads app specs (`AppSpec`) from YAML or JSON files. */
export class AppSpecFile {
  /**
   * Reads a `.yaml`, `.yml` or `.json` file, checks it against the package's JSON Schema
   * (schema/app-spec.schema.json) and, when that passes, against the target-neutral rules of each
   * workload. Throws one AppSpecError listing every problem with its file, line, column and field.
   */
  public static load(file: string): AppSpec {
    const ext = path.extname(file).toLowerCase();
    if (!['.yaml', '.yml', '.json'].includes(ext)) {
      throw new AppSpecError([`${file}: unsupported file extension "${ext}"; use .yaml, .yml or .json`]);
    }
    // The yaml parser reads JSON too (JSON is YAML 1.2) and, unlike JSON.parse, keeps the position
    // of every node, so problems in JSON files get lines and columns as well.
    const lines = new LineCounter();
    const doc = parseDocument(fs.readFileSync(file, 'utf8'), { lineCounter: lines, prettyErrors: false });
    const at = (offset: number) => {
      const { line, col } = lines.linePos(offset);
      return `${file}:${line}:${col}`;
    };
    if (doc.errors.length) {
      // The parser's own text for this one names its API, not the fix.
      const text = (e: YAMLError) => (e.code === 'MULTIPLE_DOCS' ? 'the file holds more than one YAML document; keep one' : e.message);
      throw new AppSpecError(doc.errors.map((e) => `${at(e.pos[0])}: syntax error: ${text(e)}`));
    }
    const data: unknown = doc.toJS();
    const found: Array<{ offset: number; text: string }> = [];
    const report = (fieldPath: Segment[], offset: number, message: string) =>
      found.push({ offset, text: `${at(offset)}: ${formatPath(fieldPath)}: ${message}` });

    const validate = schemaValidator();
    if (!validate(data)) {
      const errors = validate.errors ?? [];
      for (const e of errors) {
        // An enum's type error says less than its enum error, which lists the allowed values.
        if (e.keyword === 'type' && errors.some((o) => o.keyword === 'enum' && o.instancePath === e.instancePath)) continue;
        const segments = toSegments(data, e.instancePath);
        const field = e.keyword === 'additionalProperties' ? [...segments, e.params.additionalProperty]
          : e.keyword === 'required' ? [...segments, e.params.missingProperty] : segments;
        // A missing field has no node: point at the object that lacks it.
        report(field, locate(doc, e.keyword === 'required' ? segments : field), describe(e));
      }
    } else {
      // Target-neutral rules, only on data of the right shape, which validateSpec assumes.
      (data as AppSpec).workloads.forEach((spec, i) => {
        const prefix = `workload "${spec.name}": `;
        for (const message of validateSpec(spec)) {
          const rest = message.startsWith(prefix) ? message.slice(prefix.length) : message;
          // Messages read `<field> <value> <what>; <fix>`. The field is the first word, or more
          // when a map key has spaces (`env.MY VAR`): take the longest start that is in the file.
          const words = rest.split(' ');
          const fieldOf = (n: number) => words.slice(0, n).join(' ');
          const pathOf = (n: number): Segment[] => ['workloads', i, ...parseField(fieldOf(n))];
          let n = words.length;
          while (n > 1 && find(doc, pathOf(n)) === undefined) n--;
          const field = fieldOf(n);
          const segments = pathOf(n);
          report(segments, locate(doc, segments), rest.slice(field.length + 1));
        }
      });
    }
    if (found.length) {
      throw new AppSpecError(found.sort((a, b) => a.offset - b.offset).map((p) => p.text));
    }
    return data as AppSpec;
  }

  private constructor() {}
}

/** Same as `AppSpecFile.load`, for TypeScript and JavaScript users. */
export function loadAppSpec(file: string): AppSpec {
  return AppSpecFile.load(file);
}

type Segment = string | number;

let compiled: ValidateFunction | undefined;

/** Compiled once: the schema does not change while the process runs. */
function schemaValidator(): ValidateFunction {
  if (!compiled) {
    // The same relative path from src/spec (ts-jest) and lib/spec (the package).
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

/** A schema error as a sentence that tells the fix. */
function describe(e: ErrorObject): string {
  switch (e.keyword) {
    case 'additionalProperties':
      return `unknown field "${e.params.additionalProperty}"; remove it or check its spelling (allowed: ${Object.keys(e.parentSchema?.properties ?? {}).join(', ')})`;
    case 'required':
      return 'is required but missing; add it';
    case 'type':
      return `must be ${TYPE_NAMES[e.params.type] ?? e.params.type}, not ${kindOf(e.data)}`;
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

/** Segments as `workloads[1].ports[0].containerPort`. */
function formatPath(segments: Segment[]): string {
  const text = segments.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('').replace(/^\./, '');
  return text || '(root)';
}

/**
 * Offset of the node that names a field: the key of a map entry, or a list item. A field that is
 * not in the document (a missing one, or a path a message names loosely) falls back to its
 * nearest ancestor that is.
 */
function locate(doc: Document, segments: Segment[]): number {
  for (let n = segments.length; n >= 0; n--) {
    const offset = find(doc, segments.slice(0, n));
    if (offset !== undefined) return offset;
  }
  return 0;
}

function find(doc: Document, segments: Segment[]): number | undefined {
  let node: unknown = doc.contents;
  let offset = doc.contents?.range?.[0] ?? 0;
  for (const segment of segments) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === String(segment));
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
