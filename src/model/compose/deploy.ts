// A service's replicas and resource limits (scale, cpus, mem_limit, deploy).
import { Segment } from '../app-spec-file';
import { DEFAULTS } from '../defaults';
import { WorkloadSpec } from '../workload-spec';
import { Context, Dict, Mutable, onlyKeys } from './context';
import { isDict, values, wholeMiB } from './values';

export function replicaCount(ctx: Context, at: (...rest: Segment[]) => Segment[], body: Dict): number | undefined {
  const v = values(ctx);
  const deploy = isDict(body.deploy) ? body.deploy : undefined;
  if (body.scale !== undefined && deploy?.replicas !== undefined) {
    ctx.report(at('scale'), 'and deploy.replicas are both set; keep one of them');
  }
  if (deploy?.replicas !== undefined) return v.num(at('deploy', 'replicas'), deploy.replicas);
  if (body.scale !== undefined) return v.num(at('scale'), body.scale);
  return undefined;
}

export function mapResources(ctx: Context, at: (...rest: Segment[]) => Segment[], body: Dict, spec: Mutable<WorkloadSpec>): void {
  const v = values(ctx);
  const deploy = body.deploy === undefined ? undefined : v.dict(at('deploy'), body.deploy);
  let cpus = body.cpus === undefined ? undefined : v.num(at('cpus'), body.cpus);
  let memory = body.mem_limit === undefined ? undefined : wholeMiB(ctx, at('mem_limit'), body.mem_limit);
  if (deploy) {
    // mode: replicated is what every workload is; global (one per Swarm node) is not.
    const read = ['replicas', 'resources', 'restart_policy', ...(deploy.mode === 'replicated' ? ['mode'] : [])];
    onlyKeys(ctx, at('deploy'), deploy, read, (key) => (key === 'labels' ? 'labels of a Swarm service are not container labels: use the service\'s labels'
      : `deploy.${key} is a Swarm setting that is not honoured`));
    const resources = deploy.resources === undefined ? undefined : v.dict(at('deploy', 'resources'), deploy.resources);
    if (resources) {
      onlyKeys(ctx, at('deploy', 'resources'), resources, ['limits'], () => 'only limits are honoured (the spec reserves nothing)');
      const limits = resources.limits === undefined ? undefined : v.dict(at('deploy', 'resources', 'limits'), resources.limits);
      if (limits) {
        onlyKeys(ctx, at('deploy', 'resources', 'limits'), limits, ['cpus', 'memory'], (key) => `the ${key} limit is not honoured (cpus and memory are)`);
        if (limits.cpus !== undefined) {
          if (cpus !== undefined) ctx.report(at('deploy', 'resources', 'limits', 'cpus'), 'and cpus are both set; keep one of them');
          cpus = v.num(at('deploy', 'resources', 'limits', 'cpus'), limits.cpus);
        }
        if (limits.memory !== undefined) {
          if (memory !== undefined) ctx.report(at('deploy', 'resources', 'limits', 'memory'), 'and mem_limit are both set; keep one of them');
          memory = wholeMiB(ctx, at('deploy', 'resources', 'limits', 'memory'), limits.memory);
        }
      }
    }
  }
  if (cpus !== undefined) spec.cpus = cpus;
  if (memory !== undefined) spec.memoryMiB = memory;
  else ctx.notice(at(), `no memory limit in the file: the library's default of ${DEFAULTS.memoryMiB} MiB applies; set deploy.resources.limits.memory or mem_limit`);
}
