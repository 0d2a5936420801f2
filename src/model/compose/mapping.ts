/**
 * What `loadComposeFile` does with each field of a Compose file: the loader dispatches on these
 * tables (a field in none of them is an unknown field), and the README's mapping table is
 * generated from them (`npm run gen:readme`), so the two cannot disagree. Data only: the README
 * script reads it without loading the loader.
 */

/** A Compose field the loader maps onto the spec; the field is its key in the tables below. */
export interface ComposeFieldMapping {
  /** The spec field(s) it becomes. */
  readonly spec: string;
  /** How it is mapped, where that differs from reading the field across. */
  readonly notes: string;
}

/** Fields of a service the loader maps. Keys are the fields of a service in the Compose Specification. */
export const COMPOSE_SERVICE_FIELDS: { readonly [key: string]: ComposeFieldMapping } = {
  image: { spec: 'image', notes: 'required: a service without `image` (only `build`) is reported' },
  command: { spec: 'command', notes: 'a string is split into words as Compose does (quotes and backslashes, no shell): `sh -c "a b"` → `["sh", "-c", "a b"]`; an unquoted `;`, `&`, `|`, `<` or `>` is reported (no shell runs it); a list is taken as it is' },
  entrypoint: { spec: 'entrypoint', notes: 'as `command`' },
  environment: { spec: 'env, secretEnv', notes: 'list (`KEY=value`) or map; `KEY` without a value takes the variable from the environment the loader was given and is left out when it has none (as Compose). A non-empty value under a secret-looking name (PASSWORD, SECRET, TOKEN, …_KEY), or one that is just `${VAR}` of such a variable, becomes `secretEnv`: a sensitive Terraform variable named after `VAR` or `<service>_<name>`, one for equal values (the value in the file is not kept: set `TF_VAR_<variable>`); overrides `env_file`' },
  env_file: { spec: 'env, secretEnv', notes: 'string, list, or `{path, required}`; read at load, relative to the Compose file, in the `.env` format; later files win' },
  ports: { spec: 'ports', notes: 'short (`[ip:][host:]container[/proto]`, ranges expanded) and long syntax. **Without a host IP the port binds to 127.0.0.1, not to every address as Compose does**: pass `publishOnAllAddresses: true` for Compose\'s 0.0.0.0 (and accept the `public-port` risk). A port without a host port is reachable by the other services only (Compose would publish it on a random host port). Port names: the long syntax\'s `name`, else `tcp-<port>` / `udp-<port>`; `app_protocol` → `urlScheme`' },
  expose: { spec: 'ports (not published)', notes: 'named `tcp-<port>` / `udp-<port>`' },
  volumes: { spec: 'volumes, configFiles, tmpfs', notes: 'named volume → `volumes` (`shared: true` when two services or more mount it; `sharedByReplicas` with more than one replica, as Compose shares it); a bind mount of a regular file → `configFiles` with its content read at load (mounted read-only); `type: tmpfs` → `tmpfs`; anonymous volume → a volume of the workload named `anon-<n>`. Bind mounts of directories, `nocopy`, `subpath`, SELinux `z`/`Z` and propagation are reported' },
  tmpfs: { spec: 'tmpfs', notes: '`path[:size=…]`; without a size the spec\'s 64 MiB applies (Docker\'s default is half the host\'s memory)' },
  configs: { spec: 'configFiles', notes: 'short form mounts at `/<name>`; long form `target`, `mode`; `file:` is read at load, `content:` taken as it is, `environment:` from the loader\'s environment; `uid`/`gid` are reported' },
  secrets: { spec: 'secretEnv', notes: 'a secret is a sensitive Terraform variable named after it (`TF_VAR_<name>`; its `file:` or `environment:` is not read). The spec cannot mount a secret file: an env variable `X_FILE` of the service whose value is the secret\'s path (`/run/secrets/<name>`) becomes `secretEnv` `X` (the convention of the postgres, mariadb, nextcloud, paperless… images); a secret no `_FILE` variable points at is reported' },
  depends_on: { spec: 'dependsOn, dependencyConditions, job', notes: 'list or long form; `service_started` / `service_healthy` / `service_completed_successfully` → started / healthy / completed, and a service others wait for with `service_completed_successfully` becomes a run-once `job`. `restart: true` and `required: false` are reported' },
  healthcheck: { spec: 'healthCheck', notes: '`CMD` → command; `CMD-SHELL` or a string → `["/bin/sh", "-c", …]`; `NONE` or `disable: true` (turning the image\'s check off) is reported. Durations become whole seconds (others are reported). Unset `interval` / `timeout` / `retries` are set to Docker\'s defaults 30 s / 30 s / 3 (the spec\'s own default timeout is 5 s); `start_interval` is reported' },
  restart: { spec: 'restart', notes: '`no` (also when unset: **Compose\'s default**, not the spec\'s on-failure), `always`, `unless-stopped`, `on-failure[:n]`' },
  deploy: { spec: 'replicas, cpus, memoryMiB, restart', notes: '`replicas`, `resources.limits.cpus` / `.memory`, `restart_policy` (`condition`, `max_attempts`); `labels` (the Swarm service\'s, not the containers\'), reservations, placement, update and rollback settings, `mode: global` and other fields are reported' },
  scale: { spec: 'replicas', notes: '' },
  cpus: { spec: 'cpus', notes: '' },
  mem_limit: { spec: 'memoryMiB', notes: 'bytes with b/k/m/g units, in whole MiB. **Without any memory limit the spec\'s 512 MiB applies**, where Compose sets no limit' },
  labels: { spec: 'labels', notes: 'list or map' },
  user: { spec: 'user', notes: '' },
  working_dir: { spec: 'workingDir', notes: '' },
  networks: { spec: 'networks', notes: 'list or map of names; per-network `aliases`, addresses and priorities are reported. A service without `networks` is on `default`, as in Compose' },
  cap_add: { spec: 'capAdd', notes: '' },
  cap_drop: { spec: 'capDrop', notes: '' },
  read_only: { spec: 'readOnlyRootFilesystem', notes: '' },
  sysctls: { spec: 'sysctls', notes: 'list (`name=value`) or map' },
  ulimits: { spec: 'ulimits', notes: 'a number (soft = hard) or `{soft, hard}`' },
  shm_size: { spec: 'shmSizeMiB', notes: 'in whole MiB' },
  init: { spec: 'init', notes: '' },
  stop_grace_period: { spec: 'stopGraceSeconds', notes: 'in whole seconds' },
  extra_hosts: { spec: 'extraHosts', notes: 'list (`host:ip`, `host=ip`, `host:[v6]`) or map' },
  logging: { spec: 'logging', notes: 'driver `json-file` or `local` with `max-size` (whole MiB) and `max-file`; other drivers and options are reported. **Without `logging` the spec rotates at 10 MiB × 3 files**, where Docker\'s json-file keeps everything' },
};

