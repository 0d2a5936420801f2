// The swarm target (issue 20): a workload as a docker_service on a SwarmCluster. What each spec
// field becomes, what the swarm cannot do (capability errors naming the targets that can), and the
// rotation of secrets and configs; the runtime suite (test/runtime/swarm.runtime.ts) runs it.
import { Testing } from 'cdktf';
import { evaluateTemplate, evaluateTemplates } from './terraform-eval';
import { tfcheckAvailable, tfcheckStack } from './tfcheck';
import { addresses, newStack, problems, resources, synth } from './util';
import {
  ContainerWorkload, DependencyCondition, DockerHost, EndpointMode, PublishMode, RestartPolicy, SwarmCluster, SwarmWorkload,
  UpdateFailureAction, UpdateOrder, VmWorkload, WorkloadApp, WorkloadSpec, WorkloadTarget,
} from '../src';
import { swarmSpecs } from '../examples/swarm/specs';

function build(specs: WorkloadSpec[], cluster?: (stack: ReturnType<typeof newStack>) => SwarmCluster) {
  const stack = newStack();
  const c = cluster?.(stack);
  const workloads = specs.map((spec) => new SwarmWorkload(stack, spec.name, { spec, cluster: c }));
  return { stack, workloads };
}

function synthSpecs(...specs: WorkloadSpec[]) {
  const { stack, workloads } = build(specs);
  return { json: synth(stack), workloads };
}

/** The docker_service of a workload, by workload name. */
function service(json: any, name: string): any {
  return resources(json, 'docker_service').find((s) => s.name === `test_${name}`);
}

function problemsOf(...specs: WorkloadSpec[]): string[] {
  return problems(build(specs).stack);
}

const api: WorkloadSpec = {
  name: 'api',
  image: 'hashicorp/http-echo:1.0',
  args: ['-listen=:5678', '-text=hi'],
  ports: [{ name: 'http', containerPort: 5678, urlScheme: 'http' }],
};

