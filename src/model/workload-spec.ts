import { WorkloadTarget } from './target';

/**
 * The target-neutral application spec. Plain readonly data (strings, numbers, booleans, lists and
 * maps) so the same spec can be written in TypeScript or loaded from YAML/JSON. Every field means
 * the same on every target; the README's table "Which fields each target honours" says how each
 * target honours it.
 */

/** The guest or host operating system a workload needs. */
export enum OperatingSystem {
  /** Linux: the only OS a container can run, since containers share the host's kernel. */
  LINUX = 'linux',
  /** Windows: only as a virtual machine with its own base image. */
  WINDOWS = 'windows',
  /** FreeBSD: only as a virtual machine with its own base image. */
  FREEBSD = 'freebsd',
  /** Any other OS: only as a virtual machine with its own base image. */
  OTHER = 'other',
}

/** Transport protocol of a port. */
export enum Protocol {
  TCP = 'tcp',
  UDP = 'udp',
}

/** How a swarm publishes a port's hostPort (`ports[].publishMode`). */
export enum PublishMode {
  /** On every node of the swarm, through its routing mesh, which balances over the tasks (needs IPVS on the nodes). */
  INGRESS = 'ingress',
  /** Only on the node that runs the task: what the container, vm and hybrid targets do on their one host. */
  HOST = 'host',
}

/** How other workloads reach a workload by name (`endpointMode`). */
export enum EndpointMode {
  /** The name resolves to one virtual IP, which a swarm balances over the tasks (needs IPVS on the nodes). */
  VIP = 'vip',
  /** The name resolves to the addresses of the tasks (containers) themselves, round robin: what the other targets do. */
  DNSRR = 'dnsrr',
}

/** In what order a rolling update replaces a task (`update.order`). */
export enum UpdateOrder {
  /** Start the new task, wait until it runs (healthy, with a health check), then stop the old one: no gap. */
  START_FIRST = 'start-first',
  /** Stop the old task, then start the new one: a gap, but never two at once (needed when one task holds a host port). */
  STOP_FIRST = 'stop-first',
}

/** What a swarm does when a rolling update fails (`update.failureAction`). */
export enum UpdateFailureAction {
  /** Roll every updated task back to the previous spec. */
  ROLLBACK = 'rollback',
  /** Stop updating; the tasks updated so far keep the new spec. */
  PAUSE = 'pause',
  /** Go on updating the other tasks. */
  CONTINUE = 'continue',
}

/** When the runtime restarts a workload that stopped. */
export enum RestartPolicy {
  /** Never restart. */
  NO = 'no',
  /** Restart after a non-zero exit, at most `maxRetries` times. */
  ON_FAILURE = 'on-failure',
  /** Always restart, unless an operator stopped it. */
  UNLESS_STOPPED = 'unless-stopped',
  /** Always restart. */
  ALWAYS = 'always',
}

/**
 * A risky but legal choice that the library warns about at synth (README, Warnings). A spec's
 * `acceptRisks` names those it makes on purpose, which silences exactly their warnings.
 */
export enum Risk {
  /** An image without a tag or digest, or with the tag "latest": what runs can change while the spec does not. */
  LATEST_IMAGE = 'latest-image',
  /** A host port published on every address of the host (0.0.0.0 or ::): other machines can reach it. */
  PUBLIC_PORT = 'public-port',
  /** An HTTP health probe run inside a container: it needs wget or curl in the image. */
  HTTP_PROBE_TOOLS = 'http-probe-tools',
  /** A literal env value under a name that looks like a secret: it is in the configuration and state in plain text. */
  SECRET_IN_ENV = 'secret-in-env',
  /** `capAdd: ["ALL"]`: every capability, as good as privileged (mounts, kernel modules, raw devices). */
  ALL_CAPABILITIES = 'all-capabilities',
  /**
   * An added capability known to let a process leave its container or take over its kernel:
   * SYS_ADMIN, SYS_MODULE, SYS_RAWIO, SYS_PTRACE, DAC_READ_SEARCH, BPF, PERFMON.
   */
  ESCAPE_CAPABILITY = 'escape-capability',
  /** `user` is root by name or id ("root", "0", "0:0"): the process runs with root's rights on purpose. */
  ROOT_USER = 'root-user',
}

