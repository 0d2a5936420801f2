import {
  ConfigFileSpec, DependencyCondition, ExtraHostSpec, HealthCheckSpec, JobSpec, OperatingSystem, PortSpec, Protocol, RestartPolicy, TmpfsSpec,
  UlimitSpec, VmSpec, VolumeSpec, WorkloadSpec,
} from './workload-spec';

/**
 * Every default of the library, in this one module: the spec's (DEFAULTS), a VM's guest settings
 * (VM_DEFAULTS), the hybrid target's shared VM (HYBRID_DEFAULTS), the hosts' (HOST_DEFAULTS) and
 * the base images. The targets and hosts read them from here and nowhere else.
 */

/** Debian 13's generic cloud image (stable since August 2025): cloud-init, virtio drivers, no desktop. */
export const DEBIAN_13_BASE_IMAGE_URL = 'https://cloud.debian.org/images/cloud/trixie/latest/debian-13-genericcloud-amd64.qcow2';
/** Debian 12's generic cloud image, for guests pinned to the previous release (`vm.baseImageUrl`). */
export const DEBIAN_12_BASE_IMAGE_URL = 'https://cloud.debian.org/images/cloud/bookworm/latest/debian-12-genericcloud-amd64.qcow2';
/** The base image of Linux guests that name none: the current Debian stable. */
export const DEFAULT_BASE_IMAGE_URL = DEBIAN_13_BASE_IMAGE_URL;

/** Every default of the spec, applied in this one place. */
export const DEFAULTS = {
  memoryMiB: 512,
  replicas: 1,
  restartPolicy: RestartPolicy.ON_FAILURE,
  maxRetries: 5,
  os: OperatingSystem.LINUX,
  protocol: Protocol.TCP,
  loopback: '127.0.0.1',
  anyAddress: '0.0.0.0',
  volumeSizeGiB: 10,
  tmpfsSizeMiB: 64,
  healthIntervalSeconds: 30,
  healthTimeoutSeconds: 5,
  healthRetries: 3,
  healthStartPeriodSeconds: 0,
  httpProbePath: '/',
  /** Seconds a container gets to stop before it is killed when it is replaced (Docker's own default). */
  stopGraceSeconds: 10,
  /** Permission bits of a native recipe's file (`native.files[].mode`). */
  fileMode: '0644',
  /** Owner of a native recipe's file (`native.files[].owner`). */
  fileOwner: 'root:root',
  /** Permission bits of a config file (`configFiles[].mode`): readable, not writable, by anyone in the workload. */
  configFileMode: '0444',
  /** The network of workloads that name none (`networks`). */
  network: 'default',
  /** A job run's time limit (`job.timeoutSeconds`). */
  jobTimeoutSeconds: 3600,
  /** Docker's own /dev/shm size (`shmSizeMiB`). */
  shmSizeMiB: 64,
  /** Log rotation (`logging`): Docker's json-file and journald keep logs forever otherwise. */
  logMaxSizeMiB: 10,
  logMaxFiles: 3,
} as const;

/** Guest defaults of every VM (`vm`), in one place. */
export const VM_DEFAULTS = {
  diskGiB: 10,
  /**
   * What a Debian 12 cloud guest needs besides the app: kernel, systemd, journald, sshd,
   * cloud-init's first boot, and the Docker engine when the app runs from an image.
   */
  memoryOverheadMiB: 384,
  /** Below this a Debian cloud guest does not finish its first boot. */
  minGuestMemoryMiB: 512,
  /** The default image's virtual size is 2 GiB; the root disk must be at least that plus room. */
  minDiskGiB: 3,
  vcpus: 1,
  vnc: false,
} as const;

/** Defaults of the hybrid target's shared VM (`hybrid`), in one place. */
export const HYBRID_DEFAULTS = {
  name: 'hybrid',
  /** dockerd and containerd with a handful of containers. */
  engineOverheadMiB: 256,
  /** Images of several workloads share the root disk. */
  diskGiB: 20,
  /** vCPUs counted for a workload that sets no cpus. */
  cpusPerWorkload: 1,
} as const;

/** Defaults of the swarm target (SwarmCluster, SwarmWorkload), in one place. */
export const SWARM_DEFAULTS = {
  /** The provider alias of a SwarmCluster: never the default Docker host's unaliased provider. */
  alias: 'swarm',
  /** Tasks a rolling update replaces at once (`update.parallelism`). */
  updateParallelism: 1,
  /** Seconds between two batches of a rolling update (`update.delaySeconds`). */
  updateDelaySeconds: 5,
  /** The least monitor period of an update, Docker Swarm's own default (`update.monitorSeconds`). */
  minMonitorSeconds: 5,
  /** Seconds between a task's stop and its restart (`restart.delaySeconds`), Docker Swarm's own default. */
  restartDelaySeconds: 5,
  /** How long Terraform waits for a service to converge, before the time its updates take. */
  convergeBaseSeconds: 180,
  /** How often the provider asks whether a service has converged (its own default). */
  convergeDelaySeconds: 7,
  /** Where a service's secrets are mounted (Docker's fixed directory). */
  secretsDir: '/run/secrets',
} as const;

