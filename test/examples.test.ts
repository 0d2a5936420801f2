import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack, Testing } from 'cdktf';
import { guestConfig, expectGuestChecksPass, hasCommand } from './guest-checks';
import { tfcheck, tfcheckAvailable } from './tfcheck';
import { addresses, canonical, resources, synth } from './util';
import { addExampleStacks } from '../examples/stacks';
import { webAndDbSpecs } from '../examples/web-and-db/specs';
import { ContainerWorkload } from '../src';

function exampleApp(): App {
  const app = Testing.app();
  addExampleStacks(app);
  return app;
}

function stacksOf(app: App): TerraformStack[] {
  return app.node.children.filter((c): c is TerraformStack => TerraformStack.isStack(c));
}

// The switch-target stack follows WORKLOADS_TARGET; its snapshot is the default (container) one.
delete process.env.WORKLOADS_TARGET;

const EXAMPLE_STACKS = stacksOf(exampleApp()).map((s) => s.node.id);

function stackJson(id: string): any {
  return synth(stacksOf(exampleApp()).find((s) => s.node.id === id)!);
}

describe('examples', () => {
  test.each(EXAMPLE_STACKS)('%s synthesizes with validations and matches its snapshot', (id) => {
    const stack = stacksOf(exampleApp()).find((s) => s.node.id === id)!;
    expect(synth(stack)).toMatchSnapshot();
  });

  test('web-and-db publishes nginx on loopback, keeps postgres internal and its password out of the JSON', () => {
    const stack = stacksOf(exampleApp()).find((s) => s.node.id === 'web-and-db')!;
    const text = Testing.synth(stack, true);
    const json = JSON.parse(text);
    expect(json.output.endpoints_web.value.http).toEqual({ host: '127.0.0.1', port: 8080, url: 'http://127.0.0.1:8080', published: true });
    expect(json.output.endpoints_db.value.postgres.published).toBe(false);
    expect(json.variable.db_password.sensitive).toBe(true);
    expect(resources(json, 'docker_volume')[0].lifecycle.prevent_destroy).toBe(true);
    expect(text).toContain('POSTGRES_PASSWORD=${var.db_password}');
  });

  test('microservices run on two networks, the cache on "data" only, with dependencies in start order', () => {
    const stack = stacksOf(exampleApp()).find((s) => s.node.id === 'microservices')!;
    const json = synth(stack);
    const networks = Object.fromEntries(Object.entries(json.resource.docker_network).map(([id, n]: [string, any]) => [`\${docker_network.${id}.name}`, n.name]));
    // The host's default network stays (the escape hatch); edge and data are the spec's.
    expect(Object.values(networks).sort()).toEqual(['microservices-workloads', 'microservices_data', 'microservices_edge']);
    const byName = Object.fromEntries(resources(json, 'docker_container').map((c) => [c.name, c]));
    expect(Object.keys(byName).sort()).toEqual(['microservices_cache-1', 'microservices_gateway-1', 'microservices_orders-1', 'microservices_users-1', 'microservices_users-2']);
    const joined = Object.fromEntries(Object.entries(byName).map(([name, c]: [string, any]) => [name, c.networks_advanced.map((n: any) => `${networks[n.name]} as ${n.aliases.join(',')}`)]));
    expect(joined).toEqual({
      'microservices_cache-1': ['microservices_data as cache'],
      'microservices_gateway-1': ['microservices_edge as gateway'],
      'microservices_orders-1': ['microservices_data as orders', 'microservices_edge as orders'],
      'microservices_users-1': ['microservices_edge as users'],
      'microservices_users-2': ['microservices_edge as users'],
    });
    expect(byName['microservices_gateway-1'].depends_on).toHaveLength(3);
    expect(byName['microservices_orders-1'].depends_on).toHaveLength(1);
  });
});