/** A named port the workload listens on. */
export interface PortSpec {
  /** Name of the port, used for endpoints and health probes (`^[a-z][a-z0-9-]{0,14}$`). */
  readonly name: string;
  /** Port the application listens on inside its container or VM. */
  readonly containerPort: number;
  /**
   * Port published on the host. Without it the port is reachable only by other workloads of the
   * stack (by the workload's name) and is not published on the host.
   * @default - not published
   */
  readonly hostPort?: number;
  /** @default Protocol.TCP */
  readonly protocol?: Protocol;
  /**
   * Publish on every address of the host (0.0.0.0) instead of loopback only.
   * Ignored when `bindAddress` is given.
   * @default false
   */
  readonly public?: boolean;
  /**
   * Host address the published port binds to.
   * @default - "127.0.0.1", or "0.0.0.0" when `public` is true
   */
  readonly bindAddress?: string;
  /**
   * Scheme used to write the endpoint's URL, e.g. "http" or "postgres".
   * @default - the protocol ("tcp" or "udp")
   */
  readonly urlScheme?: string;
  /**
   * How a swarm publishes hostPort: on every node (ingress, its routing mesh) or on the node that
   * runs the task (host). The container, vm and hybrid targets publish on the one host they run
   * on, which is host mode; they refuse ingress.
   * @default - PublishMode.INGRESS on the swarm target, PublishMode.HOST elsewhere
   */
  readonly publishMode?: PublishMode;
}

/** Data that outlives the workload's containers or VM. */
export interface VolumeSpec {
  /** Name of the volume, unique in the workload (`^[a-z0-9][a-z0-9-]{0,62}$`). */
  readonly name: string;
  /** Absolute path where the volume is mounted. */
  readonly mountPath: string;
  /**
   * Capacity in GiB. Only targets that allocate a disk can honour it (vm, hybrid); Docker's local
   * volumes have no quota, so the container target rejects it.
   * @default - 10 GiB on targets that allocate a disk
   */
  readonly sizeGiB?: number;
  /** @default false */
  readonly readOnly?: boolean;
  /**
   * Protect the volume with Terraform's `lifecycle.prevent_destroy`. Set to false only for data
   * you can lose.
   * @default true
   */
  readonly preventDestroy?: boolean;
  /**
   * With more than one replica, every replica mounts the same volume. Read-write, that corrupts
   * data unless the application is built for it (most databases are not), so it is an error
   * unless this says the sharing is on purpose.
   * @default false
   */
  readonly sharedByReplicas?: boolean;
  /**
   * The volume belongs to the app, not to this workload: every workload on the same host that
   * mounts a shared volume of this name mounts the same data (Compose's named volumes): one Docker
   * volume per Docker host, one disk of a hybrid VM, or one directory on a libvirt host shared into
   * its VMs with virtiofs (vm target). Their `preventDestroy` (and on hybrid `sizeGiB`) must agree.
   * @default false
   */
  readonly shared?: boolean;
}

/** A memory-backed scratch file system; its content is lost on restart. */
export interface TmpfsSpec {
  /** Absolute path where the tmpfs is mounted. */
  readonly mountPath: string;
  /** @default 64 */
  readonly sizeMiB?: number;
}

/** An HTTP GET probe. */
export interface HttpProbeSpec {
  /** Name of the port to probe (one of the spec's `ports`). */
  readonly port: string;
  /** @default "/" */
  readonly path?: string;
}

/** A TCP connect probe. */
export interface TcpProbeSpec {
  /** Name of the port to probe (one of the spec's `ports`). */
  readonly port: string;
}

/** How the runtime checks that the workload is healthy. Give exactly one of command, http, tcp. */
export interface HealthCheckSpec {
  /** A command run inside the workload; exit status 0 means healthy. */
  readonly command?: string[];
  /** An HTTP GET that must answer 2xx or 3xx. */
  readonly http?: HttpProbeSpec;
  /** A TCP connection that must open. */
  readonly tcp?: TcpProbeSpec;
  /** @default 30 */
  readonly intervalSeconds?: number;
  /** @default 5 */
  readonly timeoutSeconds?: number;
  /** Consecutive failures before the workload counts as unhealthy. @default 3 */
  readonly retries?: number;
  /** Grace period after start during which failures do not count. @default 0 */
  readonly startPeriodSeconds?: number;
}

