// Issue 10 (container side): the container examples `web-and-db` and `microservices`, synthesized by
// the project's real `cdktf synth`, applied for real on the runtime lab's Docker engine (the lab
// stands in for `terraform apply` with kreuzwerker/docker; see ../shared/runtime-lab/README.md).
//
// The tests share one deployment and run in order: apply both stacks, check them, write data,
// apply again (containers re-created, volumes kept), read the data back, then crash containers and
// watch their restart policies. Containers, volumes, ports and endpoints are found in cdk.tf.json,
// never by hard-coded names; what to expect comes from the example specs they were synthesized from.
// Everything is torn down (volumes too) at the end; the lab's dockerd keeps running.
// About 2 minutes (two applies of ~35 s each: nginx's 30 s health interval), beside a VM boot;
// global-setup.ts synthesizes the examples and loads the stand-in images.
import { execFileSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as path from 'path';
import { applyDocker, ApplyReport, destroyDocker, dockerExec, dockerInspect, DockerContainerJson } from './lab';
import { exampleStack } from './stacks';
import { microserviceSpecs } from '../../examples/microservices/specs';
import { webAndDbSpecs } from '../../examples/web-and-db/specs';
import { WorkloadSpec } from '../../src';

const STACK_NAMES = ['web-and-db', 'microservices'] as const;
type StackName = typeof STACK_NAMES[number];
/** What the stacks were synthesized from: the expectations come from here, the generated config is under test. */
const SPECS: { [stack in StackName]: readonly WorkloadSpec[] } = { 'web-and-db': webAndDbSpecs, 'microservices': microserviceSpecs };

/** A random password with a space, quotes and a dollar sign: it must reach Postgres unchanged. */
const DB_PASSWORD = `pw ${crypto.randomBytes(6).toString('hex')} 'q' "d" $x`;
const VARS: { [stack in StackName]: { [name: string]: string } } = {
  'web-and-db': { db_password: DB_PASSWORD },
  'microservices': {},
};
// Apply the stacks' own port bindings: without this the lab rebinds 0.0.0.0 to 127.0.0.1, and a
// "not reachable from outside" check would test the lab instead of the generated config.
const APPLY_OPTIONS = { publishAllInterfaces: true };

// ------------------------------------------------------------------ what cdk.tf.json declares

interface DeclaredPort { readonly internal: number; readonly external?: number; readonly ip?: string }
interface DeclaredContainer {
  readonly resource: string;
  readonly name: string;
  readonly workload: string;
  readonly restart: string;
  readonly maxRetryCount: number;
  readonly hasHealthcheck: boolean;
  readonly ports: DeclaredPort[];
  readonly env: { [name: string]: string };
  /** volume name (resolved from the docker_volume resource) -> mount path */
  readonly volumes: Array<{ volume: string; containerPath: string }>;
  /** Docker network names (resolved from the docker_network resources), in the declared order. */
  readonly networks: string[];
  /** The docker_container resource as synthesized (for attributes compared one to one with the engine). */
  readonly tf: any;
}
interface Endpoint { readonly host: string; readonly port: number; readonly published: boolean; readonly url: string }
interface Stack {
  readonly name: StackName;
  readonly dir: string;
  readonly containers: DeclaredContainer[];
  readonly endpoints: { [workload: string]: { [port: string]: Endpoint } };
}

function readStack(name: StackName): Stack {
  const dir = exampleStack(name);
  const tf = JSON.parse(fs.readFileSync(path.join(dir, 'cdk.tf.json'), 'utf8'));
  const volumeNames: { [resource: string]: string } = {};
  for (const [k, v] of Object.entries<any>(tf.resource.docker_volume ?? {})) volumeNames[k] = v.name;
  const networkNames: { [resource: string]: string } = {};
  for (const [k, v] of Object.entries<any>(tf.resource.docker_network ?? {})) networkNames[k] = v.name;
  const containers = Object.entries<any>(tf.resource.docker_container ?? {}).map(([resource, c]): DeclaredContainer => ({
    resource,
    name: c.name,
    workload: (c.labels ?? []).find((l: any) => l.label === 'cdktf-workloads.workload')?.value,
    restart: c.restart ?? 'no',
    maxRetryCount: c.max_retry_count ?? 0,
    hasHealthcheck: c.healthcheck !== undefined,
    ports: c.ports ?? [],
    env: Object.fromEntries((c.env ?? []).map((e: string) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)])),
    volumes: (c.volumes ?? []).filter((v: any) => v.volume_name).map((v: any) => ({
      volume: volumeNames[/^\$\{docker_volume\.([^.]+)\.name\}$/.exec(v.volume_name)![1]],
      containerPath: v.container_path,
    })),
    networks: (c.networks_advanced ?? []).map((n: any) => networkNames[/^\$\{docker_network\.([^.]+)\.name\}$/.exec(n.name)![1]]),
    tf: c,
  }));
  const endpoints: Stack['endpoints'] = {};
  for (const [k, o] of Object.entries<any>(tf.output ?? {})) {
    if (k.startsWith('endpoints_')) endpoints[k.slice('endpoints_'.length)] = o.value;
  }
  return { name, dir, containers, endpoints };
}

