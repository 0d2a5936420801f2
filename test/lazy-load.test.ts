import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { lazyIndex } = require('../scripts/lazy-root-index.js') as { lazyIndex: (text: string, file: string) => string };

// The built package (lib/, made by `npm run build`, which `npm test` runs first) as users load it:
// what a program loads depends on what it uses, not on what the package offers.
const root = path.resolve(__dirname, '..');

/** The modules a program run in a fresh node process has loaded, relative to the project ("node_modules/yaml/…", "lib/…"). */
function loadedModules(program: string): string[] {
  const code = `${program}; process.stdout.write(JSON.stringify(Object.keys(require.cache)))`;
  const r = spawnSync(process.execPath, ['-e', code], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  // node_modules may be a link to another checkout's: name packages from their node_modules/ on
  return (JSON.parse(r.stdout) as string[]).map((p) => (p.includes('/node_modules/') ? p.slice(p.lastIndexOf('/node_modules/') + 1) : path.relative(root, p)));
}

/** What only the vm, hybrid and swarm targets and the app-spec file loader need. */
const NOT_FOR_CONTAINERS = [
  'node_modules/yaml/',
  'node_modules/ajv/',
  'lib/model/app-spec-file.js',
  'lib/model/compose/',
  'lib/cloudinit/cloud-config.js',
  'lib/cloudinit/guest-app.js',
  'lib/targets/libvirt/',
  'lib/targets/hybrid/',
  'lib/targets/swarm/',
  'lib/generated/providers/libvirt/', // its index.js is only getters; see below
];
const notForContainers = (modules: string[]) =>
  modules.filter((m) => m !== 'lib/generated/providers/libvirt/index.js' && NOT_FOR_CONTAINERS.some((prefix) => m.startsWith(prefix)));

const stack = "const w = require('./lib'); const { App, TerraformStack } = require('cdktf'); const s = new TerraformStack(new App(), 's');";

describe('loading the built package', () => {
  beforeAll(() => {
    if (!fs.existsSync(path.join(root, 'lib', 'index.js'))) throw new Error('lib/ is missing: run `npm run build` (npm test runs it first)');
  });

  test('a program that only uses containers loads no yaml, ajv, cloud-init, vm, hybrid, swarm or libvirt code', () => {
    const modules = loadedModules(`${stack} new w.ContainerWorkload(s, 'a', { spec: { name: 'a', image: 'nginx' } })`);
    expect(modules).toContain('lib/targets/docker/container-workload.js'); // it did run
    expect(notForContainers(modules)).toEqual([]);
  });

  test('neither does a WorkloadApp whose workloads all become containers', () => {
    const modules = loadedModules(`${stack} new w.WorkloadApp(s, 'app', { app: { workloads: [{ name: 'a', image: 'nginx' }, { name: 'b', image: 'redis' }] },
      target: w.WorkloadTarget.CONTAINER })`);
    expect(modules).toContain('lib/app/workload-app.js');
    expect(notForContainers(modules)).toEqual([]);
  });

  // The other side of each: the same check finds them when they are used.
  test('creating a VM loads the libvirt domain bindings, cloud-init and yaml', () => {
    const modules = loadedModules(`${stack} new w.VmWorkload(s, 'a', { spec: { name: 'a', image: 'nginx' } })`);
    expect(modules).toEqual(expect.arrayContaining(['lib/generated/providers/libvirt/domain/index.js', 'lib/cloudinit/cloud-config.js', 'node_modules/yaml/dist/index.js']));
  });

  test('a WorkloadApp with a hybrid workload loads the hybrid target', () => {
    const modules = loadedModules(`${stack} new w.WorkloadApp(s, 'app', { app: { workloads: [{ name: 'a', image: 'nginx' }] }, target: w.WorkloadTarget.HYBRID })`);
    expect(modules).toEqual(expect.arrayContaining(['lib/targets/hybrid/hybrid-vm.js', 'lib/generated/providers/libvirt/domain/index.js']));
  });

  test('loading an app-spec file loads yaml and ajv', () => {
    const modules = loadedModules(`const w = require('./lib'); w.loadAppSpec('examples/switch-target/app.yaml')`);
    expect(modules).toEqual(expect.arrayContaining(['lib/model/app-spec-file.js', 'node_modules/yaml/dist/index.js', 'node_modules/ajv/dist/ajv.js']));
  });

  test('reading a Compose file loads the Compose loader', () => {
    const modules = loadedModules(`const w = require('./lib'); w.loadComposeFile('examples/compose/nextcloud/compose.yaml', { environment: {} })`);
    expect(modules).toEqual(expect.arrayContaining(['lib/model/compose/project.js', 'node_modules/yaml/dist/index.js']));
  });

  test('every value lib/index.d.ts declares is there at run time, and only those', () => {
    // `export { A, type B } from …` and `export type { C } from …`: A is a value, B and C are types.
    const dts = fs.readFileSync(path.join(root, 'lib', 'index.d.ts'), 'utf8');
    const values = [...dts.matchAll(/^export \{([^}]*)\} from/gm)]
      .flatMap((m) => m[1].split(','))
      .map((name) => name.trim())
      .filter((name) => name !== '' && !name.startsWith('type '));
    values.push(...[...dts.matchAll(/^export \* as (\w+) from/gm)].map((m) => m[1]));
    const r = spawnSync(process.execPath, ['-e', "const w = require('./lib'); process.stdout.write(JSON.stringify(Object.keys(w).filter((k) => w[k] !== undefined)))"], { cwd: root, encoding: 'utf8' });
    expect(values.length).toBeGreaterThan(20);
    expect((JSON.parse(r.stdout) as string[]).sort()).toEqual(values.sort());
  });

  test('ES modules can import the names (Node finds them in the lazy index)', () => {
    const code = `import { ContainerWorkload, WorkloadApp, WorkloadTarget, loadAppSpec, libvirt } from ${JSON.stringify(path.join(root, 'lib', 'index.js'))};
      process.stdout.write([typeof ContainerWorkload, typeof WorkloadApp, WorkloadTarget.VM, typeof loadAppSpec, typeof libvirt.domain.Domain].join(' '));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('function function vm function function');
  });

  test('the package does not load the command line, the comparison or commander', () => {
    const r = spawnSync(process.execPath, ['-e', "require('./lib'); process.stdout.write(Object.keys(require.cache).filter((k) => /lib[\\/](cli|compare)[\\/]|node_modules[\\/]commander[\\/]/.test(k)).join(','))"], { cwd: root, encoding: 'utf8' });
    expect([r.status, r.stdout]).toEqual([0, '']);
  });

  test('the libvirt namespace still exposes every binding', () => {
    const r = spawnSync(process.execPath, ['-e', "const w = require('./lib'); process.stdout.write(Object.keys(w.libvirt).sort().join(',') + ' ' + typeof w.libvirt.domain.Domain)"], { cwd: root, encoding: 'utf8' });
    expect(r.stdout).toBe('cloudinitDisk,combustion,dataLibvirtDomainInterfaceAddresses,dataLibvirtNodeDeviceInfo,dataLibvirtNodeDevices,dataLibvirtNodeInfo,domain,ignition,network,pool,provider,volume function');
  });
});

describe('scripts/lazy-root-index.js', () => {
  const compiled = [
    '"use strict";',
    'Object.defineProperty(exports, "__esModule", { value: true });',
    'var a_1 = require("./a");',
    'Object.defineProperty(exports, "A", { enumerable: true, get: function () { return a_1.A; } });',
    '//# sourceMappingURL=data:application/json;base64,AAAA',
  ].join('\n');

  test('defers each require to the first read and keeps the getters and the source map', () => {
    const lazy = lazyIndex(compiled, 'index.js').split('\n');
    expect(lazy[2]).toBe('var a_1 = onFirstUse(function () { return require("./a"); });');
    expect(lazy[3]).toBe('Object.defineProperty(exports, "A", { enumerable: true, get: function () { return a_1.A; } });');
    expect(lazy[lazy.length - 1]).toBe('//# sourceMappingURL=data:application/json;base64,AAAA');
  });

  test('refuses output it does not know rather than making it lazy wrongly', () => {
    // a module used at load time (it would now load there anyway, or act on the stand-in object)
    expect(() => lazyIndex(compiled.replace('//#', 'a_1.register(exports);\n//#'), 'index.js')).toThrow(/a_1 is used other than by an export getter/);
    // `export * from`, compiled to __exportStar: nothing to defer
    expect(() => lazyIndex('"use strict";\n__exportStar(require("./a"), exports);\n', 'index.js')).toThrow(/no `var x_1 = require/);
  });
});