/** What happens when the workload stops. */
export interface RestartSpec {
  /** @default RestartPolicy.ON_FAILURE */
  readonly policy?: RestartPolicy;
  /**
   * Restarts allowed after failures; only with `RestartPolicy.ON_FAILURE`.
   * @default 5
   */
  readonly maxRetries?: number;
  /**
   * Seconds between a stop and the restart (swarm target only: Docker's own restarts back off
   * from 100 ms, doubling, and the guests' units do not set a delay).
   * @default - 5 on the swarm target (Docker Swarm's own default)
   */
  readonly delaySeconds?: number;
}

/** Capacity a scheduler keeps free for each replica, so it places the workload only where that is free. */
export interface ReservationsSpec {
  /** CPU cores reserved (fractions allowed). @default - none reserved */
  readonly cpus?: number;
  /** Memory reserved in MiB (at most the workload's memoryMiB). @default - none reserved */
  readonly memoryMiB?: number;
}

/**
 * How a rolling update replaces the running tasks when the spec changes (swarm target), and how
 * it rolls back when the new ones fail. With the defaults an update starts each new task before
 * it stops the old one and rolls every updated task back when a new one does not become healthy.
 */
export interface UpdateSpec {
  /** Tasks replaced at once. @default 1 */
  readonly parallelism?: number;
  /** Seconds between one batch of tasks and the next. @default 5 */
  readonly delaySeconds?: number;
  /**
   * Start the new task first (no gap), or stop the old one first.
   * @default - UpdateOrder.START_FIRST, or UpdateOrder.STOP_FIRST when a port is published in host mode (two tasks cannot hold one host port on one node)
   */
  readonly order?: UpdateOrder;
  /** What happens when a new task fails. @default UpdateFailureAction.ROLLBACK */
  readonly failureAction?: UpdateFailureAction;
  /**
   * Seconds after each task's update during which its failure fails the update.
   * @default - the time the health check takes at most to call the task unhealthy (its start period and retries + 1 probes), at least 5
   */
  readonly monitorSeconds?: number;
}

/** A file a native recipe writes into the guest before its install commands run. */
export interface FileSpec {
  /** Absolute path in the guest. */
  readonly path: string;
  /** The file's text. */
  readonly content: string;
  /** Octal permission bits, e.g. "0640". @default "0644" */
  readonly mode?: string;
  /** Owner as "user:group". @default "root:root" */
  readonly owner?: string;
}

/**
 * How to install and run the application natively in a VM guest, without a container: Debian
 * packages, files, then install commands; the spec's `command` + `args` become the systemd
 * service's ExecStart.
 */
export interface NativeRecipeSpec {
  /** Distribution packages to install (apt on the default Debian image). @default - none */
  readonly packages?: string[];
  /** Files written before the install commands run. @default - none */
  readonly files?: FileSpec[];
  /** Shell commands run once, in order, on first boot after packages and files. @default - none */
  readonly installCommands?: string[];
}

/**
 * Guest settings of a virtual machine: a workload's own VM on the vm target (the spec's `vm`), or
 * every VM of an app (an app file's `vm`, `VmWorkloadProps.vm`, `HybridVmProps.vm`). A spec's
 * `vm` is refused by the container target (it has no guest) and the hybrid target (its shared VM
 * takes the app's `vm`).
 */
export interface VmSpec {
  /** Root disk size in GiB (a copy-on-write overlay of the base image). @default 10 */
  readonly diskGiB?: number;
  /**
   * URL of the base image (qcow2) to download into the host's pool.
   * @default - Debian 13 "genericcloud" amd64 image from cloud.debian.org for Linux guests (DEFAULT_BASE_IMAGE_URL); required for other OSes unless `baseImagePath` is given
   */
  readonly baseImageUrl?: string;
  /**
   * Path on the libvirt host of an existing base image (qcow2), e.g. a prepared Windows image,
   * used instead of downloading `baseImageUrl`.
   * @default - none
   */
  readonly baseImagePath?: string;
  /** Name of a login user with sudo, reachable only with `sshAuthorizedKeys`. @default - no login user */
  readonly adminUser?: string;
  /** Public SSH keys for `adminUser`. Required when `adminUser` is set. @default - none */
  readonly sshAuthorizedKeys?: string[];
  /** Memory added to the spec's `memoryMiB` for the guest OS. @default 384 */
  readonly memoryOverheadMiB?: number;
  /**
   * Static IPv4 address with prefix, e.g. "192.168.150.10/24", configured by cloud-init.
   * @default - an address from the network's DHCP
   */
  readonly ipAddress?: string;
  /** Gateway for a static address. @default - the first address of `ipAddress`'s subnet */
  readonly gateway?: string;
  /** A VNC console on the host's loopback address. @default false (serial console only) */
  readonly vnc?: boolean;
}

