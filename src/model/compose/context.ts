// What every part of the Compose loader shares: the loader's state, and how a part reports.
import { closest, Segment } from '../app-spec-file';

export type Data = unknown;
export type Dict = { [key: string]: Data };
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The loader's state for one file, and where its parts report what they find. */
export interface Context {
  readonly dir: string;
  /** An error in the file. */
  readonly report: (where: Segment[], message: string) => void;
  /** A field no target can honour; `options.ignore` can drop it. */
  readonly unsupported: (where: Segment[], why: string) => void;
  /** Something the library chose on the user's behalf: one line for the user, never an error. */
  readonly notice: (where: Segment[], message: string) => void;
  vars: { [name: string]: string };
  /** Terraform variables of literal secrets: equal values share one, so they stay equal. */
  readonly secretsByValue: Map<string, string>;
  readonly valuesBySecret: Map<string, string>;
  /** Strings that interpolation changed, as written, by their path: secret variables are named after `${VAR}`. */
  readonly raw: Map<string, string>;
  readonly publishOnAllAddresses: boolean;
}

/** What the file declares at top level (top-level.ts), by the name services use. */
export interface Declared {
  readonly volumes: Map<string, string>;
  readonly networks: Set<string>;
  readonly secrets: Map<string, string>;
  readonly configs: Map<string, { content?: string }>;
}

/** What mapping one service needs to know about the others. */
export interface ProjectFacts {
  readonly declared: Declared;
  readonly serviceNames: Set<string>;
  readonly shared: Set<string>;
  /** Another service waits for this one with service_completed_successfully: it runs once. */
  readonly job: boolean;
}

export function unknownField(ctx: Context, where: Segment[], of: string, known: string[]): void {
  const key = String(where[where.length - 1]);
  const suggestion = closest(key, known);
  ctx.report(where, suggestion !== undefined ? `is not a field ${of}; did you mean ${JSON.stringify(suggestion)}?`
    : `is not a field ${of} in the Compose Specification; remove it, or name an extension x-${key}`);
}

/** Keys of a map the loader does not read: each one is reported as not honoured. */
export function onlyKeys(ctx: Context, where: Segment[], map: Dict, read: string[], why: (key: string) => string): void {
  for (const key of Object.keys(map)) {
    if (!read.includes(key) && !key.startsWith('x-')) ctx.unsupported([...where, key], why(key));
  }
}
