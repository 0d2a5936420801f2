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