/** Defaults of the hosts (DockerHost, LibvirtHost), in one place. */
export const HOST_DEFAULTS = {
  /** The local Docker engine. */
  dockerUrl: 'unix:///var/run/docker.sock',
  /** The local libvirt daemon. */
  libvirtUri: 'qemu:///system',
  /** Host name clients use for ports published on all addresses of a local host. */
  address: 'localhost',
  /** libvirt's storage pool for the VMs' disks. */
  pool: 'default',
  /** Subnet of the NAT network a LibvirtHost creates. */
  networkCidr: '192.168.150.0/24',
  /** Where a LibvirtHost puts the directories of VM workloads' shared volumes. */
  sharedVolumesPath: '/var/lib/libvirt/shared-volumes',
} as const;

export interface ResolvedPort extends PortSpec {
  readonly protocol: Protocol;
  readonly bindAddress: string;
  readonly urlScheme: string;
}

export interface ResolvedVolume extends VolumeSpec {
  readonly readOnly: boolean;
  readonly preventDestroy: boolean;
  readonly sharedByReplicas: boolean;
  readonly shared: boolean;
}

/** A config file with its mode; `content` is read from `source` by the targets (resolveConfigFiles). */
export interface ResolvedConfigFile extends ConfigFileSpec {
  readonly mode: string;
}

export interface ResolvedJob extends JobSpec {
  readonly timeoutSeconds: number;
}

export interface ResolvedTmpfs extends TmpfsSpec {
  readonly sizeMiB: number;
}

export interface ResolvedHealthCheck extends HealthCheckSpec {
  readonly intervalSeconds: number;
  readonly timeoutSeconds: number;
  readonly retries: number;
  readonly startPeriodSeconds: number;
}

/** A spec with every default filled in; what the targets read. */
export interface ResolvedSpec extends WorkloadSpec {
  readonly env: { [name: string]: string };
  readonly secretEnv: { [name: string]: string };
  readonly ports: ResolvedPort[];
  readonly volumes: ResolvedVolume[];
  readonly tmpfs: ResolvedTmpfs[];
  readonly memoryMiB: number;
  readonly healthCheck?: ResolvedHealthCheck;
  readonly restartPolicy: RestartPolicy;
  /** Only set for ON_FAILURE. */
  readonly maxRetries?: number;
  readonly replicas: number;
  readonly labels: { [key: string]: string };
  readonly os: OperatingSystem;
  readonly dependsOn: string[];
  /** Every dependsOn name with its condition (STARTED unless `dependencyConditions` says otherwise). */
  readonly dependencyConditions: { [workload: string]: DependencyCondition };
  /** Sorted, without duplicates. */
  readonly networks: string[];
  readonly configFiles: ResolvedConfigFile[];
  readonly job?: ResolvedJob;
  readonly capAdd: string[];
  readonly capDrop: string[];
  readonly readOnlyRootFilesystem: boolean;
  readonly sysctls: { [name: string]: string };
  readonly ulimits: UlimitSpec[];
  readonly shmSizeMiB: number;
  readonly init: boolean;
  readonly stopGraceSeconds: number;
  readonly extraHosts: ExtraHostSpec[];
  readonly logMaxSizeMiB: number;
  readonly logMaxFiles: number;
}

