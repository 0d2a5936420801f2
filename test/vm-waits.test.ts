// Waits across VMs (dependencyConditions healthy/completed between VM workloads of one host): the
// dependency's guest answers a readiness query on the private network, the dependent's guest asks.
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Testing } from 'cdktf';
import { expectGuestChecksPass, guestConfig, hasCommand } from './guest-checks';
import { readExecLine } from './readback';
import { newStack, problems, resources, synth } from './util';
import { ComposeStack, COMPOSE_EXAMPLES } from '../examples/compose/stack';
import { DependencyCondition, VmSpec, VmWorkload, WorkloadSpec, WorkloadTarget } from '../src';
import { FIRST_BOOT_ALLOWANCE_SECONDS } from '../src/cloudinit/readiness';
import { healthWaitSeconds } from '../src/containers/health-probe';
import { resolveSpec } from '../src/model/defaults';

const guest: VmSpec = { adminUser: 'admin', sshAuthorizedKeys: ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAITestKey test@host'] };
const db: WorkloadSpec = {
  name: 'db', image: 'postgres:16.4', ports: [{ name: 'pg', containerPort: 5432 }],
  healthCheck: { command: ['pg_isready'], intervalSeconds: 5, timeoutSeconds: 3, retries: 4, startPeriodSeconds: 10 },
};
const migrate: WorkloadSpec = { name: 'migrate', image: 'app:1.0', command: ['app', 'migrate'], job: { timeoutSeconds: 600 }, dependsOn: ['db'], dependencyConditions: { db: DependencyCondition.HEALTHY } };
const web: WorkloadSpec = {
  name: 'web', image: 'app:1.0', ports: [{ name: 'http', containerPort: 80, hostPort: 8080 }],
  dependsOn: ['db', 'migrate'], dependencyConditions: { db: DependencyCondition.HEALTHY, migrate: DependencyCondition.COMPLETED },
};
const guestChecks = hasCommand('cloud-init') && hasCommand('systemd-analyze');

function vms(...specs: WorkloadSpec[]) {
  const stack = newStack();
  for (const spec of specs) new VmWorkload(stack, spec.name, { spec, vm: guest });
  return stack;
}
function configs(json: any): { [host: string]: any } {
  return Object.fromEntries(resources(json, 'libvirt_cloudinit_disk').map((d) => {
    const c = guestConfig(d.user_data);
    return [c.hostname, c];
  }));
}
function file(config: any, p: string): string | undefined {
  return config.write_files.find((f: any) => f.path === p)?.content;
}
const unit = (config: any, name: string) => file(config, `/etc/systemd/system/${name}`);
const execWords = (text: string, key: string) => [...text.matchAll(new RegExp(`^${key}=(.*)$`, 'gm'))].map((m) => readExecLine(m[1])[0].argv);

describe('the dependency answers, the dependent asks', () => {
  const json = synth(vms(db, migrate, web));
  const c = configs(json);

  test('a VM others wait for answers on the readiness socket, open only to the private network', () => {
    for (const name of ['db', 'migrate']) {
      expect(unit(c[name], 'cdktf-workloads-readiness.socket')).toContain(
        '[Socket]\nListenStream=9117\nAccept=yes\nMaxConnections=16\nIPAddressDeny=any\nIPAddressAllow=192.168.150.0/24\n');
      expect(unit(c[name], 'cdktf-workloads-readiness@.service')).toContain('ExecStart=/usr/local/lib/cdktf-workloads/readiness\nStandardInput=socket\nStandardOutput=socket\n');
      expect(c[name].runcmd.at(-1)).toMatch(/ cdktf-workloads-readiness\.socket$/);
    }
    // Nobody waits for web: no socket; and the port is never forwarded from the host.
    expect(unit(c.web, 'cdktf-workloads-readiness.socket')).toBeUndefined();
    for (const d of resources(json, 'libvirt_domain')) {
      for (const i of d.devices.interfaces) expect(JSON.stringify(i.port_forward ?? [])).not.toContain('9117');
    }
  });

  test('the dependent\'s unit requires a wait unit that asks each dependency by name, bounded by first boot plus its own bound', () => {
    const health = FIRST_BOOT_ALLOWANCE_SECONDS + healthWaitSeconds(resolveSpec(db).healthCheck!);
    const wait = unit(c.web, 'cdktf-wl-web-wait.service')!;
    expect(wait).toContain('Type=oneshot\nRemainAfterExit=yes\n');
    expect(execWords(wait, 'ExecStart')).toEqual([
      ['/usr/local/lib/cdktf-workloads/wait-ready', 'db', '9117', 'healthy', String(health)],
      ['/usr/local/lib/cdktf-workloads/wait-ready', 'migrate', '9117', 'completed', String(FIRST_BOOT_ALLOWANCE_SECONDS + 600)],
    ]);
    expect(wait).toContain(`TimeoutStartSec=${health + FIRST_BOOT_ALLOWANCE_SECONDS + 600 + 60}s\n`);
    const app = unit(c.web, 'cdktf-wl-web.service')!;
    expect(app).toMatch(/^Requires=docker\.service cdktf-wl-web-wait\.service$/m);
    expect(app).toMatch(/^After=.* cdktf-wl-web-wait\.service$/m);
    expect(execWords(unit(c.migrate, 'cdktf-wl-migrate-wait.service')!, 'ExecStart')).toEqual([['/usr/local/lib/cdktf-workloads/wait-ready', 'db', '9117', 'healthy', String(health)]]);
    expect(unit(c.db, 'cdktf-wl-db-wait.service')).toBeUndefined();
  });

  (guestChecks ? test : test.skip)('every guest passes cloud-init schema and systemd-analyze verify', () => {
    for (const d of resources(json, 'libvirt_cloudinit_disk')) expectGuestChecksPass(d.user_data);
  });

  test('a dependency with only "started" dependents answers nothing, so its guest is what it was', () => {
    const plain = configs(synth(vms(db, { ...web, dependsOn: ['db'], dependencyConditions: {} })));
    expect(unit(plain.db, 'cdktf-workloads-readiness.socket')).toBeUndefined();
    expect(unit(plain.web, 'cdktf-wl-web-wait.service')).toBeUndefined();
  });

  test('native services: the health probe marks the service healthy for the answer; the dependent\'s service requires its wait', () => {
    const ndb: WorkloadSpec = { name: 'db', native: { packages: ['postgresql'] }, command: ['/usr/bin/pg'], ports: [{ name: 'pg', containerPort: 5432 }], healthCheck: { tcp: { port: 'pg' } } };
    const napp: WorkloadSpec = { name: 'app', native: {}, command: ['/usr/bin/app'], dependsOn: ['db'], dependencyConditions: { db: DependencyCondition.HEALTHY } };
    const n = synth(vms(ndb, napp));
    const nc = configs(n);
    const probe = file(nc.db, '/usr/local/lib/cdktf-workloads/db-health')!;
    expect(probe).toContain('echo 0 > /run/cdktf-workloads/db.failures; touch /run/cdktf-workloads/db.healthy; exit 0;');
    expect(probe).toContain('rm -f /run/cdktf-workloads/db.healthy; systemctl restart cdktf-wl-db.service;');
    expect(file(nc.db, '/usr/local/lib/cdktf-workloads/readiness')).toContain('[ -e /run/cdktf-workloads/db.healthy ]; then echo healthy');
    expect(unit(nc.app, 'cdktf-wl-app.service')).toMatch(/^Requires=cdktf-wl-app-wait\.service$/m);
    if (guestChecks) for (const d of resources(n, 'libvirt_cloudinit_disk')) expectGuestChecksPass(d.user_data);
    // Without a waiting VM the probe is unchanged.
    const alone = configs(synth(vms(ndb)));
    expect(file(alone.db, '/usr/local/lib/cdktf-workloads/db-health')).not.toContain('.healthy');
  });

  test('an app port on the readiness port of a VM others wait for is refused', () => {
    expect(problems(vms({ ...db, ports: [{ name: 'pg', containerPort: 9117 }], healthCheck: { command: ['true'] } }, migrate))).toEqual([
      'workload "db": ports[0].containerPort 9117 is the port on which this VM tells the VMs that wait for it whether "db" is ready (9117); use another port, or let the dependents wait for "started"',
    ]);
  });
});

describe('the scripts, run for real', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readiness-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const json = synth(vms(db, migrate, web));
  const c = configs(json);
  const write = (name: string, text: string) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, text, { mode: 0o755 });
    return p;
  };
  const waitReady = write('wait-ready', file(c.web, '/usr/local/lib/cdktf-workloads/wait-ready')!);

  /** A one-shot loopback server answering `word` to each connection, for at most 20 s. */
  function answering(word: string): Promise<{ port: number; stop: () => void }> {
    const server = spawn('python3', ['-c', [
      'import socket, sys, time',
      's = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(8); s.settimeout(20)',
      'print(s.getsockname()[1], flush=True)',
      'end = time.time() + 20',
      'while time.time() < end:',
      '    try: conn, _ = s.accept()',
      '    except socket.timeout: break',
      '    conn.sendall(sys.argv[1].encode() + b"\\r\\n"); conn.close()',
    ].join('\n'), word], { stdio: ['ignore', 'pipe', 'inherit'] });
    return new Promise((resolve) => server.stdout.once('data', (d) => resolve({ port: Number(String(d).trim()), stop: () => server.kill() })));
  }
  const run = (args: string[]) => new Promise<{ status: number | null; out: string }>((resolve) => {
    const p = spawn('bash', [waitReady, ...args]);
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (out += d));
    p.on('close', (status) => resolve({ status, out }));
  });

  test('wait-ready returns once the dependency answers the wanted word', async () => {
    const s = await answering('healthy');
    try {
      expect(await run(['127.0.0.1', String(s.port), 'healthy', '10'])).toEqual({ status: 0, out: '127.0.0.1 is healthy\n' });
    } finally { s.stop(); }
  });

  test('wait-ready fails at once on a failed job, and after its limit on a wrong word or no answer', async () => {
    const failed = await answering('failed');
    try {
      expect(await run(['127.0.0.1', String(failed.port), 'completed', '10'])).toEqual({ status: 1, out: 'the job 127.0.0.1 failed\n' });
      const t0 = Date.now();
      expect(await run(['127.0.0.1', String(failed.port), 'healthy', '3'])).toEqual({ status: 1, out: '127.0.0.1 is failed after 3s, not healthy\n' });
      expect(Date.now() - t0).toBeLessThan(9000);
    } finally { failed.stop(); }
    // A port nobody listens on (the server above is gone): "not answering".
    expect(await run(['127.0.0.1', String(failed.port), 'healthy', '2'])).toEqual({ status: 1, out: `127.0.0.1 is not answering after 2s, not healthy\n` });
  }, 30000);

  test('the answer keeps to its words: Docker\'s health status, a job\'s stamp or failure', () => {
    const bin = path.join(dir, 'bin');
    fs.mkdirSync(bin, { recursive: true });
    const answer = (config: any, docker: string, systemctlFailed: boolean) => {
      write('bin/docker', `#!/bin/sh\nprintf '%s' ${JSON.stringify(docker)}\n`);
      write('bin/systemctl', `#!/bin/sh\n[ "$1" = is-failed ] && exit ${systemctlFailed ? 0 : 1}\nexit 0\n`);
      const script = write('readiness', file(config, '/usr/local/lib/cdktf-workloads/readiness')!);
      return spawnSync('sh', [script], { encoding: 'utf8', env: { PATH: `${bin}:/usr/bin:/bin` } }).stdout;
    };
    expect(answer(c.db, 'healthy', false)).toBe('healthy\n');
    expect(answer(c.db, 'unhealthy', false)).toBe('unhealthy\n');
    expect(answer(c.db, '', false)).toBe('starting\n');
    expect(answer(c.db, 'healthy\nrm -rf /', false)).toBe('starting\n');
    // The job's stamp is under /var/lib/cloud/instance, absent here: pending, or failed.
    expect(answer(c.migrate, '', false)).toBe('pending\n');
    expect(answer(c.migrate, '', true)).toBe('failed\n');
  });
});

