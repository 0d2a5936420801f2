// The cloud-config's write_files: where a native workload's files land (issue 18 point 3: a config
// file could replace the library's unit, the secret env file, sshd's configuration), what a
// non-Linux guest cannot take (point 8: os windows dropped configFiles and job without a word),
// and the names of config files in the guest (point 8: names of 243-255 bytes broke). Read back by
// cloud-init's YAML loader and `cloud-init schema`.
import { HostileCase, HostileTable, only } from './harness';
import { asGuestReceives, cloudInitSchema, hasCommand } from '../guest-checks';
import { readCloudConfigs } from '../readback';

const native = (extra: object) => ({ name: 'app', native: { packages: ['nginx'] }, command: ['/usr/sbin/nginx', '-g', 'daemon off;'], ...extra });

/** Native file paths over what the OS or the library owns. */
const OWNED_FILES = [
  '/etc/systemd/system/cdktf-wl-app.service', '/etc/systemd/system/ssh.service', '/etc/cdktf-workloads/app.env',
  '/usr/local/lib/cdktf-workloads/app-setup', '/etc/ssh/sshd_config', '/etc/sudoers', '/etc/sudoers.d/app', '/etc/passwd',
  '/etc/cloud/cloud.cfg.d/99-app.cfg', '/var/lib/cloud/instance/user-data.txt', '/etc/ld.so.preload', '/usr/bin/sudo',
  '/bin/sh', '/etc', '/etc/sysctl.d/99-app.conf',
];

function writtenFiles(json: any): Array<{ path: string; content?: string }> {
  const text = asGuestReceives(only(json, 'libvirt_cloudinit_disk').user_data);
  if (hasCommand('cloud-init')) expect(cloudInitSchema(text).ok).toBe(true);
  const [read] = readCloudConfigs([text]);
  expect(read.error).toBeUndefined();
  return read.value.write_files.map((f: any, i: number) => ({ path: f.path, content: read.files![i] }));
}

const longName = (bytes: number) => `/etc/app/${'n'.repeat(bytes - 5)}.conf`;

export const tables: HostileTable[] = [
  {
    destination: 'cloud-config: native files over the guest\'s and the library\'s own files',
    cases: [
      ...OWNED_FILES.map((value): HostileCase => ({ name: `native.files at ${value}`, field: 'native.files[0].path', value, expect: 'rejected' })),
      ...OWNED_FILES.slice(0, 8).map((value): HostileCase => ({ name: `a native config file at ${value}`, field: 'configFiles[0].mountPath', value, expect: 'rejected' })),
      { name: 'native.files at /etc/nginx/conf.d/app.conf (the program\'s own directory)', field: 'native.files[0].path', value: '/etc/nginx/conf.d/app.conf', expect: 'inert' },
      { name: 'native.files at /usr/local/bin/app-helper', field: 'native.files[0].path', value: '/usr/local/bin/app-helper', expect: 'inert' },
    ],
    place: (c) => ({
      target: 'vm',
      specs: [native(c.field.startsWith('configFiles')
        ? { configFiles: [{ mountPath: c.value, content: 'x\n' }] }
        : { native: { packages: ['nginx'], files: [{ path: c.value, content: 'x\n' }] } })],
    }),
    readBack: (c, json) => {
      const files = writtenFiles(json);
      expect(files.filter((f) => f.path === c.value).map((f) => f.content)).toEqual(['x\n']);
    },
  },
  {
    destination: 'cloud-config: what a guest without cloud-init cannot take (os windows)',
    cases: [
      { name: 'configFiles on a Windows VM', field: 'configFiles', value: 'C:\\app.ini', expect: 'rejected' },
      { name: 'a run-once job on a Windows VM', field: 'job', value: '{}', expect: 'rejected' },
      { name: 'a scheduled job on a Windows VM', field: 'job', value: '30 3 * * *', expect: 'rejected' },
    ],
    place: (c) => ({
      target: 'vm',
      specs: [{
        name: 'win', os: 'windows' as any, vm: { baseImagePath: '/var/lib/libvirt/images/win.qcow2' },
        ...(c.field === 'configFiles' ? { configFiles: [{ mountPath: '/app.ini', content: 'x' }] } : { job: c.value === '{}' ? {} : { schedule: c.value } }),
      }],
    }),
    readBack: () => { throw new Error('a Windows guest has no cloud-init to read it'); },
  },
  {
    destination: 'cloud-config: a container\'s config file names in the guest (vm target with an image, hybrid)',
    cases: [242, 243, 250, 255].map((bytes): HostileCase => ({ name: `a config file name of ${bytes} bytes`, field: 'configFiles[0].mountPath', value: longName(bytes), expect: 'inert' })),
    place: (c) => ({ target: 'vm', specs: [{ name: 'app', image: 'nginx:1.27', configFiles: [{ mountPath: c.value, content: 'x\n' }] }] }),
    readBack: (c, json) => {
      const file = writtenFiles(json).find((f) => f.path.startsWith('/etc/cdktf-workloads/files/app/'))!;
      expect(file.content).toBe('x\n');
      // Every name in the path fits NAME_MAX, and the container's mount reads that very file.
      expect(file.path.split('/').map((n) => Buffer.byteLength(n)).filter((n) => n > 255)).toEqual([]);
      const unit = writtenFiles(json).find((f) => f.path === '/etc/systemd/system/cdktf-wl-app.service')!.content!;
      expect(unit).toContain(`source=${file.path},target=${c.value},readonly`);
    },
  },
];
