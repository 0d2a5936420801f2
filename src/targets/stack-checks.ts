import { IConstruct } from 'constructs';
import { ResolvedPort } from '../model/defaults';
import { WorkloadSpec } from '../model/workload-spec';

/** A host port a workload publishes; used to find two workloads on one host port. */
export interface PublishedPort {
  /** Identifies the host (construct path of its DockerHost or LibvirtHost). */
  readonly hostKey: string;
  /** How messages name the host. */
  readonly hostLabel: string;
  readonly field: string;
  readonly protocol: string;
  readonly bindAddress: string;
  readonly hostPort: number;
}

/** What the stack-wide checks read of a workload: `Workload` is one. */
export interface StackMember extends IConstruct {
  readonly name: string;
  readonly spec: WorkloadSpec;
  _publishedPorts(): PublishedPort[];
}

/**
 * Problems that need the whole stack (`all`: its workloads, in construct-path order): duplicate
 * names, unknown or cyclic dependsOn, and host ports published twice on one host. Each problem is
 * reported once, on a workload chosen by name, so the report does not depend on declaration order.
 * Built once per stack (see stack-index.ts): what every workload asks of it is a lookup, so the
 * checks are linear in the workloads, their dependencies and their ports.
 */
export class StackChecks {
  /** The first workload of each name (the one duplicates are reported against). */
  private readonly firstByName = new Map<string, StackMember>();
  /** The last workload of each name: what dependsOn names resolve to. */
  public readonly byName = new Map<string, StackMember>();
  private readonly ports: Map<StackMember, string[]>;
  private readonly cyclic: Map<string, Set<string>>;
  private knownNames?: string[];

  constructor(all: readonly StackMember[]) {
    for (const w of all) {
      if (!this.firstByName.has(w.name)) this.firstByName.set(w.name, w);
      this.byName.set(w.name, w);
    }
    this.ports = portConflicts(all);
    this.cyclic = cyclicGroups(this.byName);
  }

  /** The problems to report on `self`, a workload of `all`. */
  public problemsOf(self: StackMember): string[] {
    return [...this.duplicateName(self), ...this.dependencyProblems(self), ...(this.ports.get(self) ?? [])];
  }

  private duplicateName(self: StackMember): string[] {
    const first = this.firstByName.get(self.name);
    if (first === self) return [];
    return [`workload "${self.name}": name ${JSON.stringify(self.name)} is already used by the workload at ${first!.node.path}; give every workload of a stack its own name`];
  }

  private dependencyProblems(self: StackMember): string[] {
    const problems: string[] = [];
    (self.spec.dependsOn ?? []).forEach((dep, i) => {
      if (dep !== self.name && !this.byName.has(dep)) {
        const known = this.names().filter((n) => n !== self.name);
        problems.push(`workload "${self.name}": dependsOn[${i}] ${JSON.stringify(dep)} is not a workload of this stack; name one of ${known.length ? known.join(', ') : '(none: add the workload first)'}`);
      }
    });
    const group = this.cyclic.get(self.name);
    const cycle = group && findCycle(self.name, this.byName, group);
    // Report a cycle once: on its alphabetically first member.
    if (cycle && [...cycle].sort()[0] === self.name) {
      problems.push(`workload "${self.name}": dependsOn ${JSON.stringify(self.spec.dependsOn)} forms a cycle ${[...cycle, self.name].join(' → ')}; remove one of these dependencies`);
    }
    return problems;
  }

  private names(): string[] {
    return (this.knownNames ??= [...this.byName.keys()].sort());
  }
}

/** The names `w` depends on, each once, without itself (a self-dependency is spec validation's). */
function dependencyNames(w: StackMember): string[] {
  const deps = w.spec.dependsOn;
  return Array.isArray(deps) ? [...new Set(deps.filter((d) => d !== w.name))] : [];
}

/**
 * For each name that lies on a dependency cycle, the names of its strongly connected component
 * (Tarjan's algorithm, iterative, linear in names and dependencies). Only there can a path lead
 * back to it, so the cycle search of each workload stays inside its component.
 */