/** When a workload that depends on another may start (`dependencyConditions`). */
export enum DependencyCondition {
  /** Once the other workload has been created and started: Compose's `service_started`. */
  STARTED = 'started',
  /** Once the other workload's health check passes (it needs a `healthCheck`): Compose's `service_healthy`. */
  HEALTHY = 'healthy',
  /** Once the other workload, a run-once `job`, has exited with status 0: Compose's `service_completed_successfully`. */
  COMPLETED = 'completed',
}

/**
 * A configuration file the workload reads, mounted read-only at `mountPath`. Give exactly one of
 * `content` and `source`.
 */
export interface ConfigFileSpec {
  /** Absolute path where the workload sees the file. */
  readonly mountPath: string;
  /** The file's text (UTF-8). @default - read from `source` */
  readonly content?: string;
  /**
   * A file to read the text from: relative to the app file when the spec is loaded from one
   * (`loadAppSpec`, `loadComposeFile`), otherwise to the working directory; read at synth.
   * @default - `content` is given
   */
  readonly source?: string;
  /** Octal permission bits of the file, e.g. "0440". @default "0444" */
  readonly mode?: string;
}

/**
 * A workload that runs to completion instead of running continuously: once (before the workloads
 * that wait for it with `DependencyCondition.COMPLETED`), or on a schedule.
 */
export interface JobSpec {
  /**
   * When to run, as a cron expression of five fields (minute hour day-of-month month day-of-week,
   * in the host's or guest's time zone), e.g. "30 3 * * *".
   * @default - runs once
   */
  readonly schedule?: string;
  /** Longest a run may take before it is stopped and counts as failed. @default 3600 */
  readonly timeoutSeconds?: number;
}

/** A resource limit of the workload's processes (setrlimit), e.g. nofile. */
export interface UlimitSpec {
  /** The limit's name as Docker and Compose write it: nofile, nproc, memlock, core, stack, … */
  readonly name: string;
  /** The soft limit. */
  readonly soft: number;
  /** The hard limit (at least `soft`). */
  readonly hard: number;
}

/** An extra host name → address entry in the workload's /etc/hosts. */
export interface ExtraHostSpec {
  /** The host name. */
  readonly host: string;
  /** Its IPv4 or IPv6 address. */
  readonly ip: string;
}

/** Rotation of the workload's output log, so that it cannot fill the disk. */
export interface LoggingSpec {
  /** Size at which the log is rotated. @default 10 */
  readonly maxSizeMiB?: number;
  /** Rotated files kept, the current one included. @default 3 */
  readonly maxFiles?: number;
}