describe('SwarmWorkload', () => {
  test('a workload is one docker_service named <prefix>_<name> with its replicas, and 0 keeps the service without tasks', () => {
    const { json } = synthSpecs({ ...api, replicas: 3 }, { name: 'idle', image: 'nginx:1.27', replicas: 0 });
    expect(resources(json, 'docker_service').map((s) => [s.name, s.mode.replicated.replicas])).toEqual([['test_api', 3], ['test_idle', 0]]);
    expect(service(json, 'api').task_spec.container_spec).toMatchObject({
      image: 'hashicorp/http-echo:1.0',
      args: ['-listen=:5678', '-text=hi'],
      hostname: 'api-{{.Task.Slot}}',
      labels: [{ label: 'cdktf-workloads.workload', value: 'api' }],
    });
    // No docker_image: each node that runs a task pulls the image itself.
    expect(resources(json, 'docker_image')).toEqual([]);
    expect(json.provider.docker).toEqual([{ alias: 'swarm', host: 'unix:///var/run/docker.sock' }]);
  });

  test('the entrypoint is the service\'s command and the command line its args, as the Docker CLI maps them', () => {
    const { json } = synthSpecs({ name: 'job-like', image: 'nginx:1.27', entrypoint: ['/bin/sh', '-c'], command: ['echo'], args: ['hi'] });
    const c = service(json, 'job-like').task_spec.container_spec;
    expect([c.command, c.args]).toEqual([['/bin/sh', '-c'], ['echo', 'hi']]);
  });

  test('limits and reservations in Docker\'s units: memory in bytes, CPUs in billionths of a core', () => {
    const { json } = synthSpecs({ ...api, memoryMiB: 256, cpus: 0.5, reservations: { cpus: 0.25, memoryMiB: 128 } }, { name: 'plain', image: 'nginx:1.27' });
    expect(service(json, 'api').task_spec.resources).toEqual({
      limits: { memory_bytes: 256 * 1024 * 1024, nano_cpus: 500_000_000 },
      reservation: { memory_bytes: 128 * 1024 * 1024, nano_cpus: 250_000_000 },
    });
    // The memory limit is always there (512 MiB by default); nothing is reserved unless the spec says so.
    expect(service(json, 'plain').task_spec.resources).toEqual({ limits: { memory_bytes: 512 * 1024 * 1024 } });
  });

  test('a reservation above the limit is an error', () => {
    expect(problemsOf({ ...api, memoryMiB: 64, cpus: 0.5, reservations: { memoryMiB: 128, cpus: 1 } })).toEqual([
      'workload "api": reservations.cpus 1 is more than the workload\'s cpus limit 0.5; reserve at most the limit',
      'workload "api": reservations.memoryMiB 128 is more than the workload\'s memoryMiB 64, the most it may use; reserve at most memoryMiB',
    ]);
  });

  test('the health check is the container target\'s probe, and the restart policy maps to the swarm\'s conditions', () => {
    const { json } = synthSpecs(
      { ...api, healthCheck: { tcp: { port: 'http' }, intervalSeconds: 2, retries: 4, startPeriodSeconds: 1 } },
      { name: 'always', image: 'nginx:1.27', restart: { policy: RestartPolicy.ALWAYS, delaySeconds: 9 } },
      { name: 'never', image: 'nginx:1.27', restart: { policy: RestartPolicy.NO } },
      { name: 'stopped', image: 'nginx:1.27', restart: { policy: RestartPolicy.UNLESS_STOPPED } },
    );
    expect(service(json, 'api').task_spec.container_spec.healthcheck).toEqual({
      test: ['CMD-SHELL', 'nc -z 127.0.0.1 5678 || bash -c \'exec 3<>/dev/tcp/127.0.0.1/5678\' || exit 1'],
      interval: '2s', timeout: '5s', retries: 4, start_period: '1s',
    });
    expect(service(json, 'api').task_spec.restart_policy).toEqual({ condition: 'on-failure', max_attempts: 5, delay: '5s' });
    expect(service(json, 'always').task_spec.restart_policy).toEqual({ condition: 'any', delay: '9s' });
    expect(service(json, 'never').task_spec.restart_policy).toEqual({ condition: 'none', delay: '5s' });
    expect(service(json, 'stopped').task_spec.restart_policy).toEqual({ condition: 'any', delay: '5s' });
  });

  test('a rolling update starts the new task first and rolls back on failure, monitoring as long as the health check takes to call a task unhealthy', () => {
    const { json } = synthSpecs({ ...api, replicas: 2, healthCheck: { command: ['true'], intervalSeconds: 3, timeoutSeconds: 2, retries: 2, startPeriodSeconds: 4 } });
    const s = service(json, 'api');
    // 4 s start period + (2 + 1) probes of up to 3 + 2 s
    const monitor = `${4 + 3 * 5}s`;
    expect(s.update_config).toEqual({ parallelism: 1, delay: '5s', order: 'start-first', failure_action: 'rollback', monitor });
    expect(s.rollback_config).toEqual({ parallelism: 1, delay: '5s', order: 'start-first', failure_action: 'pause', monitor });
    // Terraform waits for the update: a base, then per task its time to become healthy and the delay, then the monitor period.
    expect(s.converge_config).toEqual({ delay: '7s', timeout: `${180 + 2 * (19 + 5) + 19}s` });
  });

  test('without a health check the monitor period is the swarm\'s own 5 s', () => {
    const { json } = synthSpecs(api);
    expect(service(json, 'api').update_config.monitor).toBe('5s');
  });

  test('the spec\'s update settings win, and a port in host mode makes the default order stop-first', () => {
    const { json } = synthSpecs(
      { ...api, update: { parallelism: 2, delaySeconds: 0, order: UpdateOrder.STOP_FIRST, failureAction: UpdateFailureAction.PAUSE, monitorSeconds: 30 } },
      { name: 'edge', image: 'nginx:1.27', ports: [{ name: 'http', containerPort: 80, hostPort: 8080, public: true, publishMode: PublishMode.HOST }] },
      { name: 'edge2', image: 'nginx:1.27', update: { order: UpdateOrder.START_FIRST }, ports: [{ name: 'http', containerPort: 80, hostPort: 8081, public: true, publishMode: PublishMode.HOST }] },
    );
    expect(service(json, 'api').update_config).toEqual({ parallelism: 2, delay: '0s', order: 'stop-first', failure_action: 'pause', monitor: '30s' });
    expect(service(json, 'edge').update_config.order).toBe('stop-first');
    expect(service(json, 'edge2').update_config.order).toBe('start-first');
  });

  test('update settings out of range or unknown are errors naming the field', () => {
    expect(problemsOf({ ...api, update: { parallelism: -1, delaySeconds: 1.5, monitorSeconds: 0, order: 'first' as any, failureAction: 'retry' as any } })).toEqual([
      'workload "api": update.parallelism -1 is less than 0; use a whole number of tasks (0 replaces all at once) from 0 to 1000',
      'workload "api": update.delaySeconds 1.5 is not a whole number; use a whole number of seconds from 0 to 86400',
      'workload "api": update.monitorSeconds 0 is less than 1; use a whole number of seconds from 1 to 86400',
      'workload "api": update.order "first" is not a update order; use one of start-first, stop-first',
      'workload "api": update.failureAction "retry" is not a failure action; use one of rollback, pause, continue',
    ]);
  });

  test('published ports: ingress by default, host mode on request; a port bound to one address is refused, naming the fix and the targets that can', () => {
    const { json } = synthSpecs({
      name: 'web', image: 'nginx:1.27', acceptRisks: ['public-port' as any],
      ports: [
        { name: 'http', containerPort: 80, hostPort: 8080, public: true, urlScheme: 'http' },
        { name: 'dns', containerPort: 53, hostPort: 5353, protocol: 'udp' as any, bindAddress: '0.0.0.0', publishMode: PublishMode.HOST },
        { name: 'admin', containerPort: 9000 },
      ],
    });
    expect(service(json, 'web').endpoint_spec).toEqual({
      mode: 'vip',
      ports: [
        { name: 'http', protocol: 'tcp', target_port: 80, published_port: 8080, publish_mode: 'ingress' },
        { name: 'dns', protocol: 'udp', target_port: 53, published_port: 5353, publish_mode: 'host' },
      ],
    });
    expect(json.output.endpoints_web.value).toEqual({
      http: { host: 'localhost', port: 8080, url: 'http://localhost:8080', published: true },
      dns: { host: 'localhost', port: 5353, url: 'udp://localhost:5353', published: true },
      admin: { host: 'web', port: 9000, url: 'tcp://web:9000', published: false },
    });
    expect(problemsOf({ name: 'web', image: 'nginx:1.27', ports: [{ name: 'http', containerPort: 80, hostPort: 8080 }] })).toEqual([
      'workload "web": ports[0].hostPort 8080 cannot be honoured by the swarm target (a swarm publishes a port on every address of its nodes (all of them in ingress mode, the task\'s in host mode) and cannot bind it to one address); '
      + 'set public: true to publish it on every address, or leave hostPort unset (other workloads still reach the port by name); or remove it, or use a target that can: container, vm, hybrid',
    ]);
  });

  test('endpoint mode: a virtual IP by default, DNS round robin on request, which Docker refuses with a port in the routing mesh', () => {
    const { json } = synthSpecs({ ...api, endpointMode: EndpointMode.DNSRR });
    expect(service(json, 'api').endpoint_spec.mode).toBe('dnsrr');
    expect(problemsOf({ ...api, endpointMode: EndpointMode.DNSRR, ports: [{ name: 'http', containerPort: 5678, hostPort: 8080, public: true }], acceptRisks: ['public-port' as any] })).toEqual([
      'workload "api": ports[0].publishMode "ingress" cannot go with endpointMode "dnsrr": Docker publishes in the routing mesh only for a virtual IP; set publishMode: "host", or endpointMode: "vip"',
    ]);
  });

  test('networks are attachable overlay networks of the cluster, encrypted on request, with the workload\'s name as alias on each', () => {
    const stack = newStack();
    const cluster = new SwarmCluster(stack, 'swarm', { encryptedNetworks: true });
    new SwarmWorkload(stack, 'api', { spec: { ...api, networks: ['edge', 'data'] }, cluster });
    new SwarmWorkload(stack, 'web', { spec: { name: 'web', image: 'nginx:1.27' }, cluster });
    const json = synth(stack);
    const networks = Object.fromEntries(Object.entries<any>(json.resource.docker_network).map(([id, n]) => [`\${docker_network.${id}.name}`, n]));
    expect(Object.values(networks).map((n) => [n.name, n.driver, n.attachable, n.options]).sort()).toEqual([
      ['test-swarm', 'overlay', true, { encrypted: '' }],
      ['test_data', 'overlay', true, { encrypted: '' }],
      ['test_edge', 'overlay', true, { encrypted: '' }],
    ]);
    const joined = (name: string) => service(json, name).task_spec.networks_advanced.map((n: any) => `${networks[n.name].name} as ${n.aliases}`);
    expect(joined('api')).toEqual(['test_data as api', 'test_edge as api']);
    expect(joined('web')).toEqual(['test-swarm as web']);
    // Unencrypted unless asked: IPsec needs ESP (IP protocol 50) between the nodes.
    const plain = synthSpecs(api).json;
    expect(resources(plain, 'docker_network')[0].options).toBeUndefined();
  });

  test('secretEnv is refused unless the image reads NAME_FILE, naming that fix and the targets that can', () => {
    expect(problemsOf({ ...api, secretEnv: { DB_PASSWORD: 'db_password' } })).toEqual([
      'workload "api": secretEnv ["DB_PASSWORD"] cannot be honoured by the swarm target (a swarm gives secrets to a service as files only: its environment is part of the service\'s spec, which `docker service inspect` shows); '
      + 'set readsSecretEnvFiles: true if the image reads NAME_FILE (the secret is then the file /run/secrets/<variable>); or remove it, or use a target that can: container, vm, hybrid',
    ]);
  });

  test('with readsSecretEnvFiles a secret is a docker_secret from the sensitive variable, mounted under /run/secrets, with NAME_FILE pointing at it', () => {
    const { stack } = build([
      { name: 'db', image: 'postgres:16.4', secretEnv: { POSTGRES_PASSWORD: 'db_password' }, readsSecretEnvFiles: true },
      { name: 'backup', image: 'postgres:16.4', secretEnv: { PGPASSWORD: 'db_password' }, readsSecretEnvFiles: true },
    ]);
    const text = Testing.synth(stack, true);
    const json = JSON.parse(text);
    // One secret for the variable on the cluster, shared by both services.
    const secrets = Object.entries<any>(json.resource.docker_secret);
    expect(secrets).toHaveLength(1);
    const [id, secret] = secrets[0];
    expect(secret.data).toBe('${base64encode(var.db_password)}');
    expect(secret.lifecycle).toEqual({ create_before_destroy: true });
    expect(json.variable.db_password).toMatchObject({ sensitive: true, type: 'string' });
    for (const [name, env] of [['db', 'POSTGRES_PASSWORD'], ['backup', 'PGPASSWORD']]) {
      const c = service(json, name).task_spec.container_spec;
      expect(c.env).toEqual({ [`${env}_FILE`]: '/run/secrets/db_password' });
      expect(c.secrets).toEqual([{ secret_id: `\${docker_secret.${id}.id}`, secret_name: `\${docker_secret.${id}.name}`, file_name: 'db_password', file_mode: 0o444 }]);
    }
    expect(text).not.toMatch(/POSTGRES_PASSWORD"|PGPASSWORD"/);
  });

  test('a secret\'s name follows its value, as Terraform computes it: a new value is a new secret, the same value the same name', () => {
    const { stack } = build([{ name: 'db', image: 'postgres:16.4', secretEnv: { POSTGRES_PASSWORD: 'db_password' }, readsSecretEnvFiles: true }]);
    const [secret] = resources(synth(stack), 'docker_secret');
    const [a, b, again] = [evaluateTemplate(secret.name, { db_password: 'first' }), evaluateTemplate(secret.name, { db_password: 'second' }), evaluateTemplate(secret.name, { db_password: 'first' })];
    expect(a).toMatch(/^test_db_password_[0-9a-f]{12}$/);
    expect(b).toMatch(/^test_db_password_[0-9a-f]{12}$/);
    expect(a).not.toBe(b);
    expect(again).toBe(a);
    expect(a.length).toBeLessThanOrEqual(64);
    // The data Terraform sends is the value, base64 as the provider wants it.
    expect(evaluateTemplate(secret.data, { db_password: 'pw with "quotes" $x' })).toBe(Buffer.from('pw with "quotes" $x').toString('base64'));
  });

  test('env with NAME_FILE already set next to the secret it would name is an error', () => {
    expect(problemsOf({ name: 'db', image: 'postgres:16.4', env: { POSTGRES_PASSWORD_FILE: '/x' }, secretEnv: { POSTGRES_PASSWORD: 'db_password' }, readsSecretEnvFiles: true })).toEqual([
      'workload "db": env.POSTGRES_PASSWORD_FILE "/x" is set, but the swarm target sets it to the file of secretEnv.POSTGRES_PASSWORD; remove env.POSTGRES_PASSWORD_FILE',
    ]);
  });

  test('config files are docker_configs named after a hash of their text, mounted at their path with their mode; a new text is a new config', () => {
    const conf = (content: string) => ({ name: 'web', image: 'nginx:1.27', configFiles: [{ mountPath: '/etc/nginx/nginx.conf', content, mode: '0440' }, { mountPath: '/etc/motd', content: 'hi' }] });
    const one = synthSpecs(conf('events {}\n')).json;
    const configs = Object.entries<any>(one.resource.docker_config);
    expect(configs.map(([, c]) => [Buffer.from(c.data, 'base64').toString('utf8'), c.lifecycle])).toEqual([
      ['hi', { create_before_destroy: true }], ['events {}\n', { create_before_destroy: true }],
    ]);
    expect(service(one, 'web').task_spec.container_spec.configs).toEqual([
      { config_id: `\${docker_config.${configs[0][0]}.id}`, config_name: `\${docker_config.${configs[0][0]}.name}`, file_name: '/etc/motd', file_mode: 0o444 },
      { config_id: `\${docker_config.${configs[1][0]}.id}`, config_name: `\${docker_config.${configs[1][0]}.name}`, file_name: '/etc/nginx/nginx.conf', file_mode: 0o440 },
    ]);
    const names = (json: any) => resources(json, 'docker_config').map((c) => c.name);
    const two = synthSpecs(conf('events { worker_connections 64; }\n')).json;
    expect(names(one)[0]).toBe(names(two)[0]); // /etc/motd unchanged
    expect(names(one)[1]).not.toBe(names(two)[1]);
    expect(names(one).every((n: string) => /^test_web_[0-9a-f]{12}$/.test(n))).toBe(true);
    // Its address is its mount path (escaped), whichever order the spec lists them in.
    expect(addresses(one).filter((a) => a.startsWith('docker_config'))).toEqual(addresses(two).filter((a) => a.startsWith('docker_config')));
  });

  test('a read-only root file system keeps its config files (they are mounted, not copied in)', () => {
    expect(problemsOf({ name: 'web', image: 'nginx:1.27', readOnlyRootFilesystem: true, configFiles: [{ mountPath: '/etc/motd', content: 'hi' }] })).toEqual([]);
  });

  test('a volume is a local volume on one node: the service is pinned there, and says where the data lives', () => {
    const { json } = synthSpecs({ name: 'db', image: 'postgres:16.4', volumes: [{ name: 'data', mountPath: '/var/lib/postgresql/data' }, { name: 'media', mountPath: '/media', shared: true }] });
    const s = service(json, 'db');
    expect(s.task_spec.placement).toEqual({ constraints: ['node.role == manager'] });
    expect(s.task_spec.container_spec.mounts).toEqual([
      { type: 'volume', source: 'test_db_data', target: '/var/lib/postgresql/data', read_only: false, volume_options: { driver_name: 'local', labels: [{ label: 'cdktf-workloads.workload', value: 'db' }] } },
      { type: 'volume', source: 'test_shared.media', target: '/media', read_only: false, volume_options: { driver_name: 'local', labels: [{ label: 'cdktf-workloads.shared-volume', value: 'media' }] } },
    ]);
    // No docker_volume: the provider would create it on the manager it talks to, not on the node that runs the task.
    expect(resources(json, 'docker_volume')).toEqual([]);
    expect(json.output.volumes_db.value.data).toEqual({
      storage_name: 'test_db_data', mount_path: '/var/lib/postgresql/data', location: 'local volume test_db_data on the swarm node where node.role == manager',
    });
    const stack = newStack();
    const cluster = new SwarmCluster(stack, 'c', { volumeNode: 'db1.example.com' });
    new SwarmWorkload(stack, 'db', { spec: { name: 'db', image: 'postgres:16.4', volumes: [{ name: 'data', mountPath: '/d' }] }, cluster });
    expect(service(synth(stack), 'db').task_spec.placement).toEqual({ constraints: ['node.hostname == db1.example.com'] });
  });

  test('more than one replica writing one volume is refused unless sharedByReplicas; a stateless service has no placement', () => {
    expect(problemsOf({ name: 'db', image: 'postgres:16.4', replicas: 2, volumes: [{ name: 'data', mountPath: '/d' }] })).toEqual([
      'workload "db": volumes[0] "data" is mounted read-write by all 2 replicas (on the one node that keeps it), which corrupts data unless the application is built to share it; '
      + 'run one replica, mount it readOnly, or set volumes[0].sharedByReplicas: true if the sharing is on purpose',
    ]);
    expect(problemsOf({ name: 'db', image: 'postgres:16.4', replicas: 2, volumes: [{ name: 'data', mountPath: '/d', sharedByReplicas: true }] })).toEqual([]);
    expect(service(synthSpecs(api).json, 'api').task_spec.placement).toBeUndefined();
  });

  test('hardening: capabilities, read-only root, namespaced sysctls, extra hosts, stop grace, log rotation, tmpfs and /dev/shm as tmpfs mounts', () => {
    const { json } = synthSpecs({
      ...api,
      capDrop: ['all'], capAdd: ['net_bind_service'], readOnlyRootFilesystem: true, sysctls: { 'net.core.somaxconn': '511' },
      extraHosts: [{ host: 'ledger.internal', ip: '192.0.2.7' }], stopGraceSeconds: 3, logging: { maxSizeMiB: 1, maxFiles: 2 },
      tmpfs: [{ mountPath: '/scratch', sizeMiB: 8 }], shmSizeMiB: 16,
    });
    const s = service(json, 'api');
    expect(s.task_spec.container_spec).toMatchObject({
      cap_add: ['CAP_NET_BIND_SERVICE'], cap_drop: ['ALL'], read_only: true, sysctl: { 'net.core.somaxconn': '511' },
      hosts: [{ host: 'ledger.internal', ip: '192.0.2.7' }], stop_grace_period: '3s',
      mounts: [
        { type: 'tmpfs', target: '/scratch', tmpfs_options: { size_bytes: 8 * 1024 * 1024, mode: 0o1777 } },
        { type: 'tmpfs', target: '/dev/shm', tmpfs_options: { size_bytes: 16 * 1024 * 1024, mode: 0o1777 } },
      ],
    });
    expect(s.task_spec.log_driver).toEqual({ name: 'json-file', options: { 'max-file': '2', 'max-size': '1m' } });
    // Docker's own /dev/shm (64 MiB) unless the spec sizes it.
    expect(service(synthSpecs(api).json, 'api').task_spec.container_spec.mounts).toBeUndefined();
  });

  test('what a docker_service of provider 3.6.2 cannot set is refused, naming the targets that can', () => {
    expect(problemsOf({ name: 'once', image: 'nginx:1.27', job: {}, init: true, ulimits: [{ name: 'nofile', soft: 1, hard: 2 }], native: {} })).toEqual([
      'workload "once": native cannot be honoured by the swarm target (a swarm service runs its image; there is no guest to install packages in); remove it, or use a target that can: vm',
      'workload "once": job cannot be honoured by the swarm target (a swarm service runs continuously: the docker_service of kreuzwerker/docker 3.6.2 has no run-once mode (mode.replicated_job)); remove it, or use a target that can: container, vm, hybrid',
      'workload "once": init true cannot be honoured by the swarm target (the docker_service of kreuzwerker/docker 3.6.2 has no init setting); remove it, or use a target that can: container, vm, hybrid',
      'workload "once": ulimits cannot be honoured by the swarm target (the docker_service of kreuzwerker/docker 3.6.2 has no ulimit setting); remove it, or use a target that can: container, vm, hybrid',
    ]);
    // Docker's defaults said out loud are no problem.
    expect(problemsOf({ name: 'plain', image: 'nginx:1.27', init: false, ulimits: [] })).toEqual([]);
  });

  test('the fields only a swarm honours are refused on the other targets, naming swarm', () => {
    const swarmOnly: WorkloadSpec = {
      name: 'web', image: 'nginx:1.27', update: {}, reservations: { memoryMiB: 64 }, endpointMode: EndpointMode.VIP, restart: { delaySeconds: 3 },
      ports: [{ name: 'http', containerPort: 80, hostPort: 8080, publishMode: PublishMode.INGRESS }],
    };
    const stack = newStack();
    new ContainerWorkload(stack, 'web', { spec: swarmOnly });
    const found = problems(stack).map((p) => p.replace(/ \(.*\); /, ' (…); '));
    expect(found).toEqual([
      'workload "web": ports[0].publishMode "ingress" cannot be honoured by the container target (…); remove it, or use a target that can: swarm',
      'workload "web": endpointMode "vip" cannot be honoured by the container target (…); remove it, or use a target that can: swarm',
      'workload "web": update cannot be honoured by the container target (…); remove it, or use a target that can: swarm',
      'workload "web": reservations cannot be honoured by the container target (…); remove it, or use a target that can: swarm',
      'workload "web": restart.delaySeconds 3 cannot be honoured by the container target (…); remove it, or use a target that can: swarm',
    ]);
    // What the others do anyway is no problem for them: host mode, DNS round robin, the image reading NAME_FILE.
    const stack2 = newStack();
    new ContainerWorkload(stack2, 'web', {
      spec: { name: 'web', image: 'nginx:1.27', endpointMode: EndpointMode.DNSRR, readsSecretEnvFiles: true, ports: [{ name: 'http', containerPort: 80, hostPort: 8080, publishMode: PublishMode.HOST }] },
    });
    expect(problems(stack2)).toEqual([]);
  });

  test('a service name longer than Docker allows is an error naming the fix', () => {
    const name = 'a'.repeat(60);
    expect(problemsOf({ name, image: 'nginx:1.27' })).toEqual([
      `workload "${name}": name "${name}" gives the service name "test_${name}" (65 characters), longer than the 63 Docker allows; shorten the name, or the cluster's namePrefix, to at most 63 characters together`,
    ]);
  });

  test('every spec string is a Terraform literal: read back by Terraform, it is the spec\'s value', () => {
    const hostile = 'x ${path.module} %{if true}y%{endif} $${z} "q" \\ é';
    const { json } = synthSpecs({ ...api, env: { V: hostile }, args: [hostile], user: 'nobody', workingDir: '/srv/${x}', labels: { 'com.example.t': hostile } });
    const c = service(json, 'api').task_spec.container_spec;
    expect(evaluateTemplates([c.env.V, c.args[0], c.dir, c.labels.find((l: any) => l.label === 'com.example.t').value])).toEqual([hostile, hostile, '/srv/${x}', hostile]);
  });

  test('dependsOn waits for the other service; waiting for it to be healthy is honoured, since Terraform waits until its replicas run healthy', () => {
    const { json } = synthSpecs(
      { ...api, dependsOn: ['db'], dependencyConditions: { db: DependencyCondition.HEALTHY } },
      { name: 'db', image: 'postgres:16.4', healthCheck: { command: ['pg_isready'] } },
    );
    const dbId = Object.entries<any>(json.resource.docker_service).find(([, s]) => s.name === 'test_db')![0];
    expect(service(json, 'api').depends_on).toEqual([`docker_service.${dbId}`]);
    expect(service(json, 'db').converge_config.timeout).toBe(`${180 + 140 + 5 + 140}s`);
    // A container may wait for a swarm service too (Terraform waits for both).
    const stack = newStack();
    new SwarmWorkload(stack, 'db', { spec: { name: 'db', image: 'postgres:16.4', healthCheck: { command: ['pg_isready'] } } });
    new ContainerWorkload(stack, 'app', { spec: { name: 'app', image: 'nginx:1.27', dependsOn: ['db'], dependencyConditions: { db: DependencyCondition.HEALTHY } } });
    expect(problems(stack)).toEqual([]);
  });

  test('a VM may wait for a swarm service to be healthy too: Terraform creates it once the service has converged', () => {
    const stack = newStack();
    new SwarmWorkload(stack, 'db', { spec: { name: 'db', image: 'postgres:16.4', healthCheck: { command: ['pg_isready'] } } });
    const vm = new VmWorkload(stack, 'app', { spec: { name: 'app', image: 'nginx:1.27', dependsOn: ['db'], dependencyConditions: { db: DependencyCondition.HEALTHY } } });
    expect(problems(stack)).toEqual([]);
    const domain = resources(synth(stack), 'libvirt_domain')[0];
    expect(domain.depends_on).toEqual([expect.stringMatching(/^docker_service\./)]);
    expect(vm.dependsOnWorkloads.map((w) => w.name)).toEqual(['db']);
  });

  test('construct ids: service and configs/<path> under the workload, secrets/<variable> and networks/<name> under the cluster', () => {
    const stack = newStack();
    const w = new SwarmWorkload(stack, 'db', {
      spec: { name: 'db', image: 'postgres:16.4', networks: ['data'], secretEnv: { PGPASSWORD: 'pw' }, readsSecretEnvFiles: true, configFiles: [{ mountPath: '/etc/x.conf', content: 'x' }] },
    });
    expect(w.service.node.path).toBe('test/db/service');
    expect(w.configs['/etc/x.conf'].node.path).toBe('test/db/configs/%2Fetc%2Fx.conf');
    expect(w.secrets.pw.node.path).toBe('test/swarm-cluster/secrets/pw');
    expect(w.cluster.networkFor('data').node.path).toBe('test/swarm-cluster/networks/data');
    expect(w.cluster.network.node.path).toBe('test/swarm-cluster/network');
  });
});

