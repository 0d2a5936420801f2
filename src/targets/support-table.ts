import { CAPABILITY_RULES } from './capabilities';
import { WorkloadTarget } from '../model/target';
import { NOT_YET } from '../model/validate';

/** What a spec field becomes on each target. Empty where a capability rule says the target cannot. */
interface FieldSupport {
  readonly field: string;
  readonly cells: { [target: string]: string };
}

const { CONTAINER, VM, HYBRID, SWARM } = WorkloadTarget;
const same = (text: string) => ({ [CONTAINER]: text, [VM]: text, [HYBRID]: text, [SWARM]: text });

const FIELDS: FieldSupport[] = [
  { field: 'name', cells: { [CONTAINER]: 'container names, network alias', [VM]: 'domain, volume and host name', [HYBRID]: 'container name and alias in the VM', [SWARM]: 'service `<prefix>_<name>`, network alias, task host names `<name>-<slot>`' } },
  { field: 'image', cells: { [CONTAINER]: 'docker_image + containers', [VM]: 'run by the guest\'s Docker engine unless `native`', [HYBRID]: 'container in the shared VM', [SWARM]: 'the service\'s image, pulled by each node that runs a task' } },
  { field: 'entrypoint, command, args', cells: { [CONTAINER]: 'container settings', [VM]: '`docker run` arguments; with `native`, command + args are ExecStart', [HYBRID]: '`docker run` arguments', [SWARM]: 'the service\'s `command` (entrypoint) and `args`' } },
  { field: 'env', cells: { [CONTAINER]: 'container env', [VM]: 'env file (0600) of the service or container', [HYBRID]: 'env file (0600) of the container', [SWARM]: 'service env (part of the service\'s spec)' } },
  {
    field: 'secretEnv',
    cells: {
      ...same('sensitive Terraform variable; value never in cdk.tf.json'),
      [SWARM]: 'with `readsSecretEnvFiles` only: a docker_secret per variable from the sensitive variable, its name ending with a hash of the value (a new value is a new secret, created before the old one goes, and a rolling update), mounted at /run/secrets/<variable> (0444), NAME_FILE set to it',
    },
  },
  {
    field: 'readsSecretEnvFiles',
    cells: {
      [CONTAINER]: 'not needed: NAME is set', [VM]: 'not needed: NAME is set', [HYBRID]: 'not needed: NAME is set',
      [SWARM]: 'secretEnv as files (see secretEnv)',
    },
  },
  { field: 'ports', cells: { [CONTAINER]: 'published on the Docker host (hostPort) or by name on the network', [VM]: 'on the VM\'s address; hostPort forwarded by passt', [HYBRID]: 'by name in the VM; hostPort published on the VM and forwarded by passt', [SWARM]: 'by name on the overlay networks; hostPort (public only) published in the routing mesh on every node, or on the task\'s node with `publishMode: host`' } },
  { field: 'volumes', cells: { [CONTAINER]: 'docker_volume (prevent_destroy); `shared`: one per name on the host', [VM]: 'data disk (prevent_destroy), formatted once, mounted; `shared`: one host directory per name (a libvirt dir pool, prevent_destroy) shared into each VM with virtiofs (0750, root\'s), mounted nosuid,nodev before the app starts; native: not over a path the guest or the library owns', [HYBRID]: 'VM data disk (prevent_destroy), bind-mounted; `shared`: one disk per name in the VM', [SWARM]: 'local volume, created by the engine of the node at the first task, which the service is pinned to (`node.role == manager`, or the cluster\'s `volumeNode`); Docker never removes it with the service, so it is kept whatever preventDestroy says; `shared`: one per name on the cluster' } },
  { field: 'configFiles', cells: { [CONTAINER]: '`upload` (root, mode) before the container starts; read-only by its mode only, and not with readOnlyRootFilesystem', [VM]: 'written by cloud-init (root, mode); native: at mountPath (not over a path the guest or the library owns), ReadOnlyPaths= of the service; image: bind-mounted read-only; Linux guests only', [HYBRID]: 'written in the VM (root, mode), bind-mounted read-only', [SWARM]: 'docker_config (its name ends with a hash of the text: a new text is a new config and a rolling update), mounted at mountPath (root, mode); with readOnlyRootFilesystem too' } },
  { field: 'tmpfs', cells: { [CONTAINER]: 'container tmpfs', [VM]: 'tmpfs mount or `--tmpfs`', [HYBRID]: '`--tmpfs`', [SWARM]: 'tmpfs mount (size, mode 1777; Docker mounts it noexec, nosuid, nodev)' } },
  { field: 'cpus', cells: { [CONTAINER]: 'container limit', [VM]: 'vCPUs (rounded up)', [HYBRID]: 'container limit; VM sized for the sum', [SWARM]: 'limit per task (`nano_cpus`)' } },
  { field: 'memoryMiB', cells: { [CONTAINER]: 'container limit, no extra swap', [VM]: 'domain memory = memoryMiB + guest overhead', [HYBRID]: 'container limit; VM sized for the sum + engine + guest', [SWARM]: 'limit per task; swap as the engine allows (a service cannot limit it)' } },
  { field: 'healthCheck', cells: { [CONTAINER]: 'Docker healthcheck', [VM]: 'systemd timer probe that restarts the service (native), or Docker healthcheck', [HYBRID]: 'Docker healthcheck', [SWARM]: 'Docker healthcheck: a task runs once healthy, an unhealthy one is replaced, an update that stays unhealthy rolls back' } },
  { field: 'restart', cells: { [CONTAINER]: 'restart + max retries', [VM]: 'systemd Restart= (native) or Docker restart; domain autostart', [HYBRID]: 'Docker restart in the VM', [SWARM]: '`restart_policy`: no → none, on-failure (max_attempts), always and unless-stopped → any; `delay` (`restart.delaySeconds`, 5 s)' } },
  { field: 'replicas', cells: { [CONTAINER]: 'one container each', [VM]: '0 or 1', [HYBRID]: '0 or 1', [SWARM]: 'replicated mode, placed by the swarm; 0 keeps the service and runs nothing' } },
  { field: 'labels', cells: { [CONTAINER]: 'container labels', [VM]: 'domain metadata, container labels', [HYBRID]: 'container labels', [SWARM]: 'service and container labels' } },
  { field: 'user, workingDir', cells: { [CONTAINER]: 'container settings', [VM]: 'User=, WorkingDirectory= (native) or container settings', [HYBRID]: 'container settings', [SWARM]: 'container spec `user`, `dir`' } },
  { field: 'os', cells: { [CONTAINER]: 'linux', [VM]: 'any; cloud-init for Linux only', [HYBRID]: 'linux', [SWARM]: 'linux' } },
  { field: 'dependsOn', cells: { [CONTAINER]: 'Terraform depends_on', [VM]: 'Terraform depends_on between VMs', [HYBRID]: 'start order of the units in the VM', [SWARM]: 'Terraform depends_on: a service is created once those it depends on have converged' } },
  { field: 'networks', cells: { [CONTAINER]: 'one bridge network per name on the Docker host (`<prefix>_<name>`; "default" is the host\'s network), joined with the workload\'s name as alias', [VM]: '"default" only', [HYBRID]: 'one Docker network per name in the VM; the container is created on the first, connected to the others, then started', [SWARM]: 'one attachable overlay network per name on the cluster (`<prefix>_<name>`; "default" is the cluster\'s), encrypted with `encryptedNetworks`; the workload\'s name as alias' } },
  {
    field: 'dependencyConditions',
    cells: {
      [CONTAINER]: 'started: depends_on; healthy: the dependency\'s container `wait`s for health; completed: depends_on a run-once job\'s container',
      [VM]: 'started: depends_on; healthy or completed: on a container dependency Terraform waits; on a VM of the same host the dependent\'s guest asks the dependency\'s readiness socket on the private network before its app starts',
      [HYBRID]: 'in the VM: started Wants/After, healthy an ExecStartPre that polls Docker\'s health, completed Requires/After the job unit; on a container dependency Terraform waits; not on a dependency in another VM',
      [SWARM]: 'started and healthy: depends_on, and Terraform waits until every replica of the dependency runs (healthy, with a health check); completed: no run-once jobs on a swarm',
    },
  },
  {
    field: 'job',
    cells: {
      [CONTAINER]: 'run once at apply: `attach`, restart no, postcondition `exit_code == 0`; the provider waits at most 20 minutes',
      [VM]: 'oneshot systemd unit, once per cloud-init instance until it succeeds; TimeoutStartSec; Linux guests only',
      [HYBRID]: 'oneshot unit running the container attached, once per instance; TimeoutStartSec',
    },
  },
  { field: 'job.schedule', cells: { [VM]: 'systemd timer, cron translated to OnCalendar=', [HYBRID]: 'systemd timer in the VM, cron translated to OnCalendar=' } },
  {
    field: 'capAdd, capDrop',
    cells: {
      [CONTAINER]: '`capabilities` add/drop as CAP_ names',
      [VM]: 'image: `--cap-add`/`--cap-drop`; native: CapabilityBoundingSet= (drops; with "ALL" only the adds), adds also AmbientCapabilities= (held by a non-root User=)',
      [HYBRID]: '`--cap-add`/`--cap-drop`',
      [SWARM]: '`cap_add`/`cap_drop` as CAP_ names (Docker 20.10 or later)',
    },
  },
  {
    field: 'readOnlyRootFilesystem',
    cells: {
      [CONTAINER]: '`read_only`; not with configFiles (Docker cannot upload into it)',
      [VM]: 'image: `--read-only`; native: ProtectSystem=strict, ReadWritePaths= the writable volumes and tmpfs (its PrivateTmp /tmp stays writable)',
      [HYBRID]: '`--read-only`',
      [SWARM]: '`read_only`; config files and secrets are mounted, so they work with it',
    },
  },
  {
    field: 'sysctls',
    cells: {
      [CONTAINER]: '`sysctls`, namespaced ones only',
      [VM]: 'image: `--sysctl`, namespaced ones only; native: any, /etc/sysctl.d in its own VM',
      [HYBRID]: '`--sysctl`, namespaced ones only',
      [SWARM]: '`sysctl`, namespaced ones only',
    },
  },
  { field: 'ulimits', cells: { [CONTAINER]: '`ulimit` blocks', [VM]: 'image: `--ulimit`; native: Limit*= (LimitNOFILE=soft:hard, …)', [HYBRID]: '`--ulimit`' } },
  { field: 'shmSizeMiB', cells: { [CONTAINER]: '`shm_size` (MiB)', [VM]: 'image: `--shm-size`; native: an error (the guest\'s /dev/shm is the whole VM\'s)', [HYBRID]: '`--shm-size`', [SWARM]: 'a tmpfs of that size at /dev/shm (a service has no shm_size)' } },
  { field: 'init', cells: { [CONTAINER]: '`init`', [VM]: 'image: `--init`; native: what systemd does anyway (the service is not PID 1; orphans are reaped)', [HYBRID]: '`--init`' } },
  {
    field: 'stopGraceSeconds',
    cells: {
      [CONTAINER]: '`stop_timeout` and `destroy_grace_seconds`',
      [VM]: 'image: `--stop-timeout`, `docker stop --time`, TimeoutStopSec= 15 s longer; native: TimeoutStopSec=',
      [HYBRID]: '`--stop-timeout`, `docker stop --time`, TimeoutStopSec= 15 s longer',
      [SWARM]: '`stop_grace_period`',
    },
  },
  { field: 'extraHosts', cells: { [CONTAINER]: '`host` blocks', [VM]: 'image: `--add-host`; native: the guest\'s /etc/hosts (cloud-init no longer manages it)', [HYBRID]: '`--add-host`', [SWARM]: '`hosts` blocks' } },
  {
    field: 'logging',
    cells: {
      [CONTAINER]: 'json-file with max-size/max-file; on by default (10 MiB × 3)',
      [VM]: 'image: json-file `--log-opt`s; native: journald in its own VM, files of maxSizeMiB, maxSizeMiB × maxFiles in all; on by default',
      [HYBRID]: 'json-file `--log-opt`s; on by default',
      [SWARM]: '`log_driver` json-file with max-size/max-file; on by default',
    },
  },
  { field: 'target', cells: same('read by WorkloadApp; must match the construct otherwise') },
  { field: 'acceptRisks', cells: same('silences the synth warnings of the risks it names, no others') },
  {
    field: 'update',
    cells: {
      [SWARM]: '`update_config` and `rollback_config`: one task at a time, 5 s apart, the new task started first (stopped first with a host-mode port), rolled back when one fails within the monitor period (at least the health check\'s time to call it unhealthy)',
    },
  },
  { field: 'reservations', cells: { [SWARM]: '`resources.reservation`: the swarm places a task only where that is free' } },
  {
    field: 'endpointMode',
    cells: {
      [CONTAINER]: 'the name resolves to the containers (dnsrr)', [VM]: 'the name resolves to the VM', [HYBRID]: 'the name resolves to the container',
      [SWARM]: '`endpoint_spec.mode`: vip (one virtual IP, needs IPVS on the nodes) or dnsrr',
    },
  },
  { field: 'native', cells: { [VM]: 'packages, files, commands; systemd service' } },
  { field: 'vm', cells: { [VM]: 'disk, base image, login, address, VNC' } },
];

