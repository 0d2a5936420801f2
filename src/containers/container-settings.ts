import { containerHealthTest } from './health-probe';
import { WORKLOAD_LABEL } from '../model/contracts';
import { commandLine, ResolvedSpec } from '../model/defaults';
import { capabilityNames, extraHostList, sysctlEntries, ulimitList } from '../model/hardening';
import { ExtraHostSpec, RestartPolicy, UlimitSpec } from '../model/workload-spec';

/** A tmpfs mount and its mount options. */
export interface ContainerTmpfs {
  readonly path: string;
  readonly options: string;
}

/** The spec's health check as a container HEALTHCHECK. */
export interface ContainerHealth {
  readonly test: string[];
  readonly intervalSeconds: number;
  readonly timeoutSeconds: number;
  readonly retries: number;
  readonly startPeriodSeconds: number;
}

/**
 * A container's settings, resolved once from the spec with the library's secure defaults, for
 * every engine that runs it: the Docker host of the container target maps them to a
 * docker_container, a guest (vm and hybrid targets) to a `docker run` command line. Values are
 * plain text here; each consumer encodes them for its destination.
 */
export interface ContainerSettings {
  readonly image: string;
  readonly entrypoint?: string[];
  readonly command?: string[];
  /** Plain variables, sorted by name. */
  readonly env: Array<[string, string]>;
  /** Secret variables (name, Terraform variable), sorted by name. */
  readonly secretEnv: Array<[string, string]>;
  readonly user?: string;
  readonly workingDir?: string;
  readonly memoryMiB: number;
  /** Memory + swap: equal to memoryMiB, so no swap beyond the limit. */
  readonly memorySwapMiB: number;
  readonly cpus?: number;
  /** Docker restart policy name. */
  readonly restart: RestartPolicy;
  /** Only with on-failure. */
  readonly maxRetries?: number;
  /** Labels, sorted by key, the workload label included. */
  readonly labels: Array<[string, string]>;
  readonly tmpfs: ContainerTmpfs[];
  readonly health?: ContainerHealth;
  readonly securityOpts: string[];
  readonly ipcMode: string;
  /** Capabilities as "CAP_X" or "ALL", each once, in the spec's order. */
  readonly capAdd: string[];
  readonly capDrop: string[];
  readonly readOnlyRootfs: boolean;
  /** Sorted by name. */
  readonly sysctls: Array<[string, string]>;
  /** Sorted by name, each name once. */
  readonly ulimits: UlimitSpec[];
  readonly shmSizeMiB: number;
  readonly init: boolean;
  /** Seconds between SIGTERM and SIGKILL when the container is stopped. */
  readonly stopGraceSeconds: number;
  /** In the spec's order: the first entry of a name is the one /etc/hosts lookups find. */
  readonly extraHosts: ExtraHostSpec[];
  readonly logDriver: string;
  /** The log driver's options, sorted by name. */
  readonly logOpts: Array<[string, string]>;
}

/** Docker's own log driver, which `docker logs` reads; rotated by its options. */
export const LOG_DRIVER = 'json-file';

const byKey = (a: [string, string], b: [string, string]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** The one place a spec becomes container settings. */
export function containerSettings(spec: ResolvedSpec): ContainerSettings {
  const test = containerHealthTest(spec);
  const h = spec.healthCheck;
  return {
    image: spec.image ?? '',
    entrypoint: spec.entrypoint,
    command: commandLine(spec),
    env: Object.entries(spec.env).sort(byKey),
    secretEnv: Object.entries(spec.secretEnv).sort(byKey),
    user: spec.user,
    workingDir: spec.workingDir,
    memoryMiB: spec.memoryMiB,
    memorySwapMiB: spec.memoryMiB,
    cpus: spec.cpus,
    // A job runs to completion: the engine must not start it again (validation refuses `restart` on jobs).
    restart: spec.job ? RestartPolicy.NO : spec.restartPolicy,
    maxRetries: spec.job ? undefined : spec.maxRetries,
    labels: Object.entries({ ...spec.labels, [WORKLOAD_LABEL]: spec.name }).sort(byKey),
    tmpfs: spec.tmpfs.map((t) => ({ path: t.mountPath, options: `rw,nosuid,nodev,size=${t.sizeMiB}m` })),
    health: h && test ? {
      test, intervalSeconds: h.intervalSeconds, timeoutSeconds: h.timeoutSeconds, retries: h.retries, startPeriodSeconds: h.startPeriodSeconds,
    } : undefined,
    // `=`, not `:`: dockerd logs the `:` form as deprecated at every container create.
    securityOpts: ['no-new-privileges=true'],
    ipcMode: 'private',
    capAdd: capabilityNames(spec.capAdd),
    capDrop: capabilityNames(spec.capDrop),
    readOnlyRootfs: spec.readOnlyRootFilesystem,
    sysctls: sysctlEntries(spec.sysctls),
    ulimits: ulimitList(spec.ulimits),
    shmSizeMiB: spec.shmSizeMiB,
    init: spec.init,
    stopGraceSeconds: spec.stopGraceSeconds,
    extraHosts: extraHostList(spec.extraHosts),
    logDriver: LOG_DRIVER,
    // json-file reads "m" as MiB (go-units RAMInBytes).
    logOpts: [['max-file', String(spec.logMaxFiles)], ['max-size', `${spec.logMaxSizeMiB}m`]],
  };
}
