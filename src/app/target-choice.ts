import { IConstruct } from 'constructs';
import { WorkloadTarget } from '../model/target';
import { WorkloadSpec } from '../model/workload-spec';

/** The environment variable that picks the target of a WorkloadApp. */
export const TARGET_ENV = 'WORKLOADS_TARGET';
/** The cdktf.json context key that picks the target of a WorkloadApp. */
export const TARGET_CONTEXT = 'target';

/** A workload's target and where the choice came from. */
export interface TargetChoice {
  readonly target: WorkloadTarget;
  /** e.g. "props", "spec", "env WORKLOADS_TARGET", "context target", "default". */
  readonly source: string;
  /** A problem with the value found, when it is not a target. */
  readonly problem?: string;
}

const TARGETS = Object.values(WorkloadTarget) as string[];

/**
 * The target of one workload, by precedence: the app's props, the spec's own `target`, the
 * environment variable WORKLOADS_TARGET, the cdktf.json context key `target`, then container.
 * A value that is not a target is reported, not skipped: silently falling through to a lower
 * source would deploy somewhere the user did not ask for.
 */
export function chooseTarget(scope: IConstruct, spec: WorkloadSpec, propsTarget: WorkloadTarget | undefined,
  env: { [name: string]: string | undefined } = process.env): TargetChoice {
  const context = scope.node.tryGetContext(TARGET_CONTEXT);
  const sources: Array<[string, unknown]> = [
    ['props', propsTarget],
    [`spec of workload "${spec.name}"`, spec.target],
    [`env ${TARGET_ENV}`, env[TARGET_ENV] === '' ? undefined : env[TARGET_ENV]],
    [`cdktf.json context "${TARGET_CONTEXT}"`, context],
  ];
  for (const [source, value] of sources) {
    if (value === undefined || value === null) continue;
    if (typeof value === 'string' && TARGETS.includes(value)) return { target: value as WorkloadTarget, source };
    return {
      target: WorkloadTarget.CONTAINER,
      source,
      problem: `${source}: target ${JSON.stringify(value)} is not a target; use one of ${TARGETS.join(', ')}`,
    };
  }
  return { target: WorkloadTarget.CONTAINER, source: 'default' };
}
