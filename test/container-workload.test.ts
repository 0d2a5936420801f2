import * as fc from 'fast-check';
import { addresses, newStack, problems, resources, synth } from './util';
import { ContainerWorkload, DockerHost, RestartPolicy, WorkloadSpec } from '../src';
import { imageConstructId } from '../src/targets/docker/docker-host';

function synthSpecs(...specs: WorkloadSpec[]) {
  const stack = newStack();
  const workloads = specs.map((spec) => new ContainerWorkload(stack, spec.name, { spec }));
  return { json: synth(stack), workloads };
}

const web: WorkloadSpec = { name: 'web', image: 'nginx:1.27', ports: [{ name: 'http', containerPort: 80, hostPort: 8080, urlScheme: 'http' }] };

describe('ContainerWorkload', () => {
  test('pulls the image once and keeps it when the workload is removed', () => {
    const { json } = synthSpecs(web);
    expect(resources(json, 'docker_image')).toEqual([expect.objectContaining({ name: 'nginx:1.27', keep_locally: true })]);
  });

  test('runs one container per replica, named after the workload', () => {
    const { json } = synthSpecs({ name: 'api', image: 'nginx', replicas: 3 });
    expect(resources(json, 'docker_container').map((c) => c.name)).toEqual(['test_api-1', 'test_api-2', 'test_api-3']);
  });

  test('zero replicas keep the image and volumes but run no container', () => {
    const { json } = synthSpecs({ name: 'api', image: 'nginx', replicas: 0, volumes: [{ name: 'data', mountPath: '/d' }] });
    expect(resources(json, 'docker_container')).toHaveLength(0);
    expect(resources(json, 'docker_volume')).toHaveLength(1);
  });

  test('secure defaults: not privileged, no host namespaces, no-new-privileges, memory limit without swap', () => {
    const { json } = synthSpecs({ name: 'app', image: 'nginx' });
    const [c] = resources(json, 'docker_container');
    expect(c.privileged).toBe(false);
    // `=`: the runtime suite found dockerd logging the `:` form as deprecated at every create
    expect(c.security_opts).toEqual(['no-new-privileges=true']);
    expect(c.ipc_mode).toBe('private');
    expect(c.pid_mode).toBeUndefined();
    expect(c.userns_mode).toBeUndefined();
    expect(c.network_mode).not.toBe('host');
    expect(c.memory).toBe(512);
    expect(c.memory_swap).toBe(512);
    expect(c.restart).toBe('on-failure');
    expect(c.max_retry_count).toBe(5);
  });

  test('ports bind to loopback unless the spec says public or names an address', () => {
    const { json } = synthSpecs({
      name: 'app',
      image: 'nginx',
      ports: [
        { name: 'a', containerPort: 80, hostPort: 8080 },
        { name: 'b', containerPort: 443, hostPort: 8443, public: true },
        { name: 'c', containerPort: 53, hostPort: 5353, protocol: 'udp' as any, bindAddress: '10.0.0.5' },
        { name: 'internal', containerPort: 9000 },
      ],
    });
    expect(resources(json, 'docker_container')[0].ports).toEqual([
      { internal: 80, external: 8080, ip: '127.0.0.1', protocol: 'tcp' },
      { internal: 443, external: 8443, ip: '0.0.0.0', protocol: 'tcp' },
      { internal: 53, external: 5353, ip: '10.0.0.5', protocol: 'udp' },
    ]);
  });

  test('a persistent volume is a Docker volume protected by prevent_destroy unless the spec opts out', () => {
    const { json } = synthSpecs({
      name: 'db',
      image: 'postgres:16',
      volumes: [{ name: 'data', mountPath: '/var/lib/postgresql/data' }, { name: 'scratch', mountPath: '/scratch', preventDestroy: false, readOnly: true }],
    });
    const volumes = resources(json, 'docker_volume');
    expect(volumes.map((v) => [v.name, v.lifecycle.prevent_destroy])).toEqual([['test_db_data', true], ['test_db_scratch', false]]);
    expect(resources(json, 'docker_container')[0].volumes).toEqual([
      { container_path: '/var/lib/postgresql/data', read_only: false, volume_name: expect.stringMatching(/^\$\{docker_volume\.db_volumes_data_[0-9A-F]{8}\.name\}$/) },
      { container_path: '/scratch', read_only: true, volume_name: expect.stringMatching(/^\$\{docker_volume\.db_volumes_scratch_[0-9A-F]{8}\.name\}$/) },
    ]);
  });

  test('a secret env value comes from a sensitive variable and never appears in the JSON', () => {
    const stack = newStack();
    new ContainerWorkload(stack, 'db', { spec: { name: 'db', image: 'postgres', env: { POSTGRES_USER: 'app' }, secretEnv: { POSTGRES_PASSWORD: 'db_password' } } });
    new ContainerWorkload(stack, 'app', { spec: { name: 'app', image: 'nginx', secretEnv: { DB_PASSWORD: 'db_password' } } });
    const json = synth(stack);
    expect(json.variable).toEqual({ db_password: expect.objectContaining({ type: 'string', sensitive: true, nullable: false }) });
    expect(json.variable.db_password.default).toBeUndefined();
    const env = Object.fromEntries(resources(json, 'docker_container').map((c) => [c.name, c.env]));
    expect(env).toEqual({
      'test_db-1': ['POSTGRES_PASSWORD=${var.db_password}', 'POSTGRES_USER=app'],
      'test_app-1': ['DB_PASSWORD=${var.db_password}'],
    });
  });

  test('workloads share one bridge network and reach each other by name', () => {
    const { json } = synthSpecs(web, { name: 'api', image: 'nginx', replicas: 2 });
    expect(resources(json, 'docker_network')).toEqual([expect.objectContaining({ name: 'test-workloads', driver: 'bridge' })]);
    const networks = Object.fromEntries(resources(json, 'docker_container').map((c) => [c.name, [c.network_mode, c.networks_advanced]]));
    const [net] = Object.keys(json.resource.docker_network).map((n) => `\${docker_network.${n}.name}`);
    // No network_mode: with it, the provider creates the container there without its aliases.
    expect(networks).toEqual({
      'test_web-1': [undefined, [{ name: net, aliases: ['web'] }]],
      'test_api-1': [undefined, [{ name: net, aliases: ['api'] }]],
      'test_api-2': [undefined, [{ name: net, aliases: ['api'] }]],
    });
  });

  test('command, args, entrypoint, user, working dir, cpus, labels and tmpfs become container settings', () => {
    const { json } = synthSpecs({
      name: 'job',
      image: 'busybox',
      entrypoint: ['/bin/sh', '-c'],
      command: ['echo'],
      args: ['hello'],
      user: '1000:1000',
      workingDir: '/work',
      cpus: 1.5,
      labels: { team: 'ops', app: 'job' },
      tmpfs: [{ mountPath: '/tmp', sizeMiB: 32 }],
    });
    expect(resources(json, 'docker_container')[0]).toMatchObject({
      entrypoint: ['/bin/sh', '-c'],
      command: ['echo', 'hello'],
      user: '1000:1000',
      working_dir: '/work',
      cpus: '1.5',
      labels: [{ label: 'app', value: 'job' }, { label: 'cdktf-workloads.workload', value: 'job' }, { label: 'team', value: 'ops' }],
      tmpfs: { '/tmp': 'rw,nosuid,nodev,size=32m' },
    });
  });

  test.each([
    [{ command: ['pg_isready'] }, ['CMD', 'pg_isready']],
    [{ http: { port: 'http', path: '/health' } }, ['CMD-SHELL', 'wget -q -O /dev/null http://127.0.0.1:80/health || curl -fsS -o /dev/null http://127.0.0.1:80/health || exit 1']],
    [{ tcp: { port: 'http' } }, ['CMD-SHELL', "nc -z 127.0.0.1 80 || bash -c 'exec 3<>/dev/tcp/127.0.0.1/80' || exit 1"]],
  ])('a health check %p becomes a Docker healthcheck probing the container port', (probe, test) => {
    const { json } = synthSpecs({ ...web, healthCheck: { ...probe, intervalSeconds: 10, timeoutSeconds: 2, retries: 4, startPeriodSeconds: 20 } });
    expect(resources(json, 'docker_container')[0].healthcheck).toEqual({ test, interval: '10s', timeout: '2s', retries: 4, start_period: '20s' });
  });

  test.each([
    [{ policy: RestartPolicy.NO }, 'no', undefined],
    [{ policy: RestartPolicy.ALWAYS }, 'always', undefined],
    [{ policy: RestartPolicy.UNLESS_STOPPED }, 'unless-stopped', undefined],
    [{ maxRetries: 2 }, 'on-failure', 2],
  ])('restart %p maps to Docker restart %p with max retries %p', (restart, policy, retries) => {
    const { json } = synthSpecs({ ...web, restart });
    const [c] = resources(json, 'docker_container');
    expect([c.restart, c.max_retry_count]).toEqual([policy, retries]);
  });

  test('dependsOn makes every container wait for the containers of the named workloads, whatever the declaration order', () => {
    const { json } = synthSpecs({ ...web, dependsOn: ['api'] }, { name: 'api', image: 'nginx', replicas: 2 });
    const byName = Object.fromEntries(Object.entries(json.resource.docker_container).map(([address, c]: [string, any]) => [c.name, { address, c }]));
    expect(byName['test_web-1'].c.depends_on).toEqual([`docker_container.${byName['test_api-1'].address}`, `docker_container.${byName['test_api-2'].address}`]);
    expect(byName['test_api-1'].c.depends_on).toBeUndefined();
  });

  test('outputs report endpoints and volumes in the uniform shape', () => {
    const { json } = synthSpecs(
      { ...web, volumes: [{ name: 'cache', mountPath: '/cache' }] },
      { name: 'db', image: 'postgres', ports: [{ name: 'pg', containerPort: 5432, urlScheme: 'postgres' }] },
    );
    expect(json.output.endpoints_web.value).toEqual({ http: { host: '127.0.0.1', port: 8080, url: 'http://127.0.0.1:8080', published: true } });
    expect(json.output.endpoints_db.value).toEqual({ pg: { host: 'db', port: 5432, url: 'postgres://db:5432', published: false } });
    const [volume] = Object.keys(json.resource.docker_volume);
    expect(json.output.volumes_web.value).toEqual({
      cache: { storage_name: `\${docker_volume.${volume}.name}`, mount_path: '/cache', location: `\${docker_volume.${volume}.mountpoint}` },
    });
  });

  test('a remote host over ssh configures the provider and names the host in public endpoints', () => {
    const stack = newStack();
    const local = DockerHost.defaultFor(stack);
    const remote = new DockerHost(stack, 'edge', { url: 'ssh://deploy@edge.example.com:2222', alias: 'edge', sshOpts: ['-o', 'StrictHostKeyChecking=yes'] });
    new ContainerWorkload(stack, 'web', { spec: web, host: local });
    new ContainerWorkload(stack, 'proxy', { spec: { name: 'proxy', image: 'nginx', ports: [{ name: 'http', containerPort: 80, hostPort: 80, public: true, urlScheme: 'http' }] }, host: remote });
    const json = synth(stack);
    expect(json.provider.docker).toEqual([
      { host: 'unix:///var/run/docker.sock' },
      { alias: 'edge', host: 'ssh://deploy@edge.example.com:2222', ssh_opts: ['-o', 'StrictHostKeyChecking=yes'] },
    ]);
    const proxy = resources(json, 'docker_container').find((c) => c.name === 'test_proxy-1');
    expect(proxy.provider).toBe('docker.edge');
    expect(json.output.endpoints_proxy.value.http.url).toBe('http://edge.example.com:80');
  });

  test('the underlying resources are reachable as escape hatches', () => {
    const { workloads } = synthSpecs({ ...web, volumes: [{ name: 'data', mountPath: '/data' }] });
    const [w] = workloads;
    expect(w.image.nameInput).toBe('nginx:1.27');
    expect(w.containers).toHaveLength(1);
    expect(Object.keys(w.dockerVolumes)).toEqual(['data']);
    expect(w.host.network).toBeDefined();
  });
});

