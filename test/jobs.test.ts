import { spawnSync } from 'child_process';
import { expectGuestChecksPass, guestConfig, hasCommand, systemdVerify } from './guest-checks';
import { tfcheckAvailable, tfcheckStack } from './tfcheck';
import { newStack, problems, resources, synth } from './util';
import { ContainerWorkload, DependencyCondition, HybridVm, LibvirtHost, RestartPolicy, VmSpec, VmWorkload, WorkloadSpec } from '../src';
import { parseCron } from '../src/model/cron';
import { onCalendar } from '../src/encoding/systemd-calendar';

const guest: VmSpec = { adminUser: 'admin', sshAuthorizedKeys: ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAITestKey test@host'] };

const db: WorkloadSpec = {
  name: 'db', image: 'postgres:16.4', ports: [{ name: 'pg', containerPort: 5432 }],
  healthCheck: { command: ['pg_isready'], intervalSeconds: 5, timeoutSeconds: 3, retries: 4, startPeriodSeconds: 10 },
};
const migrate: WorkloadSpec = { name: 'migrate', image: 'app:1.0', command: ['app', 'migrate'], job: {}, dependsOn: ['db'], dependencyConditions: { db: DependencyCondition.HEALTHY } };
const web: WorkloadSpec = {
  name: 'web', image: 'app:1.0', ports: [{ name: 'http', containerPort: 80, hostPort: 8080 }],
  dependsOn: ['db', 'migrate'], dependencyConditions: { db: DependencyCondition.HEALTHY, migrate: DependencyCondition.COMPLETED },
};
const backup: WorkloadSpec = { name: 'backup', image: 'app:1.0', command: ['app', 'backup'], job: { schedule: '30 3 * * 1-5', timeoutSeconds: 600 } };

function unitOf(config: any, name: string): string {
  return config.write_files.find((f: any) => f.path === `/etc/systemd/system/${name}`)?.content;
}
function hybridConfig(json: any): any {
  return guestConfig(resources(json, 'libvirt_cloudinit_disk')[0].user_data);
}

describe('job on the container target', () => {
  function stack(...specs: WorkloadSpec[]) {
    const s = newStack();
    for (const spec of specs) new ContainerWorkload(s, spec.name, { spec });
    return s;
  }

  test('a run-once job runs to completion at apply, is not restarted, and fails the apply when it fails', () => {
    const json = synth(stack(db, migrate));
    const c = resources(json, 'docker_container').find((x) => x.name === 'test_migrate-1');
    expect(c).toMatchObject({ attach: true, must_run: false, restart: 'no' });
    expect(c.max_retry_count).toBeUndefined();
    expect(c.lifecycle.postcondition).toEqual([{
      condition: '${self.exit_code == 0}',
      error_message: 'Job migrate failed: its container exited with a non-zero status; see `docker logs test_migrate-1`.',
    }]);
    // a long-running service is kept running as before
    expect(resources(json, 'docker_container').find((x) => x.name === 'test_db-1')).toMatchObject({ must_run: true, restart: 'on-failure' });
  });

  test('healthy: the dependency waits to be healthy (wait + wait_timeout) before its dependents are created', () => {
    const json = synth(stack(db, migrate, web));
    const byName = Object.fromEntries(resources(json, 'docker_container').map((x) => [x.name, x]));
    // start period 10 + (4 + 1) probes of (5 s interval + 3 s timeout)
    expect(byName['test_db-1']).toMatchObject({ wait: true, wait_timeout: 50 });
    expect(byName['test_migrate-1'].wait).toBeUndefined();
    expect(byName['test_migrate-1'].depends_on).toEqual([expect.stringMatching(/^docker_container\.db_containers_1_/)]);
    expect(byName['test_web-1'].depends_on).toEqual([
      expect.stringMatching(/^docker_container\.db_containers_1_/), expect.stringMatching(/^docker_container\.migrate_containers_1_/),
    ]);
  });

  test('without healthy conditions no container waits', () => {
    const json = synth(stack(db, { ...web, dependsOn: ['db'], dependencyConditions: undefined }));
    expect(resources(json, 'docker_container').every((x) => x.wait === undefined)).toBe(true);
  });

  test('a schedule and a timeout are refused, naming the targets that can', () => {
    expect(problems(stack(backup))).toEqual([
      'workload "backup": job.schedule "30 3 * * 1-5" cannot be honoured by the container target (Docker has no scheduler, so nothing would start the container at its times; the vm and hybrid guests run a systemd timer); remove it, or use a target that can: vm, hybrid',
      'workload "backup": job.timeoutSeconds 600 cannot be honoured by the container target (Docker has no run deadline; the Docker provider waits for a run-once container at most 20 minutes (its create timeout), then fails the apply without stopping it); remove it, or use a target that can: vm, hybrid',
    ]);
  });

  test('conditions that cannot hold are reported, all at once', () => {
    const s = stack(
      { name: 'cache', image: 'redis:7' },
      { name: 'loop', image: 'app:1.0', job: { schedule: '@daily' } },
      {
        name: 'app', image: 'app:1.0', dependsOn: ['cache', 'loop'],
        dependencyConditions: { cache: DependencyCondition.HEALTHY, loop: DependencyCondition.COMPLETED, other: DependencyCondition.STARTED, ...{ cache2: 'ready' as any } },
      },
    );
    expect(problems(s)).toEqual(expect.arrayContaining([
      'workload "app": dependencyConditions.other names a workload that is not in dependsOn; add it to dependsOn, or remove the condition',
      'workload "app": dependencyConditions.cache2 names a workload that is not in dependsOn; add it to dependsOn, or remove the condition',
      'workload "app": dependencyConditions.cache2 "ready" is not a dependency condition; use one of started, healthy, completed',
      'workload "app": dependencyConditions.cache "healthy" waits for workload "cache" to be healthy, but it has no healthCheck; give "cache" a healthCheck, or use "started"',
      'workload "app": dependencyConditions.loop "completed" waits for workload "loop" to complete, but it is a scheduled job, which runs at its times and not once; make "loop" a run-once job (job without schedule), or use "started"',
    ]));
  });

  test('what a job cannot have is refused', () => {
    const s = stack({
      name: 'j', image: 'app:1.0', job: { timeoutSeconds: 0 }, replicas: 2, restart: { policy: 'always' as any },
      ports: [{ name: 'http', containerPort: 80, hostPort: 8081 }], healthCheck: { command: ['true'] },
    });
    expect(problems(s)).toEqual(expect.arrayContaining([
      'workload "j": job.timeoutSeconds 0 is less than 1; use a whole number of seconds from 1 to 86400',
      'workload "j": ports[0].hostPort 8081 is published by a job, which runs to completion and is not there to answer; remove hostPort (other workloads still reach the port by name while the job runs), or remove job',
      'workload "j": healthCheck is set on a job, which runs to completion: its exit status says whether it succeeded; remove healthCheck, or remove job',
      'workload "j": restart {"policy":"always"} is set on a job: a run that fails counts as failed and is not restarted (a scheduled job runs again at its next time); remove restart (or use policy "no"), or remove job',
      'workload "j": replicas 2 is more than 1 on a job, which runs once per run; use 1 (or 0 to not run it)',
    ]));
  });

  test('restart policy "no", which Compose files write on their one-shot services, is what a job does anyway and is accepted', () => {
    expect(problems(stack({ name: 'j', image: 'app:1.0', job: {}, restart: { policy: RestartPolicy.NO } }))).toEqual([]);
    expect(problems(stack({ name: 'j', image: 'app:1.0', job: {}, restart: { policy: RestartPolicy.NO, maxRetries: 1 } }))).toHaveLength(1);
  });

  (tfcheckAvailable() ? test : test.skip)('Terraform accepts the job container, its postcondition and the health wait (tfcheck)', () => {
    const r = tfcheckStack('jobs', (s) => {
      for (const spec of [db, migrate, web]) new ContainerWorkload(s, spec.name, { spec });
    });
    expect(r.output).toContain('PASS');
    expect(r.status).toBe(0);
  });
});

describe('job and dependency conditions in the hybrid VM', () => {
  function hybrid(specs: WorkloadSpec[]) {
    const s = newStack();
    new HybridVm(s, 'shared', { specs, vm: guest });
    return s;
  }

  test('a run-once job is a oneshot unit that runs once per instance, bounded by timeoutSeconds', () => {
    const c = hybridConfig(synth(hybrid([db, migrate, web])));
    const unit = unitOf(c, 'cdktf-wl-migrate.service');
    expect(unit).toContain('ConditionPathExists=!/var/lib/cloud/instance/cdktf-workloads-jobs/migrate.done');
    expect(unit).toContain('Type=oneshot\nRemainAfterExit=yes\nTimeoutStartSec=3600s\n');
    expect(unit).toMatch(/\nExecStartPre=\/usr\/bin\/docker create --name migrate --hostname migrate .* --restart no .* app:1.0 app migrate\n/);
    expect(unit).not.toContain('--detach');
    expect(unit).toContain('\nExecStart=/usr/bin/docker start --attach migrate\n');
    expect(unit).toContain('\nExecStartPost=+/usr/bin/touch /var/lib/cloud/instance/cdktf-workloads-jobs/migrate.done\n');
    expect(unit).toContain('\nExecStopPost=-/usr/bin/docker rm --force migrate\n');
    expect(unit).toContain('[Install]\nWantedBy=multi-user.target');
    expect(c.runcmd.at(-1)).toBe('systemctl enable --now cdktf-wl-db.service cdktf-wl-migrate.service cdktf-wl-web.service');
  });

  test('healthy waits in ExecStartPre for Docker to report the dependency healthy; completed requires the job unit', () => {
    const c = hybridConfig(synth(hybrid([db, migrate, web])));
    const unit = unitOf(c, 'cdktf-wl-web.service');
    expect(unit).toContain('Requires=docker.service cdktf-wl-migrate.service\n');
    expect(unit).toContain('After=docker.service network-online.target cdktf-wl-db.service cdktf-wl-migrate.service\n');
    const wait = unit.split('\n').find((l: string) => l.startsWith('ExecStartPre=/usr/bin/timeout'));
    expect(wait).toBe('ExecStartPre=/usr/bin/timeout 50 /bin/sh -c "until [ \\"$$(docker inspect --format \'{{if .State.Health}}{{.State.Health.Status}}{{end}}\' db 2>/dev/null)\\" = healthy ]; do sleep 2; done"');
    expect(unitOf(c, 'cdktf-wl-migrate.service')).toContain('ExecStartPre=/usr/bin/timeout 50 /bin/sh -c');
    // the dependency itself is unchanged: a long-running container
    expect(unitOf(c, 'cdktf-wl-db.service')).toContain('ExecStart=/usr/bin/docker create --name db');
    expect(unitOf(c, 'cdktf-wl-db.service')).toContain('ExecStart=/usr/bin/docker start db\n');
  });

  test('a scheduled job is started by a timer with the translated calendar, not at boot', () => {
    const c = hybridConfig(synth(hybrid([backup])));
    const unit = unitOf(c, 'cdktf-wl-backup.service');
    expect(unit).toContain('Type=oneshot\nRemainAfterExit=no\nTimeoutStartSec=600s\n');
    expect(unit).not.toContain('ConditionPathExists');
    expect(unit).not.toContain('[Install]');
    expect(unitOf(c, 'cdktf-wl-backup.timer')).toBe([
      '# Generated by cdktf-workloads.',
      '[Unit]',
      'Description=Runs backup on its schedule (cron "30 3 * * 1-5")',
      '',
      '[Timer]',
      'OnCalendar=Mon..Fri *-*-* 03:30:00',
      'AccuracySec=1s',
      'Persistent=false',
      '',
      '[Install]',
      'WantedBy=timers.target',
      '',
    ].join('\n'));
    expect(c.runcmd.at(-1)).toBe('systemctl enable --now cdktf-wl-backup.timer');
  });

  (hasCommand('cloud-init') && hasCommand('systemd-analyze') ? test : test.skip)('cloud-init schema and systemd-analyze verify accept the job, timer and wait units', () => {
    expectGuestChecksPass(resources(synth(hybrid([db, migrate, web, backup])), 'libvirt_cloudinit_disk')[0].user_data);
  });
});

describe('job and dependency conditions on the vm target', () => {
  test('a native run-once job is a oneshot service with the spec\'s user; a native scheduled job has a timer', () => {
    const s = newStack();
    new VmWorkload(s, 'once', { spec: { name: 'once', native: {}, command: ['/usr/bin/app', 'init'], user: 'app', job: { timeoutSeconds: 120 } }, vm: guest });
    new VmWorkload(s, 'nightly', { spec: { name: 'nightly', native: {}, command: ['/usr/bin/app', 'gc'], job: { schedule: '0 0 1,15 * 5' } }, vm: guest });
    const json = synth(s);
    const configs = resources(json, 'libvirt_cloudinit_disk').map((d) => guestConfig(d.user_data));
    const once = configs.find((c) => c.hostname === 'once');
    const nightly = configs.find((c) => c.hostname === 'nightly');
    const unit = unitOf(once, 'cdktf-wl-once.service');
    expect(unit).toContain('Type=oneshot\nRemainAfterExit=yes\nTimeoutStartSec=120s\nExecStart=/usr/bin/app init\n');
    expect(unit).toContain('User=app\n');
    expect(unit).not.toContain('Restart=');
    expect(once.runcmd.at(-1)).toBe('systemctl enable --now cdktf-wl-once.service');
    // cron ORs two restricted day fields: two calendars, one per field
    expect(unitOf(nightly, 'cdktf-wl-nightly.timer')).toContain('OnCalendar=Fri *-*-* 00:00:00\nOnCalendar=*-*-01,15 00:00:00\n');
    expect(nightly.runcmd.at(-1)).toBe('systemctl enable --now cdktf-wl-nightly.timer');
    if (hasCommand('cloud-init') && hasCommand('systemd-analyze')) {
      for (const d of resources(json, 'libvirt_cloudinit_disk')) expectGuestChecksPass(d.user_data);
    }
  });

  test('across VMs of one host they hold (the guests ask each other, see vm-waits.test.ts); a hybrid dependent or another host cannot', () => {
    const s = newStack();
    new VmWorkload(s, 'db', { spec: db, vm: guest });
    new VmWorkload(s, 'migrate', { spec: migrate, vm: guest });
    new ContainerWorkload(s, 'cache', { spec: { name: 'cache', image: 'redis:7', healthCheck: { command: ['redis-cli', 'ping'] } } });
    new VmWorkload(s, 'app', { spec: { name: 'app', image: 'app:1.0', dependsOn: ['cache', 'migrate'], dependencyConditions: { cache: DependencyCondition.HEALTHY, migrate: DependencyCondition.COMPLETED } }, vm: guest });
    expect(problems(s)).toEqual([]);

    const t = newStack();
    const other = new LibvirtHost(t, 'other', { uri: 'qemu+ssh://u@box/system', alias: 'other', networkCidr: '192.168.151.0/24' });
    new VmWorkload(t, 'db', { spec: db, vm: guest });
    new VmWorkload(t, 'migrate', { spec: migrate, vm: guest, host: other });
    new HybridVm(t, 'apps', { vm: guest, specs: [{ name: 'app', image: 'app:1.0', dependsOn: ['db'], dependencyConditions: { db: DependencyCondition.HEALTHY } }] });
    expect(problems(t)).toEqual([
      'workload "migrate": dependencyConditions.db "healthy" cannot be honoured: workload "db" runs on another libvirt host, and a VM asks for a guest\'s health only on its own host\'s private network; run "db" and "migrate" on one libvirt host, or use "started"',
      'workload "app": dependencyConditions.db "healthy" cannot be honoured: workload "db" runs in a VM of its own (vm target), and a hybrid-target workload cannot wait for that guest\'s health; run "app" in a VM of its own too (vm target: its guest asks "db"\'s guest), or "db" on the container target (Terraform waits for it); or use "started"',
    ]);
  });

  test('a VM waits for a healthy container through Terraform', () => {
    const s = newStack();
    new ContainerWorkload(s, 'cache', { spec: { name: 'cache', image: 'redis:7', healthCheck: { command: ['redis-cli', 'ping'] } } });
    new VmWorkload(s, 'app', { spec: { name: 'app', image: 'app:1.0', dependsOn: ['cache'], dependencyConditions: { cache: DependencyCondition.HEALTHY } }, vm: guest });
    const json = synth(s);
    expect(resources(json, 'docker_container')[0]).toMatchObject({ wait: true, wait_timeout: 4 * 35 });
    expect(resources(json, 'libvirt_domain')[0].depends_on).toEqual([expect.stringMatching(/^docker_container\.cache_containers_1_/)]);
  });
});

/**
 * When cron runs, found the slow way: every minute of the period, with the day rule of Vixie cron
 * and cronie (both day fields restricted: either; else both). Independent of parseCron's sets.
 */
function cronMinutes(expr: string, from: Date, count: number, days: number): string[] {
  const names = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
  const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
  const fields = expr.split(' ');
  fields[3] = fields[3].replace(/[a-z]{3}/g, (n) => String(names.indexOf(n) + 1));
  fields[4] = fields[4].replace(/[a-z]{3}/g, (n) => String(weekdays.indexOf(n)));
  const [mi, ho, dom, mo, dow] = fields;
  const matches = (field: string, v: number, lo: number, hi: number) => field.split(',').some((part) => {
    const [base, step] = part.split('/');
    const [a, b] = base === '*' ? [lo, hi] : base.includes('-') ? base.split('-').map(Number) : [Number(base), step ? hi : Number(base)];
    return v >= a && v <= b && (v - a) % Number(step ?? 1) === 0;
  });
  const out: string[] = [];
  for (let t = from.getTime(); out.length < count && t < from.getTime() + days * 86400000; t += 60000) {
    const d = new Date(t);
    const dayOfWeek = d.getUTCDay();
    const domOk = matches(dom, d.getUTCDate(), 1, 31);
    const dowOk = matches(dow, dayOfWeek, 0, 6) || (dayOfWeek === 0 && matches(dow, 7, 0, 7));
    const day = dom.startsWith('*') || dow.startsWith('*') ? domOk && dowOk : domOk || dowOk;
    if (matches(mi, d.getUTCMinutes(), 0, 59) && matches(ho, d.getUTCHours(), 0, 23) && matches(mo, d.getUTCMonth() + 1, 1, 12) && day) {
      out.push(d.toISOString().slice(0, 16).replace('T', ' '));
    }
  }
  return out;
}

/** The next elapses of a timer's OnCalendar= lines, as systemd-analyze computes them (merged, in order). */
function systemdElapses(calendars: string[], from: Date, count: number): string[] {
  const all = new Set<string>();
  for (const cal of calendars) {
    const r = spawnSync('systemd-analyze', ['calendar', `--iterations=${count}`, `--base-time=@${from.getTime() / 1000 - 1}`, cal], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
    if (r.status !== 0) throw new Error(`systemd-analyze refused ${JSON.stringify(cal)}: ${r.stderr}`);
    for (const m of r.stdout.matchAll(/(?:Next elapse|Iter\. #\d+): \w+ (\d{4}-\d\d-\d\d \d\d:\d\d):00 UTC/g)) all.add(m[1]);
  }
  return [...all].sort().slice(0, count);
}

describe('cron → OnCalendar', () => {
  const from = new Date(Date.UTC(2027, 0, 1, 0, 0));
  const cases = [
    '30 3 * * *', '*/15 * * * *', '0 9-17/2 * * 1-5', '5 4 * * sun', '0 0 1,15 * 5', '0 12 29 2 *', '15 10 * jan-mar,oct *',
    '0 0 31 * *', '0 6 * * 0,7', '0 0 10-12 * mon-wed', '59 23 * * 6', '0 */7 1-31/2 * 2', '0 0 1 1 *',
  ];
  (hasCommand('systemd-analyze') ? test.each(cases) : test.skip.each(cases))('%s runs at the same minutes under systemd as under cron', (expr) => {
    const parsed = parseCron(expr);
    if ('what' in parsed) throw new Error(parsed.what);
    const calendars = onCalendar(parsed);
    // Two years of minutes; systemd's elapses in the same span.
    const days = 731;
    const end = new Date(from.getTime() + days * 86400000).toISOString().slice(0, 16).replace('T', ' ');
    expect(systemdElapses(calendars, from, 12).filter((t) => t < end)).toEqual(cronMinutes(expr, from, 12, days));
  });

  test('every calendar of a unit is read by systemd-analyze verify', () => {
    if (!hasCommand('systemd-analyze')) return;
    const timer = (cal: string[]) => ({ name: 't.timer', content: `[Timer]\n${cal.map((c) => `OnCalendar=${c}`).join('\n')}\n[Install]\nWantedBy=timers.target\n` });
    const service = { name: 't.service', content: '[Service]\nType=oneshot\nExecStart=/usr/bin/true\n' };
    for (const expr of cases) {
      const parsed = parseCron(expr);
      if ('what' in parsed) throw new Error(parsed.what);
      expect(systemdVerify([service, timer(onCalendar(parsed))])).toEqual({ ok: true, output: '' });
    }
  });

  test('shorthands are their five fields; @reboot is not a schedule', () => {
    expect(onCalendar(parseCron('@weekly') as any)).toEqual(['Sun *-*-* 00:00:00']);
    expect(onCalendar(parseCron('@hourly') as any)).toEqual(['*-*-* *:00:00']);
    expect(parseCron('@reboot')).toMatchObject({ what: 'is cron\'s @reboot, which is no schedule' });
  });

  test.each([
    ['* * * *', 'has 4 fields, not the five of cron (seconds and years are not cron\'s)'],
    ['0 0 * * * *', 'has 6 fields, not the five of cron (seconds and years are not cron\'s)'],
    ['', 'has no fields, not the five of cron (seconds and years are not cron\'s)'],
    ['60 * * * *', 'has minute "60", which is not a minute'],
    ['0 0 L * *', 'has day-of-month "L", which is not a day-of-month'],
    ['0 0 ? * 1', 'has day-of-month "?", which is not a value, a range a-b, "*" or a step /n ("L", "W", "#" and "?" are Quartz extensions no Unix cron has)'],
    ['0 0 * * 1#2', 'has day-of-week "1#2", which is not a value, a range a-b, "*" or a step /n ("L", "W", "#" and "?" are Quartz extensions no Unix cron has)'],
    ['0 22-2 * * *', 'has the hour range "22-2", which runs backwards'],
    ['*/0 * * * *', 'has the step "/0" in minute "*/0"'],
    ['5/10 * * * *', 'has minute "5/10", a step without a range, which crons read differently'],
    ['0 0 */2 * 1', 'combines day-of-month "*/2" with a restricted other day field, which cron implementations read differently (Vixie cron and cronie AND them because the field starts with "*", others OR them)'],
    ['0 0 30 2 *', 'never runs: no month of "2" has a day "30"'],
    ['0 0 * * $(reboot)', 'has day-of-week "$(reboot)", which is not a value, a range a-b, "*" or a step /n'],
    ['0 0 * * mon\n', undefined],
  ])('%j is refused: %s', (expr, what) => {
    const parsed = parseCron(expr);
    if (what === undefined) return; // trailing blanks are cron's too; line breaks are validation's (one line)
    expect(parsed).toMatchObject({ what });
    expect((parsed as any).fix).toEqual(expect.any(String));
  });

  test('hostile dependencyConditions keys are reported on one line', () => {
    const s = newStack();
    new VmWorkload(s, 'j', { spec: { name: 'j', image: 'app:1.0', dependencyConditions: { 'db\nExecStart=/bin/sh': DependencyCondition.HEALTHY, '${var.x}': 'x' as any } }, vm: guest });
    expect(problems(s)).toEqual([
      'workload "j": dependencyConditions "db\\nExecStart=/bin/sh" is a key that contains a line break or control character (U+000A), which no target can hold on one line; remove it',
      'workload "j": dependencyConditions.${var.x} names a workload that is not in dependsOn; add it to dependsOn, or remove the condition',
      'workload "j": dependencyConditions.${var.x} "x" is not a dependency condition; use one of started, healthy, completed',
    ]);
  });

  test('hostile schedules are refused by validation with the field and value', () => {
    const s = newStack();
    new VmWorkload(s, 'j', { spec: { name: 'j', image: 'app:1.0', job: { schedule: '0 0 * * 1\nExecStart=/bin/sh' } }, vm: guest });
    expect(problems(s)).toEqual([
      'workload "j": job.schedule "0 0 * * 1\\nExecStart=/bin/sh" contains a line break or control character (U+000A), which no target can hold on one line; remove it',
    ]);
    const s2 = newStack();
    new VmWorkload(s2, 'j', { spec: { name: 'j', image: 'app:1.0', job: { schedule: '0 0 * * ${var.x}' } }, vm: guest });
    expect(problems(s2)).toEqual([
      'workload "j": job.schedule "0 0 * * ${var.x}" has day-of-week "${var.x}", which is not a value, a range a-b, "*" or a step /n; write the day-of-week as values from 0-6, e.g. "1,15", "1-5" or "*/10"',
    ]);
  });
});
