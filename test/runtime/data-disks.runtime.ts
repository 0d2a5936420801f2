// Issue 7: a data disk keeps its data, and its filesystem, when the VM is re-created (fresh root
// disk) and when a changed spec gives cloud-init a new instance-id. Runs on the runtime lab.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { bootVm, BootReport, execVm, prepareVms, stopVm, withSeedsEvaluated } from './lab';
import { RestartPolicy, VmWorkload } from '../../src';

const WORKLOAD = 'keeper';
/** The libvirt domain: the stack's name prefix and the workload's name. */
const DOMAIN = 'disk-keeper_keeper';
const DEVICE = '/dev/disk/by-id/virtio-keeper_data';
const PROOF = '/srv/data/proof.txt';

/**
 * Values that every reader on the way must leave as they are (issue 8): systemd's env-file and
 * command-line parsers, the shell, YAML 1.1, Terraform templates.
 */
const HOSTILE_ENV = 'a "quoted" \\back\\slash $HOME ${HOME} %n %{x} `tick` \'single\'\nsecond line\u2028sep # not a comment';
const HOSTILE_ARGS = ['two words', '$HOME', '%n', 'line\nbreak', '"', "'", '\\', '-- --'];
const SECRET = '-----BEGIN KEY-----\nab"c$d`e\\f\n-----END KEY-----\n';

/** The keeper workload's stack; `generation` is an env value, so each one has its own cloud-config. */
function synthStack(generation: string, hostile = false): { dir: string; metaData: string } {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'runtime-disks-'));
  const app = new App({ outdir });
  const stack = new TerraformStack(app, 'disk-keeper');
  new VmWorkload(stack, WORKLOAD, {
    spec: {
      name: WORKLOAD,
      native: {},
      // A program that keeps its arguments in /proc/<pid>/cmdline, to read them back.
      command: ['/usr/bin/python3', '-c', 'import time; time.sleep(1e9)'],
      args: hostile ? HOSTILE_ARGS : undefined,
      env: hostile ? { GENERATION: generation, HOSTILE: HOSTILE_ENV } : { GENERATION: generation },
      secretEnv: hostile ? { TOKEN: 'keeper_token' } : undefined,
      volumes: [{ name: 'data', mountPath: '/srv/data', sizeGiB: 1 }],
      restart: { policy: RestartPolicy.ALWAYS },
    },
  });
  app.synth();
  const dir = path.join(outdir, 'stacks', 'disk-keeper');
  const json = JSON.parse(fs.readFileSync(path.join(dir, 'cdk.tf.json'), 'utf8'));
  const seed = Object.values(json.resource.libvirt_cloudinit_disk)[0] as { meta_data: string };
  expect(Object.values(json.resource.libvirt_domain).map((d: any) => d.name)).toEqual([DOMAIN]);
  return { dir, metaData: seed.meta_data };
}

function expectHealthyBoot(report: BootReport): void {
  expect(report.problems).toEqual([]);
  expect(report.cloud_init_status).toBe('done');
  expect(report.ok).toBe(true);
  expect(report.mounts).toEqual(expect.arrayContaining([expect.objectContaining({ target: '/srv/data', fstype: 'ext4' })]));
}

function filesystemUuid(): string {
  const r = execVm(DOMAIN, ['blkid', '-p', '-o', 'value', '-s', 'UUID', DEVICE]);
  expect(r.exit).toBe(0);
  return r.stdout.trim();
}

function proof(): string {
  const r = execVm(DOMAIN, ['cat', PROOF]);
  return r.exit === 0 ? r.stdout : `<missing: ${r.stderr.trim()}>`;
}

describe('a VM data disk on the runtime lab', () => {
  const first = synthStack('1');
  const changed = synthStack('2', true);

  beforeAll(() => {
    prepareVms();
    stopVm(DOMAIN, false); // no disk left over from an earlier run
  });
  afterAll(() => stopVm(DOMAIN, false));

  test('is formatted on first boot, then keeps its files and filesystem through re-creation and a spec change', () => {
    // A changed spec means a new instance-id: cloud-init treats the guest as a new instance.
    expect(changed.metaData).not.toBe(first.metaData);

    const boot1 = bootVm(first.dir, DOMAIN);
    expect(boot1.data_disks).toEqual([expect.objectContaining({ serial: 'keeper_data', existed_before_boot: false })]);
    expectHealthyBoot(boot1);
    const uuid = filesystemUuid();
    expect(uuid).toMatch(/^[0-9a-f-]{36}$/);
    const token = `written before re-creation ${Date.now()}\n`;
    expect(execVm(DOMAIN, ['sh', '-c', `printf '%s' '${token}' > ${PROOF} && sync`]).exit).toBe(0);
    stopVm(DOMAIN);

    // The lab's default second boot: a fresh root disk over the base image, the same data disk.
    const boot2 = bootVm(first.dir, DOMAIN);
    expect(boot2.data_disks).toEqual([expect.objectContaining({ existed_before_boot: true })]);
    expectHealthyBoot(boot2);
    expect(proof()).toBe(token);
    expect(filesystemUuid()).toBe(uuid);
    stopVm(DOMAIN);

    // The changed spec: another instance-id, so every per-instance module runs again. Its seed
    // holds a secret, merged in by Terraform (evaluated here by terraform console).
    const boot3 = bootVm(withSeedsEvaluated(changed.dir, { keeper_token: SECRET }), DOMAIN);
    expectHealthyBoot(boot3);
    expect(proof()).toBe(token);
    expect(filesystemUuid()).toBe(uuid);

    // What the running service really got, as systemd read the env file and the command line.
    const pid = execVm(DOMAIN, ['systemctl', 'show', '-p', 'MainPID', '--value', 'keeper.service']).stdout.trim();
    expect(Number(pid)).toBeGreaterThan(0);
    const environ = execVm(DOMAIN, ['cat', `/proc/${pid}/environ`]).stdout.split('\0');
    expect(environ).toEqual(expect.arrayContaining([`GENERATION=2`, `HOSTILE=${HOSTILE_ENV}`, `TOKEN=${SECRET}`]));
    const cmdline = execVm(DOMAIN, ['cat', `/proc/${pid}/cmdline`]).stdout.split('\0').slice(0, -1);
    expect(cmdline).toEqual(['/usr/bin/python3', '-c', 'import time; time.sleep(1e9)', ...HOSTILE_ARGS]);
  });
});
