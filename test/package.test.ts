// The packed package, as a user installs it: contents, size, and the README's walk-through run
// against the tarball in a fresh project.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');

function run(cmd: string, args: string[], cwd: string) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false' }, timeout: 600_000 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

describe('the packed package', () => {
  let work: string;
  let tarball: string;
  let files: Array<{ path: string; size: number }>;
  let unpackedSize: number;

  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'package-'));
    const [info] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], ROOT));
    tarball = path.join(work, info.filename);
    files = info.files;
    unpackedSize = info.unpackedSize;
  }, 300_000);
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  test('holds the compiled library, its types, the schema and the license, and unpacks to at most 15 MB', () => {
    const paths = files.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json', 'lib/index.js', 'lib/index.d.ts', 'schema/app-spec.schema.json',
      'lib/generated/providers/libvirt/domain/index.js', 'lib/cli/main.js']));
    expect(paths.filter((p) => p.startsWith('src/') || p.startsWith('test/') || p === '.jsii')).toEqual([]);
    expect(unpackedSize).toBeLessThanOrEqual(15 * 1024 * 1024);
  });

  /** A fresh project that installed the tarball and the peers, as a user's; made once, by the first test that needs it. */
  let installed: string | undefined;
  function installedProject(): string {
    if (installed !== undefined) return installed;
    const dir = path.join(work, 'my-project');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'my-project', version: '1.0.0', private: true }));
    const peers = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).devDependencies;
    run('npm', ['install', '--prefer-offline', '--no-save', tarball, `cdktf@${peers.cdktf}`, `constructs@${peers.constructs}`,
      `@cdktf/provider-docker@${peers['@cdktf/provider-docker']}`], dir);
    return (installed = dir);
  }

  test('the README walk-through runs in a fresh project that installs the tarball and the peers', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const block = /<!-- walkthrough:start -->\n```js\n([^]*?)```\n<!-- walkthrough:end -->/.exec(readme);
    expect(block).not.toBeNull();
    const project = installedProject();
    fs.writeFileSync(path.join(project, 'main.js'), block![1]);
    run('node', ['main.js'], project);
    const json = JSON.parse(fs.readFileSync(path.join(project, 'cdktf.out', 'stacks', 'hello', 'cdk.tf.json'), 'utf8'));
    expect(Object.values<any>(json.resource.docker_container).map((c) => c.name)).toEqual(['hello_web-1']);
    expect(Object.values<any>(json.resource.docker_container)[0].ports).toEqual([{ external: 8080, internal: 80, ip: '127.0.0.1', protocol: 'tcp' }]);
    // Installed from the tarball, the libvirt bindings are not loaded by a container-only program.
    const loaded = run('node', ['-e', "require('cdktf-workloads'); console.log(Object.keys(require.cache).some((k) => k.includes('libvirt/domain')))"], project);
    expect(loaded.trim()).toBe('false');
    // The command line from the tarball, with its bundled commander: npx finds the package's bin.
    fs.writeFileSync(path.join(project, 'app.yaml'), 'workloads:\n  - name: web\n    image: nginx:1.27\n');
    expect(run('npx', ['--no-install', 'cdktf-workloads', 'validate', 'app.yaml'], project)).toBe('app.yaml: valid, 1 workload on the container target\n');
  }, 600_000);

  test('require(\'cdktf-workloads\').HybridWorkload is the construct the card names: one workload as a container in a HybridVm', () => {
    const project = installedProject();
    // The card's three constructs, each a Workload placed on its host.
    fs.writeFileSync(path.join(project, 'card.js'), `
      const { App, TerraformStack } = require('cdktf');
      const { ContainerWorkload, VmWorkload, HybridWorkload, HybridVm, Workload } = require('cdktf-workloads');
      const app = new App({ outdir: 'card.out' });
      const stack = new TerraformStack(app, 'card');
      const vm = new HybridVm(stack, 'shared', { vm: { adminUser: 'admin', sshAuthorizedKeys: ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAITestKey a@b'] } });
      const web = new HybridWorkload(stack, 'web', { spec: { name: 'web', image: 'nginx:1.27', memoryMiB: 256 }, vm });
      app.synth();
      console.log(JSON.stringify({
        workloads: [ContainerWorkload, VmWorkload, HybridWorkload].map((c) => c.prototype instanceof Workload),
        placed: vm.workloads.length === 1 && vm.workloads[0] === web && web.vm === vm.vm,
      }));`);
    expect(JSON.parse(run('node', ['card.js'], project))).toEqual({ workloads: [true, true, true], placed: true });
    const json = JSON.parse(fs.readFileSync(path.join(project, 'card.out', 'stacks', 'card', 'cdk.tf.json'), 'utf8'));
    expect(Object.values<any>(json.resource.libvirt_domain).map((d) => d.memory)).toEqual([256 + 256 + 384]);
    expect(Object.keys(json.output)).toEqual(['endpoints_web', 'volumes_web']);
  }, 600_000);
});