describe('one docker_image per image reference per Docker host (issue 11)', () => {
  const specs: WorkloadSpec[] = [
    { name: 'web', image: 'nginx:1.27' },
    { name: 'api', image: 'ghcr.io/example/api:2.1' },
    { name: 'admin', image: 'nginx:1.27' },
  ];

  test('workloads that run one image share its docker_image, under the host', () => {
    const { json, workloads } = synthSpecs(...specs);
    expect(resources(json, 'docker_image').map((i) => i.name).sort()).toEqual(['ghcr.io/example/api:2.1', 'nginx:1.27']);
    const [web, api, admin] = workloads;
    expect(web.image).toBe(admin.image);
    expect(api.image).not.toBe(web.image);
    expect(web.image.node.path).toBe('test/docker-host/images/nginx:1.27');
    expect(api.image.node.path).toBe('test/docker-host/images/ghcr.io%2Fexample%2Fapi:2.1');
    const imageOf = (hostname: string) => resources(json, 'docker_container').find((c) => c.hostname === hostname).image;
    expect(imageOf('web-1')).toBe(imageOf('admin-1'));
    expect(imageOf('web-1')).toMatch(/^\$\{docker_image\.docker-host_images_nginx127_[0-9A-F]{8}\.image_id\}$/);
  });

  test('addresses do not depend on the order of the workloads', () => {
    const forward = synthSpecs(...specs).json;
    const backward = synthSpecs(...[...specs].reverse()).json;
    expect(addresses(backward)).toEqual(addresses(forward));
    expect(JSON.stringify(backward.resource.docker_image)).toBe(JSON.stringify(forward.resource.docker_image));
  });

  test('each Docker host pulls its own copy', () => {
    const stack = newStack();
    const edge = new DockerHost(stack, 'edge', { alias: 'edge', url: 'ssh://deploy@edge.example.com' });
    new ContainerWorkload(stack, 'web', { spec: { name: 'web', image: 'nginx:1.27' } });
    new ContainerWorkload(stack, 'proxy', { spec: { name: 'proxy', image: 'nginx:1.27' }, host: edge });
    expect(resources(synth(stack), 'docker_image').map((i) => i.provider).sort()).toEqual(['docker', 'docker.edge']);
  });

  test('references that differ only where the id escapes them get ids of their own', () => {
    const stack = newStack();
    new ContainerWorkload(stack, 'a', { spec: { name: 'a', image: 'example/app:1' } });
    new ContainerWorkload(stack, 'b', { spec: { name: 'b', image: 'example%2Fapp:1' } });
    new ContainerWorkload(stack, 'c', { spec: { name: 'c', image: 'example--app:1' } });
    const ids = DockerHost.defaultFor(stack).node.findChild('images').node.children.map((c) => c.node.id);
    expect(ids).toEqual(['example%2Fapp:1', 'example%252Fapp:1', 'example--app:1']);
  });

  test('the id is an injective function of the reference, with "%" alone for none', () => {
    const decode = (id: string) => (id === '%' ? '' : id.replace(/%(2F|25|24)/g, (_, hex) => String.fromCharCode(parseInt(hex, 16))));
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', '/', '%', '$', '2', '4', 'F', '5', ':', '-') }), (ref) => {
      const id = imageConstructId(ref);
      expect(id).not.toContain('/');
      expect(id === '%').toBe(ref === '');
      expect(decode(id)).toBe(ref);
    }), { seed: 11, numRuns: 2000 });
  });

  test('an image that reads as a cdktf token is a validation error, not a crash', () => {
    // cdktf refuses a construct id holding `${TfToken[…]}`; the id escapes "$".
    const stack = newStack();
    new ContainerWorkload(stack, 'a', { spec: { name: 'a', image: '${TfToken[TOKEN.1]}' } });
    expect(problems(stack)).toEqual(expect.arrayContaining([expect.stringMatching(/^workload "a": image "\$\{TfToken\[TOKEN\.1\]\}" contains a cdktf token marker/)]));
  });

  test('a workload without an image is still a validation error, not a crash', () => {
    const stack = newStack();
    new ContainerWorkload(stack, 'a', { spec: { name: 'a' } });
    new ContainerWorkload(stack, 'b', { spec: { name: 'b' } });
    expect(problems(stack)).toEqual([
      expect.stringMatching(/^workload "a": image is missing/),
      expect.stringMatching(/^workload "b": image is missing/),
    ]);
  });
});
