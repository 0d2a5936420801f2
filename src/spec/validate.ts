import * as path from 'path';
import { Problems } from './problems';
import { WorkloadTarget } from './target';
import { OperatingSystem, Protocol, RestartPolicy, WorkloadSpec } from './workload-spec';

/** Workload and volume names: valid as Docker container and libvirt domain/volume names and as DNS labels. */
export const NAME_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;
/** Port names, as IANA service names. */
export const PORT_NAME_PATTERN = /^[a-z][a-z0-9-]{0,14}$/;
/** Environment variable names that every shell and systemd accept. */
export const ENV_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Terraform variable names usable as TF_VAR_<name>. */
export const VARIABLE_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Docker's minimum memory limit. */
export const DOCKER_MIN_MEMORY_MIB = 6;

// Docker's reference grammar: [registry[:port]/]path[:tag][@digest], lowercase path components.
const DOMAIN = '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?/)?';
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const TAG = '(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?';
const DIGEST = '(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?';
export const IMAGE_PATTERN = new RegExp(`^${DOMAIN}${COMPONENT}(?:/${COMPONENT})*${TAG}${DIGEST}$`);

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** Target-neutral checks of one spec. Checks that need the whole stack live in the targets layer. */
export function validateSpec(spec: WorkloadSpec): string[] {
  const p = new Problems(spec.name);
  if (typeof spec.name !== 'string' || !NAME_PATTERN.test(spec.name)) {
    p.add('name', spec.name, 'is not a valid workload name', 'use 1-63 lowercase letters, digits and hyphens, starting with a letter or digit');
  }
  if (spec.image !== undefined && (typeof spec.image !== 'string' || !IMAGE_PATTERN.test(spec.image))) {
    p.add('image', spec.image, 'is not a valid image reference', 'write it as [registry/]repository[:tag][@sha256:digest] with a lowercase repository, e.g. "nginx:1.27"');
  }
  checkEnv(spec, p);
  checkPorts(spec, p);
  checkMounts(spec, p);
  checkResources(spec, p);
  checkHealthCheck(spec, p);
  checkRestart(spec, p);
  if (spec.os !== undefined && !Object.values(OperatingSystem).includes(spec.os)) {
    p.add('os', spec.os, 'is not a known operating system', `use one of ${Object.values(OperatingSystem).join(', ')}`);
  }
  if (spec.target !== undefined && !Object.values(WorkloadTarget).includes(spec.target)) {
    p.add('target', spec.target, 'is not a target', `use one of ${Object.values(WorkloadTarget).join(', ')}`);
  }
  if (spec.workingDir !== undefined && !path.posix.isAbsolute(spec.workingDir)) {
    p.add('workingDir', spec.workingDir, 'is not an absolute path', 'start it with "/"');
  }
  for (const [key] of Object.entries(spec.labels ?? {})) {
    if (key.trim() === '') p.add('labels', key, 'has an empty key', 'give every label a name');
  }
  (spec.dependsOn ?? []).forEach((dep, i) => {
    if (dep === spec.name) p.add(`dependsOn[${i}]`, dep, 'is the workload itself', 'remove it');
  });
  return p.all;
}

function checkEnv(spec: WorkloadSpec, p: Problems) {
  for (const name of Object.keys(spec.env ?? {})) {
    if (!ENV_NAME_PATTERN.test(name)) {
      p.add(`env.${name}`, name, 'is not a valid environment variable name', 'use letters, digits and underscores, not starting with a digit');
    }
  }
  for (const [name, variable] of Object.entries(spec.secretEnv ?? {})) {
    if (!ENV_NAME_PATTERN.test(name)) {
      p.add(`secretEnv.${name}`, name, 'is not a valid environment variable name', 'use letters, digits and underscores, not starting with a digit');
    }
    if (spec.env && name in spec.env) {
      p.add(`secretEnv.${name}`, name, 'is also set in env', 'set each variable in env or in secretEnv, not both');
    }
    if (typeof variable !== 'string' || !VARIABLE_NAME_PATTERN.test(variable)) {
      p.add(`secretEnv.${name}`, variable, 'is not a valid Terraform variable name', 'use letters, digits and underscores, not starting with a digit');
    }
  }
}

