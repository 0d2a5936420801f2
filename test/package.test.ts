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

  test('the README walk-through runs in a fresh project that installs the tarball and the peers', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const block = /<!-- walkthrough:start -->\n```js\n([^]*?)```\n<!-- walkthrough:end -->/.exec(readme);
    expect(block).not.toBeNull();
    const project = path.join(work, 'my-project');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'my-project', version: '1.0.0', private: true }));
    const peers = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).devDependencies;
    run('npm', ['install', '--prefer-offline', '--no-save', tarball, `cdktf@${peers.cdktf}`, `constructs@${peers.constructs}`,
      `@cdktf/provider-docker@${peers['@cdktf/provider-docker']}`], project);
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
});