function cyclicGroups(byName: Map<string, StackMember>): Map<string, Set<string>> {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups = new Map<string, Set<string>>();
  for (const root of byName.keys()) {
    if (order.has(root)) continue;
    const work: Array<{ name: string; next: string[]; i: number }> = [];
    const enter = (name: string) => {
      order.set(name, order.size);
      low.set(name, order.get(name)!);
      stack.push(name);
      onStack.add(name);
      work.push({ name, next: dependencyNames(byName.get(name)!).filter((d) => byName.has(d)), i: 0 });
    };
    enter(root);
    while (work.length) {
      const top = work[work.length - 1];
      if (top.i < top.next.length) {
        const next = top.next[top.i++];
        if (!order.has(next)) enter(next);
        else if (onStack.has(next)) low.set(top.name, Math.min(low.get(top.name)!, order.get(next)!));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1].name;
        low.set(parent, Math.min(low.get(parent)!, low.get(top.name)!));
      }
      if (low.get(top.name) !== order.get(top.name)) continue;
      const members = new Set<string>();
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        members.add(member);
      } while (member !== top.name);
      if (members.size > 1) for (const m of members) groups.set(m, members);
    }
  }
  return groups;
}

/** The ports with a hostPort, as the stack-wide host port check sees them. */
export function publishedPorts(host: IConstruct & { readonly label: string }, ports: ResolvedPort[]): PublishedPort[] {
  return ports.flatMap((p, i) => (p.hostPort === undefined ? [] : [{
    hostKey: host.node.path,
    hostLabel: host.label,
    field: `ports[${i}]`,
    protocol: p.protocol,
    bindAddress: p.bindAddress,
    hostPort: p.hostPort,
  }]));
}

/**
 * A path start → … that leads back to start, or undefined: a depth-first search in the order of
 * the names, within `group`, start's strongly connected component (outside it no path returns).
 */
function findCycle(start: string, byName: Map<string, StackMember>, group: Set<string>): string[] | undefined {
  const visiting: string[] = [];
  const onPath = new Set<string>();
  const done = new Set<string>();
  const visit = (name: string): string[] | undefined => {
    const w = byName.get(name);
    if (!w || done.has(name)) return undefined;
    visiting.push(name);
    onPath.add(name);
    for (const next of [...(w.spec.dependsOn ?? [])].sort()) {
      if (next === name || !group.has(next)) continue; // self-dependency is reported by spec validation
      if (next === start) return [...visiting];
      if (!onPath.has(next)) {
        const found = visit(next);
        if (found) return found;
      }
    }
    visiting.pop();
    onPath.delete(name);
    done.add(name);
    return undefined;
  };
  return visit(start);
}

const isWildcard = (ip: string) => ip === '0.0.0.0' || ip === '::';

/**
 * Host ports published twice, as problems by workload. Every published port is ordered by
 * (workload name, port field); a clash is reported once, on the workload of its later port, in a
 * message that names both sides alike. The first earlier port a port overlaps (same host,
 * protocol and number; same address, or either on every address) is found through the first of
 * each address and the first wildcard of its (host, protocol, number).
 */
function portConflicts(all: readonly StackMember[]): Map<StackMember, string[]> {
  const ordered = [...all].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((w) => w._publishedPorts().map((port) => ({ w, port })));
  const groups = new Map<string, { first: number; wildcard?: number; byAddress: Map<string, number> }>();
  const problems = new Map<StackMember, string[]>();
  ordered.forEach(({ w, port }, i) => {
    if (Number.isNaN(port.hostPort)) return; // equal to nothing, as === has it
    const key = JSON.stringify([port.hostKey, port.protocol, typeof port.hostPort, String(port.hostPort)]);
    const group = groups.get(key);
    if (group === undefined) {
      groups.set(key, { first: i, wildcard: isWildcard(port.bindAddress) ? i : undefined, byAddress: new Map([[port.bindAddress, i]]) });
      return;
    }
    const candidates = isWildcard(port.bindAddress) ? [group.first] : [group.wildcard, group.byAddress.get(port.bindAddress)];
    if (group.wildcard === undefined && isWildcard(port.bindAddress)) group.wildcard = i;
    if (!group.byAddress.has(port.bindAddress)) group.byAddress.set(port.bindAddress, i);
    const found = candidates.filter((c): c is number => c !== undefined);
    if (found.length === 0) return;
    const earlier = ordered[Math.min(...found)];
    // Addresses are named only when they differ (a wildcard against a specific one).
    const address = (p: PublishedPort) => (earlier.port.bindAddress === port.bindAddress ? '' : `, ${p.bindAddress}`);
    const sides = earlier.w === w
      ? `${earlier.port.field}${address(earlier.port)} and ${port.field}${address(port)} of workload "${w.name}"`
      : `workload "${earlier.w.name}" (${earlier.port.field}${address(earlier.port)}) and workload "${w.name}" (${port.field}${address(port)})`;
    const list = problems.get(w) ?? [];
    list.push(`host port ${port.hostPort}/${port.protocol} on ${port.hostLabel} is published by both ${sides}; give one of them another host port`);
    problems.set(w, list);
  });
  return problems;
}
