// A service: its own small fields, and the parts (environment, ports, mounts…) mapped by their files.
import { Segment } from '../app-spec-file';
import { WorkloadSpec } from '../workload-spec';
import { mapCommands } from './command';
import { Context, Dict, Mutable, onlyKeys, ProjectFacts, unknownField } from './context';
import { mapResources, replicaCount } from './deploy';
import { mapEnvironment } from './environment';
import { extraHosts, logging, ulimits } from './hardening';
import { mapDependencies, mapHealthCheck, mapRestart } from './health-restart';
import { COMPOSE_SERVICE_FIELDS, COMPOSE_UNSUPPORTED_SERVICE_FIELDS } from './mapping';
import { mapMounts } from './mounts';
import { mapPorts } from './ports';
import { dropUndefined, isDict, stringMap, values, wholeMiB, wholeSeconds } from './values';

export function mapService(ctx: Context, name: string, body: Dict, facts: ProjectFacts): WorkloadSpec {
  const base: Segment[] = ['services', name];
  const at = (...rest: Segment[]) => [...base, ...rest];
  const v = values(ctx);
  const spec: Mutable<WorkloadSpec> = { name };
  for (const key of Object.keys(body)) {
    if (key.startsWith('x-') || COMPOSE_SERVICE_FIELDS[key]) continue;
    if (COMPOSE_UNSUPPORTED_SERVICE_FIELDS[key]) ctx.unsupported(at(key), COMPOSE_UNSUPPORTED_SERVICE_FIELDS[key]);
    else unknownField(ctx, at(key), 'of a Compose service', [...Object.keys(COMPOSE_SERVICE_FIELDS), ...Object.keys(COMPOSE_UNSUPPORTED_SERVICE_FIELDS)]);
  }

  if (body.image !== undefined) spec.image = v.str(at('image'), body.image);
  else if (body.build === undefined) ctx.report(base, 'has no image; give the image the service runs');
  mapCommands(ctx, at, body, spec);

  const replicas = replicaCount(ctx, at, body);
  if (replicas !== undefined) spec.replicas = replicas;
  mapEnvironment(ctx, at, body, spec, facts.declared);
  mapPorts(ctx, at, body, spec);
  mapMounts(ctx, at, body, spec, facts, replicas ?? 1);
  mapResources(ctx, at, body, spec);
  mapHealthCheck(ctx, at, body, spec);
  mapRestart(ctx, at, body, spec);
  mapDependencies(ctx, at, body, spec, facts);
  if (facts.job) spec.job = {};

  if (body.labels !== undefined) spec.labels = stringMap(ctx, v.pairs(at('labels'), body.labels));
  if (body.user !== undefined) spec.user = v.text(at('user'), body.user);
  if (body.working_dir !== undefined) spec.workingDir = v.str(at('working_dir'), body.working_dir);
  if (body.networks !== undefined) {
    const networks = Array.isArray(body.networks) ? v.strings(at('networks'), body.networks) ?? [] : Object.keys(v.dict(at('networks'), body.networks) ?? {});
    networks.forEach((net, i) => {
      const where = Array.isArray(body.networks) ? at('networks', i) : at('networks', net);
      if (!facts.declared.networks.has(net)) ctx.report(where, `names the network ${JSON.stringify(net)}, which the file does not declare under networks:; declare it`);
      const settings = isDict(body.networks) ? (body.networks as Dict)[net] : undefined;
      if (isDict(settings)) onlyKeys(ctx, where, settings, [], (key) => `the network setting ${key} is not honoured (workloads are reached by their name)`);
    });
    spec.networks = networks;
  }
  for (const [key, field] of [['cap_add', 'capAdd'], ['cap_drop', 'capDrop']] as const) {
    if (body[key] !== undefined) spec[field] = v.strings(at(key), body[key]);
  }
  if (body.read_only !== undefined) spec.readOnlyRootFilesystem = v.bool(at('read_only'), body.read_only);
  if (body.sysctls !== undefined) spec.sysctls = stringMap(ctx, v.pairs(at('sysctls'), body.sysctls));
  if (body.ulimits !== undefined) spec.ulimits = ulimits(ctx, at('ulimits'), body.ulimits);
  if (body.shm_size !== undefined) spec.shmSizeMiB = wholeMiB(ctx, at('shm_size'), body.shm_size);
  if (body.init !== undefined) spec.init = v.bool(at('init'), body.init);
  if (body.stop_grace_period !== undefined) spec.stopGraceSeconds = wholeSeconds(ctx, at('stop_grace_period'), body.stop_grace_period);
  if (body.extra_hosts !== undefined) spec.extraHosts = extraHosts(ctx, at('extra_hosts'), body.extra_hosts);
  if (body.logging !== undefined) spec.logging = logging(ctx, at('logging'), body.logging);
  return dropUndefined(spec);
}
