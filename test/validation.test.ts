import { newStack, problems } from './util';
import { ContainerWorkload, DockerHost, OperatingSystem, RestartPolicy, WorkloadSpec } from '../src';

/** Problems of a stack holding these specs as container workloads. */
function problemsOf(...specs: WorkloadSpec[]): string[] {
  const stack = newStack();
  specs.forEach((spec, i) => new ContainerWorkload(stack, `w${i}`, { spec }));
  return problems(stack);
}

const ok: WorkloadSpec = { name: 'web', image: 'nginx:1.27' };

describe('spec validation', () => {
  test('a valid spec has no problems', () => {
    expect(problemsOf(ok, { name: 'db', image: 'postgres:16', dependsOn: [] })).toEqual([]);
  });

  test('a name that Docker or libvirt would reject is reported with the pattern to use', () => {
    expect(problemsOf({ ...ok, name: 'Web_1' })).toContain(
      'workload "Web_1": name "Web_1" is not a valid workload name; use 1-63 lowercase letters, digits and hyphens, starting with a letter or digit');
    expect(problemsOf({ ...ok, name: 'a'.repeat(64) })).toHaveLength(1);
  });

  test.each(['nginx:', 'Nginx', 'nginx:1.27:latest', 'registry:5000/', 'nginx@sha256:xyz', ''])(
    'a malformed image reference %p is reported', (image) => {
      expect(problemsOf({ ...ok, image })).toContain(
        `workload "web": image ${JSON.stringify(image)} is not a valid image reference; write it as [registry/]repository[:tag][@sha256:digest] with a lowercase repository, e.g. "nginx:1.27"`);
    });

  test.each(['nginx', 'nginx:1.27', 'library/nginx:1.27-alpine', 'registry.example.com:5000/team/app:v1.2.3',
    `ghcr.io/org/app@sha256:${'a'.repeat(64)}`, 'localhost/app_x__y:latest'])('a valid image reference %p passes', (image) => {
    expect(problemsOf({ ...ok, image })).toEqual([]);
  });

  test('ports outside 1-65535 are reported for the container and the host port', () => {
    expect(problemsOf({ ...ok, ports: [{ name: 'http', containerPort: 0, hostPort: 70000 }] })).toEqual([
      'workload "web": ports[0].containerPort 0 is not a port number; use a whole number from 1 to 65535',
      'workload "web": ports[0].hostPort 70000 is not a port number; use a whole number from 1 to 65535',
    ]);
  });

  test('a host-port clash names both workloads neutrally, once', () => {
    expect(problemsOf(
      { name: 'web', image: 'nginx', ports: [{ name: 'http', containerPort: 80, hostPort: 80 }] },
      { name: 'api', image: 'nginx', ports: [{ name: 'http', containerPort: 8080, hostPort: 80 }] },
    )).toEqual([
      'host port 80/tcp on docker host "docker-host" (unix:///var/run/docker.sock) is published by both workload "api" (ports[0]) and workload "web" (ports[0]); give one of them another host port',
    ]);
  });

  test('the same host port twice in one workload is reported', () => {
    expect(problemsOf({ ...ok, ports: [{ name: 'a', containerPort: 80, hostPort: 80 }, { name: 'b', containerPort: 81, hostPort: 80 }] }))
      .toEqual(['host port 80/tcp on docker host "docker-host" (unix:///var/run/docker.sock) is published by both ports[0] and ports[1] of workload "web"; give one of them another host port']);
  });

  test('the same host port on different bind addresses, protocols or hosts is allowed', () => {
    const stack = newStack();
    const other = new DockerHost(stack, 'other', { url: 'ssh://ops@b.example.com', alias: 'b' });
    const p = (name: string, extra: object) => ({ name, image: 'nginx', ports: [{ name: 'p', containerPort: 53, hostPort: 53, ...extra }] });
    new ContainerWorkload(stack, 'a', { spec: p('a', { bindAddress: '127.0.0.1' }) });
    new ContainerWorkload(stack, 'b', { spec: p('b', { bindAddress: '127.0.0.2' }) });
    new ContainerWorkload(stack, 'c', { spec: p('c', { bindAddress: '127.0.0.1', protocol: 'udp' }) });
    new ContainerWorkload(stack, 'd', { spec: p('d', { public: true }), host: other });
    expect(problems(stack)).toEqual([]);
  });

  test('a public port clashes with a loopback port of the same number, and the message names both addresses', () => {
    expect(problemsOf(
      { name: 'a', image: 'nginx', ports: [{ name: 'p', containerPort: 80, hostPort: 80 }] },
      { name: 'b', image: 'nginx', ports: [{ name: 'p', containerPort: 80, hostPort: 80, public: true }] },
    )).toEqual([
      'host port 80/tcp on docker host "docker-host" (unix:///var/run/docker.sock) is published by both workload "a" (ports[0], 127.0.0.1) and workload "b" (ports[0], 0.0.0.0); give one of them another host port',
    ]);
  });

  test('duplicate and relative mount paths are reported', () => {
    expect(problemsOf({
      ...ok,
      volumes: [{ name: 'data', mountPath: '/data' }, { name: 'logs', mountPath: 'logs' }],
      tmpfs: [{ mountPath: '/data/' }],
    })).toEqual([
      'workload "web": volumes[1].mountPath "logs" is not an absolute path; start the mount path with "/"',
      'workload "web": tmpfs[0].mountPath "/data/" is already mounted by volumes[0]; mount each path once',
    ]);
  });

  test('duplicate volume and port names are reported', () => {
    expect(problemsOf({
      ...ok,
      ports: [{ name: 'http', containerPort: 80 }, { name: 'http', containerPort: 81 }],
      volumes: [{ name: 'data', mountPath: '/a' }, { name: 'data', mountPath: '/b' }],
    })).toEqual([
      'workload "web": ports[1].name "http" is used by another port of this workload; give every port its own name',
      'workload "web": volumes[1].name "data" is used by another volume of this workload; give every volume its own name',
    ]);
  });

  test('memory below Docker\'s 6 MiB minimum is reported', () => {
    expect(problemsOf({ ...ok, memoryMiB: 4 })).toEqual([
      'workload "web": memoryMiB 4 is below the minimum of 6 MiB; give at least 6 MiB as a whole number',
    ]);
  });

  test.each([0, -1])('cpus %p is reported', (cpus) => {
    expect(problemsOf({ ...ok, cpus })).toEqual([`workload "web": cpus ${cpus} must be more than 0; give the CPU limit in cores, e.g. 0.5 or 2`]);
  });

  test('negative replicas are reported', () => {
    expect(problemsOf({ ...ok, replicas: -1 })).toEqual([
      'workload "web": replicas -1 must be a whole number of 0 or more; use 0 to stop the workload, 1 or more to run it',
    ]);
  });

  test('invalid env names are reported for plain and secret variables', () => {
    expect(problemsOf({ ...ok, env: { '1BAD': 'x', 'GOOD_1': 'y' }, secretEnv: { 'BAD-NAME': 'pw', 'GOOD_1': 'pw' } })).toEqual([
      'workload "web": env.1BAD "1BAD" is not a valid environment variable name; use letters, digits and underscores, not starting with a digit',
      'workload "web": secretEnv.BAD-NAME "BAD-NAME" is not a valid environment variable name; use letters, digits and underscores, not starting with a digit',
      'workload "web": secretEnv.GOOD_1 "GOOD_1" is also set in env; set each variable in env or in secretEnv, not both',
    ]);
  });

  test('a secret that names an invalid Terraform variable is reported', () => {
    expect(problemsOf({ ...ok, secretEnv: { PASSWORD: 'db password' } })).toEqual([
      'workload "web": secretEnv.PASSWORD "db password" is not a valid Terraform variable name; use letters, digits and underscores, not starting with a digit',
    ]);
  });

  test('an unknown dependsOn name is reported with the names that exist', () => {
    expect(problemsOf({ ...ok, dependsOn: ['dbb'] }, { name: 'db', image: 'postgres' })).toEqual([
      'workload "web": dependsOn[0] "dbb" is not a workload of this stack; name one of db',
    ]);
  });

  test('a dependency cycle is reported once, with its path', () => {
    expect(problemsOf(
      { name: 'c', image: 'nginx', dependsOn: ['a'] },
      { name: 'a', image: 'nginx', dependsOn: ['b'] },
      { name: 'b', image: 'nginx', dependsOn: ['c'] },
    )).toEqual(['workload "a": dependsOn ["b"] forms a cycle a → b → c → a; remove one of these dependencies']);
  });

  test('a workload that depends on itself is reported', () => {
    expect(problemsOf({ ...ok, dependsOn: ['web'] })).toEqual(['workload "web": dependsOn[0] "web" is the workload itself; remove it']);
  });

  test('a non-Linux os on the container target says to use the vm target', () => {
    expect(problemsOf({ ...ok, os: OperatingSystem.WINDOWS })).toEqual([
      'workload "web": os "windows" cannot be honoured by the container target (containers share the host\'s Linux kernel); remove it, or use a target that can: vm',
    ]);
  });

  test('a container workload without an image is reported', () => {
    expect(problemsOf({ name: 'web' })).toEqual([
      'workload "web": image is missing; the container target runs an image: set image, e.g. "nginx:1.27"',
    ]);
  });

  test('a volume size fails on the container target and names the targets that can honour it', () => {
    expect(problemsOf({ ...ok, volumes: [{ name: 'data', mountPath: '/data', sizeGiB: 20 }] })).toEqual([
      'workload "web": volumes[0].sizeGiB 20 cannot be honoured by the container target (Docker\'s local volumes have no size quota); remove it, or use a target that can: vm, hybrid',
    ]);
  });

  test('several replicas cannot share a published host port', () => {
    expect(problemsOf({ ...ok, replicas: 2, ports: [{ name: 'http', containerPort: 80, hostPort: 8080 }] })).toEqual([
      'workload "web": replicas 2 cannot share host port 8080 (every replica would publish it); run one replica, or leave hostPort unset and put a reverse proxy workload in front',
    ]);
  });

  test('a health check must name one probe and an existing port', () => {
    expect(problemsOf({ ...ok, healthCheck: { http: { port: 'web' }, tcp: { port: 'web' }, intervalSeconds: 0 } })).toEqual([
      'workload "web": healthCheck ["http","tcp"] sets more than one probe; give exactly one of command, http or tcp',
      'workload "web": healthCheck.http.port "web" is not a port of this workload; name one of its ports',
      'workload "web": healthCheck.tcp.port "web" is not a port of this workload; name one of its ports',
      'workload "web": healthCheck.intervalSeconds 0 must be a whole number of at least 1; use 1 or more',
    ]);
    expect(problemsOf({ ...ok, healthCheck: {} })).toEqual([
      'workload "web": healthCheck sets no probe; give exactly one of command, http or tcp',
    ]);
  });

  test('maxRetries with a policy other than on-failure is reported', () => {
    expect(problemsOf({ ...ok, restart: { policy: RestartPolicy.ALWAYS, maxRetries: 3 } })).toEqual([
      'workload "web": restart.maxRetries 3 only applies to the on-failure policy, not "always"; remove maxRetries or use policy "on-failure"',
    ]);
  });

  test('two workloads with one name in a stack are reported', () => {
    expect(problemsOf(ok, ok)).toEqual([
      'workload "web": name "web" is already used by the workload at test/w0; give every workload of a stack its own name',
    ]);
  });

  test('a bind address that is not an IP address is reported', () => {
    expect(problemsOf({ ...ok, ports: [{ name: 'http', containerPort: 80, hostPort: 80, bindAddress: 'localhost' }] })).toEqual([
      'workload "web": ports[0].bindAddress "localhost" is not an IP address; use an IPv4 or IPv6 address of the host, e.g. "127.0.0.1"',
    ]);
  });

  test('two Docker hosts without distinct aliases are reported', () => {
    const stack = newStack();
    new DockerHost(stack, 'a', { url: 'ssh://a' });
    new DockerHost(stack, 'b', { url: 'ssh://b' });
    expect(problems(stack)).toEqual([
      'docker host "b" (ssh://b): alias (none) is already used by docker host "test/a"; give every extra Docker host of a stack its own alias',
    ]);
  });

  test('every problem of a stack is reported in one synth', () => {
    const found = problemsOf(
      { name: 'web', image: 'nginx', memoryMiB: 1, cpus: 0 },
      { name: 'db', image: 'Postgres', replicas: -2, dependsOn: ['nope'] },
    );
    expect(found).toHaveLength(5);
    expect(found.filter((m) => m.startsWith('workload "web"'))).toHaveLength(2);
    expect(found.filter((m) => m.startsWith('workload "db"'))).toHaveLength(3);
  });
});
