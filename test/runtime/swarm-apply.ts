// A stand-in for `terraform apply` of a stack's swarm resources (docker_network, docker_secret,
// docker_config, docker_service of kreuzwerker/docker 3.6.2) on the runtime lab's engine, through
// the Engine API. The lab applies docker_container stacks but not these. Like the lab, it reads
// only what the stack says: Terraform itself evaluates every expression (terraform console, with
// the variables given), references to the resources it created are filled in, and an attribute it
// does not translate is an error, never dropped. The mapping to the API is the provider's (its
// resource_docker_service_structures.go): a service's `command` is the container's entrypoint and
// `args` its command, durations become nanoseconds, file modes are numbers, extra hosts "ip host".
// What it does not stand in for: the provider's own code (only its mapping is reproduced here),
// plan and state (kept as a small map of what was created), and a remote manager (the stack's
// provider host is the lab's engine, as for `lab apply-docker`).
import * as http from 'http';
import * as fs from 'fs';
import * as path from 'path';
import { lab } from './lab';
import { evaluateTemplates } from '../terraform-eval';

/** What was created, by resource address (`docker_service.x`): Terraform's state, as far as the tests need it. */
export interface SwarmState {
  readonly [address: string]: { readonly id: string; readonly name: string };
}

/** The result of one apply: the new state, and the error a real apply would have ended with. */
export interface SwarmApplyResult {
  readonly state: SwarmState;
  readonly error?: string;
  readonly seconds: number;
}

/** The lab engine's socket, from `lab status`. */
export function labSocket(): string {
  const status = JSON.parse(lab(['status'], 60).stdout);
  const host = String(status.docker_host);
  if (!host.startsWith('unix://')) throw new Error(`lab status: docker_host ${host} is not a unix socket`);
  return host.slice('unix://'.length);
}

/** One Engine API call (API 1.41, the lab engine's); a status of 400 or more throws with the engine's message. */
export function engine(method: string, url: string, body?: unknown): Promise<any> {
  const socketPath = engineSocket ??= labSocket();
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const req = http.request({ socketPath, method, path: `/v1.41${url}`, headers: data ? { 'Content-Type': 'application/json', 'Content-Length': data.length } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        if ((res.statusCode ?? 500) >= 400) reject(new Error(`${method} ${url}: ${res.statusCode} ${text.trim()}`));
        else resolve(text ? JSON.parse(text) : undefined);
      });
    });
    req.on('error', reject);
    req.end(data);
  });
}
let engineSocket: string | undefined;

// ------------------------------------------------------------------------- reading the stack

/** A string Terraform evaluates, filled in once it has. */
class Evaluated {
  public v = '';
}

const REFERENCE = /^\$\{(docker_(?:network|secret|config|service))\.([A-Za-z0-9_-]+)\.(id|name)\}$/;

/**
 * The stack's swarm resources with every string resolved: a whole-string reference to a resource
 * from `state`, anything else holding "${" or "%{" evaluated by Terraform (escapes undone,
 * functions run, `vars` set), the rest as it is.
 */
function resolveStrings(value: any, state: SwarmState, templates: string[], slots: Evaluated[]): any {
  if (typeof value === 'string') {
    const ref = REFERENCE.exec(value);
    if (ref) {
      const created = state[`${ref[1]}.${ref[2]}`];
      if (!created) throw new Error(`stand-in: ${value} refers to a resource not created yet`);
      return created[ref[3] as 'id' | 'name'];
    }
    if (/[$%]\{/.test(value)) {
      const slot = new Evaluated();
      templates.push(value);
      slots.push(slot);
      return slot;
    }
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => resolveStrings(v, state, templates, slots));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveStrings(v, state, templates, slots)]));
  return value;
}

function unwrap(value: any): any {
  if (Array.isArray(value)) return value.map(unwrap);
  if (value instanceof Evaluated) return value.v;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unwrap(v)]));
  return value;
}

