import * as crypto from 'crypto';
import { TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';

/**
 * Hex digits of the hash a normalised name carries. 32 bits: two different names that normalise
 * alike (`web_app`, `web-app`; `Shop`, `shop`) get the same hash about once in four billion.
 */
const HASH_DIGITS = 8;

/** The longest name prefix: container and volume names stay readable in `docker ps`. */
export const NAME_PREFIX_MAX = 40;

/** What a host's name prefix may be: no underscore, which separates it from the names. */
export const NAME_PREFIX_PATTERN = /^([a-z0-9][a-z0-9.-]{0,39})?$/;

/**
 * The form of a name that had to be normalised or shortened: `base` (the normalised name), cut so
 * that it fits in `maxLength` with "-" and a short hash of `original`, then that hash. Two
 * different originals thus get two names even when they normalise alike; the same original
 * always gets the same one.
 */
export function hashedName(base: string, original: string, maxLength = Number.MAX_SAFE_INTEGER): string {
  const hash = crypto.createHash('sha256').update(original, 'utf8').digest('hex').slice(0, HASH_DIGITS);
  const cut = base.slice(0, Math.max(0, maxLength - HASH_DIGITS - 1)).replace(/[-._]+$/, '');
  return cut === '' ? hash : `${cut}-${hash}`;
}

/**
 * The default name prefix for the stack id `id`: the id itself where it is a valid prefix (as it
 * always was), else the id lowercased, other characters as "-", without leading ones, cut to fit,
 * with the hash of the id (`web_app` → `web-app-<8 hex>`), so no two ids share a prefix.
 */
export function namePrefixFor(id: string): string {
  if (id !== '' && NAME_PREFIX_PATTERN.test(id)) return id;
  const base = id.toLowerCase().replace(/[^a-z0-9.-]+/g, '-').replace(/^[^a-z0-9]+/, '');
  return hashedName(base, id, NAME_PREFIX_MAX);
}

/**
 * The stack id `id` in the names of what the stack itself owns on a host (its network
 * `<stack>-workloads`, its base images): the id where it has only lowercase letters, digits, "_",
 * "." and "-" (as it always was), else lowercased, other characters as "-", with the hash of the
 * id (`Shop` → `shop-<8 hex>`), so no two ids share one.
 */
export function stackNameFor(id: string): string {
  if (/^[a-z0-9_.-]+$/.test(id)) return id;
  return hashedName(id.toLowerCase().replace(/[^a-z0-9_.-]+/g, '-'), id);
}

/** The name of the stack holding `scope` in the names of what it owns on a host (`stackNameFor`). */
export function stackPrefix(scope: IConstruct): string {
  return stackNameFor(TerraformStack.of(scope).node.id);
}

/** The default name prefix of a host's resources: `namePrefixFor` of its stack's id. */
export function defaultNamePrefix(scope: IConstruct): string {
  return namePrefixFor(TerraformStack.of(scope).node.id);
}

/**
 * A name on a host (container, Docker volume, libvirt domain or volume): the host's prefix and the
 * parts, joined by "_". Workload and volume names have no underscore and the prefix has none, so
 * no two (prefix, parts) of one shape give the same name.
 */
export function scopedName(prefix: string, ...parts: string[]): string {
  return [prefix, ...parts].filter((p) => p !== '').join('_');
}

/** The problem with a host's namePrefix, if any. */
export function namePrefixProblems(label: string, prefix: string): string[] {
  if (NAME_PREFIX_PATTERN.test(prefix)) return [];
  return [`${label}: namePrefix ${JSON.stringify(prefix)} is not a valid prefix; use up to 40 lowercase letters, digits, "." and "-" (no "_", which separates it from the names), or "" for none`];
}