/** Every host port the specs publish, the address it must be bound to, and the container that publishes it. */
function expectedPublished(): Array<{ stack: StackName; workload: string; container: DeclaredContainer; port: DeclaredPort; bind: string }> {
  return STACK_NAMES.flatMap(n => SPECS[n].flatMap(spec => (spec.ports ?? []).filter(p => p.hostPort !== undefined).flatMap(p =>
    stacks[n].containers.filter(c => c.workload === spec.name).map(c => ({
      stack: n, workload: spec.name, container: c,
      port: c.ports.find(x => x.external === p.hostPort) ?? { internal: p.containerPort },
      bind: p.bindAddress ?? (p.public ? '0.0.0.0' : '127.0.0.1'),
    })))));
}

function specOf(stack: StackName, c: DeclaredContainer): WorkloadSpec {
  const spec = SPECS[stack].find(s => s.name === c.workload);
  if (!spec) throw new Error(`${stack}: container ${c.name} has no spec (workload label ${c.workload})`);
  return spec;
}

/** The one container of a single-replica workload. */
function only(stack: Stack, workload: string): DeclaredContainer {
  const cs = stack.containers.filter(c => c.workload === workload);
  if (cs.length !== 1) throw new Error(`${stack.name}: expected one container of workload ${workload}, found ${cs.length}`);
  return cs[0];
}

// ------------------------------------------------------------------ probes from this machine

/** 'connected', or the socket error code (ECONNREFUSED, ETIMEDOUT, ...). */
function tcpConnect(host: string, port: number, timeoutMs = 3000): Promise<string> {
  return new Promise(resolve => {
    const s = net.createConnection({ host, port });
    const done = (r: string) => { s.destroy(); resolve(r); };
    s.setTimeout(timeoutMs, () => done('ETIMEDOUT'));
    s.once('connect', () => done('connected'));
    s.once('error', (e: NodeJS.ErrnoException) => done(e.code ?? e.message));
  });
}

/** HTTP status of GET / , or the error code. */
function httpGet(host: string, port: number, timeoutMs = 5000): Promise<number | string> {
  return new Promise(resolve => {
    const req = http.get({ host, port, path: '/', timeout: timeoutMs }, res => { res.resume(); resolve(res.statusCode ?? 'no status'); });
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
    req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
  });
}

/** This machine's addresses other than loopback (global scope, IPv4 and IPv6), from `ip -j addr`. */
function otherAddresses(): Array<{ dev: string; address: string; family: 4 | 6 }> {
  const links = JSON.parse(execFileSync('ip', ['-j', 'addr'], { encoding: 'utf8' }));
  return links
    .filter((l: any) => !(l.flags ?? []).includes('LOOPBACK'))
    .flatMap((l: any) => (l.addr_info ?? [])
      .filter((a: any) => a.scope === 'global')
      .map((a: any) => ({ dev: l.ifname, address: a.local, family: a.family === 'inet6' ? 6 : 4 })));
}

// ------------------------------------------------------------------ inside the containers

function inspect(name: string): DockerContainerJson {
  const i = dockerInspect(name);
  if (!i) throw new Error(`no container ${name} on the lab's engine`);
  return i;
}

/** psql in the db container over TCP (so pg_hba's scram-sha-256 applies), never prompting. */
function psql(db: DeclaredContainer, host: string, password: string | undefined, sql: string) {
  return dockerExec(db.name, ['psql', '-X', '-w', '-At', '-v', 'ON_ERROR_STOP=1', '-h', host, '-p', '5432',
    '-U', db.env.POSTGRES_USER, '-d', db.env.POSTGRES_DB, '-c', sql], password === undefined ? {} : { PGPASSWORD: password });
}

