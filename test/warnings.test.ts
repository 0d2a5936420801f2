import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { IConstruct } from 'constructs';
import { newStack, problems } from './util';
import { ContainerWorkload, HybridVm, loadAppSpec, Risk, VmSpec, VmWorkload, WorkloadApp, WorkloadSpec, WorkloadTarget } from '../src';

const guest: VmSpec = { adminUser: 'admin', sshAuthorizedKeys: ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAITestKey test@host'] };

/** The cdktf warnings (Annotations) on `scope` itself. */
function warningsOf(scope: IConstruct): string[] {
  return scope.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => m.data as string);
}

function containerWarnings(spec: WorkloadSpec): string[] {
  return warningsOf(new ContainerWorkload(newStack(), spec.name, { spec }));
}

const pinned: WorkloadSpec = { name: 'web', image: 'nginx:1.27' };

/** One spec with every risk the library warns about. */
const risky: WorkloadSpec = {
  name: 'web',
  image: 'nginx:latest',
  ports: [{ name: 'http', containerPort: 80, hostPort: 8080, public: true }],
  healthCheck: { http: { port: 'http' } },
  env: { API_TOKEN: 'hunter2' },
  capAdd: ['ALL', 'SYS_ADMIN'],
  user: '0:0',
};

describe('warnings for risky but legal choices', () => {
  test('a pinned spec gets none', () => {
    expect(containerWarnings({ ...pinned, ports: [{ name: 'http', containerPort: 80, hostPort: 8080 }], healthCheck: { command: ['true'] } })).toEqual([]);
  });

  test.each([
    ['nginx', 'has no tag (Docker pulls "latest")'],
    ['nginx:latest', 'has the tag "latest"'],
    ['registry.example.com:5000/team/app', 'has no tag (Docker pulls "latest")'],
    ['registry.example.com:5000/team/app:latest', 'has the tag "latest"'],
  ])('an unpinned image %s is warned about', (image, why) => {
    const warnings = containerWarnings({ ...pinned, image });
    expect(warnings).toEqual([expect.stringContaining(`workload "web": image ${JSON.stringify(image)} ${why}, so what runs can change while the spec does not`)]);
    expect(warnings[0]).toContain('add "latest-image" (Risk.LATEST_IMAGE) to acceptRisks');
  });

  test.each(['nginx:1.27', 'registry.example.com:5000/team/app:2', `nginx@sha256:${'a'.repeat(64)}`, `nginx:latest@sha256:${'a'.repeat(64)}`])(
    'a pinned image %s is not', (image) => {
      expect(containerWarnings({ ...pinned, image })).toEqual([]);
    });

  test('a native recipe\'s image is not run, so it is not warned about', () => {
    const stack = newStack();
    const w = new VmWorkload(stack, 'app', { spec: { name: 'app', image: 'nginx', native: { packages: ['nginx'] }, command: ['/usr/sbin/nginx'] }, vm: guest });
    expect(warningsOf(w)).toEqual([]);
  });

  test.each([
    [{ public: true }, '0.0.0.0'],
    [{ bindAddress: '0.0.0.0' }, '0.0.0.0'],
    [{ bindAddress: '::' }, '::'],
  ])('a host port on every address (%j) is warned about', (port, address) => {
    const warnings = containerWarnings({ ...pinned, ports: [{ name: 'http', containerPort: 80, hostPort: 8080, ...port }] });
    expect(warnings).toEqual([expect.stringContaining(`workload "web": ports[0] is published on every address of the host (${address}:8080), so other machines can reach it`)]);
    expect(warnings[0]).toContain('add "public-port" (Risk.PUBLIC_PORT) to acceptRisks');
  });

  test.each([
    [{ public: true }], // not published: reachable by name only
    [{ hostPort: 8080 }],
    [{ hostPort: 8080, bindAddress: '192.168.1.5' }],
    [{ hostPort: 8080, public: true, bindAddress: '127.0.0.1' }], // bindAddress wins over public
  ])('a port that is not published on every address (%j) is not', (port) => {
    expect(containerWarnings({ ...pinned, ports: [{ name: 'http', containerPort: 80, ...port }] })).toEqual([]);
  });

  test('an HTTP probe inside a container is warned about on every target that runs one, not for a native service', () => {
    const spec: WorkloadSpec = { ...pinned, ports: [{ name: 'http', containerPort: 80 }], healthCheck: { http: { port: 'http' } } };
    const probe = expect.stringContaining('workload "web": healthCheck.http is probed from inside the container with wget or curl');
    expect(containerWarnings(spec)).toEqual([probe]);
    expect(containerWarnings(spec)[0]).toContain('add "http-probe-tools" (Risk.HTTP_PROBE_TOOLS) to acceptRisks');

    const hybrid = new HybridVm(newStack(), 'shared', { specs: [spec], vm: guest });
    expect(warningsOf(hybrid.workloads[0])).toEqual([probe]);
    // A VM runs an image in its guest's Docker engine, whose health check runs in the container too.
    expect(warningsOf(new VmWorkload(newStack(), 'web', { spec, vm: guest }))).toEqual([probe]);
    // A native service's probe is curl in the guest, which the library installs.
    const native: WorkloadSpec = { ...spec, image: undefined, native: { packages: ['nginx'] }, command: ['/usr/sbin/nginx'] };
    expect(warningsOf(new VmWorkload(newStack(), 'web', { spec: native, vm: guest }))).toEqual([]);
    // TCP and command probes are not warned about
    expect(containerWarnings({ ...spec, healthCheck: { tcp: { port: 'http' } } })).toEqual([]);
  });

  test('a literal value under a secret-looking name is warned about, with the way to accept it', () => {
    const warnings = containerWarnings({ ...pinned, env: { API_TOKEN: 'hunter2', API_TOKEN_FILE: '/run/secrets/t', USER: 'app' } });
    expect(warnings).toEqual([expect.stringContaining('workload "web": env.API_TOKEN looks like a secret but is a literal value')]);
    expect(warnings[0]).toContain('add "secret-in-env" (Risk.SECRET_IN_ENV) to acceptRisks');
  });

  test('each risk of acceptRisks silences its own warnings and no other', () => {
    const all = containerWarnings(risky);
    const riskOf = (w: string) => /add "([a-z-]+)"/.exec(w)![1];
    expect(all.map(riskOf)).toEqual(['latest-image', 'public-port', 'http-probe-tools', 'all-capabilities', 'escape-capability', 'root-user', 'secret-in-env']);
    for (const risk of Object.values(Risk)) {
      expect(containerWarnings({ ...risky, acceptRisks: [risk] })).toEqual(all.filter((w) => riskOf(w) !== risk));
    }
    expect(containerWarnings({ ...risky, acceptRisks: Object.values(Risk) })).toEqual([]);
  });

  test('silencing a risk changes nothing else: no problem, the same resources', () => {
    const stack = newStack();
    new ContainerWorkload(stack, 'web', { spec: { ...risky, acceptRisks: Object.values(Risk) } });
    expect(problems(stack)).toEqual([]);
  });

  test('acceptRisks names risks only', () => {
    const stack = newStack();
    new ContainerWorkload(stack, 'web', { spec: { ...pinned, acceptRisks: ['public' as Risk] } });
    expect(problems(stack)).toEqual([
      'workload "web": acceptRisks[0] "public" is not a risk the library warns about; use one of latest-image, public-port, http-probe-tools, secret-in-env, all-capabilities, escape-capability, root-user',
    ]);
  });
});

