import { TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';

/** Marks the host `defaultHost` created; Symbol.for, so that two copies of the package agree. */
const DEFAULT_HOST_SYMBOL = Symbol.for('cdktf-workloads.defaultHost');

/** What `defaultHost` needs to know of a kind of host. */
export interface DefaultHostKind<T extends IConstruct> {
  /** The default host's construct id in its stack: part of every address of its resources. */
  readonly id: string;
  /** "Docker" or "libvirt", for messages. */
  readonly kind: string;
  /** The class, for messages, e.g. "DockerHost". */
  readonly className: string;
  /** The prop that passes a host to WorkloadApp, for messages. */
  readonly appProp: string;
  readonly is: (x: unknown) => x is T;
  readonly create: (stack: TerraformStack, id: string) => T;
}

/** Who asked each non-default host with a default host's id for the default, in order. */
const askedBy = new WeakMap<IConstruct, string[]>();

/**
 * The stack's default host of a kind: the child `kind.id` of the stack, created (and marked as the
 * default) on first use. A host a user created under that id is never taken for the default, as a
 * `new DockerHost(stack, 'docker-host', { url: 'ssh://…' })` would otherwise silently become "the
 * local engine" of every workload that names no host: it gets a validation error instead that
 * names those workloads, and is returned so construction can go on to report it.
 */
export function defaultHost<T extends IConstruct>(scope: IConstruct, kind: DefaultHostKind<T>): T {
  const stack = TerraformStack.of(scope);
  const existing = stack.node.tryFindChild(kind.id);
  if (existing === undefined) {
    const host = kind.create(stack, kind.id);
    Object.defineProperty(host, DEFAULT_HOST_SYMBOL, { value: true });
    return host;
  }
  if (kind.is(existing) && DEFAULT_HOST_SYMBOL in existing) return existing;
  let askers = askedBy.get(existing);
  const message = () => {
    const who = askers!.length === 1 ? `${askers![0]} uses as it names` : `${askers!.join(', ')} use as they name`;
    return `${existing.node.path}: the id "${kind.id}" belongs to the stack's default ${kind.kind} host (${kind.className}.defaultFor), `
      + `which ${who} no host; a host you create is never taken for the default: pass it to them (host, or WorkloadApp's ${kind.appProp}), or give it another id`;
  };
  if (askers === undefined) {
    askers = [];
    askedBy.set(existing, askers);
    existing.node.addValidation({ validate: () => [message()] });
  }
  if (!askers.includes(scope.node.path)) askers.push(scope.node.path);
  if (!kind.is(existing)) throw new Error(message());
  return existing;
}

/**
 * The problem of `self` when an earlier host of the same kind in its stack has the same provider
 * alias (or both have none): Terraform needs one alias per extra provider configuration.
 */
export function duplicateAliasProblems<T extends IConstruct & { readonly label: string }>(
  self: T, hostsOfStack: readonly T[], aliasOf: (host: T) => string | undefined, kind: string): string[] {
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
