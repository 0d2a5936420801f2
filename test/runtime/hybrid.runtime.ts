// Issues 10 and 12, hybrid target, one boot: switch-target-hybrid's app (web, api, db: the
// example's app.yaml, unchanged) plus issue 12's guest-side fields (issue12-stacks.ts
// HYBRID_EXTRAS: a run-once job, a service that waits for it to complete, a shared volume, a config
// file, a second network), booted on the runtime lab with the stack's own cloud-init seed (the lab
// stands in for `terraform apply` with dmacvicar/libvirt; see its README). One VM instead of two:
// the suite boots three VMs side by side on two cores already, and a fourth would push it past its
// time budget; the extras add three small containers and one disk to the boot.
//
// Proven: the app's containers healthy, reaching each other by name, the database taking the
// password passed as the Terraform variable, the published port answering through the forward, a
// crashed container brought back by its policy; the job run to completion before its dependent
// started, the shared volume written by one container and read by the other, the config file read
// by the service, and the two networks isolating.
import { HYBRID_EXTRAS, JOB_MESSAGE, READER_CONFIG, TEST_STACKS } from './issue12-stacks';
import { bootVm, BootReport, execVm, stopVm, withSeedsEvaluated } from './lab';
import { bootTiming, DB_PASSWORD, domainName, sh, testStack, waitFor } from './stacks';

/** `docker inspect` of containers in the guest, by name. */
function guestInspect(domain: string, names: string[]): { [name: string]: any } {
  const r = execVm(domain, ['docker', 'inspect', '--type', 'container', ...names]);
  expect(r.exit).toBe(0);
  return Object.fromEntries((JSON.parse(r.stdout) as any[]).map((c) => [c.Name.slice(1), c]));
}