describe('warnings for capabilities and root users (issue 18)', () => {
  test('capAdd ALL is warned about as all capabilities, each escape capability by name', () => {
    const warnings = containerWarnings({ ...pinned, capAdd: ['all', 'cap_sys_admin', 'SYS_MODULE', 'BPF', 'sys_ptrace', 'SYS_RAWIO', 'DAC_READ_SEARCH', 'PERFMON', 'NET_ADMIN', 'NET_BIND_SERVICE'] });
    expect(warnings.filter((w) => w.includes('(Risk.ALL_CAPABILITIES)'))).toEqual([expect.stringContaining('capAdd holds "ALL"')]);
    const escapes = warnings.filter((w) => w.includes('(Risk.ESCAPE_CAPABILITY)'));
    expect(escapes.map((w) => /capAdd holds (CAP_[A-Z_]+)/.exec(w)![1]))
      .toEqual(['CAP_SYS_ADMIN', 'CAP_SYS_MODULE', 'CAP_BPF', 'CAP_SYS_PTRACE', 'CAP_SYS_RAWIO', 'CAP_DAC_READ_SEARCH', 'CAP_PERFMON']);
    // NET_ADMIN acts in the workload's own network namespace, NET_BIND_SERVICE on low ports: no warning.
    expect(warnings.length).toBe(1 + escapes.length);
  });

  test.each(['root', '0', '0:0', 'root:root', '0:1000', '000'])('user %s is warned about as root', (user) => {
    expect(containerWarnings({ ...pinned, user })).toEqual([expect.stringContaining('add "root-user" (Risk.ROOT_USER) to acceptRisks')]);
  });

  test.each(['1000', '1000:0', 'www-data', 'rooter', '10'])('user %s is not root', (user) => {
    expect(containerWarnings({ ...pinned, user })).toEqual([]);
  });

  test('a native service on the vm target is warned about the same way, and acceptRisks silences each', () => {
    const spec: WorkloadSpec = { name: 'svc', native: {}, command: ['/usr/bin/app'], user: 'root', capAdd: ['SYS_PTRACE'] };
    const vm = (s: WorkloadSpec) => warningsOf(new VmWorkload(newStack(), s.name, { spec: s, vm: guest }));
    expect(vm(spec).map((w) => /\(Risk\.([A-Z_]+)\)/.exec(w)![1])).toEqual(['ESCAPE_CAPABILITY', 'ROOT_USER']);
    expect(vm({ ...spec, acceptRisks: [Risk.ROOT_USER, Risk.ESCAPE_CAPABILITY] })).toEqual([]);
  });
});