/** One resource with its strings resolved (Terraform evaluates what needs evaluating, all at once). */
function resolved(resource: any, state: SwarmState, vars: { [name: string]: string }): any {
  const templates: string[] = [];
  const slots: Evaluated[] = [];
  const out = resolveStrings(resource, state, templates, slots);
  if (templates.length) evaluateTemplates(templates, vars).forEach((v, i) => (slots[i].v = v));
  return unwrap(out);
}

/** Keys of `block` that the stand-in does not translate: an error, never dropped. */
function only(where: string, block: any, known: string[]): any {
  const unknown = Object.keys(block ?? {}).filter((k) => !known.includes(k) && k !== '//');
  if (unknown.length) throw new Error(`stand-in does not translate ${where}.${unknown.join(', ')}`);
  return block ?? {};
}

/** A Go duration ("5s", "1m30s", "500ms") in nanoseconds. */
export function nanoseconds(text: string): number {
  const units: { [u: string]: number } = { ns: 1, us: 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };
  const parts = [...text.matchAll(/(\d+)(ns|us|ms|s|m|h)/g)];
  if (!parts.length || parts.map((p) => p[0]).join('') !== text) throw new Error(`stand-in: ${JSON.stringify(text)} is not a Go duration`);
  return parts.reduce((a, p) => a + Number(p[1]) * units[p[2]], 0);
}

const labelMap = (labels: any[] | undefined) => (labels ? Object.fromEntries(labels.map((l) => [l.label, l.value])) : undefined);

