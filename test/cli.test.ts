// The `cdktf-workloads` command run for real, as a process: `node lib/cli/main.js …` after
// `npm run build` (which `npm test` runs first).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { COMPOSE_EXAMPLES, ComposeStack } from '../examples/compose/stack';
import { SwitchTargetStack } from '../examples/switch-target/stack';
import * as crypto from 'crypto';
import * as fc from 'fast-check';
import { WorkloadTarget } from '../src';
import { defaultStackName } from '../src/cli/main';
import { NAME_PREFIX_PATTERN } from '../src/targets/host-names';
import { tfcheck, tfcheckAvailable } from './tfcheck';

const ROOT = path.resolve(__dirname, '..');
const MAIN = path.join(ROOT, 'lib', 'cli', 'main.js');
const EXAMPLE = 'examples/switch-target/app.yaml';
const FIXTURES = 'test/fixtures/cli';

function cli(args: string[], env: { [name: string]: string | undefined } = {}) {
  const r = spawnSync(process.execPath, [MAIN, ...args], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, WORKLOADS_TARGET: undefined, NO_COLOR: undefined, ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let tmp: string;
beforeAll(() => {
  if (!fs.existsSync(MAIN)) throw new Error('lib/cli/main.js is missing: run `npm run build` (npm test runs it first)');
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('usage', () => {
  test.each([[[]], [['validate']], [['frobnicate']], [['synth', EXAMPLE, '--target', 'lxc']], [['compare', EXAMPLE, '--format', 'yaml']],
    [['validate', EXAMPLE, '--no-such-option']], [['synth', EXAMPLE, '--stack', 'a/b']], [['validate', EXAMPLE, '--ignore', 'services.web.build']]])('%j is a usage error: exit 2', (args) => {
    const r = cli(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toBe('');
  });

  test.each([[[]], [['validate']], [['synth']], [['compare']], [['schema']]])('%j --help says what it does and the exit codes: exit 0', (args) => {
    const r = cli([...args, '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: cdktf-workloads/);
    expect(r.stdout).toContain('2  usage error');
  });

  test('schema prints the path of the shipped schema and the editor modeline', () => {
    const r = cli(['schema']);
    expect(r.status).toBe(0);
    const file = r.stdout.split('\n')[0];
    expect(file).toBe(path.join(ROOT, 'schema', 'app-spec.schema.json'));
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).$schema).toBeDefined();
    expect(r.stdout).toContain(`# yaml-language-server: $schema=${file}`);
  });
});

describe('validate', () => {
  test('the example is valid on every target', () => {
    for (const target of ['container', 'vm', 'hybrid']) {
      const r = cli(['validate', EXAMPLE, '--target', target]);
      expect([r.status, r.stdout, r.stderr]).toEqual([0, `${EXAMPLE}: valid, 3 workloads on the ${target} target\n`, '']);
    }
  });

  test('the example is no swarm app as it stands: its two problems at the lines they are about, exit 1', () => {
    const r = cli(['validate', EXAMPLE, '--target', 'swarm']);
    const lines = fs.readFileSync(EXAMPLE, 'utf8').split('\n');
    const lineOf = (text: string) => lines.findIndex((l) => l.includes(text)) + 1;
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${EXAMPLE}:${lineOf('hostPort: 8090')}:`);
    expect(r.stderr).toContain('workloads[0].ports[0].hostPort: 8090 cannot be honoured by the swarm target');
    expect(r.stderr).toContain(`${EXAMPLE}:${lineOf('secretEnv:')}:`);
    expect(r.stderr).toContain('workloads[2].secretEnv: ["POSTGRES_PASSWORD"] cannot be honoured by the swarm target');
    expect(r.stderr).toContain('2 problems');
  });

  test('a file that breaks the schema: every problem at its line and column, exit 1', () => {
    const r = cli(['validate', `${FIXTURES}/bad.yaml`]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    // line 4 is `    memoryMiB: 512Mi`, line 5 `    prots: []`: both keys start in column 5.
    expect(r.stderr).toBe([
      `error ${FIXTURES}/bad.yaml:4:5: workloads[0].memoryMiB: must be a number, not the string "512Mi"; write 512 (the unit is in the field's name)`,
      `error ${FIXTURES}/bad.yaml:5:5: workloads[0].prots: unknown field "prots"; did you mean "ports"?`,
      '2 problems', '',
    ].join('\n'));
  });

  test('what synthesis for a target would refuse: at the field it names, exit 1', () => {
    const r = cli(['validate', `${FIXTURES}/windows.yaml`, '--target', 'container']);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    // windows.yaml: `os: windows` is line 4, `vm: {…}` line 8, both keys in column 5.
    expect(lines).toEqual(expect.arrayContaining([
      expect.stringMatching(/^error test\/fixtures\/cli\/windows\.yaml:4:5: workloads\[0\]\.os: "windows" cannot be honoured by the container target \(containers share the host's Linux kernel\); remove it, or use a target that can: vm$/),
      expect.stringMatching(/^error test\/fixtures\/cli\/windows\.yaml:8:5: workloads\[0\]\.vm: cannot be honoured by the container target/),
    ]));
    expect(lines[lines.length - 1]).toBe(`${lines.length - 1} problems`);
    expect(cli(['validate', `${FIXTURES}/windows.yaml`, '--target', 'vm']).status).toBe(0);
  });

  test('a problem of the app\'s guest settings is placed at the app\'s `vm`, not at the workload', () => {
    const file = path.join(tmp, 'nokey.yaml');
    fs.writeFileSync(file, 'workloads:\n  - name: web\n    image: nginx:1.27\nvm:\n  adminUser: admin\n');
    const r = cli(['validate', file, '--target', 'vm']);
    expect(r.status).toBe(1);
    // Line 4 is `vm:`; the file has no sshAuthorizedKeys, so its parent is the place.
    expect(r.stderr).toMatch(new RegExp(`^error ${file}:4:1: vm\\.sshAuthorizedKeys: is empty but adminUser "admin" is asked for;`));
  });

  test('a file that does not exist is a problem with the file: exit 1', () => {
    const r = cli(['validate', `${FIXTURES}/missing.yaml`]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^error test\/fixtures\/cli\/missing\.yaml: /);
  });
});

describe('synth', () => {
  // The second test checks what the first wrote (jest runs a file's tests in order).
  const vmOut = () => path.join(tmp, 'synth-vm');
  test('--target vm writes the stack WorkloadApp makes, byte for byte', () => {
    const r = cli(['synth', EXAMPLE, '--target', 'vm', '--out', vmOut(), '--stack', 'switch-target-vm']);
    expect(r.status).toBe(0);
    const file = path.join(vmOut(), 'stacks', 'switch-target-vm', 'cdk.tf.json');
    expect(r.stdout).toContain(`wrote ${file}`);
    // The example's own program (examples/switch-target/stack.ts), synthesized by cdktf here.
    const reference = path.join(tmp, 'reference');
    const app = new App({ outdir: reference });
    new SwitchTargetStack(app, 'switch-target-vm', WorkloadTarget.VM);
    app.synth();
    expect(fs.readFileSync(file, 'utf8')).toBe(fs.readFileSync(path.join(reference, 'stacks', 'switch-target-vm', 'cdk.tf.json'), 'utf8'));
  }, 120_000);

  // Skipped, with examples.test.ts's warning, where terraform or ../shared/tfcheck is missing.
  (tfcheckAvailable() ? test : test.skip)('the stack synth --target vm wrote passes tfcheck', () => {
    const check = tfcheck([path.join(vmOut(), 'stacks', 'switch-target-vm')]);
    expect({ status: check.status, output: check.output }).toEqual({ status: 0, output: expect.any(String) });
  }, 300_000);

  test('by default the stack is named after the file\'s folder and name and goes to cdktf.out', () => {
    const cwd = path.join(tmp, 'default-out');
    fs.mkdirSync(cwd);
    const r = spawnSync(process.execPath, [MAIN, 'synth', path.join(ROOT, FIXTURES, 'plain.yaml')], { cwd, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const json = JSON.parse(fs.readFileSync(path.join(cwd, 'cdktf.out', 'stacks', 'cli--plain', 'cdk.tf.json'), 'utf8'));
    expect(Object.keys(json.resource.docker_container).length).toBe(2);
  });

  test('two projects\' compose.yaml in different folders become two stacks whose volumes differ', () => {
    const cwd = path.join(tmp, 'two-projects');
    const volumes = ['shop', 'blog'].map((project) => {
      fs.mkdirSync(path.join(cwd, project), { recursive: true });
      fs.writeFileSync(path.join(cwd, project, 'compose.yaml'), 'services:\n  db:\n    image: postgres:16.4\n    volumes: ["db_data:/var/lib/postgresql/data"]\nvolumes:\n  db_data: {}\n');
      const r = spawnSync(process.execPath, [MAIN, 'synth', path.join(project, 'compose.yaml')], { cwd, encoding: 'utf8' });
      expect([r.status, r.stderr]).toEqual([0, '']);
      const json = JSON.parse(fs.readFileSync(path.join(cwd, 'cdktf.out', 'stacks', `${project}--compose`, 'cdk.tf.json'), 'utf8'));
      return Object.values<any>(json.resource.docker_volume).map((v) => v.name as string);
    });
    expect(volumes[0]).toEqual([expect.stringMatching(/^shop--compose_/)]);
    expect(volumes[1]).toEqual([expect.stringMatching(/^blog--compose_/)]);
  });

  test('--stack still wins over the default name', () => {
    const out = path.join(tmp, 'named');
    expect(cli(['synth', `${FIXTURES}/plain.yaml`, '--out', out, '--stack', 'mine']).status).toBe(0);
    expect(fs.readdirSync(path.join(out, 'stacks'))).toEqual(['mine']);
  });

  test('a spec the target cannot honour: the problems, nothing written, exit 1', () => {
    const out = path.join(tmp, 'synth-bad');
    const r = cli(['synth', `${FIXTURES}/native.yaml`, '--target', 'hybrid', '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/native\.yaml:8:5: workloads\[0\]\.native: cannot be honoured by the hybrid target/);
    expect(fs.existsSync(path.join(out, 'stacks'))).toBe(false);
  });
});

describe('Compose files', () => {
  const COMPOSE = `${FIXTURES}/compose.yaml`;

  test('synth reads a Compose file as loadComposeFile does: the example\'s stack, byte for byte', () => {
    const out = path.join(tmp, 'synth-compose');
    // The example gives the loader an empty environment; the command line gives it the shell's.
    const r = cli(['synth', COMPOSE_EXAMPLES.nextcloud, '--target', 'hybrid', '--out', out, '--stack', 'compose-nextcloud-hybrid'],
      { NEXTCLOUD_DOMAIN: undefined, NEXTCLOUD_PORT: undefined });
    expect([r.status, r.stderr]).toEqual([0, '']);
    const reference = path.join(tmp, 'reference-compose');
    const app = new App({ outdir: reference });
    new ComposeStack(app, 'compose-nextcloud-hybrid', COMPOSE_EXAMPLES.nextcloud, WorkloadTarget.HYBRID);
    app.synth();
    const file = (dir: string) => fs.readFileSync(path.join(dir, 'stacks', 'compose-nextcloud-hybrid', 'cdk.tf.json'), 'utf8');
    expect(file(out)).toBe(file(reference));
  }, 120_000);

  test('a field no target can honour is a problem at its line (exit 1) until --ignore names it', () => {
    const r = cli(['validate', COMPOSE]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^error test\/fixtures\/cli\/compose\.yaml:6:5: services\.web\.build: cannot be honoured: /m);
    const ignored = cli(['validate', COMPOSE, '--ignore', 'services.web.build']);
    expect([ignored.status, ignored.stdout]).toEqual([0, `${COMPOSE}: valid, 2 workloads on the container target\n`]);
  });

  test('the shell\'s environment fills ${VAR:-default}, as Compose does', () => {
    const out = path.join(tmp, 'synth-compose-port');
    const r = cli(['synth', COMPOSE, '--ignore', 'services.web.build', '--out', out], { WEB_PORT: '9090' });
    expect([r.status, r.stderr]).toEqual([0, '']);
    const json = JSON.parse(fs.readFileSync(path.join(out, 'stacks', 'cli--compose', 'cdk.tf.json'), 'utf8'));
    const web = Object.values(json.resource.docker_container as { [k: string]: { hostname: string; ports?: unknown[] } }).find((c) => c.hostname === 'web-1');
    expect(web?.ports).toEqual([expect.objectContaining({ external: 9090, internal: 80, ip: '127.0.0.1' })]);
  });

  test('a problem of synthesis is placed at the service it is about', () => {
    const r = cli(['validate', COMPOSE, '--ignore', 'services.web.build', '--target', 'vm']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^error test\/fixtures\/cli\/compose\.yaml:9:3: services\.worker\.replicas: 2 cannot be honoured by the vm target/m);
  });
});

describe('compare', () => {
  const json = (file: string, ...args: string[]) => {
    const r = cli(['compare', file, '--format', 'json', ...args]);
    expect([r.status, r.stderr]).toEqual([0, '']);
    return JSON.parse(r.stdout);
  };

  test('the JSON has every workload and the app on each target, and its numbers are those of the synthesized stacks', () => {
    const c = json(EXAMPLE);
    expect(c.workloads.map((w: any) => w.name)).toEqual(['web', 'api', 'db']);
    for (const row of [...c.workloads, c.app]) {
      expect(row.targets.map((t: any) => t.target)).toEqual(['container', 'vm', 'hybrid', 'swarm']);
      for (const t of row.targets) {
        expect(t).toEqual(expect.objectContaining({
          memoryMiB: expect.any(Number), memory: expect.any(String), diskGiB: expect.any(Number), disks: expect.any(Array),
          isolation: expect.any(String), start: expect.any(String),
        }));
        if (t.target !== 'swarm') expect([t.unsupported, t.problems]).toEqual([[], []]);
      }
    }
    // The file is no swarm app: web's port stays on loopback, db's password in its environment.
    const swarm = (name: string) => c.workloads.find((w: any) => w.name === name).targets.find((t: any) => t.target === 'swarm');
    expect(swarm('web').unsupported.map((u: any) => u.path)).toEqual(['ports[0].hostPort']);
    expect(swarm('db').unsupported.map((u: any) => u.path)).toEqual(['secretEnv']);
    expect([swarm('api').unsupported, swarm('api').problems]).toEqual([[], []]);
    expect(c.app.targets.find((t: any) => t.target === 'swarm').problems).toHaveLength(2);
    expect(c.rules.map((r: any) => r.id)).toContain('plain-image');

    // The numbers against what Terraform would get: each target's stack synthesized by the CLI.
    const stack = (target: string) => {
      const out = path.join(tmp, `compare-${target}`);
      expect(cli(['synth', EXAMPLE, '--target', target, '--out', out]).status).toBe(0);
      return JSON.parse(fs.readFileSync(path.join(out, 'stacks', 'switch-target--app', 'cdk.tf.json'), 'utf8'));
    };
    const byName = (resources: any, key: string) => Object.fromEntries(Object.values<any>(resources).map((r) => [r[key], r]));
    const containers = byName(stack('container').resource.docker_container, 'hostname');
    const vms = stack('vm').resource;
    const domains = byName(vms.libvirt_domain, 'name');
    const hybrid = stack('hybrid').resource;
    const t = (row: any, target: string) => row.targets.find((x: any) => x.target === target);
    for (const w of c.workloads) {
      expect(t(w, 'container').memoryMiB).toBe(containers[`${w.name}-1`].memory);
      // Domains are named <stack>_<workload>; the stack after the file's folder and name (switch-target/app.yaml).
      expect(t(w, 'vm').memoryMiB).toBe(domains[`switch-target--app_${w.name}`].memory);
      expect(t(w, 'vm').vcpus).toBe(domains[`switch-target--app_${w.name}`].vcpu);
    }
    const [hybridDomain] = Object.values<any>(hybrid.libvirt_domain);
    expect(t(c.app, 'hybrid').memoryMiB).toBe(hybridDomain.memory);
    expect(t(c.app, 'hybrid').vcpus).toBe(hybridDomain.vcpu);
    // Disks: the VMs' volumes with a capacity (root and data disks), in GiB.
    const capacity = (res: any) => Object.values<any>(res.libvirt_volume).filter((v) => v.capacity !== undefined)
      .reduce((a, v) => { expect(v.capacity_unit).toBe('GiB'); return a + v.capacity; }, 0);
    expect(t(c.app, 'vm').diskGiB).toBe(capacity(vms));
    expect(t(c.app, 'hybrid').diskGiB).toBe(capacity(hybrid));
    expect(t(c.app, 'container').memoryMiB).toBe(Object.values<any>(containers).reduce((a, x) => a + x.memory, 0));
    expect(c.recommendation.target).toBe('container');
  }, 300_000);

  test('recommendations: a Windows workload and a native recipe get vm, plain images container, and hybrid with --isolate', () => {
    const windows = json(`${FIXTURES}/windows.yaml`);
    expect(windows.recommendation).toMatchObject({ target: 'vm', workloads: [{ workload: 'ledger', target: 'vm', rule: 'not-linux' }] });
    expect(windows.workloads[0].targets[0].unsupported.map((u: any) => u.field)).toEqual(['vm', 'os (other than linux)']);
    expect(windows.workloads[0].targets[0].problems.length).toBeGreaterThan(0);
    const native = json(`${FIXTURES}/native.yaml`);
    expect(native.recommendation).toMatchObject({ target: 'vm', workloads: [{ workload: 'intranet', target: 'vm', rule: 'native-recipe' }] });
    expect(native.workloads[0].targets.find((x: any) => x.target === 'vm').measured.figure).toBe('243 s');
    const plain = json(`${FIXTURES}/plain.yaml`);
    expect(plain.recommendation.target).toBe('container');
    expect(plain.recommendation.workloads.map((w: any) => w.rule)).toEqual(['plain-image', 'plain-image']);
    expect(json(`${FIXTURES}/plain.yaml`, '--isolate').recommendation.target).toBe('hybrid');
  }, 120_000);

  test('the README shows what `npx cdktf-workloads compare` prints for the example, as it prints it', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const block = /`npx cdktf-workloads compare examples\/switch-target\/app.yaml` prints \(a run pasted as is\):\n\n```\n([^]*?)```\n/.exec(readme);
    expect(block).not.toBeNull();
    const r = spawnSync('npx', ['--no-install', 'cdktf-workloads', 'compare', EXAMPLE], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, WORKLOADS_TARGET: undefined } });
    expect([r.status, r.stdout]).toEqual([0, block![1]]);
  });

  test('the table and Markdown show the numbers, the recommendation, and no colour when not on a terminal', () => {
    const table = cli(['compare', EXAMPLE]);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/^workload +target +memory +vCPUs +disk/);
    expect(table.stdout).toMatch(/^\(app\) +hybrid +\d+ MiB/m);
    expect(table.stdout).toContain('recommendation: container');
    expect(table.stdout).toContain('measured on the runtime lab, TCG: 442 s');
    expect(table.stdout).not.toContain('\u001b[');
    const md = cli(['compare', EXAMPLE, '--format', 'markdown']);
    expect(md.stdout).toMatch(/^\| workload \| target \| memory \|/);
    expect(md.stdout.split('\n').filter((l) => l.startsWith('| ')).length).toBe(2 + 4 * 4);
  });

  test('colour on a terminal, none with NO_COLOR', () => {
    // script(1) gives the command a terminal.
    const onTty = (env: { [name: string]: string | undefined }) => spawnSync('script', ['-qec', `${process.execPath} ${MAIN} compare ${EXAMPLE}`, '/dev/null'],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } }).stdout;
    expect(onTty({ NO_COLOR: undefined })).toContain('\u001b[1m');
    expect(onTty({ NO_COLOR: '1' })).not.toContain('\u001b[');
  });

  test('--chart writes an SVG with a bar per target for memory and for disk', () => {
    const chart = path.join(tmp, 'footprint.svg');
    const r = cli(['compare', EXAMPLE, '--format', 'json', '--chart', chart]);
    expect(r.status).toBe(0);
    const c = JSON.parse(r.stdout);
    const svg = fs.readFileSync(chart, 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const bars = [...svg.matchAll(/<rect x="\d+" y="\d+" width="(\d+)" height="22" fill="[^"]+"><title>([a-z]+): (\d+)<\/title>/g)];
    expect(bars.map((b) => `${b[2]}: ${b[3]}`)).toEqual([
      ...c.app.targets.map((t: any) => `${t.target}: ${t.memoryMiB}`),
      ...c.app.targets.map((t: any) => `${t.target}: ${t.diskGiB}`),
    ]);
    // Bars scale with their values within a panel: the largest is the widest.
    const widths = bars.slice(0, c.app.targets.length).map((b) => Number(b[1]));
    const values = c.app.targets.map((t: any) => t.memoryMiB);
    expect(widths.indexOf(Math.max(...widths))).toBe(values.indexOf(Math.max(...values)));
    // The same input gives the same bytes.
    const again = path.join(tmp, 'again.svg');
    cli(['compare', EXAMPLE, '--chart', again]);
    expect(fs.readFileSync(again, 'utf8')).toBe(svg);
  });
});

describe('the default stack name (synth, validate and compare alike)', () => {
  test('is the file\'s folder and name, joined by "--", where both are already lowercase letters, digits and single "-"', () => {
    expect(defaultStackName('/srv/shop/compose.yaml')).toBe('shop--compose');
    expect(defaultStackName('/srv/blog/compose.yaml')).toBe('blog--compose');
    expect(defaultStackName('/home/me/web-shop/docker-compose.yml')).toBe('web-shop--docker-compose');
    // The two readings of "a-b-c" stay apart.
    expect(defaultStackName('/x/a-b/c.yaml')).not.toBe(defaultStackName('/x/a/b-c.yaml'));
  });

  test('gets a hash of folder and name where either had to be normalised, or the whole cut to 40 characters', () => {
    const hash = crypto.createHash('sha256').update('My Shop/App').digest('hex').slice(0, 8);
    expect(defaultStackName('/srv/My Shop/App.yaml')).toBe(`my-shop--app-${hash}`);
    expect(defaultStackName('/srv/my-shop/app.yaml')).toBe('my-shop--app');
    const long = defaultStackName(`/srv/${'inventory-'.repeat(5)}x/compose.yaml`);
    expect(long.length).toBeLessThanOrEqual(40);
    expect(long).toMatch(/-[0-9a-f]{8}$/);
  });

  test('for many pairs of distinct folders and names, the names differ and each is a valid stack name and name prefix', () => {
    const part = fc.string({ unit: fc.constantFrom('a', 'B', '0', '-', '_', '.', ' ', 'é'), minLength: 1, maxLength: 24 }).filter((p) => p !== '.' && p !== '..');
    fc.assert(fc.property(part, part, part, part, (d1, n1, d2, n2) => {
      const a = defaultStackName(`/srv/${d1}/${n1}.yaml`);
      if (d1 !== d2 || n1 !== n2) expect(a).not.toBe(defaultStackName(`/srv/${d2}/${n2}.yaml`));
      expect(a).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(a).toMatch(NAME_PREFIX_PATTERN);
    }), { seed: 18, numRuns: 3000 });
  });
});
