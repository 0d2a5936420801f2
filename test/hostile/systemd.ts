// systemd units in the guests: their names (issue 18 point 3: a workload named like a unit of the
// guest wrote /etc/systemd/system/<name>.service over it), native mounts over the guest's own
// paths, and path lists (point 8: a "'" in a shared volume's mountPath made systemd ignore
// RequiresMountsFor=). Read back by systemd-analyze verify and the unit reader of readback.ts.
import * as fs from 'fs';
import { HostileCase, HostileTable, only } from './harness';
import { asGuestReceives, systemdVerify, unitsOf } from '../guest-checks';
import { readExecLine, readSystemdValue, readUnitFile } from '../readback';

/**
 * Units a Debian guest has: this machine's (Debian 12 with systemd, cloud-init and docker.io) and
 * those of the guest's packages that are not installed here (openssh-server, qemu-guest-agent).
 */
const GUEST_UNITS = new Set([...fs.readdirSync('/usr/lib/systemd/system'), 'ssh.service', 'ssh@.service', 'ssh.socket', 'sshd.service', 'qemu-guest-agent.service']);

const TAKEOVERS: Array<[string, 'image' | 'native']> = [
  ['docker', 'image'], ['containerd', 'image'], ['dbus', 'image'],
  ['ssh', 'native'], ['sshd', 'native'], ['systemd-journald', 'native'], ['cloud-final', 'native'], ['cloud-init', 'native'],
];

const spec = (name: string, kind: 'image' | 'native', extra: object = {}) => (kind === 'image'
  ? { name, image: 'nginx:1.27', ...extra }
  : { name, native: { packages: ['nginx'] }, command: ['/usr/sbin/nginx', '-g', 'daemon off;'], ...extra });

function guestUnits(json: any): Array<{ name: string; content: string }> {
  return unitsOf(asGuestReceives(only(json, 'libvirt_cloudinit_disk').user_data));
}

/** The guest's units pass systemd-analyze verify, and none has the name of a unit the guest already has. */
function ownUnitsOnly(json: any): Array<{ name: string; content: string }> {
  const units = guestUnits(json);
  expect(units.map((u) => u.name).filter((n) => GUEST_UNITS.has(n))).toEqual([]);
  expect(systemdVerify(units)).toEqual({ ok: true, output: '' });
  return units;
}

const takeoverCases: HostileCase[] = TAKEOVERS.flatMap(([name, kind]) => [
  { name: `a workload named ${name} (${kind}, with a health check)`, field: 'name', value: name, expect: 'inert' as const },
]);

/** Native file and mount paths over what the OS or the library owns in the guest. */
const OWNED_MOUNTS: Array<[string, string]> = [
  ['volumes[0].mountPath', '/etc'], ['volumes[0].mountPath', '/usr'], ['volumes[0].mountPath', '/var/lib'], ['volumes[0].mountPath', '/var'],
  ['volumes[0].mountPath', '/etc/systemd/system'], ['volumes[0].mountPath', '/var/lib/cloud'], ['volumes[0].mountPath', '/home'],
  ['volumes[0].mountPath', '/etc/cdktf-workloads'], ['volumes[0].mountPath', '/usr/local'], ['volumes[0].mountPath', '/boot'],
  ['tmpfs[0].mountPath', '/run/cdktf-workloads'], ['tmpfs[0].mountPath', '/etc/ssh'], ['tmpfs[0].mountPath', '/tmp'], ['tmpfs[0].mountPath', '/usr/lib'],
];

const placeMount = (c: HostileCase) => {
  const extra = c.field.startsWith('tmpfs') ? { tmpfs: [{ mountPath: c.value }] }
    : { volumes: [{ name: 'data', mountPath: c.value, preventDestroy: false, shared: c.name.includes('shared') }] };
  return { target: 'vm' as const, specs: [spec('app', 'native', extra)] };
};

