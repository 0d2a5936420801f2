import { healthWaitSeconds } from '../../containers/health-probe';
import { DEFAULTS, ResolvedSpec, SWARM_DEFAULTS } from '../../model/defaults';
import { EndpointMode, PublishMode, RestartPolicy, UpdateFailureAction, UpdateOrder } from '../../model/workload-spec';

/**
 * What a swarm service takes from the spec besides the container settings (which are the
 * container target's, `containerSettings`): the rolling update, the restart policy and the
 * resources in Docker's units, with the swarm target's defaults. Plain data, no resources.
 */

/** A rolling update (and its rollback) as the service runs it. */
export interface ServiceUpdate {
  readonly parallelism: number;
  readonly delaySeconds: number;
  readonly order: UpdateOrder;
  readonly failureAction: UpdateFailureAction;
  readonly monitorSeconds: number;
}

/** The publish mode of a port on the swarm target. */
export function publishModeOf(port: { readonly publishMode?: PublishMode }): PublishMode {
  return port.publishMode ?? PublishMode.INGRESS;
}

/** The endpoint mode on the swarm target. */
export function endpointModeOf(spec: ResolvedSpec): EndpointMode {
  return spec.endpointMode ?? EndpointMode.VIP;
}

/**
 * The update settings with their defaults: a new task starts before the old one stops, unless a
 * port is published in host mode (the new task could not bind it on the same node); a new task
 * that fails rolls the update back; failures count while the health check could still call a
 * task unhealthy.
 */
export function serviceUpdate(spec: ResolvedSpec): ServiceUpdate {
  const u = spec.update ?? {};
  const hostPort = spec.ports.some((p) => p.hostPort !== undefined && publishModeOf(p) === PublishMode.HOST);
  const h = spec.healthCheck;
  return {
    parallelism: u.parallelism ?? SWARM_DEFAULTS.updateParallelism,
    delaySeconds: u.delaySeconds ?? SWARM_DEFAULTS.updateDelaySeconds,
    order: u.order ?? (hostPort ? UpdateOrder.STOP_FIRST : UpdateOrder.START_FIRST),
    failureAction: u.failureAction ?? UpdateFailureAction.ROLLBACK,
    monitorSeconds: u.monitorSeconds ?? Math.max(SWARM_DEFAULTS.minMonitorSeconds, h ? healthWaitSeconds(h) : 0),
  };
}

/** Docker Swarm's restart condition of a restart policy. */
export function restartCondition(policy: RestartPolicy): string {
  if (policy === RestartPolicy.NO) return 'none';
  if (policy === RestartPolicy.ON_FAILURE) return 'on-failure';
  return 'any'; // always and unless-stopped: a swarm restarts the task until the service is changed or removed
}

/**
 * How long Terraform waits for the service to converge (every replica running, which with a
 * health check means healthy): a base for pulls and starts, and for each batch of an update its
 * time to become healthy, its delay and its monitor period.
 */
export function convergeTimeoutSeconds(spec: ResolvedSpec, update: ServiceUpdate): number {
  const replicas = Number.isInteger(spec.replicas) ? Math.max(0, spec.replicas) : DEFAULTS.replicas;
  const batches = update.parallelism === 0 ? 1 : Math.ceil(replicas / update.parallelism);
  const healthy = spec.healthCheck ? healthWaitSeconds(spec.healthCheck) : 0;
  return SWARM_DEFAULTS.convergeBaseSeconds + batches * (healthy + update.delaySeconds) + update.monitorSeconds;
}

/** Bytes of MiB, as Docker's resources take them. */
export function mebibyteBytes(mib: number): number {
  return mib * 1024 * 1024;
}

/** Docker's CPU unit, a billionth of a core, as a whole number. */
export function nanoCpus(cpus: number): number {
  return Math.round(cpus * 1e9);
}

/** An octal mode ("0444") as the number Docker's file references take. */
export function fileMode(octal: string): number {
  return parseInt(octal, 8);
}