describe('acceptRisks in an app file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warnings-'));
  const write = (text: string) => {
    const file = path.join(dir, 'app.yaml');
    fs.writeFileSync(file, text);
    return file;
  };
  const app = (risks: string) => [
    'workloads:',
    '  - name: web',
    '    image: nginx',
    '    ports: [{ name: http, containerPort: 80, hostPort: 8080, public: true }]',
    `    acceptRisks: ${risks}`,
    '',
  ].join('\n');

  test('loads and silences what it names, on every target', () => {
    const spec = loadAppSpec(write(app('[latest-image, public-port]')));
    expect(spec.workloads[0].acceptRisks).toEqual([Risk.LATEST_IMAGE, Risk.PUBLIC_PORT]);
    for (const target of Object.values(WorkloadTarget)) {
      const w = new WorkloadApp(newStack(), 'app', { app: { ...spec, vm: guest }, target });
      expect(warningsOf(w.workloads[0])).toEqual([]);
    }
    const partly = new WorkloadApp(newStack(), 'app', { app: loadAppSpec(write(app('[latest-image]'))) });
    expect(warningsOf(partly.workloads[0])).toEqual([expect.stringContaining('ports[0] is published on every address')]);
  });

  test('a risk that does not exist is an error at its line, listing the risks', () => {
    const file = write(app('[latest]'));
    expect(() => loadAppSpec(file)).toThrow(`${file}:5:19: workloads[0].acceptRisks[0]: "latest" is not allowed; use one of "latest-image", "public-port", "http-probe-tools", "secret-in-env"`);
  });
});