/** redis-cli in the cache container; -e: an error reply is a non-zero exit. */
function redis(cache: DeclaredContainer, ...args: string[]) {
  return dockerExec(cache.name, ['redis-cli', '-e', ...args]);
}

/** Whether `from` resolves `name` (glibc's resolver, so Docker's embedded DNS): its addresses, or [] when it cannot. */
function resolves(from: DeclaredContainer, name: string): string[] {
  const r = dockerExec(from.name, ['getent', 'hosts', name]);
  return r.exit === 0 ? r.stdout.trim().split('\n').map(l => l.split(/\s+/)[0]).sort() : [];
}

/** A TCP connect from inside `from` (bash's /dev/tcp, 3 s at most): 0 connected, else the exit status (124: timed out). */
function connectsFrom(from: DeclaredContainer, host: string, port: number): number {
  return dockerExec(from.name, ['timeout', '3', 'bash', '-c', 'exec 3<>"/dev/tcp/$0/$1"', host, String(port)]).exit;
}

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

/** Polls `docker inspect` until `ready` holds (returns that state) or the deadline passes (returns the last). */
async function waitFor(name: string, seconds: number, ready: (i: DockerContainerJson) => boolean): Promise<DockerContainerJson> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const i = inspect(name);
    if (ready(i) || Date.now() > deadline) return i;
    await sleep(250);
  }
}

/**
 * Kills the container's main process with SIGKILL from this machine, as a crash or the OOM killer
 * would. Neither `docker kill` (Docker marks the container as stopped by hand and never restarts it)
 * nor `kill -9 1` inside (the kernel ignores SIGKILL to a PID namespace's init from inside) do that.
 */
function crash(i: DockerContainerJson): void {
  expect({ status: i.State.Status, restarting: i.State.Restarting }).toEqual({ status: 'running', restarting: false });
  // the pid is the container's (its cgroup names the container id), not a recycled one
  expect(fs.readFileSync(`/proc/${i.State.Pid}/cgroup`, 'utf8')).toContain(i.Id);
  process.kill(i.State.Pid, 'SIGKILL');
}

function summary(i: DockerContainerJson) {
  return { status: i.State.Status, running: i.State.Running, restarts: i.RestartCount, health: i.State.Health?.Status };
}

// ------------------------------------------------------------------ the suite

const stacks = {} as { [name in StackName]: Stack };

