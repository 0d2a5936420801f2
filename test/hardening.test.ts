// Issue 12: hardening and limits (capabilities, read-only root, sysctls, ulimits, /dev/shm, init,
// stop grace, extra hosts, log rotation) with one meaning on every target, or a synth error that
// says why and names the targets that can.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { expectGuestChecksPass, guestConfig } from './guest-checks';
import { readDockerRun, readExecLine, readUnitFile } from './readback';
import { tfcheck, tfcheckAvailable } from './tfcheck';
import { newStack, problems, resources, synth } from './util';
import { ContainerWorkload, HybridVm, OperatingSystem, VmSpec, VmWorkload, WorkloadSpec, SEPARATE_MACHINES_CONTEXT } from '../src';

const guest: VmSpec = { adminUser: 'admin', sshAuthorizedKeys: ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAITestKey test@host'] };

/** Every hardening field set, for an image. */
const hardened: WorkloadSpec = {
  name: 'web',
  image: 'nginx:1.27',
  capAdd: ['net_bind_service', 'CAP_CHOWN'],
  capDrop: ['ALL'],
  readOnlyRootFilesystem: true,
  sysctls: { 'net.ipv4.ip_unprivileged_port_start': '0', 'net.core.somaxconn': '1024' },
  ulimits: [{ name: 'nofile', soft: 1024, hard: 4096 }, { name: 'memlock', soft: -1, hard: -1 }],
  shmSizeMiB: 256,
  init: true,
  stopGraceSeconds: 45,
  extraHosts: [{ host: 'db.internal', ip: '10.0.0.5' }, { host: 'db.internal', ip: 'fd00::5' }],
  logging: { maxSizeMiB: 20, maxFiles: 5 },
  tmpfs: [{ mountPath: '/var/cache/nginx' }],
  volumes: [{ name: 'data', mountPath: '/srv/data' }, { name: 'assets', mountPath: '/srv/assets', readOnly: true }],
};

/** The same for a native recipe: a sysctl of the whole kernel, no shmSizeMiB (refused there). */
const native: WorkloadSpec = {
  ...hardened,
  name: 'search',
  image: undefined,
  native: { packages: ['nginx'] },
  command: ['/usr/sbin/nginx', '-g', 'daemon off;'],
  user: 'www-data',
  shmSizeMiB: undefined,
  sysctls: { 'vm.max_map_count': '262144', 'net.core.somaxconn': '1024' },
};

function container(spec: WorkloadSpec): any {
  const stack = newStack();
  new ContainerWorkload(stack, spec.name, { spec });
  return resources(synth(stack), 'docker_container')[0];
}

function vmConfig(spec: WorkloadSpec): { config: any; userData: string } {
  const stack = newStack();
  new VmWorkload(stack, spec.name, { spec, vm: guest });
  const userData = resources(synth(stack), 'libvirt_cloudinit_disk')[0].user_data as string;
  return { config: guestConfig(userData), userData };
}

function hybridConfig(...specs: WorkloadSpec[]): { config: any; userData: string } {
  const stack = newStack();
  new HybridVm(stack, 'apps', { specs, vm: guest });
  const userData = resources(synth(stack), 'libvirt_cloudinit_disk')[0].user_data as string;
  return { config: guestConfig(userData), userData };
}

function fileOf(config: any, p: string): string | undefined {
  return config.write_files.find((f: any) => f.path === p)?.content;
}

/** A unit's [Service] settings as systemd reads them: key → values. */
function service(config: any, unit: string): { [key: string]: string[] } {
  const text = fileOf(config, `/etc/systemd/system/${unit}`);
  if (text === undefined) throw new Error(`no unit ${unit}`);
  const read = readUnitFile(text);
  expect(read.errors).toEqual([]);
  const out: { [key: string]: string[] } = {};
  for (const e of read.entries.filter((x) => x.section === 'Service')) (out[e.key] = out[e.key] ?? []).push(e.value);
  return out;
}

/** The `docker create` of a guest's unit, as the Docker CLI reads it: flags by name. */
function dockerCreate(config: any, unit: string): { [flag: string]: string[] } {
  const unitService = service(config, unit);
  // A long-running container is created by ExecStart=, a job's before its attached run by ExecStartPre=.
  const create = [...unitService.ExecStartPre, ...unitService.ExecStart].map((v) => readExecLine(v)[0]).find((c) => c.argv[1] === 'create')!;
  const run = readDockerRun(create.argv.slice(2));
  expect(run.problems).toEqual([]);
  const flags: { [flag: string]: string[] } = {};
  for (const [k, v] of run.flags) (flags[k] = flags[k] ?? []).push(v);
  return flags;
}

describe('container target: docker_container attributes', () => {
  test('every field maps to its attribute; capabilities as CAP_ names, shm_size in MiB (the provider multiplies by 1024²)', () => {
    const c = container(hardened);
    expect(c.capabilities).toEqual({ add: ['CAP_NET_BIND_SERVICE', 'CAP_CHOWN'], drop: ['ALL'] });
    expect(c.read_only).toBe(true);
    expect(c.sysctls).toEqual({ 'net.core.somaxconn': '1024', 'net.ipv4.ip_unprivileged_port_start': '0' });
    expect(c.ulimit).toEqual([{ name: 'memlock', soft: -1, hard: -1 }, { name: 'nofile', soft: 1024, hard: 4096 }]);
    expect(c.shm_size).toBe(256);
    expect(c.init).toBe(true);
    expect([c.stop_timeout, c.destroy_grace_seconds]).toEqual([45, 45]);
    expect(c.host).toEqual([{ host: 'db.internal', ip: '10.0.0.5' }, { host: 'db.internal', ip: 'fd00::5' }]);
    expect(c.log_driver).toBe('json-file');
    expect(c.log_opts).toEqual({ 'max-size': '20m', 'max-file': '5' });
  });

  test('defaults: Docker\'s own (64 MiB /dev/shm, 10 s grace, no init, writable root), and log rotation on (10 MiB × 3)', () => {
    const c = container({ name: 'plain', image: 'nginx:1.27' });
    expect(c).toMatchObject({ shm_size: 64, stop_timeout: 10, destroy_grace_seconds: 10, init: false, read_only: false, log_driver: 'json-file', log_opts: { 'max-size': '10m', 'max-file': '3' } });
    for (const absent of ['capabilities', 'sysctls', 'ulimit', 'host']) expect(c).not.toHaveProperty(absent);
  });

  test('the same spec with its maps and lists in another order gives the same attributes', () => {
    const reordered = { ...hardened, sysctls: { 'net.core.somaxconn': '1024', 'net.ipv4.ip_unprivileged_port_start': '0' }, ulimits: [...hardened.ulimits!].reverse() };
    expect(JSON.stringify(container(reordered))).toBe(JSON.stringify(container(hardened)));
  });
});

describe.each([
  ['vm target, image', (s: WorkloadSpec) => vmConfig(s)],
  ['hybrid target', (s: WorkloadSpec) => hybridConfig(s)],
])('%s: docker create flags and the unit', (_, configOf) => {
  test('every field is a flag the Docker CLI reads; the unit waits for docker stop beyond the grace', () => {
    const { config, userData } = configOf(hardened);
    const flags = dockerCreate(config, 'cdktf-wl-web.service');
    expect(flags['cap-add']).toEqual(['CAP_NET_BIND_SERVICE', 'CAP_CHOWN']);
    expect(flags['cap-drop']).toEqual(['ALL']);
    expect(flags['read-only']).toEqual(['true']);
    expect(flags.sysctl).toEqual(['net.core.somaxconn=1024', 'net.ipv4.ip_unprivileged_port_start=0']);
    expect(flags.ulimit).toEqual(['memlock=-1:-1', 'nofile=1024:4096']);
    expect(flags['shm-size']).toEqual(['256m']);
    expect(flags.init).toEqual(['true']);
    expect(flags['stop-timeout']).toEqual(['45']);
    // The CLI splits --add-host at the first ":", so an IPv6 address stays whole.
    expect(flags['add-host']).toEqual(['db.internal:10.0.0.5', 'db.internal:fd00::5']);
    expect(flags['log-driver']).toEqual(['json-file']);
    expect(flags['log-opt']).toEqual(['max-file=5', 'max-size=20m']);
    const unit = service(config, 'cdktf-wl-web.service');
    expect(unit.ExecStop.map((v) => readExecLine(v)[0].argv)).toEqual([['/usr/bin/docker', 'stop', '--time', '45', 'web']]);
    expect(unit.TimeoutStopSec).toEqual(['60s']);
    // The guest's /etc/hosts stays cloud-init's: the entries are the container's.
    expect(config.manage_etc_hosts).toBe(true);
    expectGuestChecksPass(userData);
  });

  test('defaults: rotation and Docker\'s own shm size and grace, no other hardening flag', () => {
    const { config } = configOf({ name: 'plain', image: 'nginx:1.27' });
    const flags = dockerCreate(config, 'cdktf-wl-plain.service');
    expect(flags['log-opt']).toEqual(['max-file=3', 'max-size=10m']);
    expect([flags['shm-size'], flags['stop-timeout']]).toEqual([['64m'], ['10']]);
    for (const absent of ['cap-add', 'cap-drop', 'read-only', 'sysctl', 'ulimit', 'init', 'add-host']) expect(flags).not.toHaveProperty(absent);
    expect(service(config, 'cdktf-wl-plain.service').TimeoutStopSec).toEqual(['25s']);
  });

  test('a job: stopping a run gives the container the grace (SIGTERM through the attached client) before the kill', () => {
    const { config, userData } = configOf({ name: 'migrate', image: 'busybox:1.36', job: {}, stopGraceSeconds: 30 });
    expect(service(config, 'cdktf-wl-migrate.service').TimeoutStopSec).toEqual(['30s']);
    expect(dockerCreate(config, 'cdktf-wl-migrate.service')['stop-timeout']).toEqual(['30']);
    expectGuestChecksPass(userData);
  });

  test('readOnlyRootFilesystem with config files: they are bind mounts, which a read-only root keeps', () => {
    const { config } = configOf({ ...hardened, configFiles: [{ mountPath: '/etc/nginx/nginx.conf', content: 'events {}\n' }] });
    const flags = dockerCreate(config, 'cdktf-wl-web.service');
    expect(flags['read-only']).toEqual(['true']);
    expect(flags.mount).toEqual([expect.stringMatching(/^type=bind,source=.*,target=\/etc\/nginx\/nginx.conf,readonly$/)]);
  });
});

describe('vm target, native service: the systemd equivalents', () => {
  test('capabilities, limits, read-only root, stop grace in the unit; sysctls, journald rotation and /etc/hosts in the guest', () => {
    const { config, userData } = vmConfig(native);
    const unit = service(config, 'cdktf-wl-search.service');
    // drop ALL: the bounding set is the adds alone; the adds are ambient for the non-root User=.
    expect(unit.CapabilityBoundingSet).toEqual(['CAP_NET_BIND_SERVICE CAP_CHOWN']);
    expect(unit.AmbientCapabilities).toEqual(['CAP_NET_BIND_SERVICE CAP_CHOWN']);
    expect(unit.LimitMEMLOCK).toEqual(['infinity:infinity']);
    expect(unit.LimitNOFILE).toEqual(['1024:4096']);
    expect(unit.TimeoutStopSec).toEqual(['45s']);
    expect(unit.ProtectSystem).toEqual(['strict']);
    // Writable: the read-write volume and the tmpfs; not the read-only volume.
    expect(unit.ReadWritePaths).toEqual(['/srv/data /var/cache/nginx']);
    expect(fileOf(config, '/etc/sysctl.d/60-cdktf-workloads-search.conf')).toBe('net.core.somaxconn = 1024\nvm.max_map_count = 262144\n');
    expect(fileOf(config, '/etc/systemd/journald.conf.d/60-cdktf-workloads.conf')).toMatch(/^\[Journal\]\nSystemMaxFileSize=20M\nSystemMaxUse=100M\nRuntimeMaxFileSize=20M\nRuntimeMaxUse=100M\n$/m);
    const setup = fileOf(config, '/usr/local/lib/cdktf-workloads/search-setup')!;
    expect(setup.split('\n')).toEqual(expect.arrayContaining(['systemctl restart systemd-sysctl', 'systemctl restart systemd-journald']));
    expect(config.manage_etc_hosts).toBe(false);
    expect(fileOf(config, '/etc/hosts')!.split('\n').filter((l) => l && !l.startsWith('#')))
      .toEqual(['127.0.1.1 search', '127.0.0.1 localhost', '::1 localhost ip6-localhost ip6-loopback', 'ff02::1 ip6-allnodes', 'ff02::2 ip6-allrouters', '10.0.0.5 db.internal', 'fd00::5 db.internal']);
    expectGuestChecksPass(userData);
  });

  test.each([
    [{ capDrop: ['SYS_ADMIN', 'net_raw'] }, { CapabilityBoundingSet: ['~CAP_SYS_ADMIN CAP_NET_RAW'] }],
    [{ capDrop: ['ALL'] }, { CapabilityBoundingSet: [''] }],
    [{ capAdd: ['NET_ADMIN'] }, { AmbientCapabilities: ['CAP_NET_ADMIN'] }],
  ] as Array<[Partial<WorkloadSpec>, { [k: string]: string[] }]>)('capabilities %j → %j', (caps, want) => {
    const { config, userData } = vmConfig({ name: 'svc', native: {}, command: ['/usr/bin/app'], ...caps });
    const unit = service(config, 'cdktf-wl-svc.service');
    for (const key of ['CapabilityBoundingSet', 'AmbientCapabilities']) expect(unit[key]).toEqual(want[key]);
    expectGuestChecksPass(userData);
  });

  test.each([
    [['ALL'], ['SYS_MODULE'], '~CAP_SYS_MODULE'],
    [['ALL'], undefined, '~'],
  ])('capAdd %j, capDrop %j: every capability but the dropped ones is ambient (%s)', (capAdd, capDrop, want) => {
    const { config, userData } = vmConfig({ name: 'svc', native: {}, command: ['/usr/bin/app'], capAdd, capDrop });
    expect(service(config, 'cdktf-wl-svc.service').AmbientCapabilities).toEqual([want]);
    expectGuestChecksPass(userData);
  });

  test('defaults: journald rotated at 10 MiB × 3, the grace 10 s, cloud-init keeps /etc/hosts, nothing else added', () => {
    const { config } = vmConfig({ name: 'svc', native: {}, command: ['/usr/bin/app'] });
    const unit = service(config, 'cdktf-wl-svc.service');
    expect(unit.TimeoutStopSec).toEqual(['10s']);
    for (const absent of ['CapabilityBoundingSet', 'AmbientCapabilities', 'ProtectSystem', 'ReadWritePaths', 'LimitNOFILE']) expect(unit).not.toHaveProperty(absent);
    expect(fileOf(config, '/etc/systemd/journald.conf.d/60-cdktf-workloads.conf')).toContain('SystemMaxFileSize=10M\nSystemMaxUse=30M\n');
    expect(config.manage_etc_hosts).toBe(true);
    expect(fileOf(config, '/etc/hosts')).toBeUndefined();
    expect(config.write_files.some((f: any) => f.path.startsWith('/etc/sysctl.d/'))).toBe(false);
  });

  test('init is accepted: systemd already forwards signals (the service is not PID 1) and reaps orphans', () => {
    const stack = newStack();
    new VmWorkload(stack, 'svc', { spec: { name: 'svc', native: {}, command: ['/usr/bin/app'], init: true }, vm: guest });
    expect(problems(stack)).toEqual([]);
  });
});

function problemsOn(target: 'container' | 'vm' | 'hybrid', spec: WorkloadSpec): string[] {
  const stack = newStack();
  if (target === 'container') new ContainerWorkload(stack, spec.name, { spec });
  else if (target === 'vm') new VmWorkload(stack, spec.name, { spec, vm: guest });
  else new HybridVm(stack, 'apps', { specs: [spec], vm: guest });
  return problems(stack);
}

describe('validation: every problem with its field, value and fix, all at once', () => {
  test('names and ranges', () => {
    const found = problemsOn('container', {
      name: 'w',
      image: 'nginx:1.27',
      capAdd: ['NET_ADMIN', 'CAP_FLY', 'net_admin', 'a\nb'],
      capDrop: ['NET_ADMIN'],
      sysctls: { 'net core': '1', 'net.core.somaxconn': ' 1', 'net.ipv4.tcp_syncookies': 1 as any },
      ulimits: [{ name: 'nofile', soft: 10, hard: 5 }, { name: 'files', soft: 1, hard: 1 }, { name: 'nofile', soft: -1, hard: -1 }, { name: 'core', soft: 1.5, hard: 2 }],
      shmSizeMiB: 0,
      stopGraceSeconds: 0,
      init: 'yes' as any,
      extraHosts: [{ host: 'bad_host', ip: '10.0.0.1' }, { host: 'ok', ip: '10.0.0.256' }, { host: 'ok', ip: 'fe80::1%eth0' }, { host: 'x', ip: '10.0.0.1' }, { host: 'x', ip: '10.0.0.1' }],
      logging: { maxSizeMiB: 0, maxFiles: 101 },
    });
    expect(found).toEqual(expect.arrayContaining([
      'workload "w": capAdd[1] "CAP_FLY" is not a Linux capability; use a name from capabilities(7), with or without "CAP_" (e.g. "NET_ADMIN" or "CAP_NET_ADMIN"), or "ALL"',
      'workload "w": capAdd[2] "net_admin" is listed twice in capAdd; list each capability once',
      'workload "w": capAdd[3] "a\\nb" contains a line break or control character, and is not a Linux capability; write the capability\'s name, e.g. "NET_ADMIN"',
      'workload "w": capDrop[0] "NET_ADMIN" is in both capAdd and capDrop, which contradict each other; keep it in one of them',
      'workload "w": sysctls.net core "net core" is not a sysctl name; write it with dots as sysctl -a lists it, e.g. "net.core.somaxconn"',
      'workload "w": sysctls.net.core.somaxconn " 1" is not a sysctl value (printable ASCII, without leading or trailing blanks, not empty); write it as sysctl prints it, e.g. "1024" or "4096 87380 6291456"',
      'workload "w": sysctls.net.ipv4.tcp_syncookies 1 is not a string; write the value quoted, e.g. "1"',
      'workload "w": ulimits[0].soft 10 is above the hard limit 5; make soft at most hard: a process can raise its soft limit up to the hard one, never beyond',
      expect.stringMatching(/^workload "w": ulimits\[1\]\.name "files" is not a resource limit; use one of core, cpu, .*, nofile, /),
      'workload "w": ulimits[2].name "nofile" is limited twice; give each limit once',
      'workload "w": ulimits[2].soft -1 is less than 0; use a whole number of files from 0 to 1048576',
      'workload "w": ulimits[2].hard -1 is less than 0; use a whole number of files from 0 to 1048576',
      'workload "w": ulimits[3].soft 1.5 is not a whole number; use a whole number of bytes, seconds or counts (-1 is unlimited) from -1 to 9007199254740991',
      'workload "w": shmSizeMiB 0 is less than 1; use a whole number of MiB from 1 to 16777216',
      'workload "w": stopGraceSeconds 0 is less than 1; use a whole number of seconds from 1 to 3600',
      'workload "w": init "yes" is not true or false; write init: true or false',
      expect.stringMatching(/^workload "w": extraHosts\[0\]\.host "bad_host" is not a host name; /),
      'workload "w": extraHosts[1].ip "10.0.0.256" is not an IPv4 or IPv6 address; write an address such as "10.0.0.5" or "fd00::5"',
      'workload "w": extraHosts[2].ip "fe80::1%eth0" is not an IPv4 or IPv6 address; write an address such as "10.0.0.5" or "fd00::5"',
      'workload "w": extraHosts[4] "x 10.0.0.1" is listed twice; list each entry once',
      'workload "w": logging.maxSizeMiB 0 is less than 1; use a whole number of MiB from 1 to 1024',
      'workload "w": logging.maxFiles 101 is more than 100; use a whole number of files from 1 to 100',
    ]));
    expect(found).toHaveLength(22);
  });

  test('a ulimit without its hard limit, a name of Object\'s prototype, and lists that are not lists', () => {
    expect(problemsOn('container', { name: 'w', image: 'nginx:1.27', ulimits: [{ name: 'nproc', soft: 10 } as any, 'nofile' as any, { name: 'constructor', soft: 1, hard: 1 }], extraHosts: 'db:10.0.0.5' as any })).toEqual([
      'workload "w": ulimits[0].hard is missing; give the hard limit as a whole number of bytes, seconds or counts (-1 is unlimited)',
      'workload "w": ulimits[1] "nofile" is not an object; write it as { name: "nofile", soft: 1024, hard: 4096 }',
      expect.stringMatching(/^workload "w": ulimits\[2\]\.name "constructor" is not a resource limit; /),
      'workload "w": extraHosts "db:10.0.0.5" is not a list; give a list of { host: "db.internal", ip: "10.0.0.5" }',
    ]);
  });

  test('a sysctl name with a line break is reported once, without the name in the field path (found by the properties)', () => {
    expect(problemsOn('container', { name: 'w', image: 'nginx:1.27', sysctls: { 'net.x\ny': '${TfToken[TOKEN.1]}' } })).toEqual([
      'workload "w": sysctls "net.x\\ny" is not a sysctl name; write it with dots as sysctl -a lists it, e.g. "net.core.somaxconn"',
    ]);
    // Under a good name the value's own problem is named with the name.
    expect(problemsOn('container', { name: 'w', image: 'nginx:1.27', sysctls: { 'net.x': '${TfToken[TOKEN.1]}' } }))
      .toEqual([expect.stringMatching(/^workload "w": sysctls\.net\.x "\$\{TfToken\[TOKEN\.1\]\}" contains a cdktf token marker/)]);
  });

  test('nofile above fs.nr_open', () => {
    expect(problemsOn('container', { name: 'w', image: 'nginx:1.27', ulimits: [{ name: 'nofile', soft: 1024, hard: 2_000_000 }] }))
      .toEqual([expect.stringMatching(/^workload "w": ulimits\[0\]\.hard 2000000 is more than 1048576; /)]);
  });

  test('a sysctl outside the container\'s namespaces: refused where a container runs it, set by a native service in its own VM', () => {
    const spec: WorkloadSpec = { name: 'es', image: 'elasticsearch:8.15.0', sysctls: { 'vm.max_map_count': '262144', 'net.core.somaxconn': '1024', 'kernel.shmmax': '68719476736' } };
    expect(problemsOn('container', spec)).toEqual([
      'workload "es": sysctls.vm.max_map_count cannot be honoured by the container target (Docker lets a container set only the sysctls of its own namespaces (net.*, fs.mqueue.*, kernel.msgmax, kernel.msgmnb, kernel.msgmni, kernel.sem, kernel.shmall, kernel.shmmax, kernel.shmmni, kernel.shm_rmid_forced); the others belong to the host\'s kernel); remove it, or use a target that can: vm',
    ]);
    expect(problemsOn('hybrid', spec)).toEqual([expect.stringMatching(/^workload "es": sysctls\.vm\.max_map_count cannot be honoured by the hybrid target \(.*the kernel of the VM every workload shares\); remove it, or use a target that can: vm$/)]);
    expect(problemsOn('vm', spec)).toEqual([
      'workload "es": sysctls.vm.max_map_count is not a sysctl of the container\'s own namespaces (net.*, fs.mqueue.*, kernel.msgmax, kernel.msgmnb, kernel.msgmni, kernel.sem, kernel.shmall, kernel.shmmax, kernel.shmmni, kernel.shm_rmid_forced), and the vm target runs an image in a container, where Docker refuses it; install the workload with a native recipe (its VM is its own, and any sysctl is set there), or remove it',
    ]);
    expect(problemsOn('vm', { ...spec, image: undefined, native: {}, command: ['/usr/bin/app'] })).toEqual([]);
  });

  test('shmSizeMiB on a native service: an error that says why and names the targets that can', () => {
    expect(problemsOn('vm', { name: 'svc', native: {}, command: ['/usr/bin/app'], shmSizeMiB: 128 })).toEqual([
      'workload "svc": shmSizeMiB 128 cannot be honoured by the vm target (a native service uses the guest\'s own /dev/shm, which every process of the guest shares and the kernel sizes to half the VM\'s memory; the vm target sets --shm-size only for an image); remove it, or use a target that can: container, hybrid',
    ]);
    expect(problemsOn('vm', { name: 'img', image: 'nginx:1.27', shmSizeMiB: 128 })).toEqual([]);
  });

  test('readOnlyRootFilesystem on a native service: a writable mount path with a quote cannot be written in ReadWritePaths=', () => {
    expect(problemsOn('vm', { name: 'svc', native: {}, command: ['/usr/bin/app'], readOnlyRootFilesystem: true, tmpfs: [{ mountPath: '/srv/a"b' }] })).toEqual([
      'workload "svc": tmpfs[0].mountPath "/srv/a\\"b" contains a quote, which systemd\'s ReadWritePaths= (that keeps it writable under readOnlyRootFilesystem) cannot hold; use a path without quotes',
    ]);
  });

  test('a guest without cloud-init (os other than linux) refuses each hardening field the spec gives', () => {
    const found = problemsOn('vm', { name: 'win', os: OperatingSystem.WINDOWS, vm: { baseImagePath: '/var/lib/libvirt/images/win.qcow2' }, init: true, logging: { maxFiles: 2 } });
    // (The test guest's login is refused too: it also needs cloud-init.)
    expect(found.filter((m) => !m.includes(' vm.'))).toEqual([
      'workload "win": init needs cloud-init, which the vm target only uses for Linux guests (os is "windows"); configure it inside the base image, or remove it',
      'workload "win": logging needs cloud-init, which the vm target only uses for Linux guests (os is "windows"); configure it inside the base image, or remove it',
    ]);
  });

  test('readOnlyRootFilesystem with config files on the container target stays an error; vm and hybrid bind-mount them', () => {
    const spec: WorkloadSpec = { name: 'w', image: 'nginx:1.27', readOnlyRootFilesystem: true, configFiles: [{ mountPath: '/etc/app.conf', content: 'x\n' }] };
    expect(problemsOn('container', spec)).toEqual([expect.stringMatching(/^workload "w": configFiles \["\/etc\/app.conf"\] cannot be copied into a container with readOnlyRootFilesystem/)]);
    expect(problemsOn('vm', spec)).toEqual([]);
    expect(problemsOn('hybrid', spec)).toEqual([]);
  });
});

(tfcheckAvailable() ? describe : describe.skip)('hardening with the real terraform', () => {
  test('a stack of each target passes tfcheck (terraform validate and plan against the providers\' schemas)', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'hardening-tfcheck-'));
    // Samples of each target, not one deployment: their default libvirt networks need not differ.
    const app = new App({ outdir, context: { [SEPARATE_MACHINES_CONTEXT]: true } });
    new ContainerWorkload(new TerraformStack(app, 'containers'), 'web', { spec: hardened });
    new HybridVm(new TerraformStack(app, 'hybrid'), 'apps', { specs: [hardened], vm: guest });
    const v = new TerraformStack(app, 'vms');
    new VmWorkload(v, 'web', { spec: hardened, vm: guest });
    new VmWorkload(v, 'search', { spec: native, vm: guest });
    app.synth();
    const r = tfcheck([outdir]);
    expect(r.output).not.toMatch(/FAIL/);
    expect(r.status).toBe(0);
    expect(r.stacks).toHaveLength(3);
  });
});
