// The env file of a workload in its guest (/etc/cdktf-workloads/<name>.env, 0600, read by systemd
// only): issue 18 point 3, a native config file, file or mount could replace or hide it. Read back
// by the env-file reader of readback.ts (systemd's rules).
import { HostileCase, HostileTable, only } from './harness';
import { asGuestReceives } from '../guest-checks';
import { readCloudConfigs, readEnvFile } from '../readback';

const native = (extra: object) => ({
  name: 'app', native: { packages: ['nginx'] }, command: ['/usr/sbin/nginx', '-g', 'daemon off;'], env: { GREETING: 'hello' }, ...extra,
});

export const tables: HostileTable[] = [
  {
    destination: 'env file: nothing of the spec lands on or over the workload\'s env file',
    cases: [
      { name: 'a native config file at the env file', field: 'configFiles[0].mountPath', value: '/etc/cdktf-workloads/app.env', expect: 'rejected' },
      { name: 'a native file at the env file', field: 'native.files[0].path', value: '/etc/cdktf-workloads/app.env', expect: 'rejected' },
      { name: 'a native volume over the env files\' directory', field: 'volumes[0].mountPath', value: '/etc/cdktf-workloads', expect: 'rejected' },
      { name: 'a native tmpfs over /etc (the env files\' directory)', field: 'tmpfs[0].mountPath', value: '/etc', expect: 'rejected' },
      { name: 'a native file beside it, in the program\'s own directory', field: 'native.files[0].path', value: '/etc/app/app.env', expect: 'inert' },
    ] as HostileCase[],
    place: (c) => {
      const extra = c.field.startsWith('configFiles') ? { configFiles: [{ mountPath: c.value, content: 'GREETING="taken"\n' }] }
        : c.field.startsWith('native') ? { native: { packages: ['nginx'], files: [{ path: c.value, content: 'GREETING="taken"\n' }] } }
        : c.field.startsWith('volumes') ? { volumes: [{ name: 'data', mountPath: c.value, preventDestroy: false }] }
        : { tmpfs: [{ mountPath: c.value }] };
      return { target: 'vm', specs: [native(extra)] };
    },
    readBack: (_c, json) => {
      const [config] = readCloudConfigs([asGuestReceives(only(json, 'libvirt_cloudinit_disk').user_data)]);
      const files = config.value.write_files.map((f: any, i: number) => [f.path, config.files![i]]).filter(([p]: [string]) => p === '/etc/cdktf-workloads/app.env');
      expect(files.length).toBe(1);
      expect(readEnvFile(files[0][1])).toEqual({ pairs: [['GREETING', 'hello']] });
    },
  },
];