export function resolveSpec(spec: WorkloadSpec): ResolvedSpec {
  const restartPolicy = spec.restart?.policy ?? DEFAULTS.restartPolicy;
  // `Object.assign({}, spec, fields)` means `{ ...spec, <the fields below> }`, which V8 builds ten
  // times slower (140 against 10 µs a spec on Node 20, a tenth of the library's own time in a synth
  // of 1,000 workloads), except for an own "__proto__" key (JSON.parse makes one), which assign
  // would take for the prototype: such a spec keeps the spread.
  const copy = Object.prototype.hasOwnProperty.call(spec, '__proto__') ? { ...spec } : Object.assign({}, spec);
  return Object.assign(copy, {
    env: spec.env ?? {},
    secretEnv: spec.secretEnv ?? {},
    ports: (spec.ports ?? []).map(resolvePort),
    volumes: (spec.volumes ?? []).map((v) => ({
      ...v,
      readOnly: v.readOnly ?? false,
      preventDestroy: v.preventDestroy ?? true,
      sharedByReplicas: v.sharedByReplicas ?? false,
      shared: v.shared ?? false,
    })),
    tmpfs: (spec.tmpfs ?? []).map((t) => ({ ...t, sizeMiB: t.sizeMiB ?? DEFAULTS.tmpfsSizeMiB })),
    memoryMiB: spec.memoryMiB ?? DEFAULTS.memoryMiB,
    healthCheck: spec.healthCheck && {
      ...spec.healthCheck,
      intervalSeconds: spec.healthCheck.intervalSeconds ?? DEFAULTS.healthIntervalSeconds,
      timeoutSeconds: spec.healthCheck.timeoutSeconds ?? DEFAULTS.healthTimeoutSeconds,
      retries: spec.healthCheck.retries ?? DEFAULTS.healthRetries,
      startPeriodSeconds: spec.healthCheck.startPeriodSeconds ?? DEFAULTS.healthStartPeriodSeconds,
    },
    restartPolicy,
    maxRetries: restartPolicy === RestartPolicy.ON_FAILURE ? spec.restart?.maxRetries ?? DEFAULTS.maxRetries : undefined,
    replicas: spec.replicas ?? DEFAULTS.replicas,
    labels: spec.labels ?? {},
    os: spec.os ?? DEFAULTS.os,
    dependsOn: spec.dependsOn ?? [],
    dependencyConditions: Object.fromEntries((spec.dependsOn ?? []).map((name) => [
      name, spec.dependencyConditions?.[name] ?? DependencyCondition.STARTED,
    ])),
    networks: [...new Set(spec.networks ?? [DEFAULTS.network])].sort(),
    configFiles: (spec.configFiles ?? []).map((f) => ({ ...f, mode: f.mode ?? DEFAULTS.configFileMode })),
    job: spec.job && { ...spec.job, timeoutSeconds: spec.job.timeoutSeconds ?? DEFAULTS.jobTimeoutSeconds },
    capAdd: spec.capAdd ?? [],
    capDrop: spec.capDrop ?? [],
    readOnlyRootFilesystem: spec.readOnlyRootFilesystem ?? false,
    sysctls: spec.sysctls ?? {},
    ulimits: spec.ulimits ?? [],
    shmSizeMiB: spec.shmSizeMiB ?? DEFAULTS.shmSizeMiB,
    init: spec.init ?? false,
    stopGraceSeconds: spec.stopGraceSeconds ?? DEFAULTS.stopGraceSeconds,
    extraHosts: spec.extraHosts ?? [],
    logMaxSizeMiB: spec.logging?.maxSizeMiB ?? DEFAULTS.logMaxSizeMiB,
    logMaxFiles: spec.logging?.maxFiles ?? DEFAULTS.logMaxFiles,
  });
}

function resolvePort(p: PortSpec): ResolvedPort {
  const protocol = p.protocol ?? DEFAULTS.protocol;
  return {
    ...p,
    protocol,
    bindAddress: p.bindAddress ?? (p.public ? DEFAULTS.anyAddress : DEFAULTS.loopback),
    urlScheme: p.urlScheme ?? protocol,
  };
}

/**
 * The size of a volume's disk on the targets that allocate one (vm, hybrid). Not part of
 * resolveSpec: the container target refuses a sizeGiB the spec gives, and Docker volumes have none.
 */
export function volumeSizeGiB(volume: VolumeSpec): number {
  return volume.sizeGiB ?? DEFAULTS.volumeSizeGiB;
}

/** A VmSpec with defaults applied: the app-wide guest settings under the workload's own. */
export interface ResolvedVm extends VmSpec {
  readonly diskGiB: number;
  readonly memoryOverheadMiB: number;
  readonly sshAuthorizedKeys: string[];
  readonly vnc: boolean;
}

export function resolveVm(own: VmSpec | undefined, shared: VmSpec | undefined): ResolvedVm {
  const vm = { ...(shared ?? {}), ...(own ?? {}) };
  return {
    ...vm,
    diskGiB: vm.diskGiB ?? VM_DEFAULTS.diskGiB,
    memoryOverheadMiB: vm.memoryOverheadMiB ?? VM_DEFAULTS.memoryOverheadMiB,
    sshAuthorizedKeys: vm.sshAuthorizedKeys ?? [],
    vnc: vm.vnc ?? VM_DEFAULTS.vnc,
  };
}

/** The spec's full command line: command (or nothing) followed by args. */
export function commandLine(spec: WorkloadSpec): string[] | undefined {
  if (!spec.command && !spec.args) return undefined;
  return [...(spec.command ?? []), ...(spec.args ?? [])];
}

/** The first entry of each name; later duplicates are reported by validation and not synthesized. */
export function uniqueByName<T extends { readonly name: string }>(items: T[]): T[] {
  return items.filter((item, i) => items.findIndex((other) => other.name === item.name) === i);
}

/** Items sorted by name, so output does not depend on the order a spec lists them in. */
export function sortedByName<T extends { readonly name: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
