// Shell scripts the library writes into guests: a native service's health probe restarts the
// service by its unit's name (issue 18 point 3: `systemctl restart ssh.service` restarted sshd for
// a workload named ssh). Run by bash with every program stubbed (readback.ts runShell).
import { HostileCase, HostileTable, only } from './harness';
import { asGuestReceives } from '../guest-checks';
import { readCloudConfigs, runShell } from '../readback';

const NAMES = ['ssh', 'systemd-journald', 'cloud-final', 'dbus', 'docker'];

export const tables: HostileTable[] = [
  {
    destination: 'shell: a native health probe restarts the workload\'s own unit',
    cases: NAMES.map((value): HostileCase => ({ name: `the health probe of a native workload named ${value}`, field: 'name', value, expect: 'inert' })),
    place: (c) => ({
      target: 'vm',
      specs: [{
        name: c.value, native: { packages: ['nginx'] }, command: ['/usr/sbin/nginx', '-g', 'daemon off;'],
        ports: [{ name: 'http', containerPort: 80 }], healthCheck: { tcp: { port: 'http' }, retries: 1 },
      }],
    }),
    readBack: (c, json) => {
      const [config] = readCloudConfigs([asGuestReceives(only(json, 'libvirt_cloudinit_disk').user_data)]);
      const i = config.value.write_files.findIndex((f: any) => f.path === `/usr/local/lib/cdktf-workloads/${c.value}-health`);
      expect(i).toBeGreaterThanOrEqual(0);
      // The probe fails once (retries 1): the script restarts the unit it names.
      const [run] = runShell('bash', [{ mode: 'source', text: config.files![i]!, stubs: { timeout: 1, systemctl: 0, mkdir: 0, cat: 1, rm: 0, touch: 0 } }]);
      expect(run.calls.filter((call) => call[0] === 'systemctl')).toEqual([['systemctl', 'restart', `cdktf-wl-${c.value}.service`]]);
    },
  },
];
