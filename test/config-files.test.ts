import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { expectGuestChecksPass, guestConfig } from './guest-checks';
import { dockerMount, readExecLine } from './readback';
import { newStack, problems, resources, synth } from './util';
import { AppSpecFile, ContainerWorkload, HybridVm, VmSpec, VmWorkload, WorkloadSpec } from '../src';
import { validateSpec } from '../src/model/validate';

const guest: VmSpec = { adminUser: 'admin', sshAuthorizedKeys: ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAITestKey test@host'] };
const NGINX_CONF = 'events {}\nhttp { server { return 200 "${host} 50%"; } }\n';

const web: WorkloadSpec = {
  name: 'web',
  image: 'nginx:1.27',
  configFiles: [
    { mountPath: '/etc/nginx/nginx.conf', content: NGINX_CONF },
    { mountPath: '/etc/app/secret.ini', content: 'k=v\n', mode: '0440' },
  ],
};

let dir: string;
beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'config-files-')); });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function containerJson(spec: WorkloadSpec) {
  const stack = newStack();
  new ContainerWorkload(stack, spec.name, { spec });
  return synth(stack);
}

function cloudConfig(json: any): any {
  return guestConfig(resources(json, 'libvirt_cloudinit_disk')[0].user_data);
}

function writeFile(config: any, p: string): any {
  return config.write_files.find((f: any) => f.path === p);
}

function unit(config: any, name: string): string {
  return writeFile(config, `/etc/systemd/system/${name}`).content;
}

/** The argv of a unit's ExecStart, as systemd reads it. */
function execStart(unitText: string): string[] {
  const [command] = readExecLine(/^ExecStart=(.*)$/m.exec(unitText)![1]);
  expect(command.problems).toEqual([]);
  return command.argv;
}

describe('configFiles on the container target', () => {
  test('each file is an upload of every replica: base64 of the exact bytes, the mode, at mountPath', () => {
    const json = containerJson({ ...web, replicas: 2 });
    const containers = resources(json, 'docker_container');
    expect(containers).toHaveLength(2);
    for (const c of containers) {
      // Sorted by mountPath, whatever the spec's order.
      expect(c.upload).toEqual([
        { file: '/etc/app/secret.ini', content_base64: Buffer.from('k=v\n').toString('base64'), permissions: '0440' },
        { file: '/etc/nginx/nginx.conf', content_base64: Buffer.from(NGINX_CONF).toString('base64'), permissions: '0444' },
      ]);
      expect(Buffer.from(c.upload[1].content_base64, 'base64').toString('utf8')).toBe(NGINX_CONF);
    }
  });

  test('a "${" in a mount path reaches Terraform as a literal', () => {
    const json = containerJson({ name: 'w', image: 'nginx:1.27', configFiles: [{ mountPath: '/etc/${x}.conf', content: 'a' }] });
    expect(resources(json, 'docker_container')[0].upload[0].file).toBe('/etc/$${x}.conf');
  });

  test('with readOnlyRootFilesystem it is an error: Docker refuses to copy into a read-only root file system', () => {
    const stack = newStack();
    new ContainerWorkload(stack, 'web', { spec: { ...web, readOnlyRootFilesystem: true } });
    expect(problems(stack)).toContainEqual(expect.stringMatching(
      /^workload "web": configFiles \["\/etc\/nginx\/nginx.conf","\/etc\/app\/secret.ini"\] cannot be copied into a container with readOnlyRootFilesystem.*; drop readOnlyRootFilesystem on the container target, or use the vm or hybrid target/));
  });
});

