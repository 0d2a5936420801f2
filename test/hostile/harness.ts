// The machinery of the hostile-input tables (see index.test.ts): a case is one value in one spec
// field; its table places it in a spec on a target, synthesizes with construct validation (the
// property harness's `attempt`, as `cdktf synth` runs it) and reads the output back with the
// destination's real consumer (readback.ts, guest-checks.ts, terraform-eval.ts).
import { attempt, namesField } from '../property-harness';
import { WorkloadSpec } from '../../src';

/** What must become of the value: a clear synth error naming its field, or output that carries it as data. */
export type Expect = 'rejected' | 'inert';

export interface HostileCase {
  /** A sentence: what the value is and what it once did. */
  readonly name: string;
  /** The spec field the value is placed in, as validation names it (`name`, `volumes[0].mountPath`, `hybrid.name`). */
  readonly field: string;
  readonly value: string;
  readonly expect: Expect;
}

/** Where a case's value is synthesized: the specs on a target (hybrid: one shared VM named `group`). */
export interface Placement {
  readonly target: 'container' | 'vm' | 'hybrid';
  readonly specs: WorkloadSpec[];
  /** The hybrid VM's name. @default 'hybrid' */
  readonly group?: string;
}

/** One destination's cases, how each is placed, and how its output is read back. */
export interface HostileTable {
  readonly destination: string;
  readonly cases: HostileCase[];
  place(c: HostileCase): Placement;
  /** Asserts (jest expect) that the consumer reads the value as data and nothing else; `json` is the synthesized stack. */
  readBack(c: HostileCase, json: any): void;
}

/** The jest tests of a table: one per case. */
export function describeTable(table: HostileTable): void {
  describe(table.destination, () => {
    test.each(table.cases.map((c) => [`${c.expect}: ${c.name}`, c] as const))('%s', (_title, c) => {
      const placed = table.place(c);
      const result = attempt(placed.target === 'vm' ? 'vm-image' : placed.target, placed.specs, placed.group ?? 'hybrid');
      if ('thrown' in result) throw new Error(`the library threw instead of reporting: ${result.thrown}`);
      if (c.expect === 'rejected') {
        const problems = 'problems' in result ? result.problems : [];
        // A clear error: it names the field (and so the workload or VM) and says what to do.
        expect(problems.filter((m) => namesField(m, c.field) && m.includes(';'))).not.toEqual([]);
      } else {
        if ('problems' in result) throw new Error(`rejected, expected inert: ${result.problems.join(' | ')}`);
        table.readBack(c, result.json);
      }
    });
  });
}

/** The one resource of a type in a synthesized stack. */
export function only(json: any, type: string): any {
  const all = Object.values(json.resource?.[type] ?? {});
  expect(all.length).toBe(1);
  return all[0];
}