/** One application, independent of where it runs. */
export interface WorkloadSpec {
  /** Name of the workload: DNS name, resource names (`^[a-z0-9][a-z0-9-]{0,62}$`). */
  readonly name: string;
  /** Container image reference, e.g. "nginx:1.27" or "registry.example.com/team/app@sha256:…". */
  readonly image?: string;
  /** Overrides the image's entrypoint. @default - the image's entrypoint */
  readonly entrypoint?: string[];
  /** The program and its arguments (the image's CMD). @default - the image's command */
  readonly command?: string[];
  /** Arguments appended to `command` (or to the image's entrypoint when no command is given). @default - none */
  readonly args?: string[];
  /** Plain environment variables. Never put secrets here: see `secretEnv`. @default - none */
  readonly env?: { [name: string]: string };
  /**
   * Secret environment variables: env name → name of a sensitive Terraform variable that holds the
   * value (set it with `TF_VAR_<variable>`). The value never appears in the synthesized JSON.
   * @default - none
   */
  readonly secretEnv?: { [name: string]: string };
  /**
   * The image reads each secretEnv variable NAME also from the file that the variable NAME_FILE
   * names (the convention of the postgres, mysql and mariadb images, among others). A target that
   * cannot put a secret into the environment (swarm) then mounts it as the file
   * /run/secrets/<variable> and sets NAME_FILE; the others set NAME itself, as always.
   * @default false: the swarm target refuses secretEnv
   */
  readonly readsSecretEnvFiles?: boolean;
  /** @default - none */
  readonly ports?: PortSpec[];
  /** @default - none */
  readonly volumes?: VolumeSpec[];
  /** @default - none */
  readonly tmpfs?: TmpfsSpec[];
  /** CPU limit in cores (fractions allowed). @default - no limit on containers; 1 vCPU on VMs */
  readonly cpus?: number;
  /** Memory limit in MiB. @default 512 */
  readonly memoryMiB?: number;
  /** Capacity a scheduler keeps free for each replica (swarm target). @default - none reserved */
  readonly reservations?: ReservationsSpec;
  /** @default - none */
  readonly healthCheck?: HealthCheckSpec;
  /** @default - on-failure with at most 5 retries */
  readonly restart?: RestartSpec;
  /** Number of identical instances. 0 keeps the image and volumes but runs nothing. @default 1 */
  readonly replicas?: number;
  /** How a change of the spec replaces the running replicas (swarm target). @default - see UpdateSpec */
  readonly update?: UpdateSpec;
  /**
   * What the workload's name resolves to for the others: one virtual IP (swarm target only) or
   * the addresses of its replicas.
   * @default - EndpointMode.VIP on the swarm target; the replicas' addresses (EndpointMode.DNSRR) elsewhere
   */
  readonly endpointMode?: EndpointMode;
  /** @default - none */
  readonly labels?: { [key: string]: string };
  /** User (name or uid[:gid]) the application runs as. @default - the image's user */
  readonly user?: string;
  /** Working directory of the application. @default - the image's working directory */
  readonly workingDir?: string;
  /** @default OperatingSystem.LINUX */
  readonly os?: OperatingSystem;
  /** Names of workloads in the same stack that must be created first. @default - none */
  readonly dependsOn?: string[];
  /**
   * How long to wait for each workload named in `dependsOn`: started (the default), healthy or
   * completed (a run-once job finished successfully). Keys must be in `dependsOn`.
   * @default - every dependency: DependencyCondition.STARTED
   */
  readonly dependencyConditions?: { [workload: string]: DependencyCondition };
  /**
   * Networks the workload joins, by name: only workloads that share a network reach each other.
   * @default ["default"]: one network for the whole app
   */
  readonly networks?: string[];
  /** Configuration files mounted read-only. @default - none */
  readonly configFiles?: ConfigFileSpec[];
  /** Run to completion, once or on a schedule, instead of continuously. @default - a long-running service */
  readonly job?: JobSpec;
  /** Linux capabilities added to the runtime's default set, e.g. "NET_ADMIN". @default - none */
  readonly capAdd?: string[];
  /** Linux capabilities removed from the runtime's default set; "ALL" drops every one. @default - none */
  readonly capDrop?: string[];
  /**
   * Mount the root file system read-only; give the paths the application writes as `tmpfs` or
   * `volumes`.
   * @default false
   */
  readonly readOnlyRootFilesystem?: boolean;
  /** Kernel parameters of the workload's namespaces, e.g. "net.core.somaxconn": "1024". @default - none */
  readonly sysctls?: { [name: string]: string };
  /** @default - the runtime's limits */
  readonly ulimits?: UlimitSpec[];
  /** Size of /dev/shm. @default 64 */
  readonly shmSizeMiB?: number;
  /** Run an init process as PID 1 that forwards signals and reaps zombies. @default false */
  readonly init?: boolean;
  /** Seconds the workload gets to stop after SIGTERM before it is killed. @default 10 */
  readonly stopGraceSeconds?: number;
  /** Extra /etc/hosts entries. @default - none */
  readonly extraHosts?: ExtraHostSpec[];
  /** Rotation of the output log. @default - rotated at 10 MiB, 3 files kept */
  readonly logging?: LoggingSpec;
  /**
   * Install and run natively in a VM instead of from the image (vm target only).
   * @default - run `image` in a container runtime inside the VM
   */
  readonly native?: NativeRecipeSpec;
  /** Settings of the workload's own VM (vm target only). @default - see VmSpec */
  readonly vm?: VmSpec;
  /**
   * Where this workload runs when its app is deployed with `WorkloadApp`; overrides the
   * environment variable and cdktf.json context, not an explicit target in the app's props.
   * @default - the app's target
   */
  readonly target?: WorkloadTarget;
  /**
   * Risky choices this spec makes on purpose: each silences its own synth warning and no other
   * (README, Warnings). Errors cannot be accepted.
   * @default - none: every risk is warned about
   */
  readonly acceptRisks?: Risk[];
}
