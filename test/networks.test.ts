import { asGuestReceives, expectGuestChecksPass, shellWords, unitsOf } from './guest-checks';
import { addresses, newStack, problems, resources, synth } from './util';
import { ContainerWorkload, DockerHost, HybridVm, VmSpec, WorkloadApp, WorkloadSpec, WorkloadTarget } from '../src';

const guest: VmSpec = { adminUser: 'admin', sshAuthorizedKeys: ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAITestKey test@host'] };
const app: WorkloadSpec = { name: 'app', image: 'nginx:1.27', networks: ['front', 'back'] };
const db: WorkloadSpec = { name: 'db', image: 'postgres:16.4', networks: ['back'] };
const web: WorkloadSpec = { name: 'web', image: 'nginx:1.27' };

function containerJson(specs: WorkloadSpec[]) {
  const stack = newStack('shop');
  specs.forEach((spec) => new ContainerWorkload(stack, spec.name, { spec }));
  return synth(stack);
}

/** Each container's networks, by the networks' Docker names, with its aliases. */
function joined(json: any): { [container: string]: string[] } {
  const names = Object.fromEntries(Object.entries(json.resource.docker_network).map(([id, n]: [string, any]) => [`\${docker_network.${id}.name}`, n.name]));
  return Object.fromEntries(resources(json, 'docker_container').map((c) => [c.name, c.networks_advanced.map((n: any) => `${names[n.name]} as ${n.aliases.join(',')}`)]));
}

describe('networks on the container target', () => {
  test('each network name is one bridge network of the host, named <prefix>_<network>, joined with the workload name as alias', () => {
    const json = containerJson([app, db, web]);
    expect(resources(json, 'docker_network').map((n) => n.name).sort()).toEqual(['shop-workloads', 'shop_back', 'shop_front']);
    expect(resources(json, 'docker_network').every((n) => n.driver === 'bridge')).toBe(true);
    expect(joined(json)).toEqual({
      'shop_app-1': ['shop_back as app', 'shop_front as app'],
      'shop_db-1': ['shop_back as db'],
      // no networks: the app's one network, the host's network of today (kept, so nothing is re-created)
      'shop_web-1': ['shop-workloads as web'],
    });
  });

  test('"default" is the host\'s network, so a workload can join it and others', () => {
    const json = containerJson([{ ...web, networks: ['default', 'back'] }]);
    expect(joined(json)).toEqual({ 'shop_web-1': ['shop_back as web', 'shop-workloads as web'] });
  });

  test('network addresses do not depend on which workload names a network first', () => {
    const forward = containerJson([app, db, web]);
    const backward = containerJson([web, db, app]);
    expect(addresses(backward)).toEqual(addresses(forward));
    expect(addresses(forward).filter((a) => a.startsWith('docker_network.')).map((a) => a.replace(/_[0-9A-F]{8}$/, ''))).toEqual([
      'docker_network.docker-host_network', 'docker_network.docker-host_networks_back', 'docker_network.docker-host_networks_front',
    ]);
  });

  test('with namePrefix "" the networks have the bare names', () => {
    const stack = newStack('shop');
    const host = new DockerHost(stack, 'engine', { namePrefix: '' });
    new ContainerWorkload(stack, 'db', { spec: db, host });
    expect(resources(synth(stack), 'docker_network').map((n) => n.name).sort()).toEqual(['back', 'shop-workloads']);
  });
});

describe('networks in the hybrid VM', () => {
  function units(specs: WorkloadSpec[]) {
    const stack = newStack();
    new HybridVm(stack, 'shared', { specs, vm: guest });
    const userData = resources(synth(stack), 'libvirt_cloudinit_disk')[0].user_data;
    return { userData, units: Object.fromEntries(unitsOf(asGuestReceives(userData)).map((u) => [u.name, u.content])) };
  }
  const lines = (unit: string, key: string) => [...unit.matchAll(new RegExp(`^${key}=(.*)$`, 'mg'))].map((m) => shellWords(m[1].replace(/^-/, '')));

  test('each container is created on its first network, connected to the others, then started', () => {
    const { units: u } = units([app, db, web]);
    const start = lines(u['cdktf-wl-app.service'], 'ExecStart');
    expect(start.map((argv) => argv.slice(0, 2).join(' '))).toEqual(['/usr/bin/docker create', '/usr/bin/docker network', '/usr/bin/docker start']);
    expect(start[0].slice(start[0].indexOf('--network'), start[0].indexOf('--network') + 4)).toEqual(['--network', 'workloads-back', '--network-alias', 'app']);
    expect(start[1]).toEqual(['/usr/bin/docker', 'network', 'connect', '--alias', 'app', 'workloads-front', 'app']);
    expect(start[2]).toEqual(['/usr/bin/docker', 'start', 'app']);
    // every network it joins exists first; "already exists" is not a failure ("-")
    expect(lines(u['cdktf-wl-app.service'], 'ExecStartPre').filter((a) => a[1] === 'network')).toEqual([
      ['/usr/bin/docker', 'network', 'create', 'workloads-back'], ['/usr/bin/docker', 'network', 'create', 'workloads-front'],
    ]);
    expect(u['cdktf-wl-app.service']).toMatch(/^ExecStartPre=-\/usr\/bin\/docker network create workloads-back$/m);
  });

  test('a workload without networks is on the guest\'s one network, as before, and is connected to nothing else', () => {
    const { units: u } = units([web]);
    const start = lines(u['cdktf-wl-web.service'], 'ExecStart');
    expect(start).toHaveLength(2);
    expect(start[0]).toEqual(expect.arrayContaining(['--network', 'workloads']));
  });

  test('the units pass cloud-init schema and systemd-analyze verify', () => {
    expectGuestChecksPass(units([app, db, web]).userData);
  });
});

describe('networks: validation', () => {
  function errors(spec: WorkloadSpec, target = WorkloadTarget.CONTAINER): string[] {
    const stack = newStack();
    new WorkloadApp(stack, 'app', { app: { workloads: [spec], vm: guest }, target });
    return problems(stack);
  }

  test('bad, repeated and empty network lists are reported with the fix', () => {
    expect(errors({ ...web, networks: ['Back_1', 'back', 'back', 'a'.repeat(32)] })).toEqual([
      'workload "web": networks[0] "Back_1" is not a valid network name; use 1-31 lowercase letters, digits and hyphens, starting with a letter',
      'workload "web": networks[2] "back" is listed twice; list each network once',
      `workload "web": networks[3] "${'a'.repeat(32)}" is not a valid network name; use 1-31 lowercase letters, digits and hyphens, starting with a letter`,
    ]);
    expect(errors({ ...web, networks: [] })).toEqual([
      'workload "web": networks [] names no network, and a workload on none could reach nothing and be reached by nothing; name at least one, or leave networks unset for the app\'s one network "default"',
    ]);
    expect(errors({ ...web, networks: ['back\nx'] })[0]).toMatch(/^workload "web": networks\[0\] "back\\nx" contains a line break/);
  });

  test('the vm target refuses networks other than "default" and names the targets that can', () => {
    expect(errors({ ...web, networks: ['default', 'back'] }, WorkloadTarget.VM)).toEqual([
      'workload "web": networks ["back"] cannot be honoured by the vm target (each workload is its own VM on the libvirt host\'s one network); remove it, or use a target that can: container, hybrid, swarm',
    ]);
    expect(errors({ ...web, networks: ['default'] }, WorkloadTarget.VM)).toEqual([]);
    expect(errors({ ...web, networks: ['back'] }, WorkloadTarget.HYBRID)).toEqual([]);
  });
});