describe('configFiles in guests', () => {
  test('vm, image: written under the workload\'s directory, root-owned with the mode, bind-mounted read-only', () => {
    const stack = newStack();
    new VmWorkload(stack, 'web', { spec: web, vm: guest });
    const json = synth(stack);
    const config = cloudConfig(json);
    const files = config.write_files.filter((f: any) => f.path.startsWith('/etc/cdktf-workloads/files/'));
    expect(files.map((f: any) => [f.path.replace(/[0-9a-f]{12}-/, 'HASH-'), f.content, f.permissions, f.owner, f.defer]))
      .toEqual([
        ['/etc/cdktf-workloads/files/web/HASH-secret.ini', 'k=v\n', '0440', 'root:root', undefined],
        ['/etc/cdktf-workloads/files/web/HASH-nginx.conf', NGINX_CONF, '0444', 'root:root', undefined],
      ]);
    const words = execStart(unit(config, 'cdktf-wl-web.service'));
    const mounts = words.flatMap((w, i) => (w === '--mount' ? [words[i + 1]] : []));
    expect(mounts).toEqual([
      `type=bind,source=${files[0].path},target=/etc/app/secret.ini,readonly`,
      `type=bind,source=${files[1].path},target=/etc/nginx/nginx.conf,readonly`,
    ]);
    expectGuestChecksPass(resources(json, 'libvirt_cloudinit_disk')[0].user_data);
  });

  test('vm, native: written by cloud-init at mountPath after the packages, and read-only for the service', () => {
    const stack = newStack();
    new VmWorkload(stack, 'site', {
      vm: guest,
      spec: { name: 'site', native: { packages: ['nginx'] }, command: ['/usr/sbin/nginx', '-g', 'daemon off;'], configFiles: [{ mountPath: '/etc/nginx/nginx.conf', content: NGINX_CONF }, { mountPath: '/etc/a%b.conf', content: 'x', mode: '400' }] },
    });
    const json = synth(stack);
    const config = cloudConfig(json);
    expect(writeFile(config, '/etc/nginx/nginx.conf')).toMatchObject({ content: NGINX_CONF, permissions: '0444', owner: 'root:root', defer: true, encoding: 'b64' });
    expect(writeFile(config, '/etc/a%b.conf')).toMatchObject({ content: 'x', permissions: '400', owner: 'root:root', defer: true });
    expect(unit(config, 'cdktf-wl-site.service')).toMatch(/^ReadOnlyPaths=\/etc\/a%%b.conf \/etc\/nginx\/nginx.conf$/m);
    expectGuestChecksPass(resources(json, 'libvirt_cloudinit_disk')[0].user_data);
  });

  test('vm, native: a quote in the mount path, or a path native.files writes too, is an error', () => {
    const stack = newStack();
    new VmWorkload(stack, 'site', {
      vm: guest,
      spec: { name: 'site', native: { files: [{ path: '/etc/x.conf', content: 'a' }] }, command: ['/usr/bin/x'], configFiles: [{ mountPath: '/etc/it\'s', content: 'a' }, { mountPath: '/etc/x.conf', content: 'b' }] },
    });
    expect(problems(stack)).toEqual([
      'workload "site": configFiles[0].mountPath "/etc/it\'s" contains a quote, which systemd\'s ReadOnlyPaths= (that keeps a native service from writing the file) cannot hold; use a path without quotes',
      'workload "site": configFiles[1].mountPath "/etc/x.conf" is also written by native.files[0]; write each file once: as a config file or as a native file',
    ]);
  });

  test('hybrid: each workload\'s files in its own directory of the VM, bind-mounted into its container only', () => {
    const stack = newStack();
    new HybridVm(stack, 'apps', { vm: guest, specs: [web, { name: 'api', image: 'nginx:1.27', configFiles: [{ mountPath: '/etc/nginx/nginx.conf', content: 'api' }] }] });
    const json = synth(stack);
    const config = cloudConfig(json);
    const apiFile = config.write_files.find((f: any) => f.path.startsWith('/etc/cdktf-workloads/files/api/'));
    const webFile = config.write_files.find((f: any) => f.path.startsWith('/etc/cdktf-workloads/files/web/') && f.path.endsWith('nginx.conf'));
    expect([apiFile.content, webFile.content]).toEqual(['api', NGINX_CONF]);
    const apiMounts = execStart(unit(config, 'cdktf-wl-api.service')).filter((w) => w.startsWith('type=bind'));
    expect(apiMounts).toEqual([`type=bind,source=${apiFile.path},target=/etc/nginx/nginx.conf,readonly`]);
    expectGuestChecksPass(resources(json, 'libvirt_cloudinit_disk')[0].user_data);
  });

  test('a quote in a mount path is quoted for the --mount CSV, and reaches docker as written', () => {
    const stack = newStack();
    new VmWorkload(stack, 'w', { vm: guest, spec: { name: 'w', image: 'nginx:1.27', configFiles: [{ mountPath: '/etc/a"b$c', content: 'x' }] } });
    const words = execStart(unit(cloudConfig(synth(stack)), 'cdktf-wl-w.service'));
    const mount = words[words.indexOf('--mount') + 1];
    expect(mount).toMatch(/^type=bind,source=\/etc\/cdktf-workloads\/files\/w\/[0-9a-f]{12}-a_b_c,"target=\/etc\/a""b\$c",readonly$/);
    expect(dockerMount(mount)).toEqual({ fields: [['type', 'bind'], ['source', expect.stringMatching(/-a_b_c$/)], ['target', '/etc/a"b$c'], ['readonly', undefined]] });
  });
});

