import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

// The built package (lib/, made by `npm run build`, which `npm test` runs first) as users load it.
const root = path.resolve(__dirname, '..');

function loadedDomainBindings(program: string): boolean {
  const code = `${program}; process.stdout.write(String(Object.keys(require.cache).some((k) => k.includes('providers/libvirt/domain'))));`;
  const r = spawnSync(process.execPath, ['-e', code], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout === 'true';
}

describe('loading the built package', () => {
  beforeAll(() => {
    if (!fs.existsSync(path.join(root, 'lib', 'index.js'))) throw new Error('lib/ is missing: run `npm run build` (npm test runs it first)');
  });

  test('a program that only uses containers does not load the libvirt domain bindings', () => {
    expect(loadedDomainBindings(`const w = require('./lib'); const { App, TerraformStack } = require('cdktf');
      new w.ContainerWorkload(new TerraformStack(new App(), 's'), 'a', { spec: { name: 'a', image: 'nginx' } })`)).toBe(false);
  });

  test('creating a VM loads them', () => {
    expect(loadedDomainBindings(`const w = require('./lib'); const { App, TerraformStack } = require('cdktf');
      new w.VmWorkload(new TerraformStack(new App(), 's'), 'a', { spec: { name: 'a', image: 'nginx' } })`)).toBe(true);
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
