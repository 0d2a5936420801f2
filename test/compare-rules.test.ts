import * as fs from 'fs';
import * as path from 'path';
import { AppFacts, measuredStart, MEASURED_LABEL, recommend, RECOMMENDATION_RULES, WorkloadFacts } from '../src/compare/rules';
import { OperatingSystem, WorkloadTarget } from '../src';

const { CONTAINER, VM, HYBRID } = WorkloadTarget;
const ALL = [CONTAINER, VM, HYBRID];
const README = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');

function workload(name: string, extra: Partial<WorkloadFacts> = {}): WorkloadFacts {
  return { name, os: OperatingSystem.LINUX, native: false, feasible: ALL, memoryMiB: { container: 128, vm: 512, hybrid: 128 }, ...extra };
}

function app(workloads: WorkloadFacts[], isolate = false): AppFacts {
  return { workloads, isolate, memoryMiB: { container: 300, vm: 1200, hybrid: 900 } };
}

describe('the recommendation rules', () => {
  test('a non-Linux workload goes to vm, a native recipe to vm, a plain image to container', () => {
    const r = recommend(app([
      workload('ledger', { os: OperatingSystem.WINDOWS, feasible: [VM] }),
      workload('intranet', { native: true, feasible: [VM] }),
      workload('web'),
    ]));
    expect(r.workloads.map((w) => [w.workload, w.target, w.rule])).toEqual([
      ['ledger', VM, 'not-linux'],
      ['intranet', VM, 'native-recipe'],
      ['web', CONTAINER, 'plain-image'],
    ]);
    expect(r.target).toBeUndefined();
    expect(r.reasons).toEqual([expect.stringContaining('set each one\'s `target`')]);
    expect(r.workloads[2].reason).toBe('a plain image: reserves 128 MiB as a container, 512 MiB in a VM of its own, and starts without a boot');
  });

  test('every workload on one target gives the app that target', () => {
    const r = recommend(app([workload('web'), workload('api')]));
    expect(r.target).toBe(CONTAINER);
    expect(r.reasons).toHaveLength(2);
  });

  test('only one target that builds it decides; none gives no target', () => {
    const r = recommend(app([workload('scaled', { feasible: [CONTAINER] }), workload('broken', { feasible: [] })]));
    expect(r.workloads.map((w) => [w.target, w.rule])).toEqual([[CONTAINER, 'one-target'], [undefined, 'no-target']]);
    expect(r.target).toBeUndefined();
    expect(r.reasons).toEqual(['some workload cannot run on any target as specified: fix its problems first']);
  });

  test('with --isolate, several images share one VM, one alone gets its own, and a Windows one still gets vm', () => {
    const group = recommend(app([workload('web'), workload('cache'), workload('ledger', { os: OperatingSystem.WINDOWS, feasible: [VM] })], true));
    expect(group.workloads.map((w) => [w.workload, w.target, w.rule])).toEqual([
      ['web', HYBRID, 'isolated-group'], ['cache', HYBRID, 'isolated-group'], ['ledger', VM, 'not-linux'],
    ]);
    expect(group.workloads[0].reason).toBe('kept apart from the host with 1 other workload(s) in one VM; the whole app reserves 900 MiB on hybrid, 1200 MiB on vm');
    const alone = recommend(app([workload('web'), workload('ledger', { os: OperatingSystem.WINDOWS, feasible: [VM] })], true));
    expect(alone.workloads.map((w) => [w.target, w.rule])).toEqual([[VM, 'isolated-alone'], [VM, 'not-linux']]);
    expect(alone.target).toBe(VM);
  });

  test('without a container, the target that reserves least for the app wins', () => {
    const r = recommend(app([workload('db', { feasible: [VM, HYBRID] })]));
    expect(r.workloads[0]).toMatchObject({ target: HYBRID, rule: 'least-memory' });
  });

  test('the README states every rule as the code has it, and every measured start', () => {
    for (const rule of RECOMMENDATION_RULES) expect(README).toContain(rule.text);
    for (const spec of [{ os: OperatingSystem.LINUX, native: true }, { os: OperatingSystem.LINUX, native: false }]) {
      for (const target of ALL) {
        const m = measuredStart(target, spec);
        if (m) expect(README).toContain(`${m.figure} | ${m.what}`);
      }
    }
    expect(README).toContain(MEASURED_LABEL);
  });
});