describe('configFiles source', () => {
  test('is read at synth, relative to the working directory when not loaded from an app file', () => {
    fs.writeFileSync(path.join(dir, 'site.conf'), 'from a file ✓\n');
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const json = containerJson({ name: 'w', image: 'nginx:1.27', configFiles: [{ mountPath: '/etc/site.conf', source: 'site.conf' }] });
      expect(Buffer.from(resources(json, 'docker_container')[0].upload[0].content_base64, 'base64').toString('utf8')).toBe('from a file ✓\n');
    } finally {
      process.chdir(cwd);
    }
  });

  test('loadAppSpec resolves it relative to the app file, wherever the process runs', () => {
    const sub = path.join(dir, 'app');
    fs.mkdirSync(path.join(sub, 'conf'), { recursive: true });
    fs.writeFileSync(path.join(sub, 'conf', 'nginx.conf'), NGINX_CONF);
    fs.writeFileSync(path.join(sub, 'app.yaml'), 'workloads:\n  - name: web\n    image: nginx:1.27\n    configFiles:\n      - mountPath: /etc/nginx/nginx.conf\n        source: conf/nginx.conf\n');
    const app = AppSpecFile.load(path.join(sub, 'app.yaml'));
    expect(app.workloads[0].configFiles![0].source).toBe(path.join(sub, 'conf', 'nginx.conf'));
    const json = containerJson(app.workloads[0]);
    expect(Buffer.from(resources(json, 'docker_container')[0].upload[0].content_base64, 'base64').toString('utf8')).toBe(NGINX_CONF);
  });

  test('a missing file, a directory, invalid UTF-8, a NUL byte and more than 1 MiB are errors naming the field, all at once', () => {
    fs.writeFileSync(path.join(dir, 'latin1.conf'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    fs.writeFileSync(path.join(dir, 'nul.conf'), 'a\u0000b');
    fs.writeFileSync(path.join(dir, 'big.conf'), Buffer.alloc(1024 * 1024 + 1, 'a'));
    const sources = ['missing.conf', '.', 'latin1.conf', 'nul.conf', 'big.conf'].map((s) => path.join(dir, s));
    const stack = newStack();
    new ContainerWorkload(stack, 'w', { spec: { name: 'w', image: 'nginx:1.27', configFiles: sources.map((source, i) => ({ mountPath: `/etc/f${i}`, source })) } });
    const found = problems(stack);
    const at = (s: string) => JSON.stringify(s);
    expect(found).toEqual([
      `workload "w": configFiles[0].source ${at(sources[0])} cannot be read: no such file; give the path of an existing file, relative to the app file when the spec is loaded from one, else to the working directory`,
      `workload "w": configFiles[1].source ${at(sources[1])} is not a file; give the path of a regular file, not a directory or device`,
      `workload "w": configFiles[2].source ${at(sources[2])} is not UTF-8 text; save the file as UTF-8; a config file is text`,
      `workload "w": configFiles[3].source ${at(sources[3])} holds a NUL byte at byte 1; a config file is text: remove it`,
      `workload "w": configFiles[4].source ${at(sources[4])} has 1048577 bytes, more than the 1048576 (1 MiB) a config file may have; keep data in a volume, not a config file`,
    ]);
  });
});

describe('configFiles validation', () => {
  const errors = (configFiles: any[], extra: Partial<WorkloadSpec> = {}) => validateSpec({ name: 'w', image: 'nginx:1.27', configFiles, ...extra });

  test('exactly one of content and source', () => {
    expect(errors([{ mountPath: '/a' }, { mountPath: '/b', content: 'x', source: 'b.conf' }])).toEqual([
      'workload "w": configFiles[0] sets neither content nor source; give exactly one: the text as content, or the path of a file as source',
      'workload "w": configFiles[1] sets both content and source; give exactly one: the text as content, or the path of a file as source',
    ]);
  });

  test('mountPath: absolute, normalized, not the root, once', () => {
    expect(errors([
      { mountPath: 'etc/a', content: 'x' }, { mountPath: '/etc/../a', content: 'x' }, { mountPath: '/etc/a/', content: 'x' },
      { mountPath: '/', content: 'x' }, { mountPath: '/a:b', content: 'x' }, { mountPath: '/etc/b', content: 'x' }, { mountPath: '/etc//b', content: 'x' },
    ])).toEqual([
      'workload "w": configFiles[0].mountPath "etc/a" is not an absolute path; start the mount path with "/"',
      'workload "w": configFiles[1].mountPath "/etc/../a" is not a normalized path to a file (no ".", "..", "//" or trailing "/"); write it as "/a"',
      'workload "w": configFiles[2].mountPath "/etc/a/" is not a normalized path to a file (no ".", "..", "//" or trailing "/"); write it as "/etc/a"',
      'workload "w": configFiles[3].mountPath "/" is the root directory, which a volume or tmpfs cannot be mounted over; mount it at a directory such as "/data"',
      expect.stringMatching(/^workload "w": configFiles\[4\].mountPath "\/a:b" contains ":"/),
      'workload "w": configFiles[6].mountPath "/etc//b" is already mounted by configFiles[5]; mount each path once',
    ]);
  });

  test('no config file at, inside or above a volume or tmpfs', () => {
    expect(errors([
      { mountPath: '/data', content: 'x' }, { mountPath: '/data/app.conf', content: 'x' }, { mountPath: '/run', content: 'x' },
    ], { volumes: [{ name: 'data', mountPath: '/data' }], tmpfs: [{ mountPath: '/run/app' }] })).toEqual([
      'workload "w": configFiles[0].mountPath "/data" is already mounted by volumes[0]; mount each path once',
      'workload "w": configFiles[1].mountPath "/data/app.conf" is inside volumes[0]\'s mount path "/data"; mount the config file outside every volume and tmpfs (the mount would hide it, or it would be written into the volume)',
      'workload "w": configFiles[2].mountPath "/run" is a directory of tmpfs[0]\'s mount path "/run/app", but a config file is a file; mount them at paths that do not contain each other',
    ]);
  });

  test('mode: three octal digits without write bits', () => {
    expect(errors([
      { mountPath: '/a', content: 'x', mode: '0444' }, { mountPath: '/b', content: 'x', mode: '440' }, { mountPath: '/c', content: 'x', mode: '0644' },
      { mountPath: '/d', content: 'x', mode: '4444' }, { mountPath: '/e', content: 'x', mode: 'r--r--r--' }, { mountPath: '/f', content: 'x', mode: 444 as any },
    ])).toEqual([
      'workload "w": configFiles[2].mode "0644" lets the file be written, but a config file is mounted read-only; drop the write bits, e.g. "0444" or "0440"',
      'workload "w": configFiles[3].mode "4444" is not an octal mode of three digits; write it as a string like "0444" or "0440"',
      'workload "w": configFiles[4].mode "r--r--r--" is not an octal mode of three digits; write it as a string like "0444" or "0440"',
      'workload "w": configFiles[5].mode 444 is not an octal mode of three digits; write it as a string like "0444" or "0440"',
    ]);
  });

  test('content: no NUL, at most 1 MiB; source: a path on one line', () => {
    expect(errors([
      { mountPath: '/a', content: 'a\u0000b' }, { mountPath: '/b', content: 'é'.repeat(512 * 1024 + 1) }, { mountPath: '/c', source: '' }, { mountPath: '/d', source: 'a\nb' },
    ])).toEqual([
      expect.stringMatching(/^workload "w": configFiles\[0\].content "a\\u0000b" contains a NUL character/),
      expect.stringMatching(/^workload "w": configFiles\[1\].content "é+…" has 1048578 bytes, more than the 1048576 \(1 MiB\) a config file may have/),
      'workload "w": configFiles[2].source "" is not a path; give the path of a file, relative to the app file or the working directory',
      expect.stringMatching(/^workload "w": configFiles\[3\].source "a\\nb" contains a line break/),
    ]);
  });
});