export const tables: HostileTable[] = [
  {
    destination: 'systemd: unit names in the guest',
    cases: takeoverCases,
    place: (c) => {
      const kind = TAKEOVERS.find(([n]) => n === c.value)![1];
      const health = kind === 'native' ? { ports: [{ name: 'http', containerPort: 80 }], healthCheck: { tcp: { port: 'http' } } } : {};
      return { target: 'vm', specs: [spec(c.value, kind, health)] };
    },
    readBack: (c, json) => {
      const units = ownUnitsOnly(json);
      // The workload's own unit exists, under the library's prefix, and what enables it names it.
      const service = units.find((u) => u.name === `cdktf-wl-${c.value}.service`);
      expect(service).toBeDefined();
      const runcmd = asGuestReceives(only(json, 'libvirt_cloudinit_disk').user_data).split('\n').filter((l) => l.includes('systemctl enable --now'));
      expect(runcmd.join(' ')).toContain(`cdktf-wl-${c.value}.service`);
      expect(runcmd.join(' ')).not.toMatch(new RegExp(`\\s${c.value}\\.(service|timer)\\b`));
    },
  },
  {
    destination: 'systemd: the same names in the hybrid VM',
    cases: TAKEOVERS.filter(([, kind]) => kind === 'image').map(([name]) => ({ name: `a container named ${name} in the hybrid VM`, field: 'name', value: name, expect: 'inert' as const })),
    place: (c) => ({ target: 'hybrid', specs: [spec(c.value, 'image'), spec('web', 'image', { dependsOn: [c.value] })] }),
    readBack: (c, json) => {
      const units = ownUnitsOnly(json);
      const web = readUnitFile(units.find((u) => u.name === 'cdktf-wl-web.service')!.content).entries;
      // docker.service is the engine's, and the dependency is the container's own unit.
      expect(web.filter((e) => e.key === 'Requires').map((e) => e.value)).toEqual(['docker.service']);
      expect(web.find((e) => e.key === 'After')!.value.split(' ')).toContain(`cdktf-wl-${c.value}.service`);
    },
  },
  {
    destination: 'systemd: native mounts over the guest\'s own directories',
    cases: [
      ...OWNED_MOUNTS.map(([field, value]): HostileCase => ({ name: `a native ${field.startsWith('tmpfs') ? 'tmpfs' : 'volume'} at ${value}`, field, value, expect: 'rejected' })),
      { name: 'a native shared volume at /etc/systemd', field: 'volumes[0].mountPath', value: '/etc/systemd', expect: 'rejected' },
      { name: 'a native volume at /srv/data (a directory of its own)', field: 'volumes[0].mountPath', value: '/srv/data', expect: 'inert' },
      { name: 'a native volume at /var/lib/postgresql', field: 'volumes[0].mountPath', value: '/var/lib/postgresql', expect: 'inert' },
    ],
    place: placeMount,
    readBack: (_c, json) => { ownUnitsOnly(json); },
  },
  {
    destination: 'systemd: path lists (RequiresMountsFor=) of a native shared volume',
    cases: ['/srv/it\'s', '/srv/"quoted"', '/srv/a\'b"c', '/srv/100%', '/srv/$HOME'].map((value) => ({
      name: `a shared volume mounted at ${value}`, field: 'volumes[0].mountPath', value, expect: 'inert' as const,
    })),
    place: (c) => ({ target: 'vm', specs: [spec('app', 'native', { volumes: [{ name: 'data', mountPath: c.value, shared: true, preventDestroy: false }] })] }),
    readBack: (c, json) => {
      const units = ownUnitsOnly(json);
      const entries = readUnitFile(units.find((u) => u.name === 'cdktf-wl-app.service')!.content).entries;
      const line = entries.filter((e) => e.key === 'RequiresMountsFor');
      expect(line.length).toBe(1);
      // Its words as systemd splits and unquotes them (the exec reader does the same for words without C escapes).
      const [command] = readExecLine(`/x ${line[0].value}`);
      expect({ paths: command.argv.slice(1), problems: command.problems }).toEqual({ paths: [c.value], problems: [] });
        // The mount unit's Where= is the path (systemd-analyze verify checked that the unit's name matches it).
      const mount = units.find((u) => u.name.endsWith('.mount'))!;
      expect(readSystemdValue(readUnitFile(mount.content).entries.find((e) => e.key === 'Where')!.value)).toEqual({ value: c.value, problems: [] });
    },
  },
];
