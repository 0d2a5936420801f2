// Issue 10 (VM side): example stacks booted for real on the runtime lab, with their own cloud-init
// seeds (the lab stands in for `terraform apply` with dmacvicar/libvirt; see its README):
// - switch-target-hybrid: three containers in one guest's Docker engine, healthy, reaching each
//   other by name, the database taking the password passed as the Terraform variable, the
//   published port answering through the forward, a crashed container brought back by its policy;
// - legacy-vm's intranet: Apache from Debian packages as a systemd service with its health timer,
//   its site on a data disk, the forwarded port answering, a killed service brought back.
// One VM at a time (2 cores, TCG). Persistence of data disks across boots is proven by
// data-disks.runtime.ts on a native guest of its own.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { bootVm, BootReport, execVm, prepareVms, stopVm, withSeedsEvaluated } from './lab';

const ROOT = path.resolve(__dirname, '../..');
// Postgres's entrypoint hands the password to initdb as a one-line password file, as the official
// image does: a line break would cut it there, whatever carried it.
const DB_PASSWORD = 'pw with "quotes" \'single\' $dollar `tick` \\ %n';

let outdir: string;

/** The examples, synthesized by the project's real `cdktf synth`. */
function synthExamples(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'runtime-guests-'));
  const env: NodeJS.ProcessEnv = { ...process.env, CHECKPOINT_DISABLE: '1' };
  delete env.WORKLOADS_TARGET;
  const r = spawnSync('npx', ['cdktf', 'synth', '--output', dir], { cwd: ROOT, env, encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) throw new Error(`cdktf synth failed:\n${r.stdout}\n${r.stderr}`);
  return dir;
}

function stackDir(stack: string): string {
  return path.join(outdir, 'stacks', stack);
}

/** The one libvirt_domain of a stack whose name ends with `_<suffix>`. */
function domainName(stack: string, suffix: string): string {
  const json = JSON.parse(fs.readFileSync(path.join(stackDir(stack), 'cdk.tf.json'), 'utf8'));
  const names = Object.values<any>(json.resource.libvirt_domain).map((d) => d.name as string).filter((n) => n.endsWith(`_${suffix}`));
  expect(names).toHaveLength(1);
  return names[0];
}

function sh(domain: string, script: string): { exit: number; stdout: string; stderr: string } {
  return execVm(domain, ['sh', '-c', script], 180);
}

/** Polls `check` every 3 s until it returns true or `seconds` pass. */
function waitFor(seconds: number, check: () => boolean): boolean {
  const end = Date.now() + seconds * 1000;
  for (;;) {
    if (check()) return true;
    if (Date.now() > end) return false;
    spawnSync('sleep', ['3']);
  }
}

function expectClean(report: BootReport): void {
  expect(report.problems).toEqual([]);
  expect(report.cloud_init_status).toBe('done');
  expect(report.cloud_init_errors).toEqual([]);
  expect(report.failed_units).toEqual([]);
  expect(report.ok).toBe(true);
}

beforeAll(() => {
  prepareVms();
  outdir = synthExamples();
});

describe('switch-target-hybrid on the runtime lab', () => {
  let domain: string;
  let report: BootReport;

  beforeAll(() => {
    domain = domainName('switch-target-hybrid', 'hybrid');
    stopVm(domain, false);
    report = bootVm(withSeedsEvaluated(stackDir('switch-target-hybrid'), { db_password: DB_PASSWORD }), domain);
  });
  afterAll(() => stopVm(domain, false));

  test('cloud-init finishes cleanly and every container of the app runs healthy in the one VM', () => {
    expectClean(report);
    const containers = Object.fromEntries((report.guest_containers ?? []).map((c) => [c.name, c.status]));
    expect(Object.keys(containers).sort()).toEqual(['api', 'db', 'web']);
    expect(containers.web).toMatch(/^Up .*\(healthy\)/);
    expect(containers.db).toMatch(/^Up .*\(healthy\)/);
    expect(containers.api).toMatch(/^Up /);
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

describe('legacy-vm\'s native intranet VM on the runtime lab', () => {
  let domain: string;
  let report: BootReport;

  beforeAll(() => {
    domain = domainName('legacy-vm', 'intranet');
    stopVm(domain, false);
    report = bootVm(stackDir('legacy-vm'), domain);
  });
  afterAll(() => stopVm(domain, false));

  test('cloud-init finishes cleanly; the service and its health timer are active; the site disk is mounted', () => {
    expectClean(report);
    const units = Object.fromEntries((report.units ?? []).map((u) => [u.unit, u.active]));
    expect(units).toEqual({ 'intranet.service': 'active', 'intranet-health.timer': 'active' });
    expect(report.mounts).toEqual(expect.arrayContaining([expect.objectContaining({ target: '/srv/site', fstype: 'ext4' })]));
  });

  test('the forwarded port answers', () => {
    expect(report.forwarded_ports).toEqual([expect.objectContaining({ answers: true, http_status: 200 })]);
  });

  test('a killed service is brought back by systemd', () => {
    const restarts = () => Number(sh(domain, 'systemctl show -p NRestarts --value intranet.service').stdout.trim());
    const before = restarts();
    expect(sh(domain, 'kill -KILL $(systemctl show -p MainPID --value intranet.service)').exit).toBe(0);
    expect(waitFor(60, () => restarts() > before && sh(domain, 'systemctl is-active intranet.service').stdout.trim() === 'active')).toBe(true);
  });
});
