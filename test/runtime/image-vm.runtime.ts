// Issue 10, vm target with an image: the db VM of `web-and-db-vm` booted on the runtime lab with its
// own cloud-init seed (Terraform's expressions in it evaluated by `terraform console` with the
// password), so the guest installs Debian's docker.io and its unit runs postgres:16.4 from the
// guest's engine. The web VM is the same renderer with nginx; it is not booted (one more 10-minute
// boot) and it could not reach db anyway: the lab gives each VM a network of its own.
import * as fs from 'fs';
import * as path from 'path';
import { bootVm, BootReport, execVm, stopVm, withSeedsEvaluated } from './lab';
import { bootTiming, DB_PASSWORD, domainName, exampleStack, expectClean } from './stacks';
import { webAndDbSpecs } from '../../examples/web-and-db/specs';

const STACK = 'web-and-db-vm';
const spec = webAndDbSpecs.find((s) => s.name === 'db')!;

describe('web-and-db-vm\'s db VM on the runtime lab: postgres from the guest\'s Docker engine', () => {
  const stackDir = exampleStack(STACK);
  const domain = domainName(stackDir, 'db');
  let report: BootReport;

  beforeAll(() => {
    stopVm(domain, false); // nothing left from an earlier run, not a disk initialized with another password
    report = bootVm(withSeedsEvaluated(stackDir, { db_password: DB_PASSWORD }), domain);
    process.stdout.write(`${bootTiming(`boot ${domain}`, report)}\n`);
  });
  afterAll(() => stopVm(domain, false));

  /** A command in the db container, as the guest's root runs it. */
  function inDb(argv: string[], env: { [name: string]: string } = {}) {
    return execVm(domain, ['docker', 'exec', ...Object.entries(env).flatMap(([k, v]) => ['-e', `${k}=${v}`]), 'db', ...argv]);
  }

  test('cloud-init finishes cleanly; the unit ran the container, healthy, with its data disk mounted', () => {
    expectClean(report);
    expect(report.units).toEqual([expect.objectContaining({ unit: 'cdktf-wl-db.service', active: 'active', ok: true })]);
    expect(report.guest_containers).toEqual([expect.objectContaining({ name: 'db', image: spec.image })]);
    expect(report.guest_containers![0].status).toMatch(/^Up .*\(healthy\)$/);
    expect(report.data_disks).toEqual([expect.objectContaining({ serial: 'db_data', existed_before_boot: false })]);
    expect(report.mounts).toEqual(expect.arrayContaining([
      expect.objectContaining({ target: '/var/lib/cdktf-workloads/db/data', source: '/dev/vdb', fstype: 'ext4' }),
    ]));
  });

  test('the container has the spec\'s env and the secret, its restart policy, and its data on the disk', () => {
    const r = execVm(domain, ['docker', 'inspect', '--type', 'container', 'db']);
    expect(r.exit).toBe(0);
    const [c] = JSON.parse(r.stdout);
    const env = (c.Config.Env as string[]).filter((e) => !e.startsWith('PATH='));
    expect(env.sort()).toEqual([...Object.entries(spec.env!).map(([k, v]) => `${k}=${v}`), `POSTGRES_PASSWORD=${DB_PASSWORD}`].sort());
    expect(c.HostConfig.RestartPolicy).toEqual({ Name: spec.restart!.policy, MaximumRetryCount: 0 });
    expect(c.Mounts).toEqual([expect.objectContaining({ Type: 'bind', Source: '/var/lib/cdktf-workloads/db/data', Destination: spec.volumes![0].mountPath })]);
    // the cluster lives on the data disk, not on the root disk
    const pgdata = execVm(domain, ['findmnt', '-n', '-o', 'SOURCE', '--target', '/var/lib/cdktf-workloads/db/data/pgdata/PG_VERSION']);
    expect(pgdata).toMatchObject({ exit: 0, stdout: '/dev/vdb\n' });
    // the running server got the variables (its environ, read from the guest, not only the container's config)
    const environ = execVm(domain, ['cat', `/proc/${c.State.Pid}/environ`]);
    expect(environ.exit).toBe(0);
    expect(environ.stdout.split('\0')).toEqual(expect.arrayContaining([`POSTGRES_USER=${spec.env!.POSTGRES_USER}`, `POSTGRES_PASSWORD=${DB_PASSWORD}`]));
  });

  test('Postgres takes the password given as the Terraform variable, and refuses a wrong or missing one', () => {
    const psql = (password: string | undefined, host = '127.0.0.1') => inDb(
      ['psql', '-X', '-w', '-At', '-h', host, '-U', spec.env!.POSTGRES_USER, '-d', spec.env!.POSTGRES_DB, '-c', 'select current_user'],
      password === undefined ? {} : { PGPASSWORD: password });
    expect(psql(DB_PASSWORD)).toMatchObject({ exit: 0, stdout: `${spec.env!.POSTGRES_USER}\n` });
    const wrong = psql(`${DB_PASSWORD}x`);
    expect(wrong.exit).toBe(2);
    expect(wrong.stderr).toContain(`password authentication failed for user "${spec.env!.POSTGRES_USER}"`);
    const none = psql(undefined);
    expect(none.exit).toBe(2);
    expect(none.stderr).toContain('no password supplied');
  });

  test('the port answers at the endpoint the stack outputs: the VM\'s address on its network, port 5432', () => {
    const tf = JSON.parse(fs.readFileSync(path.join(stackDir, 'cdk.tf.json'), 'utf8'));
    const endpoint = tf.output.endpoints_db.value.postgres;
    expect({ port: endpoint.port, published: endpoint.published }).toEqual({ port: 5432, published: false });
    // The host is the address of the NIC with this MAC (read from libvirt's lease after apply).
    const mac = /hwaddr\) == \\?"([0-9a-f:]{17})\\?"/.exec(endpoint.host)![1];
    const links = JSON.parse(execVm(domain, ['ip', '-j', 'addr']).stdout);
    const nic = links.find((l: any) => l.address === mac);
    const address = nic.addr_info.find((a: any) => a.family === 'inet').local as string;
    expect(address).toMatch(/^192\.168\.150\./);
    // From the container, out through the VM's address and back in by the published port.
    const r = inDb(['psql', '-X', '-w', '-At', '-h', address, '-p', String(endpoint.port), '-U', spec.env!.POSTGRES_USER,
      '-d', spec.env!.POSTGRES_DB, '-c', 'select 42'], { PGPASSWORD: DB_PASSWORD });
    expect(r).toMatchObject({ exit: 0, stdout: '42\n' });
  });
});