function isPort(n: unknown): boolean {
  return Number.isInteger(n) && (n as number) >= 1 && (n as number) <= 65535;
}

function checkPorts(spec: WorkloadSpec, p: Problems) {
  const names = new Set<string>();
  (spec.ports ?? []).forEach((port, i) => {
    const f = `ports[${i}]`;
    if (typeof port.name !== 'string' || !PORT_NAME_PATTERN.test(port.name)) {
      p.add(`${f}.name`, port.name, 'is not a valid port name', 'use 1-15 lowercase letters, digits and hyphens, starting with a letter');
    } else if (names.has(port.name)) {
      p.add(`${f}.name`, port.name, 'is used by another port of this workload', 'give every port its own name');
    }
    names.add(port.name);
    if (!isPort(port.containerPort)) {
      p.add(`${f}.containerPort`, port.containerPort, 'is not a port number', 'use a whole number from 1 to 65535');
    }
    if (port.hostPort !== undefined && !isPort(port.hostPort)) {
      p.add(`${f}.hostPort`, port.hostPort, 'is not a port number', 'use a whole number from 1 to 65535');
    }
    if (port.protocol !== undefined && !Object.values(Protocol).includes(port.protocol)) {
      p.add(`${f}.protocol`, port.protocol, 'is not a known protocol', 'use "tcp" or "udp"');
    }
    if (port.bindAddress !== undefined && !IPV4.test(port.bindAddress) && !/^[0-9a-fA-F:]+$/.test(port.bindAddress)) {
      p.add(`${f}.bindAddress`, port.bindAddress, 'is not an IP address', 'use an IPv4 or IPv6 address of the host, e.g. "127.0.0.1"');
    }
  });
}

function checkMounts(spec: WorkloadSpec, p: Problems) {
  const mounted = new Map<string, string>();
  const claim = (field: string, mountPath: unknown) => {
    if (typeof mountPath !== 'string' || !path.posix.isAbsolute(mountPath)) {
      p.add(field, mountPath, 'is not an absolute path', 'start the mount path with "/"');
      return;
    }
    const normal = path.posix.normalize(mountPath).replace(/(.)\/$/, '$1');
    const previous = mounted.get(normal);
    if (previous) {
      p.add(field, mountPath, `is already mounted by ${previous}`, 'mount each path once');
    } else {
      mounted.set(normal, field.replace(/\.mountPath$/, ''));
    }
  };
  const volumeNames = new Set<string>();
  (spec.volumes ?? []).forEach((v, i) => {
    const f = `volumes[${i}]`;
    if (typeof v.name !== 'string' || !NAME_PATTERN.test(v.name)) {
      p.add(`${f}.name`, v.name, 'is not a valid volume name', 'use 1-63 lowercase letters, digits and hyphens, starting with a letter or digit');
    } else if (volumeNames.has(v.name)) {
      p.add(`${f}.name`, v.name, 'is used by another volume of this workload', 'give every volume its own name');
    }
    volumeNames.add(v.name);
    claim(`${f}.mountPath`, v.mountPath);
    if (v.sizeGiB !== undefined && !(Number.isInteger(v.sizeGiB) && v.sizeGiB >= 1)) {
      p.add(`${f}.sizeGiB`, v.sizeGiB, 'is not a size', 'use a whole number of GiB, at least 1');
    }
  });
  (spec.tmpfs ?? []).forEach((t, i) => {
    claim(`tmpfs[${i}].mountPath`, t.mountPath);
    if (t.sizeMiB !== undefined && !(Number.isInteger(t.sizeMiB) && t.sizeMiB >= 1)) {
      p.add(`tmpfs[${i}].sizeMiB`, t.sizeMiB, 'is not a size', 'use a whole number of MiB, at least 1');
    }
  });
}

