// Issue 18, point 4: names on a host are unique by construction. Stacks whose names differ get
// different prefixes (a hash where a name had to be normalised or cut), and the stacks of one App
// that share a host are checked against each other: names both would create there, and the
// subnets of their libvirt networks.
import * as crypto from 'crypto';
import * as fc from 'fast-check';
import { App, TerraformStack, Testing } from 'cdktf';
import { problems, resources, synth } from './util';
import { addExampleStacks } from '../examples/stacks';
import { ContainerWorkload, DockerHost, LibvirtHost, SEPARATE_MACHINES_CONTEXT, VmWorkload, WorkloadSpec } from '../src';
import { NAME_PREFIX_PATTERN, namePrefixFor, stackNameFor } from '../src/targets/host-names';
import * as stackIndexModule from '../src/targets/stack-index';

const guest = { adminUser: 'admin', sshAuthorizedKeys: ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAITestKey test@host'] };
const db: WorkloadSpec = { name: 'db', image: 'postgres:16.4', volumes: [{ name: 'data', mountPath: '/d' }, { name: 'media', mountPath: '/m', shared: true }] };
/** `db` as a VM next to `db` as a container: a shared volume of its own name (one name is one volume on one host). */
const vmDb = (name: string): WorkloadSpec => ({ name, image: 'postgres:16.4', volumes: [{ name: 'data', mountPath: '/d' }, { name: 'files', mountPath: '/f', shared: true }] });

/** The README's rule: 8 hex digits of the SHA-256 of the stack's name as given. */
const hashOf = (id: string) => crypto.createHash('sha256').update(id, 'utf8').digest('hex').slice(0, 8);

/** Every name a stack of `db` creates on its hosts, on the container and vm targets. */
function namesOnHosts(stack: TerraformStack): string[] {
  const json = synth(stack);
  return ['docker_container', 'docker_volume', 'docker_network', 'libvirt_domain', 'libvirt_volume', 'libvirt_network', 'libvirt_pool']
    .flatMap((type) => resources(json, type).map((r) => `${type} ${r.name}`));
}

/** A stack `id` in an App of its own (another project), with `db` as a container and as a VM. */
function project(id: string): TerraformStack {
  const stack = new TerraformStack(Testing.app(), id);
  new ContainerWorkload(stack, 'db', { spec: db });
  new VmWorkload(stack, 'vm-db', { spec: vmDb('vm-db'), vm: guest });
  return stack;
}

describe('prefixes that differ whenever stack names differ', () => {
  test('stacks web_app and web-app get different volumes: web-app keeps its names, web_app gets a hash', () => {
    const [underscore, dash] = ['web_app', 'web-app'].map((id) => namesOnHosts(project(id)));
    expect(dash).toContain('docker_volume web-app_db_data');
    expect(underscore).toContain(`docker_volume web-app-${hashOf('web_app')}_db_data`);
    expect(underscore.filter((n) => dash.includes(n))).toEqual([]);
  });

  test('stacks Shop and shop share no container, volume, network, domain, disk, pool or base image', () => {
    const [upper, lower] = ['Shop', 'shop'].map((id) => namesOnHosts(project(id)));
    expect(lower).toEqual(expect.arrayContaining(['docker_network shop-workloads', 'libvirt_network shop-workloads', 'libvirt_pool shop_shared.files']));
    const shop = `shop-${hashOf('Shop')}`;
    expect(upper).toEqual(expect.arrayContaining([
      `docker_volume ${shop}_db_data`, `docker_network ${shop}-workloads`, `libvirt_network ${shop}-workloads`,
      `libvirt_pool ${shop}_shared.files`, expect.stringMatching(new RegExp(`^libvirt_volume ${shop}-base-[0-9a-f]{12}\\.qcow2$`)),
    ]));
    expect(upper.filter((n) => lower.includes(n))).toEqual([]);
  });

  test('two stack names sharing their first 40 characters get different prefixes of 40 characters at most', () => {
    const common = 'inventory-service-production-europe-west';
    const [a, b] = [`${common}-1`, `${common}-2`];
    expect(namePrefixFor(a)).not.toBe(namePrefixFor(b));
    for (const id of [a, b]) expect(namePrefixFor(id)).toMatch(/^[a-z0-9][a-z0-9.-]{0,39}$/);
    const [one, two] = [a, b].map((id) => namesOnHosts(project(id)));
    expect(one.filter((n) => two.includes(n))).toEqual([]);
    expect(one).toContain(`docker_volume ${common.slice(0, 31)}-${hashOf(a)}_db_data`);
  });

  test('a stack name that is already a valid prefix keeps it byte for byte, and its network and base images keep theirs', () => {
    for (const id of ['shop', 'a.b-c', 'x'.repeat(40), '0']) expect(namePrefixFor(id)).toBe(id);
    for (const id of ['shop', 'web_app', 'a.b-c', 'x'.repeat(60), '-lead']) expect(stackNameFor(id)).toBe(id);
  });

  test('for many pairs of distinct stack names, prefixes and stack names on a host differ, and every prefix is valid', () => {
    // Alphabets and twins that normalise alike: case, "_" for "-", runs of others, long common starts.
    const char = fc.constantFrom('a', 'b', 'A', 'B', '0', '-', '_', '.', ' ', '/', 'é', 'İ', 'ß');
    const id = fc.oneof(
      fc.string({ unit: char, minLength: 1, maxLength: 12 }),
      fc.string({ unit: char, minLength: 1, maxLength: 12 }).map((s) => `${'w'.repeat(36)}${s}`),
    );
    const twin = (s: string) => fc.constantFrom(s.toUpperCase(), s.toLowerCase(), s.replace(/-/g, '_'), s.replace(/[^a-z0-9]/g, '-'), `${s} `, `${s}-`);
    const pair = id.chain((s) => fc.tuple(fc.constant(s), fc.oneof(twin(s), id)));
    fc.assert(fc.property(pair, ([a, b]) => {
      if (a === b) return;
      expect(namePrefixFor(a)).not.toBe(namePrefixFor(b));
      expect(stackNameFor(a)).not.toBe(stackNameFor(b));
      expect(namePrefixFor(a)).toMatch(NAME_PREFIX_PATTERN);
      expect(namePrefixFor(a)).not.toBe('');
    }), { seed: 18, numRuns: 5000 });
  });

  test('an existing deployment of a renamed stack keeps its names with namePrefix, networkName and baseImagePrefix', () => {
    const names = (id: string, keep: boolean) => {
      const stack = new TerraformStack(Testing.app(), id);
      const host = new LibvirtHost(stack, 'libvirt-host', keep ? { namePrefix: 'shop', networkName: 'shop-workloads', baseImagePrefix: 'shop' } : {});
      const docker = new DockerHost(stack, 'docker-host', keep ? { namePrefix: 'shop', networkName: 'shop-workloads' } : {});
      new ContainerWorkload(stack, 'db', { spec: db, host: docker });
      new VmWorkload(stack, 'vm-db', { spec: vmDb('vm-db'), vm: guest, host });
      return namesOnHosts(stack);
    };
    // What the stack "Shop" had before the hash: its names as the stack "shop" has them.
    expect(names('Shop', true)).toEqual(names('shop', false));
  });

  test('a libvirt networkName with existingNetwork, or not a name, and a baseImagePrefix that is not a prefix are errors', () => {
    const stack = new TerraformStack(Testing.app(), 'shop');
    new LibvirtHost(stack, 'a', { alias: 'a', networkName: 'net', existingNetwork: 'default' });
    new LibvirtHost(stack, 'b', { alias: 'b', networkName: 'a b', baseImagePrefix: 'Shop' });
    expect(problems(stack)).toEqual([
      'libvirt host "a" (qemu:///system): networkName "net" names a network the host creates, and existingNetwork "default" one it attaches to instead; give one of them',
      'libvirt host "b" (qemu:///system): networkName "a b" is not a network name; use letters, digits, "_", "." and "-", starting with a letter or digit',
      'libvirt host "b" (qemu:///system): baseImagePrefix "Shop" is not a prefix of volume names; use lowercase letters, digits, "_", "." and "-"',
    ]);
  });
});

/** The problems of each stack of `app`, by stack name (only stacks with problems). */
function appProblems(app: App): { [stack: string]: string[] } {
  const out: { [stack: string]: string[] } = {};
  for (const stack of app.node.children.filter((c): c is TerraformStack => TerraformStack.isStack(c))) {
    const found = problems(stack);
    if (found.length) out[stack.node.id] = found;
  }
  return out;
}

describe('a check across the stacks of one App', () => {
  test('two stacks with namePrefix "" on one Docker host are an error naming both stacks, the host, the names and the fix', () => {
    const app = Testing.app();
    for (const id of ['shop', 'blog']) {
      const stack = new TerraformStack(app, id);
      const host = new DockerHost(stack, 'docker-host', { namePrefix: '' });
      new ContainerWorkload(stack, 'db', { spec: { name: 'db', image: 'postgres:16.4', volumes: [{ name: 'data', mountPath: '/d' }] }, host });
    }
    expect(appProblems(app)).toEqual({
      blog: ['stacks "shop" and "blog" both create volume "db_data" and container "db-1" on the Docker engine unix:///var/run/docker.sock (their hosts "docker-host" and "docker-host"): '
        + 'the second would take over the first one\'s (a volume with its data) or fail to apply; give each stack its own DockerHostProps.namePrefix '
        + '(or, if the stacks are never applied on one machine, set the cdktf context "separateMachines": true)'],
    });
  });

  test('two stacks given the same prefix on one remote libvirt clash on domains, disks, pools and, by networkName, the network', () => {
    const app = Testing.app();
    for (const id of ['shop', 'blog']) {
      const stack = new TerraformStack(app, id);
      const host = new LibvirtHost(stack, 'kvm', { uri: id === 'shop' ? 'qemu+ssh://ops@Box/system' : 'qemu+ssh://root@box/system/', namePrefix: 'app', networkName: 'apps', networkCidr: id === 'shop' ? '192.168.151.0/24' : '192.168.152.0/24' });
      new VmWorkload(stack, 'db', { spec: db, vm: guest, host });
    }
    const found = appProblems(app);
    expect(Object.keys(found)).toEqual(['blog']);
    expect(found.blog).toEqual([expect.stringMatching(/^stacks "shop" and "blog" both create network "apps", pool "app_shared\.media", volume "app_db-root\.qcow2" in pool "default" and 3 more on the libvirt qemu\+ssh:\/\/root@box\/system\/ \(their hosts "kvm" and "kvm"\): .*; give each stack its own LibvirtHostProps\.networkName or LibvirtHostProps\.namePrefix$/)]);
    expect(found.blog[0]).not.toContain('separateMachines');
  });

  test('two vm stacks on one libvirt host with the default subnet are an error naming both networks and the fix', () => {
    const app = Testing.app();
    for (const id of ['shop', 'blog']) new VmWorkload(new TerraformStack(app, id), 'db', { spec: db, vm: guest });
    expect(appProblems(app)).toEqual({
      blog: ['stacks "shop" and "blog" both create a network on 192.168.150.0/24 on the libvirt qemu:///system (their hosts "libvirt-host" and "libvirt-host"; networks "shop-workloads" and "blog-workloads"): '
        + 'libvirt refuses to start the second; give each stack its own LibvirtHostProps.networkCidr, e.g. one /24 of 192.168.0.0/16 per stack '
        + '(or, if the stacks are never applied on one machine, set the cdktf context "separateMachines": true)'],
    });
  });

  test.each([
    [['wide', 'narrow', 'apart'], 'stacks "wide" and "narrow" both create a network on overlapping subnets 10.20.0.0/16 and 10.20.30.0/24'],
    [['narrow', 'apart', 'wide'], 'stacks "narrow" and "wide" both create a network on overlapping subnets 10.20.30.0/24 and 10.20.0.0/16'],
  ])('a subnet holding another one on the same libvirt clashes too, whichever stack comes first (%j)', (order, message) => {
    const app = Testing.app();
    const cidrs: { [id: string]: string } = { wide: '10.20.0.0/16', narrow: '10.20.30.0/24', apart: '10.21.0.0/24' };
    for (const id of order) {
      const stack = new TerraformStack(app, id);
      new VmWorkload(stack, 'db', { spec: db, vm: guest, host: new LibvirtHost(stack, 'libvirt-host', { networkCidr: cidrs[id] }) });
    }
    const later = order.indexOf('wide') > order.indexOf('narrow') ? 'wide' : 'narrow';
    expect(appProblems(app)).toEqual({ [later]: [expect.stringContaining(`${message} on the libvirt qemu:///system`)] });
  });

  test('three stacks on one subnet: the second and the third each clash with the first', () => {
    const app = Testing.app();
    for (const id of ['one', 'two', 'three']) new VmWorkload(new TerraformStack(app, id), 'db', { spec: db, vm: guest });
    expect(appProblems(app)).toEqual({
      two: [expect.stringMatching(/^stacks "one" and "two" both create a network on 192\.168\.150\.0\/24/)],
      three: [expect.stringMatching(/^stacks "one" and "three" both create a network on 192\.168\.150\.0\/24/)],
    });
  });

  test('stacks on different hosts, or with their own prefixes and subnets on one host, pass', () => {
    const app = Testing.app();
    const remote = new TerraformStack(app, 'remote');
    new ContainerWorkload(remote, 'db', { spec: db, host: new DockerHost(remote, 'box', { url: 'ssh://ops@box', namePrefix: '' }) });
    new VmWorkload(remote, 'vm', { spec: vmDb('vm'), vm: guest, host: new LibvirtHost(remote, 'kvm', { uri: 'qemu+ssh://box/system', namePrefix: '' }) });
    const local = new TerraformStack(app, 'local');
    new ContainerWorkload(local, 'db', { spec: db, host: new DockerHost(local, 'docker-host', { namePrefix: '' }) });
    new VmWorkload(local, 'vm', { spec: vmDb('vm'), vm: guest, host: new LibvirtHost(local, 'libvirt-host', { namePrefix: '' }) });
    for (const id of ['shop', 'blog']) {
      const stack = new TerraformStack(app, id);
      new ContainerWorkload(stack, 'db', { spec: db });
      new VmWorkload(stack, 'vm', { spec: vmDb('vm'), vm: guest, host: new LibvirtHost(stack, 'libvirt-host', { networkCidr: id === 'shop' ? '192.168.151.0/24' : '192.168.152.0/24' }) });
    }
    expect(appProblems(app)).toEqual({});
  });

  test('with the context separateMachines, local hosts of different stacks are apart, remote ones still one', () => {
    const app = Testing.app({ context: { [SEPARATE_MACHINES_CONTEXT]: true } });
    for (const id of ['shop', 'blog']) {
      const stack = new TerraformStack(app, id);
      new VmWorkload(stack, 'db', { spec: db, vm: guest });
      new ContainerWorkload(stack, 'web', { spec: { name: 'web', image: 'nginx:1.27' }, host: new DockerHost(stack, 'box', { url: 'ssh://box', namePrefix: '' }) });
    }
    expect(appProblems(app)).toEqual({ blog: [expect.stringMatching(/^stacks "shop" and "blog" both create container "web-1" on the Docker engine ssh:\/\/box .*namePrefix$/)] });
  });

  test('the example App, a catalogue applied one stack at a time, says so; without it, only its vm and hybrid stacks\' subnets clash', () => {
    expect(appProblems(withExamples(Testing.app()))).toEqual({});
    const app = Testing.app();
    addExampleStacks(app, false);
    const found = appProblems(app);
    expect(Object.keys(found).sort()).toEqual(['compose-nextcloud-hybrid', 'compose-nextcloud-vm', 'compose-paperless-hybrid', 'compose-paperless-vm', 'legacy-vm', 'switch-target-hybrid', 'switch-target-vm']);
    for (const list of Object.values(found)) {
      expect(list).toEqual([expect.stringMatching(/^stacks "web-and-db-vm" and "[a-z-]+" both create a network on 192\.168\.150\.0\/24 on the libvirt qemu:\/\/\/system/)]);
    }
  });

  test('the check reads the App once, however many stacks and hosts validate against it', () => {
    const builds = (stacks: number) => {
      const app = Testing.app();
      for (let i = 0; i < stacks; i++) {
        const stack = new TerraformStack(app, `s${i}`);
        new ContainerWorkload(stack, 'db', { spec: db });
        new VmWorkload(stack, 'vm', { spec: vmDb('vm'), vm: guest, host: new LibvirtHost(stack, 'libvirt-host', { networkCidr: `10.${i}.0.0/16` }) });
      }
      const original = stackIndexModule.appMemo;
      let count = 0;
      const spy = jest.spyOn(stackIndexModule, 'appMemo').mockImplementation((scope, key, build) => original(scope, key, () => {
        count++;
        return build();
      }));
      try {
        expect(appProblems(app)).toEqual({});
      } finally {
        spy.mockRestore();
      }
      return count;
    };
    expect(builds(2)).toBe(1);
    expect(builds(12)).toBe(1);
  });
});

function withExamples(app: App): App {
  addExampleStacks(app);
  return app;
}