describe('examples on the vm target', () => {
  test('web-and-db-vm runs the same specs in two VMs with the same endpoint and volume names', () => {
    const vm = stackJson('web-and-db-vm');
    const container = stackJson('web-and-db');
    expect(Object.keys(vm.output).sort()).toEqual(Object.keys(container.output).sort());
    expect(resources(vm, 'libvirt_domain').map((d) => d.name).sort()).toEqual(['web-and-db-vm_db', 'web-and-db-vm_web']);
    expect(vm.output.endpoints_web.value.http).toEqual({ host: '127.0.0.1', port: 8080, url: 'http://127.0.0.1:8080', published: true });
    expect(Object.keys(vm.output.volumes_db.value)).toEqual(['data']);
  });

  test('legacy-vm runs Apache natively with its site on a data disk, and a Windows image without cloud-init', () => {
    const json = stackJson('legacy-vm');
    expect(resources(json, 'libvirt_cloudinit_disk').map((c) => c.name)).toEqual(['legacy-vm_intranet-seed']);
    const config = guestConfig(resources(json, 'libvirt_cloudinit_disk')[0].user_data);
    expect(config.packages).toContain('apache2');
    expect(config.mounts[0].slice(0, 2)).toEqual(['/dev/disk/by-id/virtio-intranet_site', '/srv/site']);
    const windows = resources(json, 'libvirt_domain').find((d) => d.name === 'legacy-vm_ledger');
    expect(windows.devices.interfaces[1].port_forward).toEqual([{ proto: 'tcp', address: '127.0.0.1', ranges: [{ start: 13389, to: 3389 }] }]);
  });
});

const guestTools = hasCommand('cloud-init') && hasCommand('systemd-analyze');
(guestTools ? describe : describe.skip)('example guests (real cloud-init schema and systemd-analyze verify)', () => {
  const seeds = stacksOf(exampleApp()).flatMap((stack) => resources(synth(stack), 'libvirt_cloudinit_disk')
    .map((seed) => [`${stack.node.id}/${seed.name}`, seed.user_data as string]));

  test('at least one example guest exists', () => expect(seeds.length).toBeGreaterThan(0));

  test.each(seeds)('%s: the cloud-config passes cloud-init schema and its units pass systemd-analyze verify', (_name, userData) => {
    expectGuestChecksPass(userData);
  });
});

describe('determinism', () => {
  test('two synths of every example are byte-identical', () => {
    const a = exampleApp();
    const b = exampleApp();
    for (const [i, stack] of stacksOf(a).entries()) {
      expect(Testing.synth(stack, true)).toBe(Testing.synth(stacksOf(b)[i], true));
    }
  });

  test('reordering a stack\'s workloads changes no resource address and no content', () => {
    const build = (specs: typeof webAndDbSpecs) => {
      const stack = new TerraformStack(Testing.app(), 'order');
      for (const spec of specs) new ContainerWorkload(stack, spec.name, { spec });
      return synth(stack);
    };
    const forward = build(webAndDbSpecs);
    const backward = build([...webAndDbSpecs].reverse());
    expect(addresses(backward)).toEqual(addresses(forward));
    expect(canonical(backward)).toBe(canonical(forward));
  });
});

describe('terraform checks', () => {
  const available = tfcheckAvailable();
  if (!available) {
    // eslint-disable-next-line no-console
    console.warn('!!! terraform or ../shared/tfcheck not found (a clone elsewhere: set TFCHECK=/path/to/shared/tfcheck/tfcheck): SKIPPING terraform validate/plan of the examples and the other tfcheck tests !!!');
  }
  (available ? test : test.skip)('every example stack passes terraform validate and plan (tfcheck)', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'examples-'));
    const app = new App({ outdir });
    addExampleStacks(app);
    app.synth();
    const dirs = fs.readdirSync(path.join(outdir, 'stacks')).map((d) => path.join(outdir, 'stacks', d));
    expect(dirs.length).toBe(EXAMPLE_STACKS.length);
    const result = tfcheck(dirs);
    expect(result.output).not.toMatch(/^FAIL/m);
    expect(result.status).toBe(0);
  }, 300_000);
});