describe("the container examples on the runtime lab's Docker engine", () => {
  const first = {} as { [name in StackName]: ApplyReport };
  const timings: string[] = [];
  const timed = async <T>(what: string, f: () => Promise<T> | T): Promise<T> => {
    const t0 = Date.now();
    try {
      return await f();
    } finally {
      timings.push(`${what}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
  };
  const bothStacks = <T>(f: (s: Stack) => Promise<T>) => Promise.all(STACK_NAMES.map(n => f(stacks[n])));

  beforeAll(async () => {
    for (const n of STACK_NAMES) stacks[n] = readStack(n);
    // a clean slate: nothing left from an earlier run, not even a volume initialized with another password
    await timed('destroy leftovers', () => bothStacks(s => destroyDocker(s.dir, { purgeVolumes: true })));
    const reports = await timed('first apply (both stacks in parallel)',
      () => bothStacks(s => applyDocker(s.dir, VARS[s.name], APPLY_OPTIONS)));
    STACK_NAMES.forEach((n, k) => (first[n] = reports[k]));
  }, 15 * 60 * 1000);

  afterAll(async () => {
    const declared = STACK_NAMES.filter(n => stacks[n]);
    const destroyed = await timed('destroy --purge-volumes', () => Promise.all(declared.map(n => destroyDocker(stacks[n].dir, { purgeVolumes: true }))));
    process.stdout.write(`container runtime suite timings:\n  ${timings.join('\n  ')}\n`);
    for (const d of destroyed) expect(d.volumes_kept_prevent_destroy).toEqual([]);
    for (const n of declared) for (const c of stacks[n].containers) expect(dockerInspect(c.name)).toBeUndefined();
  }, 5 * 60 * 1000);

  test('every container both stacks declare is running, has not restarted, and is healthy where its spec has a health check', () => {
    for (const n of STACK_NAMES) {
      const report = first[n];
      const declared = stacks[n].containers;
      // one container per replica of each spec, and nothing else
      expect(SPECS[n].map(s => [s.name, declared.filter(c => c.workload === s.name).length]))
        .toEqual(SPECS[n].map(s => [s.name, s.replicas ?? 1]));
      expect(declared.length).toBe(SPECS[n].reduce((sum, s) => sum + (s.replicas ?? 1), 0));
      expect(report.containers.map(c => c.name).sort()).toEqual(declared.map(c => c.name).sort());
      for (const c of declared) {
        const spec = SPECS[n].find(s => s.name === c.workload)!;
        const r = report.containers.find(x => x.name === c.name)!;
        expect({ stack: n, name: r.name, create_error: r.create_error, state: r.state, running: r.running,
          oom_killed: r.oom_killed, restart_count: r.restart_count, health: r.health ?? null, ok: r.ok }).toEqual(
          { stack: n, name: c.name, create_error: null, state: 'running', running: true,
            oom_killed: false, restart_count: 0, health: spec.healthCheck ? 'healthy' : null, ok: true });
      }
      expect({ stack: n, ok: report.ok, failed: report.failed }).toEqual({ stack: n, ok: true, failed: [] });
    }
  });

  test('the lab applied every attribute of both stacks: no warnings and no notes', () => {
    for (const n of STACK_NAMES) {
      expect({ stack: n, warnings: first[n].warnings, notes: first[n].notes }).toEqual({ stack: n, warnings: [], notes: [] });
    }
  });

  test('every port the specs publish answers HTTP 200 on 127.0.0.1, in the lab report and from this test', async () => {
    const published = expectedPublished();
    expect(published.length).toBe(2); // web's 8080, gateway's 8000
    for (const p of published) {
      const where = { stack: p.stack, container: p.container.name, port: p.port.external };
      expect(where.port).toBeDefined();
      const reported = first[p.stack].containers.find(c => c.name === p.container.name)!.published!.find(x => x.port === p.port.external)!;
      expect({ ...where, answers: reported.answers, status: reported.http_status }).toEqual({ ...where, answers: true, status: 200 });
      expect({ ...where, status: await httpGet('127.0.0.1', p.port.external!) }).toEqual({ ...where, status: 200 });
    }
  });

  test("a port published without `public` is refused on this machine's other addresses; the gateway's, declared public, answers there", async () => {
    const addresses = otherAddresses();
    // here: eth0 (192.0.2.2, fd00::2) and the Docker bridges' gateways (172.x.0.1)
    expect(addresses.length).toBeGreaterThan(0);
    const published = expectedPublished();
    expect(published.map(p => [p.workload, p.bind]).sort()).toEqual([['gateway', '0.0.0.0'], ['web', '127.0.0.1']]);
    for (const p of published) {
      // the generated binding is the one the spec asks for ...
      expect({ container: p.container.name, ip: p.port.ip }).toEqual({ container: p.container.name, ip: p.bind });
      // ... and the engine honours it
      for (const a of addresses) {
        const where = { container: p.container.name, bind: p.bind, address: a.address, dev: a.dev, port: p.port.external! };
        if (p.bind === '127.0.0.1') {
          expect({ ...where, result: await tcpConnect(a.address, p.port.external!) }).toEqual({ ...where, result: 'ECONNREFUSED' });
        } else if (a.family === 4) {
          // 0.0.0.0 is every IPv4 address: the positive control for the refusal above (same machine, same method)
          expect({ ...where, status: await httpGet(a.address, p.port.external!) }).toEqual({ ...where, status: 200 });
        }
      }
    }
  });

  test('workloads reach each other by name on their stack network, at the endpoints the stack outputs', () => {
    const ms = stacks.microservices;
    const gateway = only(ms, 'gateway');
    for (const workload of ['users', 'orders']) {
      const e = ms.endpoints[workload].http;
      expect(e.published).toBe(false);
      const r = dockerExec(gateway.name, ['wget', '-q', '-T', '5', '-O', '-', e.url]);
      expect({ url: e.url, exit: r.exit, body: r.stdout.trim() }).toEqual({ url: e.url, exit: 0, body: workload });
    }
  });

  test('networks isolate (issue 12): microservices\' workloads reach each other by name and address only where they share a network', () => {
    const ms = stacks.microservices;
    const specNetworks = (w: string) => (microserviceSpecs.find(s => s.name === w)!.networks ?? ['default']).map(n => `${ms.name}_${n}`).sort();
    const probes = ['gateway', 'orders', 'cache'].map(w => only(ms, w)).concat(ms.containers.filter(c => c.workload === 'users')[0]);
    // the stack declares the spec's networks, and the engine attached each container to exactly those
    const attached: { [container: string]: { [network: string]: string } } = {};
    for (const c of ms.containers) {
      expect({ c: c.name, declared: [...c.networks].sort() }).toEqual({ c: c.name, declared: specNetworks(c.workload) });
      const nets = inspect(c.name).NetworkSettings.Networks;
      expect({ c: c.name, engine: Object.keys(nets).sort() }).toEqual({ c: c.name, engine: specNetworks(c.workload) });
      for (const n of Object.keys(nets)) expect(nets[n].Aliases).toEqual(expect.arrayContaining([c.workload]));
      attached[c.name] = Object.fromEntries(Object.entries(nets).map(([n, e]) => [n, e.IPAddress]));
    }
    expect(specNetworks('orders')).toEqual(['microservices_data', 'microservices_edge']); // the example's shape, as the brief says
    const port = (c: DeclaredContainer) => specOf(ms.name, c).ports![0].containerPort; // cdk.tf.json lists published ports only
    const matrix: string[] = [];
    for (const from of probes) {
      for (const to of probes) {
        if (from === to || from.workload === to.workload) continue;
        const shared = from.networks.some(n => to.networks.includes(n));
        // by name: the alias resolves, to the target's addresses on the shared networks only
        const byName = resolves(from, to.workload);
        // (every replica of the workload: users' name resolves to both)
        const expectedAddresses = ms.containers.filter(x => x.workload === to.workload)
          .flatMap(x => Object.entries(attached[x.name]).filter(([n]) => from.networks.includes(n)).map(([, ip]) => ip)).sort();
        expect({ from: from.workload, to: to.workload, resolves: byName }).toEqual({ from: from.workload, to: to.workload, resolves: shared ? expectedAddresses : [] });
        // by address: each of the target's addresses answers only on a network the two share
        for (const [network, ip] of Object.entries(attached[to.name])) {
          const exit = connectsFrom(from, ip, port(to));
          const reachable = from.networks.includes(network);
          matrix.push(`${from.workload} -> ${to.workload} ${ip}:${port(to)} (${network}): exit ${exit}`);
          expect({ from: from.workload, to: to.workload, network, connected: exit === 0 }).toEqual({ from: from.workload, to: to.workload, network, connected: reachable });
        }
      }
    }
    process.stdout.write(`network isolation probes:\n  ${matrix.join('\n  ')}\n`);
    // the brief's cases, spelled out: gateway cannot reach cache, orders reaches both
    expect(resolves(only(ms, 'gateway'), 'cache')).toEqual([]);
    expect(connectsFrom(only(ms, 'orders'), 'cache', 6379)).toBe(0);
    expect(connectsFrom(only(ms, 'orders'), 'gateway', 80)).toBe(0);
  }, 5 * 60 * 1000);

  test('hardening defaults (issue 12) as the engine runs them: log rotation, /dev/shm, stop timeout, no init, writable root, no-new-privileges', () => {
    for (const n of STACK_NAMES) {
      for (const c of stacks[n].containers) {
        const spec = specOf(n, c);
        const i = inspect(c.name);
        // what the stack declares is what the engine holds (the attributes the provider reads back into state) ...
        const declared = { log: { Type: c.tf.log_driver, Config: c.tf.log_opts }, shm: c.tf.shm_size * 1024 * 1024, init: c.tf.init,
          readOnly: c.tf.read_only, securityOpt: c.tf.security_opts, stopTimeout: c.tf.stop_timeout };
        expect({ c: c.name, log: i.HostConfig.LogConfig, shm: i.HostConfig.ShmSize, init: i.HostConfig.Init, readOnly: i.HostConfig.ReadonlyRootfs,
          securityOpt: i.HostConfig.SecurityOpt, stopTimeout: i.Config.StopTimeout }).toEqual({ c: c.name, ...declared });
        // ... and it is the documented default where the spec says nothing (none of the examples does)
        expect(spec.logging ?? spec.shmSizeMiB ?? spec.init ?? spec.readOnlyRootFilesystem ?? spec.stopGraceSeconds).toBeUndefined();
        expect({ c: c.name, ...declared }).toEqual({ c: c.name, log: { Type: 'json-file', Config: { 'max-size': '10m', 'max-file': '3' } },
          shm: 64 * 1024 * 1024, init: false, readOnly: false, securityOpt: ['no-new-privileges=true'], stopTimeout: 10 });
        // no-new-privileges reaches the kernel: the running process carries the flag
        const status = dockerExec(c.name, ['cat', '/proc/1/status']);
        expect({ c: c.name, exit: status.exit, noNewPrivs: /^NoNewPrivs:\s*(\d)$/m.exec(status.stdout)?.[1] }).toEqual({ c: c.name, exit: 0, noNewPrivs: '1' });
      }
    }
  });

  test('db accepts the password given as the db_password variable over TCP, and refuses a wrong or missing one', () => {
    const db = only(stacks['web-and-db'], 'db');
    expect(db.env.POSTGRES_PASSWORD).toBe('${var.db_password}');
    const byName = stacks['web-and-db'].endpoints.db.postgres.host; // 'db': the container's address on the stack network
    for (const host of ['127.0.0.1', byName]) {
      const good = psql(db, host, DB_PASSWORD, 'select current_user');
      expect({ host, exit: good.exit, out: good.stdout.trim(), err: good.stderr }).toEqual({ host, exit: 0, out: db.env.POSTGRES_USER, err: '' });
      const wrong = psql(db, host, `${DB_PASSWORD}x`, 'select 1');
      expect({ host, exit: wrong.exit }).toEqual({ host, exit: 2 });
      expect(wrong.stderr).toContain(`password authentication failed for user "${db.env.POSTGRES_USER}"`);
      const none = psql(db, host, undefined, 'select 1');
      expect({ host, exit: none.exit }).toEqual({ host, exit: 2 });
      expect(none.stderr).toContain('no password supplied');
    }
  });

  test("a row in db's volume and a key in cache's volume survive a second apply that re-creates both containers", async () => {
    const db = only(stacks['web-and-db'], 'db');
    const cache = only(stacks.microservices, 'cache');
    expect(db.volumes.length).toBe(1);
    expect(cache.volumes.length).toBe(1);
    const token = `written before re-creation ${Date.now()} ${crypto.randomBytes(4).toString('hex')}`;

    const w1 = psql(db, '127.0.0.1', DB_PASSWORD, `create table if not exists proof (token text); insert into proof values ('${token}')`);
    expect({ exit: w1.exit, err: w1.stderr }).toEqual({ exit: 0, err: '' });
    const w2 = redis(cache, 'SET', 'proof', token);
    expect({ exit: w2.exit, out: w2.stdout.trim() }).toEqual({ exit: 0, out: 'OK' });
    const before = { db: inspect(db.name).Id, cache: inspect(cache.name).Id };

    const [again1, again2] = await timed('second apply (both stacks in parallel)',
      () => bothStacks(s => applyDocker(s.dir, VARS[s.name], APPLY_OPTIONS)));
    for (const r of [again1, again2]) {
      expect({ stack: r.stack, ok: r.ok, failed: r.failed, warnings: r.warnings }).toEqual({ stack: r.stack, ok: true, failed: [], warnings: [] });
      // the first apply created the volumes; this one found them
      expect(r.volumes.map(v => ({ name: v.name, existed: v.existed }))).toEqual(r.volumes.map(v => ({ name: v.name, existed: true })));
    }
    expect(first['web-and-db'].volumes).toEqual([expect.objectContaining({ name: db.volumes[0].volume, existed: false })]);
    // really new containers, with the declared volumes mounted
    for (const [c, id] of [[db, before.db], [cache, before.cache]] as const) {
      const i = inspect(c.name);
      expect(i.Id).not.toBe(id);
      expect(i.Mounts).toEqual([expect.objectContaining({ Type: 'volume', Name: c.volumes[0].volume, Destination: c.volumes[0].containerPath })]);
    }

    const r1 = psql(db, '127.0.0.1', DB_PASSWORD, 'select token from proof');
    expect({ exit: r1.exit, rows: r1.stdout.trim().split('\n') }).toEqual({ exit: 0, rows: [token] });
    const r2 = redis(cache, 'GET', 'proof');
    expect({ exit: r2.exit, value: r2.stdout.trim() }).toEqual({ exit: 0, value: token });
  }, 10 * 60 * 1000);

  test('a crashed main process is restarted by the restart policy and becomes healthy again: db (unless-stopped) and cache (on-failure)', async () => {
    const db = only(stacks['web-and-db'], 'db');
    const cache = only(stacks.microservices, 'cache');
    // the specs: db unless-stopped, cache the documented default (on-failure, at most 5 times)
    expect([db.restart, cache.restart]).toEqual([specOf('web-and-db', db).restart?.policy ?? 'on-failure',
      specOf('microservices', cache).restart?.policy ?? 'on-failure']);
    expect([db.restart, cache.restart]).toEqual(['unless-stopped', 'on-failure']);
    const before = [inspect(db.name), inspect(cache.name)];
    for (const [c, i] of [[db, before[0]], [cache, before[1]]] as const) {
      // the engine runs the policy the stack declares
      expect(i.HostConfig.RestartPolicy).toEqual({ Name: c.restart, MaximumRetryCount: c.maxRetryCount });
      expect(summary(i)).toEqual({ status: 'running', running: true, restarts: 0, health: 'healthy' });
    }
    before.forEach(crash);
    const after = await timed('crash -> healthy again (db and cache)', () => Promise.all(before.map(i => waitFor(i.Name.slice(1), 90,
      x => x.RestartCount === i.RestartCount + 1 && x.State.Status === 'running' && x.State.Health?.Status === 'healthy'))));
    for (const [i, a] of before.map((b, k) => [b, after[k]] as const)) {
      expect({ name: a.Name, ...summary(a) }).toEqual({ name: i.Name, status: 'running', running: true, restarts: 1, health: 'healthy' });
      expect(a.Id).toBe(i.Id); // the same container, restarted by the engine (not re-created)
      expect(a.State.Pid).not.toBe(i.State.Pid);
    }
    // and they serve again, with their data
    const q = psql(db, '127.0.0.1', DB_PASSWORD, 'select count(*) from proof');
    expect({ exit: q.exit, out: q.stdout.trim() }).toEqual({ exit: 0, out: '1' });
    const p = redis(cache, 'PING');
    expect({ exit: p.exit, out: p.stdout.trim() }).toEqual({ exit: 0, out: 'PONG' });
  }, 5 * 60 * 1000);

  test('an on-failure workload is restarted at most max_retry_count times, then stays down', async () => {
    // the first container whose spec has no health check and the default policy: it restarts fastest (here users-1)
    const [, c] = STACK_NAMES.flatMap(m => stacks[m].containers.map(x => [m, x] as const))
      .find(([m, x]) => !specOf(m, x).healthCheck && !specOf(m, x).restart)!;
    expect({ name: c.name, restart: c.restart, max: c.maxRetryCount }).toEqual({ name: c.name, restart: 'on-failure', max: 5 }); // the documented default
    for (let k = 0; k < c.maxRetryCount; k++) {
      const up = await waitFor(c.name, 30, i => i.State.Status === 'running' && i.RestartCount === k);
      expect({ k, ...summary(up) }).toEqual({ k, status: 'running', running: true, restarts: k, health: undefined });
      crash(up);
    }
    const last = await waitFor(c.name, 30, i => i.State.Status === 'running' && i.RestartCount === c.maxRetryCount);
    expect(summary(last)).toEqual({ status: 'running', running: true, restarts: c.maxRetryCount, health: undefined });
    crash(last);
    // Docker decides at exit: `restarting` (Running stays true during the back-off) or `exited` (policy used up)
    const down = await waitFor(c.name, 30, i => i.State.Status !== 'running');
    await sleep(5000); // longer than the engine's next back-off (100 ms doubling: 3.2 s after 5 restarts)
    const later = inspect(c.name);
    for (const i of [down, later]) {
      expect({ ...summary(i), restarting: i.State.Restarting, exit: i.State.ExitCode })
        .toEqual({ status: 'exited', running: false, restarts: c.maxRetryCount, health: undefined, restarting: false, exit: 137 });
    }
  }, 5 * 60 * 1000);
});
