// Issue 11: the stack-wide checks and the dependency wiring are computed once per stack, not once
// per workload, and still report each problem once, on the same workload, with the same message.
import * as fc from 'fast-check';
import { Aspects } from 'cdktf';
import { Construct, Node } from 'constructs';
import { newStack, problems, synth } from './util';
import { ContainerWorkload, DockerHost, LibvirtHost, WorkloadSpec } from '../src';
import { PublishedPort, StackChecks, StackMember } from '../src/targets/stack-checks';

/**
 * The checks as they were defined before issue 11, per workload over the whole stack (quadratic):
 * the reference the indexed checks must agree with.
 */
function referenceProblems(self: StackMember, all: StackMember[]): string[] {
  const duplicate = (): string[] => {
    const first = all.find((w) => w.name === self.name)!;
    return first === self ? [] : [`workload "${self.name}": name ${JSON.stringify(self.name)} is already used by the workload at ${first.node.path}; give every workload of a stack its own name`];
  };
  const byName = new Map(all.map((w) => [w.name, w]));
  const findCycle = (start: string): string[] | undefined => {
    const visiting: string[] = [];
    const done = new Set<string>();
    const visit = (name: string): string[] | undefined => {
      const w = byName.get(name);
      if (!w || done.has(name)) return undefined;
      visiting.push(name);
      for (const next of [...(w.spec.dependsOn ?? [])].sort()) {
        if (next === name) continue;
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
  };
  const dependencies = (): string[] => {
    const out: string[] = [];
    (self.spec.dependsOn ?? []).forEach((dep, i) => {
      if (dep !== self.name && !byName.has(dep)) {
        const known = [...byName.keys()].filter((n) => n !== self.name).sort();
        out.push(`workload "${self.name}": dependsOn[${i}] ${JSON.stringify(dep)} is not a workload of this stack; name one of ${known.length ? known.join(', ') : '(none: add the workload first)'}`);
      }
    });
    const cycle = findCycle(self.name);
    if (cycle && [...cycle].sort()[0] === self.name) {
      out.push(`workload "${self.name}": dependsOn ${JSON.stringify(self.spec.dependsOn)} forms a cycle ${[...cycle, self.name].join(' → ')}; remove one of these dependencies`);
    }
    return out;
  };
  const ports = (): string[] => {
    const wildcard = (ip: string) => ip === '0.0.0.0' || ip === '::';
    const overlaps = (a: PublishedPort, b: PublishedPort) => a.hostKey === b.hostKey && a.protocol === b.protocol && a.hostPort === b.hostPort
      && (a.bindAddress === b.bindAddress || wildcard(a.bindAddress) || wildcard(b.bindAddress));
    const ordered = [...all].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .flatMap((w) => w._publishedPorts().map((port) => ({ w, port })));
    const out: string[] = [];
    ordered.forEach(({ w, port }, i) => {
      if (w !== self) return;
      const earlier = ordered.slice(0, i).find((o) => overlaps(o.port, port));
      if (!earlier) return;
      const address = (p: PublishedPort) => (earlier.port.bindAddress === port.bindAddress ? '' : `, ${p.bindAddress}`);
      const sides = earlier.w === self
        ? `${earlier.port.field}${address(earlier.port)} and ${port.field}${address(port)} of workload "${self.name}"`
        : `workload "${earlier.w.name}" (${earlier.port.field}${address(earlier.port)}) and workload "${self.name}" (${port.field}${address(port)})`;
      out.push(`host port ${port.hostPort}/${port.protocol} on ${port.hostLabel} is published by both ${sides}; give one of them another host port`);
    });
    return out;
  };
  return [...duplicate(), ...dependencies(), ...ports()];
}

interface FakeMember {
  name: string;
  dependsOn: string[];
  ports: Array<{ host: string; protocol: string; hostPort: number; bindAddress: string }>;
}

/** Stand-ins for workloads: what the checks read, nothing else. */
function members(fakes: FakeMember[]): StackMember[] {
  return fakes.map((f, i) => ({
    name: f.name,
    spec: { name: f.name, dependsOn: f.dependsOn },
    node: { path: `stack/w${i}` },
    _publishedPorts: () => f.ports.map((p, k) => ({
      hostKey: p.host, hostLabel: `docker host "${p.host}"`, field: `ports[${k}]`, protocol: p.protocol, bindAddress: p.bindAddress, hostPort: p.hostPort,
    })),
  }) as unknown as StackMember);
}

describe('the stack-wide checks, computed once per stack', () => {
  const NAMES = ['a', 'b', 'c', 'd', 'e', 'f'];
  const member = fc.record({
    name: fc.constantFrom(...NAMES),
    dependsOn: fc.array(fc.constantFrom(...NAMES, 'x'), { maxLength: 4 }),
    ports: fc.array(fc.record({
      host: fc.constantFrom('h1', 'h2'),
      protocol: fc.constantFrom('tcp', 'udp'),
      hostPort: fc.constantFrom(80, 81),
      bindAddress: fc.constantFrom('0.0.0.0', '::', '127.0.0.1', '10.0.0.1'),
    }), { maxLength: 3 }),
  });

  test('report what the per-workload definition reports, on the same workload, for any stack', () => {
    fc.assert(fc.property(fc.array(member, { maxLength: 9 }), (fakes) => {
      const all = members(fakes);
      const checks = new StackChecks(all);
      for (const self of all) expect(checks.problemsOf(self)).toEqual(referenceProblems(self, all));
    }), { seed: 11, numRuns: 3000 });
  });

  test('the samples hold the cases that matter: cycles, duplicates, unknown names, clashes', () => {
    // A check of the property's reach: each kind of problem occurs in the sampled stacks.
    const seen = new Set<string>();
    fc.sample(fc.array(member, { maxLength: 9 }), { seed: 11, numRuns: 3000 }).forEach((fakes) => {
      const all = members(fakes);
      for (const text of all.flatMap((m) => referenceProblems(m, all))) {
        seen.add(/forms a cycle/.test(text) ? 'cycle' : /already used/.test(text) ? 'duplicate' : /is not a workload/.test(text) ? 'unknown'
          : /, (0\.0\.0\.0|::)\)/.test(text) ? 'wildcard clash' : /published by both/.test(text) ? 'clash' : 'other');
      }
    });
    expect([...seen].sort()).toEqual(['clash', 'cycle', 'duplicate', 'unknown', 'wildcard clash']);
  });

  test('a long chain and a long cycle are reported as before', () => {
    const chain = members(Array.from({ length: 300 }, (_, i) => ({ name: `w${String(i).padStart(3, '0')}`, dependsOn: i ? [`w${String(i - 1).padStart(3, '0')}`] : [], ports: [] })));
    const checks = new StackChecks(chain);
    expect(chain.flatMap((m) => checks.problemsOf(m))).toEqual([]);
    const ring = members(Array.from({ length: 50 }, (_, i) => ({ name: `w${String(i).padStart(2, '0')}`, dependsOn: [`w${String((i + 1) % 50).padStart(2, '0')}`], ports: [] })));
    const ringChecks = new StackChecks(ring);
    const found = ring.flatMap((m) => ringChecks.problemsOf(m));
    expect(found).toEqual(ring.flatMap((m) => referenceProblems(m, ring)));
    expect(found).toHaveLength(1);
  });
});

describe('one walk of the stack per synth', () => {
  const spec = (i: number): WorkloadSpec => ({
    name: `w${i}`, image: 'nginx:1.27', ports: [{ name: 'http', containerPort: 80, hostPort: 8000 + i }],
    dependsOn: i ? ['w0'] : [], dependencyConditions: i ? { w0: 'healthy' as any } : undefined, healthCheck: { command: ['true'] },
  });
  /** How often constructs' findAll runs during a synth of n container workloads. */
  function walks(n: number): number {
    const stack = newStack();
    for (let i = 0; i < n; i++) new ContainerWorkload(stack, `w${i}`, { spec: spec(i) });
    const findAll = jest.spyOn(Node.prototype, 'findAll');
    try {
      synth(stack);
      return findAll.mock.calls.length;
    } finally {
      findAll.mockRestore();
    }
  }

  test('does not grow with the number of workloads', () => {
    // cdktf walks the stack a fixed number of times; the library adds one for its index.
    expect(walks(40)).toBe(walks(5));
  });

  test('a stack without dependsOn gets no Aspect, which would visit every node', () => {
    const stack = newStack();
    new ContainerWorkload(stack, 'web', { spec: { name: 'web', image: 'nginx:1.27' } });
    expect(Aspects.of(stack).all).toHaveLength(0);
    new ContainerWorkload(stack, 'api', { spec: { name: 'api', image: 'nginx:1.27', dependsOn: ['web'] } });
    expect(Aspects.of(stack).all).toHaveLength(1);
  });
});

describe('the index follows the stack', () => {
  test('a workload added after a synth is checked against the ones before', () => {
    const stack = newStack();
    new ContainerWorkload(stack, 'a', { spec: { name: 'web', image: 'nginx:1.27', ports: [{ name: 'http', containerPort: 80, hostPort: 80 }] } });
    expect(problems(stack)).toEqual([]);
    new ContainerWorkload(stack, 'b', { spec: { name: 'web', image: 'nginx:1.27', ports: [{ name: 'http', containerPort: 80, hostPort: 80 }] } });
    expect(problems(stack)).toEqual([
      'workload "web": name "web" is already used by the workload at test/a; give every workload of a stack its own name',
      'host port 80/tcp on docker host "docker-host" (unix:///var/run/docker.sock) is published by both workload "web" (ports[0]) and workload "web" (ports[0]); give one of them another host port',
    ]);
  });

  test('a dependency named before its workload exists is wired once it does', () => {
    const stack = newStack();
    new ContainerWorkload(stack, 'api', { spec: { name: 'api', image: 'nginx:1.27', dependsOn: ['db'] } });
    expect(problems(stack)).toEqual([expect.stringContaining('dependsOn[0] "db" is not a workload of this stack')]);
    new ContainerWorkload(stack, 'db', { spec: { name: 'db', image: 'postgres:16' } });
    const json = synth(stack);
    expect(Object.values(json.resource.docker_container).find((c: any) => c.hostname === 'api-1')).toMatchObject({ depends_on: [expect.stringMatching(/^docker_container\.db_containers_1_/)] });
  });

  test('hosts added after a synth, earlier in construct-path order, are checked against the ones before', () => {
    // The first host of an alias keeps it; one added under a scope that comes first takes it over.
    const stack = newStack();
    const early = new Construct(stack, 'early');
    new DockerHost(stack, 'one', { alias: 'remote' });
    new LibvirtHost(stack, 'vm-one', { alias: 'kvm' });
    expect(problems(stack)).toEqual([]);
    new DockerHost(early, 'two', { alias: 'remote' });
    new LibvirtHost(early, 'vm-two', { alias: 'kvm' });
    expect(problems(stack)).toEqual([
      expect.stringMatching(/^docker host "one" .*alias "remote" is already used by docker host "test\/early\/two"/),
      expect.stringMatching(/^libvirt host "vm-one" .*alias "kvm" is already used by libvirt host "test\/early\/vm-two"/),
    ]);
  });
});
