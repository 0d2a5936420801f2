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
 */
export function stackProblems(self: StackMember, all: StackMember[]): string[] {
  return [...duplicateNames(self, all), ...dependencyProblems(self, all), ...portConflicts(self, all)];
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

function duplicateNames(self: StackMember, all: StackMember[]): string[] {
  const first = all.find((w) => w.name === self.name);
  if (first === self) return [];
  return [`workload "${self.name}": name ${JSON.stringify(self.name)} is already used by the workload at ${first!.node.path}; give every workload of a stack its own name`];
}

function dependencyProblems(self: StackMember, all: StackMember[]): string[] {
  const byName = new Map(all.map((w) => [w.name, w]));
  const problems: string[] = [];
  (self.spec.dependsOn ?? []).forEach((dep, i) => {
    if (dep !== self.name && !byName.has(dep)) {
      const known = [...byName.keys()].filter((n) => n !== self.name).sort();
      problems.push(`workload "${self.name}": dependsOn[${i}] ${JSON.stringify(dep)} is not a workload of this stack; name one of ${known.length ? known.join(', ') : '(none: add the workload first)'}`);
    }
  });
  const cycle = findCycle(self.name, byName);
  // Report a cycle once: on its alphabetically first member.
  if (cycle && [...cycle].sort()[0] === self.name) {
    problems.push(`workload "${self.name}": dependsOn ${JSON.stringify(self.spec.dependsOn)} forms a cycle ${[...cycle, self.name].join(' → ')}; remove one of these dependencies`);
  }
  return problems;
}

/** A path start → … that leads back to start, or undefined. */
function findCycle(start: string, byName: Map<string, StackMember>): string[] | undefined {
  const visiting: string[] = [];
  const done = new Set<string>();
  const visit = (name: string): string[] | undefined => {
    const w = byName.get(name);
    if (!w || done.has(name)) return undefined;
    visiting.push(name);
    for (const next of [...(w.spec.dependsOn ?? [])].sort()) {
      if (next === name) continue; // self-dependency is reported by spec validation
      if (next === start) return [...visiting];
      if (!visiting.includes(next)) {
        const found = visit(next);
        if (found) return found;
      }
    }
    visiting.pop();
    done.add(name);
    return undefined;
  };
  return visit(start);
}

function overlaps(a: PublishedPort, b: PublishedPort): boolean {
  const wildcard = (ip: string) => ip === '0.0.0.0' || ip === '::';
  return a.hostKey === b.hostKey && a.protocol === b.protocol && a.hostPort === b.hostPort
    && (a.bindAddress === b.bindAddress || wildcard(a.bindAddress) || wildcard(b.bindAddress));
}

function portConflicts(self: StackMember, all: StackMember[]): string[] {
  // Order every published port by (workload name, port field). A clash is reported once, on the
  // workload of its later port, in a message that names both sides alike.
  const ordered = [...all].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((w) => w._publishedPorts().map((port) => ({ w, port })));
  const problems: string[] = [];
  ordered.forEach(({ w, port }, i) => {
    if (w !== self) return;
    const earlier = ordered.slice(0, i).find((o) => overlaps(o.port, port));
    if (!earlier) return;
    // Addresses are named only when they differ (a wildcard against a specific one).
    const address = (p: PublishedPort) => (earlier.port.bindAddress === port.bindAddress ? '' : `, ${p.bindAddress}`);
    const sides = earlier.w === self
      ? `${earlier.port.field}${address(earlier.port)} and ${port.field}${address(port)} of workload "${self.name}"`
      : `workload "${earlier.w.name}" (${earlier.port.field}${address(earlier.port)}) and workload "${self.name}" (${port.field}${address(port)})`;
    problems.push(`host port ${port.hostPort}/${port.protocol} on ${port.hostLabel} is published by both ${sides}; give one of them another host port`);
  });
  return problems;
}
