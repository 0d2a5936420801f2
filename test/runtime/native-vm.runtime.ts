// Issues 7 and 10, vm target with a native recipe: legacy-vm's intranet VM booted twice on the
// runtime lab, on the same data disk.
// 1. The example as synthesized: cloud-init clean, Apache from Debian's packages as a systemd service
//    with its health timer, the site disk formatted and mounted, the forwarded port answering, a
//    killed service brought back. The test then writes a page onto the site disk.
// 2. The VM re-created (a fresh root disk over the base image, the same data disk) from a changed
//    spec (a new instance-id): the disk was not formatted again, its filesystem UUID and the page
//    are kept, and the forwarded port serves that page; env values, a multi-line secret and
//    command-line arguments that every reader on the way could mangle reach the service byte for byte.
// On a fresh root disk cloud-init finds no earlier instance whatever the instance-id says, so a
// re-creation with the same spec runs the same modules as this one; it is not booted separately.
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { bootVm, BootReport, execVm, stopVm, withSeedsEvaluated } from './lab';
import { bootTiming, domainName, exampleStack, expectClean, sh, waitFor } from './stacks';
import { legacySpecs } from '../../examples/legacy-vm/specs';
import { exampleGuest } from '../../examples/web-and-db/vm-stack';
import { VmWorkload, WorkloadSpec } from '../../src';

const STACK = 'legacy-vm';
const SITE = '/srv/site';
const DEVICE = '/dev/disk/by-id/virtio-intranet_site';
const intranet = legacySpecs.find((s) => s.name === 'intranet')!;
const HOST_PORT = intranet.ports![0].hostPort!;

/**
 * Values that every reader on the way must leave as they are (issue 8): systemd's env-file and
 * command-line parsers, the shell, YAML 1.1, Terraform templates.
 */
const HOSTILE_ENV = 'a "quoted" \\back\\slash $HOME ${HOME} %n %{x} `tick` \'single\'\nsecond line\u2028sep # not a comment';
const HOSTILE_ARGS = ['two words', '$HOME', '%n', 'line\nbreak', '"', "'", '\\', '-- --'];
const SECRET = '-----BEGIN KEY-----\nab"c$d`e\\f\n-----END KEY-----\n';
/** Runs Apache as its child, so the service's main process keeps its arguments in /proc/<pid>/cmdline. */
const WRAPPER = ['/usr/bin/python3', '-c', 'import subprocess, sys; sys.exit(subprocess.call(["/usr/sbin/apachectl", "-D", "FOREGROUND"]))'];

/** The intranet spec changed: the same name, recipe and site volume, with hostile values added. */
const changedSpec: WorkloadSpec = {
  ...intranet,
  command: WRAPPER,
  args: HOSTILE_ARGS,
  env: { GENERATION: '2', HOSTILE: HOSTILE_ENV },
  secretEnv: { TOKEN: 'intranet_token' },
};

/** A `legacy-vm` stack of the changed intranet alone: the same domain and data disk names as the example's. */
function synthChanged(): string {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'runtime-native-'));
  const app = new App({ outdir });
  new VmWorkload(new TerraformStack(app, STACK), changedSpec.name, { spec: changedSpec, vm: exampleGuest });
  app.synth();
  return path.join(outdir, 'stacks', STACK);
}

function seedAndDisks(stackDir: string): { metaData: string; volumes: string[] } {
  const json = JSON.parse(fs.readFileSync(path.join(stackDir, 'cdk.tf.json'), 'utf8'));
  const seed = Object.values<any>(json.resource.libvirt_cloudinit_disk).find((s) => s.name.includes('intranet'));
  const volumes = Object.values<any>(json.resource.libvirt_volume).map((v) => v.name as string).filter((n) => n.includes('intranet_site'));
  return { metaData: seed.meta_data, volumes };
}

/** GET / on the forwarded port, from this machine. */
function get(): Promise<{ status?: number; body: string }> {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port: HOST_PORT, path: '/', timeout: 10_000 }, (res) => {
      let body = '';
      res.on('data', (b) => (body += b));
      res.on('end', () => resolve({ status: res.statusCode, body }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (e) => resolve({ body: `<${e.message}>` }));
  });
}

