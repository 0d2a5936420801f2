import { TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';

/**
 * The problem of `self` when an earlier host of the same kind in its stack has the same provider
 * alias (or both have none): Terraform needs one alias per extra provider configuration.
 */
export function duplicateAliasProblems<T extends IConstruct & { readonly label: string }>(
  self: T, hostsOfStack: T[], aliasOf: (host: T) => string | undefined, kind: string): string[] {
  const alias = aliasOf(self);
  const first = hostsOfStack.find((h) => aliasOf(h) === alias);
  if (first === undefined || first === self) return [];
  return [`${self.label}: alias ${alias === undefined ? '(none)' : JSON.stringify(alias)} is already used by ${kind} host "${first.node.path}"; give every extra ${kind === 'docker' ? 'Docker' : kind} host of a stack its own alias`];
}

/** The host name in a remote engine or libvirt url (`ssh://user@host`, `qemu+ssh://host/system`), if any. */
export function remoteHostName(url: string): string | undefined {
  const m = /^[a-z+]+:\/\/(?:[^@/]*@)?(\[[^\]]+\]|[^:/]+)/.exec(url);
  return m ? m[1] : undefined;
}

/** The stack's name as a prefix of resource names on a host (networks, base images). */
export function stackPrefix(scope: IConstruct): string {
  return TerraformStack.of(scope).node.id.toLowerCase().replace(/[^a-z0-9_.-]+/g, '-');
}

/** What a host's name prefix may be: no underscore, which separates it from the names. */
export const NAME_PREFIX_PATTERN = /^([a-z0-9][a-z0-9.-]{0,39})?$/;

/** The default name prefix of a host's resources: the stack's name, lowercase, other characters as "-". */
export function defaultNamePrefix(scope: IConstruct): string {
  return TerraformStack.of(scope).node.id.toLowerCase().replace(/[^a-z0-9.-]+/g, '-').replace(/^[^a-z0-9]+/, '').slice(0, 40);
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
