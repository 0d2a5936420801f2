import { buildApp } from './build';
import { Footprint, hybridFootprint, TARGETS, workloadFootprint } from './footprint';
import { AppRecommendation, ISOLATION, MeasuredStart, measuredStart, recommend, startSteps, WorkloadFacts } from './rules';
import { AppSpec } from '../model/app-spec';
import { resolveSpec } from '../model/defaults';
import { Problems } from '../model/problems';
import { WorkloadTarget } from '../model/target';
import { WorkloadSpec } from '../model/workload-spec';
import { CAPABILITY_RULES } from '../targets/capabilities';

/** A field a target cannot honour, from CAPABILITY_RULES. */
export interface Unsupported {
  /** The rule's field, e.g. "os (other than linux)". */
  readonly field: string;
  /** Where the spec uses it, e.g. "workloads[2].os" for the app, "os" for a workload. */
  readonly path: string;
  readonly why: string;
}

/** One workload, or the app, on one target. */
export interface TargetComparison extends Footprint {
  readonly target: WorkloadTarget;
  readonly isolation: string;
  /** What a start involves. */
  readonly start: string;
  /** A start measured on the runtime lab, where one was (see MEASURED_LABEL). */
  readonly measured?: MeasuredStart;
  readonly unsupported: Unsupported[];
  /** Synth-time problems of building the stack for this target. */
  readonly problems: string[];
}

export interface WorkloadComparison {
  readonly name: string;
  readonly targets: TargetComparison[];
}

/** Everything `compare` reports. */
export interface Comparison {
  readonly workloads: WorkloadComparison[];
  readonly app: { readonly targets: TargetComparison[] };
  readonly recommendation: AppRecommendation;
}

export interface CompareOptions {
  /** The app must not share the host's kernel. @default false */
  readonly isolate?: boolean;
  /** The stack's name (host resources are named after it). @default "app" */
  readonly stackName?: string;
}

/**
 * Builds the app for each target, as WorkloadApp does, and reads what each workload and the app
 * take from the host there; then recommends targets by RECOMMENDATION_RULES.
 */
export function compareApp(spec: AppSpec, options: CompareOptions = {}): Comparison {
  const perTarget = TARGETS.map((target) => ({ target, built: buildApp(spec, options.stackName ?? 'app', target) }));
  // WorkloadApp builds the first workload of each name; validation rejects the others.
  const names = [...new Set(spec.workloads.map((w) => w.name))];
  const specOf = (name: string) => spec.workloads.find((w) => w.name === name)!;

  const workloads: WorkloadComparison[] = names.map((name) => {
    const resolved = resolveSpec(specOf(name));
    const facts = { os: resolved.os, native: resolved.native !== undefined };
    const prefix = new Problems(name).prefix;
    return {
      name,
      targets: perTarget.map(({ target, built }) => {
        const workload = built.app.workloads.find((w) => w.name === name)!;
        return {
          target,
          ...workloadFootprint(workload),
          isolation: ISOLATION[target],
          start: startSteps(target, facts),
          measured: measuredStart(target, facts),
          unsupported: unsupported(specOf(name), target, ''),
          problems: built.problems.filter((p) => p.startsWith(prefix)),
        };
      }),
    };
  });

  const app: TargetComparison[] = perTarget.map(({ target, built }, t) => {
    const columns = workloads.map((w) => w.targets[t]);
    const footprint = target === WorkloadTarget.HYBRID && built.app.hybridVm ? hybridFootprint(built.app.hybridVm) : {
      memoryMiB: columns.reduce((a, c) => a + c.memoryMiB, 0),
      memory: `sum of ${columns.length} workload(s)`,
      vcpus: columns.every((c) => c.vcpus !== undefined) ? columns.reduce((a, c) => a + c.vcpus!, 0) : undefined,
      disks: columns.flatMap((c, i) => c.disks.map((d) => ({ ...d, what: `${workloads[i].name}: ${d.what}` }))),
      diskGiB: columns.reduce((a, c) => a + c.diskGiB, 0),
    };
    const starts = [...new Set(columns.map((c) => c.start))];
    const measured = [...new Map(columns.map((c) => [JSON.stringify(c.measured), c.measured])).values()];
    return {
      target,
      ...footprint,
      isolation: ISOLATION[target],
      start: starts.length === 1 ? starts[0] : 'per workload: see each',
      measured: measured.length === 1 ? measured[0] : undefined,
      unsupported: spec.workloads.flatMap((w, i) => unsupported(w, target, `workloads[${i}].`)),
      problems: built.problems,
    };
  });

  // A problem that names no workload (e.g. the shared VM's) stands in the way of every workload.
  const owned = (p: string) => names.some((n) => p.startsWith(new Problems(n).prefix));
  const facts: WorkloadFacts[] = workloads.map((w) => {
    const resolved = resolveSpec(specOf(w.name));
    return {
      name: w.name,
      os: resolved.os,
      native: resolved.native !== undefined,
      feasible: w.targets.filter((c, t) => c.problems.length === 0 && !app[t].problems.some((p) => !owned(p))).map((c) => c.target),
      memoryMiB: Object.fromEntries(w.targets.map((c) => [c.target, c.memoryMiB])),
    };
  });
  const recommendation = recommend({
    workloads: facts,
    isolate: options.isolate ?? false,
    memoryMiB: Object.fromEntries(app.map((c) => [c.target, c.memoryMiB])),
  });
  return { workloads, app: { targets: app }, recommendation };
}

function unsupported(spec: WorkloadSpec, target: WorkloadTarget, base: string): Unsupported[] {
  return CAPABILITY_RULES.filter((r) => !r.targets.includes(target))
    .flatMap((r) => r.find(spec).map((o) => ({ field: r.field, path: `${base}${o.path}`, why: r.why[target] })));
}