function checkResources(spec: WorkloadSpec, p: Problems) {
  if (spec.cpus !== undefined && !(typeof spec.cpus === 'number' && Number.isFinite(spec.cpus) && spec.cpus > 0)) {
    p.add('cpus', spec.cpus, 'must be more than 0', 'give the CPU limit in cores, e.g. 0.5 or 2');
  }
  if (spec.memoryMiB !== undefined && !(Number.isInteger(spec.memoryMiB) && spec.memoryMiB >= DOCKER_MIN_MEMORY_MIB)) {
    p.add('memoryMiB', spec.memoryMiB, `is below the minimum of ${DOCKER_MIN_MEMORY_MIB} MiB (or not a whole number)`, `give at least ${DOCKER_MIN_MEMORY_MIB} MiB as a whole number`);
  }
  if (spec.replicas !== undefined && !(Number.isInteger(spec.replicas) && spec.replicas >= 0)) {
    p.add('replicas', spec.replicas, 'must be a whole number of 0 or more', 'use 0 to stop the workload, 1 or more to run it');
  }
}

function checkHealthCheck(spec: WorkloadSpec, p: Problems) {
  const h = spec.healthCheck;
  if (!h) return;
  const probes = [h.command && 'command', h.http && 'http', h.tcp && 'tcp'].filter(Boolean);
  if (probes.length !== 1) {
    p.add('healthCheck', probes.length ? probes : undefined, probes.length ? 'sets more than one probe' : 'sets no probe', 'give exactly one of command, http or tcp');
  }
  if (h.command !== undefined && (!Array.isArray(h.command) || h.command.length === 0)) {
    p.add('healthCheck.command', h.command, 'is empty', 'give the program and its arguments as a list');
  }
  const portNames = (spec.ports ?? []).map((port) => port.name);
  for (const [kind, probe] of [['http', h.http], ['tcp', h.tcp]] as const) {
    if (probe && !portNames.includes(probe.port)) {
      p.add(`healthCheck.${kind}.port`, probe.port, 'is not a port of this workload', `name one of its ports${portNames.length ? ` (${portNames.join(', ')})` : ''}`);
    }
  }
  if (h.http?.path !== undefined && !h.http.path.startsWith('/')) {
    p.add('healthCheck.http.path', h.http.path, 'does not start with "/"', 'write the path as "/health"');
  }
  for (const [field, min] of [['intervalSeconds', 1], ['timeoutSeconds', 1], ['retries', 1], ['startPeriodSeconds', 0]] as const) {
    const value = h[field];
    if (value !== undefined && !(Number.isInteger(value) && value >= min)) {
      p.add(`healthCheck.${field}`, value, `must be a whole number of at least ${min}`, `use ${min} or more`);
    }
  }
}

function checkRestart(spec: WorkloadSpec, p: Problems) {
  const r = spec.restart;
  if (!r) return;
  if (r.policy !== undefined && !Object.values(RestartPolicy).includes(r.policy)) {
    p.add('restart.policy', r.policy, 'is not a restart policy', `use one of ${Object.values(RestartPolicy).join(', ')}`);
  }
  if (r.maxRetries !== undefined) {
    if (!(Number.isInteger(r.maxRetries) && r.maxRetries >= 0)) {
      p.add('restart.maxRetries', r.maxRetries, 'must be a whole number of 0 or more', 'use 0 or more');
    } else if ((r.policy ?? RestartPolicy.ON_FAILURE) !== RestartPolicy.ON_FAILURE) {
      p.add('restart.maxRetries', r.maxRetries, `only applies to the on-failure policy, not "${r.policy}"`, 'remove maxRetries or use policy "on-failure"');
    }
  }
}