/** Fields of a service no target can honour, with the reason the loader reports. */
export const COMPOSE_UNSUPPORTED_SERVICE_FIELDS: { readonly [key: string]: string } = {
  build: 'images are not built: build and push the image, then give it as `image`',
  privileged: 'a privileged container is root on the host; add the capabilities it needs with cap_add',
  network_mode: 'the workload always has its own network namespace on the app\'s networks (host, none, service: and container: modes are not honoured)',
  pid: 'the workload always has its own PID namespace',
  ipc: 'the workload always has its own IPC namespace',
  uts: 'the workload always has its own UTS namespace',
  userns_mode: 'user namespace modes are the engine\'s setting',
  container_name: 'container names are derived from the stack and the workload\'s name',
  hostname: 'the host name is the workload\'s name',
  domainname: 'the host name is the workload\'s name',
  devices: 'host devices are not passed through',
  device_cgroup_rules: 'host devices are not passed through',
  gpus: 'GPUs are not passed through',
  volumes_from: 'give each workload the volumes it mounts (shared named volumes)',
  links: 'workloads on one network reach each other by name; use depends_on for order',
  external_links: 'workloads reach only workloads of the app',
  security_opt: 'security options (seccomp, AppArmor, SELinux labels, no-new-privileges) are the runtime\'s defaults',
  cgroup: 'cgroup namespaces are the runtime\'s default',
  cgroup_parent: 'cgroups are the runtime\'s default',
  profiles: 'every service of the file is deployed: remove the services you do not want, or the profiles',
  extends: 'write the service out (YAML anchors and merge keys `<<` are read)',
  platform: 'the image\'s platform is the host\'s',
  pull_policy: 'images are pulled by Terraform when their reference changes',
  stop_signal: 'workloads are stopped with SIGTERM',
  stdin_open: 'workloads run without a terminal',
  tty: 'workloads run without a terminal',
  dns: 'name resolution is the runtime\'s',
  dns_opt: 'name resolution is the runtime\'s',
  dns_search: 'name resolution is the runtime\'s',
  mac_address: 'addresses are assigned by the runtime',
  mem_reservation: 'only limits are honoured',
  memswap_limit: 'swap is not configurable (the container target allows no extra swap)',
  mem_swappiness: 'swap is not configurable',
  oom_kill_disable: 'the OOM killer is the kernel\'s default',
  oom_score_adj: 'the OOM killer is the kernel\'s default',
  pids_limit: 'no PID limit is set',
  cpu_count: 'only `cpus` limits CPU',
  cpu_percent: 'only `cpus` limits CPU',
  cpu_shares: 'only `cpus` limits CPU',
  cpu_period: 'only `cpus` limits CPU',
  cpu_quota: 'only `cpus` limits CPU',
  cpu_rt_runtime: 'only `cpus` limits CPU',
  cpu_rt_period: 'only `cpus` limits CPU',
  cpuset: 'only `cpus` limits CPU',
  blkio_config: 'block I/O is not limited',
  storage_opt: 'storage options are the engine\'s',
  isolation: 'isolation is the engine\'s default',
  runtime: 'the OCI runtime is the engine\'s default',
  group_add: 'give the user and group as `user`',
  annotations: 'OCI annotations are not set',
  attach: 'logs go to the runtime\'s log',
  credential_spec: 'Windows containers are not supported',
  develop: 'a development-time setting',
  label_file: 'write the labels as `labels`',
  post_start: 'lifecycle hooks are not run',
  pre_stop: 'lifecycle hooks are not run',
  driver_opts: 'network driver options are not set',
  use_api_socket: 'the engine\'s API socket is not mounted',
  provider: 'provider services are not run',
  models: 'models are not run',
};