/** The README's table of which spec fields each target honours, from FIELDS and CAPABILITY_RULES. */
export function supportTable(): string {
  const targets = Object.values(WorkloadTarget);
  const cell = (field: string, target: WorkloadTarget, text: string | undefined) => {
    const rule = CAPABILITY_RULES.find((r) => r.field === field);
    if (rule && !rule.targets.includes(target)) return `✗ ${rule.why[target]}`;
    return text === undefined ? '✓' : `✓ ${text}`;
  };
  const rows = [
    ...FIELDS.map((f) => [f.field, ...targets.map((t) => cell(f.field, t, f.cells[t]))]),
    ...NOT_YET.map(([field]) => [field, ...targets.map(() => '✗ not honoured by this version yet (a synth error)')]),
    ...CAPABILITY_RULES.filter((r) => !FIELDS.some((f) => f.field === r.field))
      .map((r) => [r.field, ...targets.map((t) => cell(r.field, t, undefined))]),
  ];
  return [
    `| spec field | ${targets.join(' | ')} |`,
    `|---|${targets.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| \`${r[0].replace(/, /g, '`, `')}\` | ${r.slice(1).join(' | ')} |`),
  ].join('\n');
}

/** The spec fields the table covers (top-level names). */
export function supportTableFields(): string[] {
  return [...FIELDS.flatMap((f) => f.field.split(', ')), ...CAPABILITY_RULES.map((r) => r.field.split(/[[ ]/)[0]),
    ...NOT_YET.map(([field]) => field.split(/[[ ]/)[0])];
}
