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
  /** For a VM of its own (vm target): its libvirt host's path, whose private network the VMs share. */
  readonly vmHost?: string;
  /** For a VM of its own: whether cloud-init configures its guest (Linux). */
  readonly linux?: boolean;
}

/** True for a job that runs once (no schedule): the only kind a dependent can wait to complete. */
export function isRunOnceJob(spec: ResolvedSpec): boolean {
  return spec.job !== undefined && spec.job.schedule === undefined;
}

/**
 * Problems of `self`'s healthy and completed conditions, given the stack's workloads by name
 * (unknown names are the dependsOn check's). Who can wait for what:
 * - Terraform waits for a container-target dependency (the provider's `wait` for health, the job
 *   container's exit-code postcondition) and for a swarm service (every replica running, which
 *   with a health check means healthy), so any dependent can;
 * - systemd waits inside one guest, so workloads of the same HybridVm can;
 * - across VMs of their own on one libvirt host, the dependent's guest asks the dependency's guest
 *   on their private network until it says healthy or completed (cloudinit/readiness.ts), so two
 *   Linux vm-target workloads on one host can;
 * - nothing else waits across VMs: a shared VM's workload as the dependency of anything outside
 *   it, a VM's for a container or a shared VM, or VMs on different hosts (different networks).
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
    const terraformWaits = dep.target === WorkloadTarget.CONTAINER || dep.target === WorkloadTarget.SWARM;
    const sameGuest = dep.guest !== undefined && dep.guest === self.guest;
    const bothVms = dep.target === WorkloadTarget.VM && self.target === WorkloadTarget.VM;
    const what = condition === DependencyCondition.HEALTHY ? 'health' : 'jobs';
    if (bothVms && dep.vmHost !== self.vmHost) {
      p.add(field, condition, `cannot be honoured: workload "${name}" runs on another libvirt host, and a VM asks for a guest's ${what} only on its own host's private network`,
        `run "${name}" and "${self.spec.name}" on one libvirt host, or use "started"`);
    } else if (bothVms && (dep.linux === false || self.linux === false)) {
      const other = dep.linux === false ? name : self.spec.name;
      p.add(field, condition, `cannot be honoured: workload "${other}" is not a Linux guest, and waits across VMs need cloud-init in both guests (one tells its ${what}, the other asks)`,
        'use "started", or run both as Linux guests');
    } else if (!terraformWaits && !sameGuest && !bothVms) {
      const where = dep.target === WorkloadTarget.VM ? 'runs in a VM of its own' : 'runs in another shared VM';
      const can = dep.target === WorkloadTarget.VM
        ? `run "${self.spec.name}" in a VM of its own too (vm target: its guest asks "${name}"'s guest), or "${name}" on the container target (Terraform waits for it)`
        : `run "${name}" on the container target (Terraform waits for it), or in the same shared VM as "${self.spec.name}" (systemd waits for it)`;
      p.add(field, condition, `cannot be honoured: workload "${name}" ${where} (${dep.target} target), and a ${self.target}-target workload cannot wait for that guest's ${what}`,
        `${can}; or use "started"`);
    }
  }
  return p.all;
}