/** Top-level fields, mapped or not. */
export const COMPOSE_TOP_LEVEL_FIELDS: { readonly [key: string]: ComposeFieldMapping } = {
  services: { spec: 'workloads', notes: 'one workload per service, in the file\'s order; the service\'s name is the workload\'s (a name the spec cannot take, e.g. with `_` or `.`, is reported: other services reach it by that name)' },
  volumes: { spec: 'volumes[].name', notes: 'names in lowercase with `_` and `.` as `-` (two that become one name are reported); `name`, `external`, `driver`, `driver_opts` and `labels` are reported' },
  networks: { spec: 'networks', notes: '`driver: bridge` or none; `external`, `internal`, `ipam` and other settings are reported' },
  secrets: { spec: 'secretEnv', notes: 'each secret is a sensitive Terraform variable of its name; its `file:` or `environment:` is not read: set `TF_VAR_<name>` instead. `external` is reported' },
  configs: { spec: 'configFiles', notes: '`file:`, `content:` or `environment:`; `external` is reported' },
  name: { spec: '—', notes: 'not used: resource names come from the cdktf stack and the workload names' },
  version: { spec: '—', notes: 'obsolete in the Compose Specification and ignored, as Compose does' },
};

/** Top-level fields no target can honour. */
export const COMPOSE_UNSUPPORTED_TOP_LEVEL_FIELDS: { readonly [key: string]: string } = {
  include: 'other Compose files are not read: load each with loadComposeFile and join their workloads',
  models: 'models are not run',
};

/** The README's table of how each Compose field is mapped, from the tables above. */
export function composeMappingTable(): string {
  const code = (s: string) => s.split(', ').map((p) => (p === '—' ? p : `\`${p}\``)).join(', ');
  const rows = [
    ...Object.entries(COMPOSE_TOP_LEVEL_FIELDS).map(([k, m]) => `| \`${k}\` (top level) | ${code(m.spec)} | ${m.notes} |`),
    ...Object.entries(COMPOSE_SERVICE_FIELDS).map(([k, m]) => `| \`${k}\` | ${code(m.spec)} | ${m.notes} |`),
    ...Object.entries(COMPOSE_UNSUPPORTED_TOP_LEVEL_FIELDS).map(([k, why]) => `| \`${k}\` (top level) | ✗ reported | ${why} |`),
    ...Object.entries(COMPOSE_UNSUPPORTED_SERVICE_FIELDS).map(([k, why]) => `| \`${k}\` | ✗ reported | ${why} |`),
  ];
  // A "|" in a cell would end it, even inside backticks.
  return ['| Compose field | spec field | how |', '|---|---|---|', ...rows.map((r) => r.replace(/`[^`]*`/g, (c) => c.replace(/\|/g, '\\|')))].join('\n');
}