/** docker_service → the Engine API's ServiceSpec, as the provider maps it. */
export function serviceSpec(address: string, r: any): any {
  only(address, r, ['name', 'provider', 'labels', 'mode', 'task_spec', 'update_config', 'rollback_config', 'endpoint_spec', 'converge_config', 'depends_on', 'lifecycle']);
  const ts = only(`${address}.task_spec`, r.task_spec, ['container_spec', 'resources', 'restart_policy', 'placement', 'networks_advanced', 'log_driver']);
  const c = only(`${address}.task_spec.container_spec`, ts.container_spec,
    ['image', 'labels', 'command', 'args', 'hostname', 'env', 'dir', 'user', 'read_only', 'mounts', 'stop_grace_period', 'healthcheck', 'hosts', 'secrets', 'configs', 'sysctl', 'cap_add', 'cap_drop']);
  const health = c.healthcheck && only(`${address}.container_spec.healthcheck`, c.healthcheck, ['test', 'interval', 'timeout', 'retries', 'start_period']);
  const mounts = (c.mounts ?? []).map((m: any, i: number) => {
    only(`${address}.container_spec.mounts[${i}]`, m, ['type', 'source', 'target', 'read_only', 'volume_options', 'tmpfs_options']);
    const vo = m.volume_options && only(`${address}.container_spec.mounts[${i}].volume_options`, m.volume_options, ['driver_name', 'labels']);
    const to = m.tmpfs_options && only(`${address}.container_spec.mounts[${i}].tmpfs_options`, m.tmpfs_options, ['size_bytes', 'mode']);
    return {
      Type: m.type, Source: m.source ?? '', Target: m.target, ReadOnly: m.read_only ?? false,
      VolumeOptions: vo && { Labels: labelMap(vo.labels), DriverConfig: vo.driver_name ? { Name: vo.driver_name } : undefined },
      TmpfsOptions: to && { SizeBytes: to.size_bytes, Mode: to.mode },
    };
  });
  // The provider's schema defaults for a file reference: uid and gid "0", mode 0o444.
  const fileRef = (where: string, f: any, idKey: string, nameKey: string) => {
    only(where, f, [idKey, nameKey, 'file_name', 'file_mode', 'file_uid', 'file_gid']);
    return { File: { Name: f.file_name, UID: f.file_uid ?? '0', GID: f.file_gid ?? '0', Mode: f.file_mode ?? 0o444 } };
  };
  const res = only(`${address}.task_spec.resources`, ts.resources, ['limits', 'reservation']);
  const limits = res.limits && only(`${address}.resources.limits`, res.limits, ['memory_bytes', 'nano_cpus']);
  const reservation = res.reservation && only(`${address}.resources.reservation`, res.reservation, ['memory_bytes', 'nano_cpus']);
  const rp = ts.restart_policy && only(`${address}.restart_policy`, ts.restart_policy, ['condition', 'delay', 'max_attempts']);
  const placement = ts.placement && only(`${address}.placement`, ts.placement, ['constraints']);
  const log = ts.log_driver && only(`${address}.log_driver`, ts.log_driver, ['name', 'options']);
  const mode = only(`${address}.mode`, r.mode, ['replicated']);
  const update = (where: string, u: any) => u && only(where, u, ['parallelism', 'delay', 'failure_action', 'monitor', 'order']) && {
    Parallelism: u.parallelism, Delay: nanoseconds(u.delay), FailureAction: u.failure_action, Monitor: nanoseconds(u.monitor), Order: u.order, MaxFailureRatio: 0,
  };
  const endpoint = only(`${address}.endpoint_spec`, r.endpoint_spec, ['mode', 'ports']);
  return {
    Name: r.name,
    Labels: labelMap(r.labels),
    TaskTemplate: {
      ContainerSpec: {
        Image: c.image,
        Labels: labelMap(c.labels),
        Command: c.command,
        Args: c.args,
        Hostname: c.hostname,
        Env: c.env ? Object.entries(c.env).map(([k, v]) => `${k}=${v}`) : undefined,
        Dir: c.dir,
        User: c.user,
        ReadOnly: c.read_only ?? false,
        Mounts: mounts.length ? mounts : undefined,
        StopGracePeriod: c.stop_grace_period ? nanoseconds(c.stop_grace_period) : undefined,
        Healthcheck: health && {
          Test: health.test, Interval: nanoseconds(health.interval), Timeout: nanoseconds(health.timeout),
          Retries: health.retries, StartPeriod: nanoseconds(health.start_period),
        },
        Hosts: c.hosts?.map((h: any) => `${h.ip} ${h.host}`),
        Secrets: c.secrets?.map((s: any, i: number) => ({ SecretID: s.secret_id, SecretName: s.secret_name, ...fileRef(`${address}.secrets[${i}]`, s, 'secret_id', 'secret_name') })),
        Configs: c.configs?.map((s: any, i: number) => ({ ConfigID: s.config_id, ConfigName: s.config_name, ...fileRef(`${address}.configs[${i}]`, s, 'config_id', 'config_name') })),
        Sysctls: c.sysctl,
        CapabilityAdd: c.cap_add,
        CapabilityDrop: c.cap_drop,
      },
      Resources: {
        Limits: limits && { MemoryBytes: limits.memory_bytes, NanoCPUs: limits.nano_cpus },
        Reservations: reservation && { MemoryBytes: reservation.memory_bytes, NanoCPUs: reservation.nano_cpus },
      },
      RestartPolicy: rp && { Condition: rp.condition, Delay: rp.delay ? nanoseconds(rp.delay) : undefined, MaxAttempts: rp.max_attempts },
      Placement: placement && { Constraints: placement.constraints },
      Networks: (ts.networks_advanced ?? []).map((n: any, i: number) => {
        only(`${address}.networks_advanced[${i}]`, n, ['name', 'aliases']);
        return { Target: n.name, Aliases: n.aliases };
      }),
      LogDriver: log && { Name: log.name, Options: log.options },
    },
    Mode: { Replicated: { Replicas: only(`${address}.mode.replicated`, mode.replicated, ['replicas']).replicas } },
    UpdateConfig: update(`${address}.update_config`, r.update_config),
    RollbackConfig: update(`${address}.rollback_config`, r.rollback_config),
    EndpointSpec: {
      Mode: endpoint.mode,
      Ports: (endpoint.ports ?? []).map((p: any, i: number) => {
        only(`${address}.endpoint_spec.ports[${i}]`, p, ['name', 'protocol', 'target_port', 'published_port', 'publish_mode']);
        return { Name: p.name, Protocol: p.protocol, TargetPort: p.target_port, PublishedPort: p.published_port, PublishMode: p.publish_mode };
      }),
    },
  };
}

