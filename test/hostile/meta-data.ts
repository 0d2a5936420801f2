// meta_data and network-config: the seed's other YAML documents, read by cloud-init with PyYAML
// (YAML 1.1). Issue 18 point 2: a VM named 12345, yes or 0x1f got `local-hostname: 12345`, which
// cloud-init 22.4's get_hostname read as a number and crashed on in init-local.
import { HostileCase, HostileTable, only } from './harness';
import { cloudInitSchema, hasCommand } from '../guest-checks';
import { readCloudConfigs } from '../readback';
import { evaluateTemplate } from '../terraform-eval';

/** YAML 1.1's special plain scalars: booleans, null, integers (octal, hex, binary, sexagesimal), floats, dates. */
export const YAML11_SPECIALS = ['yes', 'no', 'on', 'off', 'true', 'false', 'y', 'n', 'null', '~', '12345', '0123', '0x1f', '0b1',
  '1e3', '1_000', '.inf', '.nan', '12:30', '2001-12-14', 'Yes', 'NULL', '<<', '='];

/** Valid workload and VM names are 1-63 of a-z, 0-9 and "-": those specials must arrive as strings, the others are refused. */
const VALID_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;

const cases = (field: string, where: string): HostileCase[] => YAML11_SPECIALS.map((value) => ({
  name: `${JSON.stringify(value)} as ${where}`, field, value, expect: VALID_NAME.test(value) ? 'inert' : 'rejected',
}));

/** meta_data as the guest receives it (Terraform evaluates the seed's strings), read by cloud-init's YAML loader. */
function metaData(json: any): any {
  const seed = only(json, 'libvirt_cloudinit_disk');
  const userData = evaluateTemplate(seed.user_data);
  const [meta, network, user] = readCloudConfigs([evaluateTemplate(seed.meta_data), evaluateTemplate(seed.network_config), userData]);
  expect([meta.error, network.error, user.error]).toEqual([undefined, undefined, undefined]);
  if (hasCommand('cloud-init')) expect(cloudInitSchema(userData)).toMatchObject({ ok: true });
  // Every MAC a string (52:54:00:12:34:56 is a sexagesimal integer in YAML 1.1).
  for (const nic of Object.values<any>(network.value.ethernets)) expect(typeof nic.match.macaddress).toBe('string');
  return { meta: meta.value, user: user.value };
}

const image = (name: string) => ({ name, image: 'nginx:1.27', acceptRisks: [] });
const native = (name: string) => ({ name, native: { packages: ['nginx'] }, command: ['/usr/sbin/nginx', '-g', 'daemon off;'] });

export const tables: HostileTable[] = [
  {
    destination: 'meta_data: a workload\'s name on the vm target (image in the guest\'s engine)',
    cases: cases('name', 'a workload\'s name'),
    place: (c) => ({ target: 'vm', specs: [image(c.value)] }),
    readBack: (c, json) => {
      const { meta, user } = metaData(json);
      expect({ hostname: meta['local-hostname'], userHostname: user.hostname }).toEqual({ hostname: c.value, userHostname: c.value });
      expect(typeof meta['instance-id']).toBe('string');
      expect(meta['instance-id'].startsWith(`${c.value}-`)).toBe(true);
    },
  },
  {
    destination: 'meta_data: a workload\'s name on the vm target (native service)',
    cases: cases('name', 'a native workload\'s name').filter((c) => c.expect === 'inert'),
    place: (c) => ({ target: 'vm', specs: [native(c.value)] }),
    readBack: (c, json) => expect(metaData(json).meta['local-hostname']).toBe(c.value),
  },
  {
    destination: 'meta_data: the hybrid VM\'s name',
    cases: cases('hybrid.name', 'the hybrid VM\'s name'),
    place: (c) => ({ target: 'hybrid', specs: [image('web')], group: c.value }),
    readBack: (c, json) => {
      const { meta, user } = metaData(json);
      expect({ hostname: meta['local-hostname'], userHostname: user.hostname }).toEqual({ hostname: c.value, userHostname: c.value });
    },
  },
];