/** The page once Apache answers (right after a restart the forward accepts, then hangs up). */
async function page(): Promise<{ status?: number; body: string }> {
  const end = Date.now() + 60_000;
  for (;;) {
    const r = await get();
    if (r.status !== undefined || Date.now() > end) return r;
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}

function filesystemUuid(domain: string): string {
  const r = execVm(domain, ['blkid', '-p', '-o', 'value', '-s', 'UUID', DEVICE]);
  expect(r.exit).toBe(0);
  return r.stdout.trim();
}

function expectServing(report: BootReport): void {
  expectClean(report);
  const units = Object.fromEntries((report.units ?? []).map((u) => [u.unit, u.active]));
  expect(units).toEqual({ 'cdktf-wl-intranet.service': 'active', 'cdktf-wl-intranet-health.timer': 'active' });
  expect(report.mounts).toEqual(expect.arrayContaining([expect.objectContaining({ target: SITE, fstype: 'ext4' })]));
  expect(report.forwarded_ports).toEqual([expect.objectContaining({ host_port: HOST_PORT, answers: true, http_status: 200 })]);
}

describe('legacy-vm\'s native intranet VM on the runtime lab, booted twice on one data disk', () => {
  const exampleDir = exampleStack(STACK);
  const changedDir = synthChanged();
  const domain = domainName(exampleDir, 'intranet');
  const token = `<h1>written before re-creation ${Date.now()}</h1>\n`;
  let uuid: string;

  beforeAll(() => stopVm(domain, false)); // no disk left over from an earlier run
  afterAll(() => stopVm(domain, false));

  describe('first boot: the example as synthesized', () => {
    let report: BootReport;
    beforeAll(() => {
      report = bootVm(exampleDir, domain);
      process.stdout.write(`${bootTiming(`boot 1 ${domain}`, report)}\n`);
    });

    test('cloud-init finishes cleanly; the service and its health timer are active; the blank site disk was formatted and mounted; the forwarded port answers', async () => {
      expect(report.data_disks).toEqual([expect.objectContaining({ serial: 'intranet_site', existed_before_boot: false })]);
      expectServing(report);
      expect(await page()).toEqual({ status: 200, body: '<h1>intranet</h1>\n' }); // the recipe's first page
      uuid = filesystemUuid(domain);
      expect(uuid).toMatch(/^[0-9a-f-]{36}$/);
    });

    test('a killed service is brought back by systemd', () => {
      const restarts = () => Number(sh(domain, 'systemctl show -p NRestarts --value cdktf-wl-intranet.service').stdout.trim());
      const before = restarts();
      expect(sh(domain, 'kill -KILL $(systemctl show -p MainPID --value cdktf-wl-intranet.service)').exit).toBe(0);
      expect(waitFor(60, () => restarts() > before && sh(domain, 'systemctl is-active cdktf-wl-intranet.service').stdout.trim() === 'active')).toBe(true);
    });

    test('a page written onto the site disk is served', async () => {
      expect(execVm(domain, ['sh', '-c', `printf '%s' '${token}' > ${SITE}/index.html && sync`]).exit).toBe(0);
      expect(await page()).toEqual({ status: 200, body: token });
    });
  });

  describe('second boot: re-created from a changed spec (fresh root disk, new instance-id, the same data disk)', () => {
    let report: BootReport;
    beforeAll(() => {
      const example = seedAndDisks(exampleDir);
      const changed = seedAndDisks(changedDir);
      // the same disk by name, so the lab attaches the kept file; a new instance-id, so cloud-init runs again
      expect(changed.volumes).toEqual(example.volumes);
      expect(changed.metaData).not.toBe(example.metaData);
      stopVm(domain); // ACPI powerdown; the data disk is kept
      // The seed holds the secret, merged in by Terraform (evaluated here by terraform console).
      report = bootVm(withSeedsEvaluated(changedDir, { intranet_token: SECRET }), domain);
      process.stdout.write(`${bootTiming(`boot 2 ${domain}`, report)}\n`);
    });

    test('the disk was kept as it was: not formatted again, the same filesystem, the page served through the forward', async () => {
      expect(report.data_disks).toEqual([expect.objectContaining({ serial: 'intranet_site', existed_before_boot: true })]);
      expectServing(report);
      expect(filesystemUuid(domain)).toBe(uuid);
      expect(await page()).toEqual({ status: 200, body: token });
    });

    test('env values, a multi-line secret and arguments reach the service as systemd read them, byte for byte', () => {
      const pid = execVm(domain, ['systemctl', 'show', '-p', 'MainPID', '--value', 'cdktf-wl-intranet.service']).stdout.trim();
      expect(Number(pid)).toBeGreaterThan(0);
      const environ = execVm(domain, ['cat', `/proc/${pid}/environ`]).stdout.split('\0');
      expect(environ).toEqual(expect.arrayContaining(['GENERATION=2', `HOSTILE=${HOSTILE_ENV}`, `TOKEN=${SECRET}`]));
      const cmdline = execVm(domain, ['cat', `/proc/${pid}/cmdline`]).stdout.split('\0').slice(0, -1);
      expect(cmdline).toEqual([...WRAPPER, ...HOSTILE_ARGS]);
    });
  });
});