describe('SwarmCluster', () => {
  test('the default cluster is the local engine under the alias "swarm", next to the default Docker host without one', () => {
    const stack = newStack();
    new SwarmWorkload(stack, 'api', { spec: api });
    new ContainerWorkload(stack, 'web', { spec: { name: 'web', image: 'nginx:1.27' } });
    const json = synth(stack);
    expect(json.provider.docker).toEqual(expect.arrayContaining([{ host: 'unix:///var/run/docker.sock' }, { alias: 'swarm', host: 'unix:///var/run/docker.sock' }]));
    expect(json.provider.docker).toHaveLength(2);
    expect(service(json, 'api').provider).toBe('docker.swarm');
  });

  test('two Docker providers with one alias are an error, whichever comes first', () => {
    for (const order of ['host first', 'cluster first']) {
      const stack = newStack();
      const make = [() => new DockerHost(stack, 'host', { alias: 'swarm' }), () => new SwarmCluster(stack, 'cluster')];
      if (order === 'cluster first') make.reverse();
      make.forEach((m) => m());
      expect(problems(stack)).toEqual([expect.stringMatching(/^swarm cluster "cluster" \(unix:\/\/\/var\/run\/docker.sock\): alias "swarm" is already used by the Docker provider at test\/host\/provider; give every Docker host and swarm cluster of a stack its own alias$/)]);
    }
    const stack = newStack();
    new SwarmCluster(stack, 'a');
    new SwarmCluster(stack, 'b');
    expect(problems(stack)).toEqual([expect.stringContaining('swarm cluster "b" (unix:///var/run/docker.sock): alias "swarm" is already used by the Docker provider at test/a/provider')]);
  });

  test('a remote manager: its host is the endpoints\' address; a bad volumeNode is an error', () => {
    const stack = newStack();
    const cluster = new SwarmCluster(stack, 'prod', { url: 'ssh://ops@manager1.example.com', alias: 'prod', volumeNode: 'db 1' });
    new SwarmWorkload(stack, 'web', { spec: { name: 'web', image: 'nginx:1.27', ports: [{ name: 'http', containerPort: 80, hostPort: 80, public: true }], acceptRisks: ['public-port' as any] }, cluster });
    expect(problems(stack)).toEqual(['swarm cluster "prod" (ssh://ops@manager1.example.com): volumeNode "db 1" is not a host name; give the node\'s host name as `docker node ls` shows it']);
    expect(cluster.address).toBe('manager1.example.com');
  });
});

