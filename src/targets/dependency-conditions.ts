import { ResolvedSpec } from '../model/defaults';
import { Problems } from '../model/problems';
import { WorkloadTarget } from '../model/target';
import { DependencyCondition } from '../model/workload-spec';

/** What the condition check needs to know of one end of a dependency. */
export interface DependencyEnd {
  readonly spec: ResolvedSpec;
  readonly target: WorkloadTarget;
  /** The guest it runs in when it shares one with others (a HybridVm's path); undefined otherwise. */
  readonly guest?: string;
}

/** True for a job that runs once (no schedule): the only kind a dependent can wait to complete. */
export function isRunOnceJob(spec: ResolvedSpec): boolean {
  return spec.job !== undefined && spec.job.schedule === undefined;
}

/**
 * Problems of `self`'s healthy and completed conditions, given the stack's workloads by name
 * (unknown names are the dependsOn check's). Who can wait for what:
 * - Terraform waits for a container-target dependency (the provider's `wait` for health, the job
 *   container's exit-code postcondition), so any dependent can;
 * - systemd waits inside one guest, so workloads of the same HybridVm can;
 * - nothing waits across VMs at boot, so a VM (own or shared) as the dependency of anything
 *   outside its guest cannot.
 */
export function dependencyConditionProblems(self: DependencyEnd, byName: ReadonlyMap<string, DependencyEnd>): string[] {
  const p = new Problems(self.spec.name);
  for (const [name, condition] of Object.entries(self.spec.dependencyConditions)) {
    if (condition !== DependencyCondition.HEALTHY && condition !== DependencyCondition.COMPLETED) continue;
    const dep = byName.get(name);
    if (!dep || name === self.spec.name) continue;
    const field = `dependencyConditions.${name}`;
    if (condition === DependencyCondition.HEALTHY && dep.spec.healthCheck === undefined) {
      p.add(field, condition, `waits for workload "${name}" to be healthy, but it has no healthCheck`, `give "${name}" a healthCheck, or use "started"`);
    }
    if (condition === DependencyCondition.COMPLETED) {
      if (!isRunOnceJob(dep.spec)) {
        p.add(field, condition, `waits for workload "${name}" to complete, but it is ${dep.spec.job ? 'a scheduled job, which runs at its times and not once' : 'not a job, so it never completes'}`,
          `make "${name}" a run-once job (job without schedule), or use "started"`);
      } else if (dep.spec.replicas === 0) {
        p.add(field, condition, `waits for workload "${name}" to complete, but it has replicas 0 and never runs`, `set "${name}"'s replicas to 1, or remove the dependency`);
      }
    }
    const terraformWaits = dep.target === WorkloadTarget.CONTAINER;
    const sameGuest = dep.guest !== undefined && dep.guest === self.guest;
    if (!terraformWaits && !sameGuest) {
      const where = dep.target === WorkloadTarget.VM ? 'runs in a VM of its own' : 'runs in another shared VM';
      p.add(field, condition, `cannot be honoured: workload "${name}" ${where} (${dep.target} target), and nothing waits for a guest's ${condition === DependencyCondition.HEALTHY ? 'health' : 'jobs'} across VMs at boot`,
        `run "${name}" on a target that can: container (Terraform waits for it), or hybrid in the same shared VM as "${self.spec.name}" (systemd waits for it); or use "started"`);
    }
  }
  return p.all;
}