/** `systemctl show` properties of a guest unit. */
function unitProps(domain: string, unit: string, props: string[]): { [prop: string]: string } {
  const r = execVm(domain, ['systemctl', 'show', unit, '-p', props.join(',')]);
  expect(r.exit).toBe(0);
  return Object.fromEntries(r.stdout.trim().split('\n').map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
}

describe('switch-target-hybrid with issue 12\'s guest-side fields, in one VM on the runtime lab', () => {
  let domain: string;
  let report: BootReport;

  beforeAll(() => {
    const stackDir = testStack(TEST_STACKS.hybrid);
    domain = domainName(stackDir, 'hybrid');
    stopVm(domain, false);
    report = bootVm(withSeedsEvaluated(stackDir, { db_password: DB_PASSWORD }), domain);
    process.stdout.write(`${bootTiming(`boot ${domain}`, report)}\n`);
  });
  afterAll(() => stopVm(domain, false));

  test('cloud-init finishes cleanly, every unit is active, the services run (healthy where they have a check) and the job has exited 0', () => {
    expect(report.cloud_init_status).toBe('done');
    expect(report.cloud_init_errors).toEqual([]);
    expect(report.failed_units).toEqual([]);
    // The lab flags every guest container that is not Up; a run-once job's container has exited,
    // successfully, by design. That is the only problem it reports.
    expect(report.problems).toEqual(["guest containers not up/healthy: ['seed']"]);
    const containers = Object.fromEntries((report.guest_containers ?? []).map((c) => [c.name, c.status]));
    expect(Object.keys(containers).sort()).toEqual(['api', 'bridge', 'db', 'reader', 'seed', 'web']);
    expect(containers.web).toMatch(/^Up .*\(healthy\)/);
    expect(containers.db).toMatch(/^Up .*\(healthy\)/);
    for (const name of ['api', 'bridge', 'reader']) expect({ name, status: containers[name] }).toEqual({ name, status: expect.stringMatching(/^Up /) });
    expect(containers.seed).toMatch(/^Exited \(0\) /);
    const units = report.units ?? [];
    expect(units.map((u) => u.unit).sort()).toEqual(['api', 'bridge', 'db', 'reader', 'seed', 'web'].map((n) => `cdktf-wl-${n}.service`));
    for (const u of units) expect({ unit: u.unit, active: u.active, ok: u.ok }).toEqual({ unit: u.unit, active: 'active', ok: true });
    // the job's unit: finished with status 0 and stays active (RemainAfterExit), so it is not run again
    expect(units.find((u) => u.unit === 'cdktf-wl-seed.service')).toMatchObject({ sub: 'exited', result: 'success', exit_status: '0' });
  });

  test('the published port answers through the forward from the host', () => {
    expect(report.forwarded_ports).toEqual([expect.objectContaining({ host_port: 8090, answers: true, http_status: 200 })]);
  });

  test('the containers reach each other by name inside the VM', () => {
    const r = sh(domain, 'docker exec web curl -fsS http://api:5678/');
    expect(r).toMatchObject({ exit: 0, stdout: 'hello from api\n' });
  });

  test('the database takes the password given as the Terraform variable, and only that one', () => {
    const ok = execVm(domain, ['docker', 'exec', '-e', `PGPASSWORD=${DB_PASSWORD}`, 'db', 'psql', '-h', '127.0.0.1', '-U', 'app', '-d', 'app', '-tAc', 'select 42']);
    expect(ok).toMatchObject({ exit: 0, stdout: '42\n' });
    const wrong = execVm(domain, ['docker', 'exec', '-e', 'PGPASSWORD=wrong', 'db', 'psql', '-h', '127.0.0.1', '-U', 'app', '-d', 'app', '-tAc', 'select 42']);
    expect(wrong.exit).not.toBe(0);
    expect(wrong.stderr).toContain('password authentication failed');
  });

  test('the run-once job ran to completion before its dependent started (dependency condition "completed")', () => {
    const seedSpec = HYBRID_EXTRAS.find((s) => s.name === 'seed')!;
    const readerSpec = HYBRID_EXTRAS.find((s) => s.name === 'reader')!;
    expect(readerSpec.dependencyConditions).toEqual({ seed: 'completed' });
    expect(seedSpec.job).toBeDefined();
    const c = guestInspect(domain, ['seed', 'reader']);
    expect({ status: c.seed.State.Status, exit: c.seed.State.ExitCode, restarts: c.seed.RestartCount })
      .toEqual({ status: 'exited', exit: 0, restarts: 0 });
    // the engine's clock: the job's container had finished when the dependent's started
    expect(Date.parse(c.reader.State.StartedAt)).toBeGreaterThan(Date.parse(c.seed.State.FinishedAt));
    // systemd's: the dependent's unit left "inactive" only after the job's unit had become active (= its run succeeded)
    const seed = unitProps(domain, 'cdktf-wl-seed.service', ['ActiveEnterTimestampMonotonic', 'Result', 'ExecMainStatus']);
    const reader = unitProps(domain, 'cdktf-wl-reader.service', ['InactiveExitTimestampMonotonic', 'Requires', 'After']);
    expect({ result: seed.Result, status: seed.ExecMainStatus }).toEqual({ result: 'success', status: '0' });
    expect(reader.Requires.split(' ')).toContain('cdktf-wl-seed.service');
    expect(reader.After.split(' ')).toContain('cdktf-wl-seed.service');
    expect(Number(reader.InactiveExitTimestampMonotonic)).toBeGreaterThanOrEqual(Number(seed.ActiveEnterTimestampMonotonic));
    expect(Number(seed.ActiveEnterTimestampMonotonic)).toBeGreaterThan(0);
    // the job's own record of when it ran (ns), before the dependent's start
    const seededAt = sh(domain, 'cat /var/lib/cdktf-workloads/.shared/exchange/seeded-at');
    expect(seededAt.exit).toBe(0);
    expect(Number(seededAt.stdout.trim().slice(0, -6))).toBeLessThanOrEqual(Date.parse(c.reader.State.StartedAt)); // ns -> ms
    // and the stamp that keeps it from running again on this instance
    expect(sh(domain, 'test -f /var/lib/cloud/instance/cdktf-workloads-jobs/seed.done').exit).toBe(0);
  });

  test('the shared volume: one disk, mounted in both containers; what the job wrote, the service reads (read-only)', () => {
    const c = guestInspect(domain, ['seed', 'reader']);
    const mountOf = (name: string, destination: string) => c[name].Mounts.find((m: any) => m.Destination === destination);
    const seedMount = mountOf('seed', '/exchange');
    const readerMount = mountOf('reader', '/srv/exchange');
    expect(seedMount).toMatchObject({ Type: 'bind', RW: true });
    expect(readerMount).toMatchObject({ Type: 'bind', RW: false, Source: seedMount.Source });
    // the source is the shared volume's own disk, by its serial
    const mounted = sh(domain, `findmnt -n -o SOURCE --target ${seedMount.Source}; readlink -f /dev/disk/by-id/virtio-shared.exchange`);
    const [source, disk] = mounted.stdout.trim().split('\n');
    expect({ exit: mounted.exit, source }).toEqual({ exit: 0, source: disk });
    expect(report.mounts).toEqual(expect.arrayContaining([expect.objectContaining({ target: seedMount.Source, source: disk })]));
    // the service serves the job's file from its mount of the volume
    expect(sh(domain, 'docker exec bridge curl -fsS http://reader:8081/exchange/message')).toMatchObject({ exit: 0, stdout: `${JOB_MESSAGE}\n` });
    expect(sh(domain, 'docker exec reader cat /srv/exchange/message')).toMatchObject({ exit: 0, stdout: `${JOB_MESSAGE}\n` });
    const write = sh(domain, 'docker exec reader touch /srv/exchange/written-by-reader');
    expect(write.exit).not.toBe(0);
    expect(write.stderr).toContain('Read-only file system');
  });

  test('the config file: written in the VM, bind-mounted read-only, and read by the service (nginx serves what it says)', () => {
    const c = guestInspect(domain, ['reader']);
    const m = c.reader.Mounts.find((x: any) => x.Destination === '/etc/nginx/conf.d/reader.conf');
    expect(m).toMatchObject({ Type: 'bind', RW: false });
    expect(sh(domain, 'docker exec reader cat /etc/nginx/conf.d/reader.conf')).toMatchObject({ exit: 0, stdout: READER_CONFIG });
    expect(sh(domain, `cat ${m.Source}`)).toMatchObject({ exit: 0, stdout: READER_CONFIG });
    expect(sh(domain, 'docker exec bridge curl -fsS http://reader:8081/config')).toMatchObject({ exit: 0, stdout: 'served as the config file says\n' });
  });

  test('two networks isolate: bridge (on both) reaches api and reader; api, web and reader do not reach across, by name or by address', () => {
    const c = guestInspect(domain, ['api', 'web', 'reader', 'bridge']);
    const nets = (name: string) => Object.keys(c[name].NetworkSettings.Networks).sort();
    expect({ api: nets('api'), web: nets('web'), reader: nets('reader'), bridge: nets('bridge') })
      .toEqual({ api: ['workloads'], web: ['workloads'], reader: ['workloads-side'], bridge: ['workloads', 'workloads-side'] });
    const ports: { [name: string]: number } = { api: 5678, web: 80, reader: 8081, bridge: 5678 };
    /** From inside `from`: does `to` resolve, and which of its addresses accept a TCP connection (3 s each)? */
    const probe = (from: string, to: string) => {
      const ips = Object.values<any>(c[to].NetworkSettings.Networks).map((n) => n.IPAddress as string);
      const script = [`docker exec ${from} getent hosts ${to} >/dev/null; echo "name $?"`,
        ...ips.map((ip) => `docker exec ${from} timeout 3 bash -c 'exec 3<>"/dev/tcp/$0/$1"' ${ip} ${ports[to]} 2>/dev/null; echo "${ip} $?"`)].join('\n');
      const r = sh(domain, script);
      expect(r.exit).toBe(0);
      const result = Object.fromEntries(r.stdout.trim().split('\n').map((l) => l.split(' ')).map(([k, v]) => [k, v === '0']));
      return { from, to, name: result.name, addresses: ips.filter((ip) => result[ip]).length, of: ips.length };
    };
    expect(probe('bridge', 'api')).toEqual({ from: 'bridge', to: 'api', name: true, addresses: 1, of: 1 });
    expect(probe('bridge', 'reader')).toEqual({ from: 'bridge', to: 'reader', name: true, addresses: 1, of: 1 });
    expect(probe('api', 'bridge')).toEqual({ from: 'api', to: 'bridge', name: true, addresses: 1, of: 2 }); // its address on "workloads" only
    expect(probe('reader', 'bridge')).toEqual({ from: 'reader', to: 'bridge', name: true, addresses: 1, of: 2 }); // on "workloads-side" only
    expect(probe('api', 'reader')).toEqual({ from: 'api', to: 'reader', name: false, addresses: 0, of: 1 });
    expect(probe('web', 'reader')).toEqual({ from: 'web', to: 'reader', name: false, addresses: 0, of: 1 });
    expect(probe('reader', 'api')).toEqual({ from: 'reader', to: 'api', name: false, addresses: 0, of: 1 });
  });

  test('a crashed container is brought back by its restart policy', () => {
    const before = Number(sh(domain, "docker inspect -f '{{.RestartCount}}' api").stdout.trim());
    expect(sh(domain, "kill -KILL $(docker inspect -f '{{.State.Pid}}' api)").exit).toBe(0);
    const back = waitFor(60, () => {
      const s = sh(domain, "docker inspect -f '{{.RestartCount}} {{.State.Running}}' api").stdout.trim().split(' ');
      return Number(s[0]) > before && s[1] === 'true';
    });
    expect(back).toBe(true);
    // Running again, and answering again by name once the process is up.
    expect(waitFor(60, () => sh(domain, 'docker exec web curl -fsS http://api:5678/').stdout.trim() === 'hello from api')).toBe(true);
  });
});