// --------------------------------------------------------------------------------- applying

/** Resource addresses in an order that creates what a resource needs first (depends_on and references). */
function order(json: any, type: string): string[] {
  const all = Object.keys(json.resource?.[type] ?? {}).map((id) => `${type}.${id}`);
  const needs = (address: string) => {
    const r = json.resource[type][address.split('.')[1]];
    const text = JSON.stringify(r);
    return all.filter((other) => other !== address && (text.includes(`\${${other}.`) || (r.depends_on ?? []).includes(other)));
  };
  const done: string[] = [];
  const visit = (a: string, seen: string[]) => {
    if (done.includes(a)) return;
    if (seen.includes(a)) throw new Error(`stand-in: a cycle through ${a}`);
    needs(a).forEach((n) => visit(n, [...seen, a]));
    done.push(a);
  };
  all.sort().forEach((a) => visit(a, []));
  return done;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The running tasks of a service (desired state running, state running). */
export async function runningTasks(serviceId: string): Promise<any[]> {
  const filters = encodeURIComponent(JSON.stringify({ service: [serviceId], 'desired-state': ['running'] }));
  return ((await engine('GET', `/tasks?filters=${filters}`)) as any[]).filter((t) => t.Status.State === 'running');
}

/**
 * converge_config: the provider waits until as many tasks run as the service has replicas (a task
 * with a health check runs once it is healthy), and after an update until the swarm calls the
 * update completed; a rollback or a paused update fails the apply with the swarm's message.
 */
async function converge(address: string, serviceId: string, r: any, updated: boolean): Promise<void> {
  const timeout = nanoseconds(r.converge_config.timeout) / 1e6;
  const end = Date.now() + timeout;
  // As the provider: the first look after `delay`, so an update's status is not the last one's.
  await sleep(nanoseconds(r.converge_config.delay) / 1e6);
  while (Date.now() < end) {
    const s = await engine('GET', `/services/${serviceId}`);
    const state = s.UpdateStatus?.State;
    if (updated && state === 'rollback_completed') throw new Error(`service rollback completed: ${s.UpdateStatus.Message}`);
    if (updated && (state === 'paused' || state === 'rollback_paused')) throw new Error(`service update ${state}: ${s.UpdateStatus.Message}`);
    const running = (await runningTasks(serviceId)).length;
    const done = !updated || state === undefined || state === 'completed';
    if (done && running === s.Spec.Mode.Replicated.Replicas) return;
    await sleep(1000);
  }
  throw new Error(`${address}: did not converge within ${r.converge_config.timeout}`);
}

/**
 * Applies the stack's swarm resources over `state` (a previous apply of any version of the stack):
 * networks and secrets and configs that exist by name are kept, new ones created; services are
 * created or updated in dependency order and waited for (converge_config). A secret or config that
 * the new stack names differently is created before the services move to it and removed after
 * (lifecycle create_before_destroy), as Terraform orders a replacement.
 */
export async function applySwarmStack(stackDir: string, vars: { [name: string]: string }, state: SwarmState = {}): Promise<SwarmApplyResult> {
  const t0 = Date.now();
  const json = JSON.parse(fs.readFileSync(path.join(stackDir, 'cdk.tf.json'), 'utf8'));
  const unknownTypes = Object.keys(json.resource ?? {}).filter((t) => !['docker_network', 'docker_secret', 'docker_config', 'docker_service'].includes(t));
  if (unknownTypes.length) throw new Error(`stand-in does not apply ${unknownTypes.join(', ')}`);
  const next: { [address: string]: { id: string; name: string } } = { ...state };
  const replaced: string[] = [];
  for (const type of ['docker_network', 'docker_secret', 'docker_config']) {
    for (const address of order(json, type)) {
      const r = resolved(json.resource[type][address.split('.')[1]], next, vars);
      if (type === 'docker_network') {
        only(address, r, ['name', 'provider', 'driver', 'attachable', 'options']);
        const found = (await engine('GET', `/networks?filters=${encodeURIComponent(JSON.stringify({ name: [r.name] }))}`) as any[]).find((n) => n.Name === r.name);
        const id = found?.Id ?? (await engine('POST', '/networks/create', { Name: r.name, Driver: r.driver, Attachable: r.attachable, Options: r.options, CheckDuplicate: true })).Id;
        next[address] = { id, name: r.name };
        continue;
      }
      only(address, r, ['name', 'provider', 'data', 'lifecycle']);
      if (!r.lifecycle?.create_before_destroy) throw new Error(`${address}: a swarm ${type} cannot change; without create_before_destroy its replacement would fail while a service uses it`);
      if (state[address]?.name === r.name) continue;
      if (state[address]) replaced.push(address);
      const kind = type === 'docker_secret' ? 'secrets' : 'configs';
      next[address] = { id: (await engine('POST', `/${kind}/create`, { Name: r.name, Data: r.data })).ID, name: r.name };
    }
  }
  let error: string | undefined;
  for (const address of order(json, 'docker_service')) {
    const r = resolved(json.resource.docker_service[address.split('.')[1]], next, vars);
    const spec = serviceSpec(address, r);
    const existing = (await engine('GET', `/services?filters=${encodeURIComponent(JSON.stringify({ name: [r.name] }))}`) as any[]).find((s) => s.Spec.Name === r.name);
    let id: string;
    if (existing) {
      await engine('POST', `/services/${existing.ID}/update?version=${existing.Version.Index}`, spec);
      id = existing.ID;
    } else {
      id = (await engine('POST', '/services/create', spec)).ID;
    }
    next[address] = { id, name: r.name };
    try {
      await converge(address, id, r, existing !== undefined);
    } catch (e) {
      error = `${address}: ${(e as Error).message}`;
      break; // Terraform stops at the first failed resource
    }
  }
  // The replaced secrets and configs go last, once no service uses them (create_before_destroy).
  if (!error) {
    for (const address of replaced) {
      const kind = address.startsWith('docker_secret') ? 'secrets' : 'configs';
      await engine('DELETE', `/${kind}/${state[address].id}`);
    }
  }
  return { state: next, error, seconds: (Date.now() - t0) / 1000 };
}

/** `terraform destroy`: services (waiting until their containers are gone), then secrets, configs and networks. */
export async function destroySwarmStack(state: SwarmState): Promise<void> {
  const of = (type: string) => Object.entries(state).filter(([a]) => a.startsWith(`${type}.`)).map(([, v]) => v);
  for (const s of of('docker_service')) await engine('DELETE', `/services/${s.id}`).catch(() => undefined);
  for (let i = 0; i < 60; i++) {
    const left = (await engine('GET', '/containers/json?all=1') as any[]).filter((c) => of('docker_service').some((s) => c.Labels?.['com.docker.swarm.service.id'] === s.id));
    if (!left.length) break;
    await sleep(1000);
  }
  for (const s of of('docker_secret')) await engine('DELETE', `/secrets/${s.id}`).catch(() => undefined);
  for (const s of of('docker_config')) await engine('DELETE', `/configs/${s.id}`).catch(() => undefined);
  for (const s of of('docker_network')) await engine('DELETE', `/networks/${s.id}`).catch(() => undefined);
}
