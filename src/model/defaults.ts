import {
  HealthCheckSpec, OperatingSystem, PortSpec, Protocol, RestartPolicy, TmpfsSpec, VolumeSpec, WorkloadSpec,
} from './workload-spec';

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
}

export function resolveSpec(spec: WorkloadSpec): ResolvedSpec {
  const restartPolicy = spec.restart?.policy ?? DEFAULTS.restartPolicy;
  return {
    ...spec,
    env: spec.env ?? {},
    secretEnv: spec.secretEnv ?? {},
    ports: (spec.ports ?? []).map(resolvePort),
    volumes: (spec.volumes ?? []).map((v) => ({
      ...v,
      readOnly: v.readOnly ?? false,
      preventDestroy: v.preventDestroy ?? true,
      sharedByReplicas: v.sharedByReplicas ?? false,
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
  };
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
