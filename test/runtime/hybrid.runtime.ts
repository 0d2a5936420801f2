// Issue 10, hybrid target: switch-target-hybrid booted on the runtime lab with its own cloud-init
// seed (the lab stands in for `terraform apply` with dmacvicar/libvirt; see its README): three
// containers in one guest's Docker engine, healthy, reaching each other by name, the database
// taking the password passed as the Terraform variable, the published port answering through the
// forward, a crashed container brought back by its policy.
import { bootVm, BootReport, execVm, stopVm, withSeedsEvaluated } from './lab';
import { bootTiming, DB_PASSWORD, domainName, exampleStack, expectClean, sh, waitFor } from './stacks';

describe('switch-target-hybrid on the runtime lab', () => {
  let domain: string;
  let report: BootReport;

  beforeAll(() => {
    const stackDir = exampleStack('switch-target-hybrid');
    domain = domainName(stackDir, 'hybrid');
    stopVm(domain, false);
    report = bootVm(withSeedsEvaluated(stackDir, { db_password: DB_PASSWORD }), domain);
    process.stdout.write(`${bootTiming(`boot ${domain}`, report)}\n`);
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
