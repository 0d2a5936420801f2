// A service's healthcheck, restart policy and depends_on.
import { Segment } from '../app-spec-file';
import { DependencyCondition, HealthCheckSpec, RestartPolicy, WorkloadSpec } from '../workload-spec';
import { Context, Dict, Mutable, onlyKeys, ProjectFacts } from './context';
import { dropUndefined, isDict, values, wholeSeconds } from './values';

export function mapHealthCheck(ctx: Context, at: (...rest: Segment[]) => Segment[], body: Dict, spec: Mutable<WorkloadSpec>): void {
  if (body.healthcheck === undefined) return;
  const v = values(ctx);
  const h = v.dict(at('healthcheck'), body.healthcheck);
  if (!h) return;
  onlyKeys(ctx, at('healthcheck'), h, ['test', 'interval', 'timeout', 'retries', 'start_period', 'disable'],
    (key) => `healthcheck.${key} is not honoured`);
  // Compose turns the image's own HEALTHCHECK off; a spec without healthCheck leaves it on.
  const off = () => ctx.unsupported(at('healthcheck'), 'turning off the image\'s own health check is not honoured (a spec without healthCheck leaves it as the image has it); remove the healthcheck');
  if (h.disable !== undefined && v.bool(at('healthcheck', 'disable'), h.disable)) {
    off();
    return;
  }
  let command: string[] | undefined;
  if (h.test === undefined) {
    ctx.unsupported(at('healthcheck'), 'without test, Compose tunes the image\'s own check, which the spec cannot; give the test');
    return;
  }
  if (typeof h.test === 'string') {
    command = ['/bin/sh', '-c', h.test];
  } else {
    const test = v.strings(at('healthcheck', 'test'), h.test);
    if (!test) return;
    if (test[0] === 'NONE') {
      off();
      return;
    }
    if (test[0] === 'CMD' && test.length > 1) command = test.slice(1);
    // Docker runs CMD-SHELL with the image's default shell: /bin/sh -c on Linux.
    else if (test[0] === 'CMD-SHELL' && test.length === 2) command = ['/bin/sh', '-c', test[1]];
    else {
      ctx.report(at('healthcheck', 'test'), `${JSON.stringify(test)} is not ["CMD", program, args…], ["CMD-SHELL", command] or ["NONE"]`);
      return;
    }
  }
  const seconds = (key: string) => (h[key] === undefined ? undefined : wholeSeconds(ctx, at('healthcheck', key), h[key]));
  // Docker's defaults where the file sets none: the same check as Compose runs, not the spec's defaults.
  const check: HealthCheckSpec = {
    command,
    intervalSeconds: seconds('interval') ?? 30,
    timeoutSeconds: seconds('timeout') ?? 30,
    retries: h.retries === undefined ? 3 : v.num(at('healthcheck', 'retries'), h.retries),
    startPeriodSeconds: seconds('start_period'),
  };
  spec.healthCheck = dropUndefined(check);
}

export function mapRestart(ctx: Context, at: (...rest: Segment[]) => Segment[], body: Dict, spec: Mutable<WorkloadSpec>): void {
  const v = values(ctx);
  const deploy = isDict(body.deploy) ? body.deploy : undefined;
  if (deploy?.restart_policy !== undefined) {
    const where = at('deploy', 'restart_policy');
    if (body.restart !== undefined) ctx.report(at('restart'), 'and deploy.restart_policy are both set; keep one of them');
    const rp = v.dict(where, deploy.restart_policy);
    if (!rp) return;
    onlyKeys(ctx, where, rp, ['condition', 'max_attempts'], (key) => `restart_policy.${key} is not honoured`);
    const condition = rp.condition ?? 'any';
    const policy = { none: RestartPolicy.NO, 'on-failure': RestartPolicy.ON_FAILURE, any: RestartPolicy.ALWAYS }[String(condition)];
    if (policy === undefined) {
      ctx.report([...where, 'condition'], `${JSON.stringify(condition)} is not a restart condition; use none, on-failure or any`);
      return;
    }
    let maxRetries: number | undefined;
    if (rp.max_attempts !== undefined) {
      if (policy === RestartPolicy.ON_FAILURE) maxRetries = v.num([...where, 'max_attempts'], rp.max_attempts);
      else ctx.unsupported([...where, 'max_attempts'], 'a limit of restarts is honoured with condition on-failure only');
    }
    // Without max_attempts Swarm restarts without limit, which Docker's on-failure with a count of 0 means.
    spec.restart = policy === RestartPolicy.ON_FAILURE ? { policy, maxRetries: maxRetries ?? 0 } : { policy };
    return;
  }
  if (body.restart === undefined) {
    // Compose's default, not the spec's (on-failure).
    spec.restart = { policy: RestartPolicy.NO };
    return;
  }
  const text = v.str(at('restart'), body.restart);
  if (text === undefined) return;
  const m = /^on-failure(?::(\d+))?$/.exec(text);
  if (m) {
    // on-failure without a count retries without limit in Docker, which its count 0 means.
    spec.restart = { policy: RestartPolicy.ON_FAILURE, maxRetries: Number(m[1] ?? 0) };
  } else if (['no', 'always', 'unless-stopped'].includes(text)) {
    spec.restart = { policy: text as RestartPolicy };
  } else {
    ctx.report(at('restart'), `${JSON.stringify(text)} is not a restart policy; use no, always, unless-stopped or on-failure[:n]`);
  }
}

export function mapDependencies(ctx: Context, at: (...rest: Segment[]) => Segment[], body: Dict, spec: Mutable<WorkloadSpec>, facts: ProjectFacts): void {
  if (body.depends_on === undefined) return;
  const v = values(ctx);
  const dependsOn: string[] = [];
  const conditions: { [workload: string]: DependencyCondition } = {};
  const check = (where: Segment[], dep: string) => {
    if (!facts.serviceNames.has(dep)) ctx.report(where, `names the service ${JSON.stringify(dep)}, which the file does not have; name one of its services`);
    dependsOn.push(dep);
  };
  if (Array.isArray(body.depends_on)) {
    (v.strings(at('depends_on'), body.depends_on) ?? []).forEach((dep, i) => check(at('depends_on', i), dep));
  } else {
    for (const [dep, d] of Object.entries(v.dict(at('depends_on'), body.depends_on) ?? {})) {
      const where = at('depends_on', dep);
      check(where, dep);
      const settings = d === null ? {} : v.dict(where, d) ?? {};
      onlyKeys(ctx, where, settings, ['condition', 'restart', 'required'], (key) => `depends_on.${key} is not honoured`);
      if (settings.restart !== undefined && v.bool([...where, 'restart'], settings.restart)) {
        ctx.unsupported([...where, 'restart'], 'a workload is not restarted when one it depends on is updated');
      }
      if (settings.required !== undefined && !v.bool([...where, 'required'], settings.required)) {
        ctx.unsupported([...where, 'required'], 'every dependency is required');
      }
      const condition = settings.condition ?? 'service_started';
      const mapped = { service_started: DependencyCondition.STARTED, service_healthy: DependencyCondition.HEALTHY, service_completed_successfully: DependencyCondition.COMPLETED }[String(condition)];
      if (mapped === undefined) ctx.report([...where, 'condition'], `${JSON.stringify(condition)} is not a condition; use service_started, service_healthy or service_completed_successfully`);
      else if (mapped !== DependencyCondition.STARTED) conditions[dep] = mapped;
    }
  }
  spec.dependsOn = dependsOn;
  if (Object.keys(conditions).length) spec.dependencyConditions = conditions;
}