describe('the Compose examples on the vm target', () => {
  test.each(Object.keys(COMPOSE_EXAMPLES))('%s: every VM\'s guest passes cloud-init schema and systemd-analyze verify', (name) => {
    const stack = new ComposeStack(Testing.app(), `compose-${name}-vm`, COMPOSE_EXAMPLES[name], WorkloadTarget.VM);
    const json = synth(stack);
    if (guestChecks) for (const d of resources(json, 'libvirt_cloudinit_disk')) expectGuestChecksPass(d.user_data);
    // Every variable the guests' text references is declared (tfcheck supplies secret variables
    // itself, so it would not notice one missing): the config is rendered again at synth.
    const referenced = [...new Set([...JSON.stringify(json.resource).matchAll(/var\.([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]))].sort();
    expect(referenced.length).toBeGreaterThan(0);
    expect(Object.keys(json.variable ?? {}).sort()).toEqual(referenced);
    const c = configs(json);
    if (name === 'nextcloud') {
      // nginx reads the PHP files read-only; the app and its cron worker write them.
      expect(unit(c.web, 'var-lib-cdktf\\x2dworkloads-.shared-nextcloud.mount')).toContain('Options=ro,nosuid,nodev\n');
      expect(unit(c.app, 'var-lib-cdktf\\x2dworkloads-.shared-nextcloud.mount')).toContain('Options=rw,nosuid,nodev\n');
      expect(execWords(unit(c.cron, 'cdktf-wl-cron-wait.service')!, 'ExecStart').map((w) => w.slice(1, 4))).toEqual([['db', '9117', 'healthy']]);
    } else {
      expect(execWords(unit(c.webserver, 'cdktf-wl-webserver-wait.service')!, 'ExecStart').map((w) => w.slice(1, 4))).toEqual([['db', '9117', 'healthy'], ['migrate', '9117', 'completed']]);
      expect(unit(c.migrate, 'cdktf-workloads-readiness.socket')).toBeDefined();
    }
  });
});