describe('WorkloadApp on the swarm target', () => {
  test('places every workload with target swarm on the given cluster', () => {
    const stack = newStack();
    const cluster = new SwarmCluster(stack, 'c', { alias: 'c' });
    const app = new WorkloadApp(stack, 'app', { app: { workloads: [{ ...api, target: WorkloadTarget.SWARM }, { name: 'web', image: 'nginx:1.27' }] }, swarmCluster: cluster });
    expect(app.targets).toEqual({ api: 'swarm', web: 'container' });
    expect((app.workloads[0] as SwarmWorkload).cluster).toBe(cluster);
    expect(problems(stack)).toEqual([]);
  });

  test('the swarm example: web, api and db with their replicas, secret, config and networks; tfcheck passes', () => {
    const stack = newStack('swarm');
    const cluster = new SwarmCluster(stack, 'swarm', { encryptedNetworks: true });
    new WorkloadApp(stack, 'app', { app: { workloads: swarmSpecs }, target: WorkloadTarget.SWARM, swarmCluster: cluster });
    const json = synth(stack);
    const byName = Object.fromEntries(resources(json, 'docker_service').map((s) => [s.name, s]));
    expect(Object.keys(byName).sort()).toEqual(['swarm_api', 'swarm_db', 'swarm_web']);
    expect(Object.values(byName).map((s: any) => s.mode.replicated.replicas)).toEqual([3, 1, 2]);
    expect(resources(json, 'docker_secret')).toHaveLength(1);
    expect(resources(json, 'docker_config')).toHaveLength(1);
    if (!tfcheckAvailable()) return;
    const r = tfcheckStack('swarm', (s) => {
      const c = new SwarmCluster(s, 'swarm', { encryptedNetworks: true });
      new WorkloadApp(s, 'app', { app: { workloads: swarmSpecs }, target: WorkloadTarget.SWARM, swarmCluster: c });
    });
    expect([r.status, r.output]).toEqual([0, expect.stringContaining('PASS')]);
  }, 120_000);
});
