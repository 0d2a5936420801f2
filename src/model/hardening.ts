import * as net from 'net';
import { isObject, Problems } from './problems';
import { ExtraHostSpec, UlimitSpec, WorkloadSpec } from './workload-spec';

/**
 * Hardening and limits of a workload (issue 12): capabilities, read-only root, sysctls, ulimits,
 * /dev/shm, init, stop grace, extra hosts and log rotation. The names and ranges every target
 * accepts, in one place; validate.ts runs checkHardening, the targets read the helpers.
 */

/** Linux's capabilities (capabilities(7), 0 to 40), as the kernel names them without "CAP_". */
export const LINUX_CAPABILITIES = [
  'CHOWN', 'DAC_OVERRIDE', 'DAC_READ_SEARCH', 'FOWNER', 'FSETID', 'KILL', 'SETGID', 'SETUID', 'SETPCAP',
  'LINUX_IMMUTABLE', 'NET_BIND_SERVICE', 'NET_BROADCAST', 'NET_ADMIN', 'NET_RAW', 'IPC_LOCK', 'IPC_OWNER',
  'SYS_MODULE', 'SYS_RAWIO', 'SYS_CHROOT', 'SYS_PTRACE', 'SYS_PACCT', 'SYS_ADMIN', 'SYS_BOOT', 'SYS_NICE',
  'SYS_RESOURCE', 'SYS_TIME', 'SYS_TTY_CONFIG', 'MKNOD', 'LEASE', 'AUDIT_WRITE', 'AUDIT_CONTROL', 'SETFCAP',
  'MAC_OVERRIDE', 'MAC_ADMIN', 'SYSLOG', 'WAKE_ALARM', 'BLOCK_SUSPEND', 'AUDIT_READ', 'PERFMON', 'BPF',
  'CHECKPOINT_RESTORE',
] as const;

/** Every capability at once, as Docker writes it. */
export const ALL_CAPABILITIES = 'ALL';

/**
 * A capability as every target writes it, "CAP_NET_ADMIN" (or "ALL"), from any case with or
 * without "CAP_"; undefined for a name Linux does not have. Docker stores the CAP_ form since
 * 20.10, so writing it keeps Terraform's state equal to what the engine reports.
 */
export function capabilityName(name: unknown): string | undefined {
  if (typeof name !== 'string') return undefined;
  const upper = name.toUpperCase();
  if (upper === ALL_CAPABILITIES) return ALL_CAPABILITIES;
  const bare = upper.startsWith('CAP_') ? upper.slice(4) : upper;
  return (LINUX_CAPABILITIES as readonly string[]).includes(bare) ? `CAP_${bare}` : undefined;
}

/** The capability names of a list, normalized, first of each only, in the spec's order. */
export function capabilityNames(names: unknown): string[] {
  if (!Array.isArray(names)) return [];
  return [...new Set(names.map(capabilityName).filter((c): c is string => c !== undefined))];
}

// What the targets write: well-formed entries only, in a stable order. Malformed ones are
// reported by checkHardening and never synthesized, so a bad spec cannot crash the synthesis.

/** Sysctls with string values, sorted by name. */
export function sysctlEntries(sysctls: unknown): Array<[string, string]> {
  if (!isObject(sysctls)) return [];
  return Object.entries(sysctls).filter((e): e is [string, string] => typeof e[1] === 'string').sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Ulimits with a known name and numbers, the first of each name, sorted by name. */
export function ulimitList(ulimits: unknown): UlimitSpec[] {
  if (!Array.isArray(ulimits)) return [];
  const known = ulimits.filter((u): u is UlimitSpec => isObject(u) && isUlimitName(u.name) && typeof u.soft === 'number' && typeof u.hard === 'number');
  return known.filter((u, i) => known.findIndex((o) => o.name === u.name) === i).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Extra hosts with string host and ip, in the spec's order (the first of a name is the one lookups find). */
export function extraHostList(hosts: unknown): ExtraHostSpec[] {
  if (!Array.isArray(hosts)) return [];
  return hosts.filter((h): h is ExtraHostSpec => isObject(h) && typeof h.host === 'string' && typeof h.ip === 'string').map((h) => ({ host: h.host, ip: h.ip }));
}

/**
 * The sysctls Docker (runc) lets a container set: those of the container's own IPC and network
 * namespaces. Every other one is the kernel's, shared with the host, and refused.
 */
const NAMESPACED_SYSCTL = /^(net\.|fs\.mqueue\.|kernel\.(msgmax|msgmnb|msgmni|sem|shmall|shmmax|shmmni|shm_rmid_forced)$)/;
export const NAMESPACED_SYSCTLS_TEXT = 'net.*, fs.mqueue.*, kernel.msgmax, kernel.msgmnb, kernel.msgmni, kernel.sem, kernel.shmall, kernel.shmmax, kernel.shmmni, kernel.shm_rmid_forced';

export function isNamespacedSysctl(name: string): boolean {
  return NAMESPACED_SYSCTL.test(name);
}

/** True for a well-formed sysctl name (others are reported as such, not as out of a namespace). */
export function isSysctlName(name: string): boolean {
  return SYSCTL_NAME.test(name);
}

/** A sysctl name as /proc/sys spells it with dots: "net.core.somaxconn", "net.ipv4.conf.eth0.rp_filter". */
const SYSCTL_NAME = /^[a-z0-9_]+(\.[A-Za-z0-9_-]+)+$/;
/** A sysctl value: printable ASCII, no leading or trailing blank (sysctl.d strips them); "4096 87380 6291456" is one. */
const SYSCTL_VALUE = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;

/** Resource limits Docker's --ulimit knows (go-units), each with systemd's Limit*= setting of the same meaning. */
export const ULIMITS: { readonly [name: string]: string } = {
  core: 'LimitCORE', cpu: 'LimitCPU', data: 'LimitDATA', fsize: 'LimitFSIZE', locks: 'LimitLOCKS', memlock: 'LimitMEMLOCK',
  msgqueue: 'LimitMSGQUEUE', nice: 'LimitNICE', nofile: 'LimitNOFILE', nproc: 'LimitNPROC', rss: 'LimitRSS', rtprio: 'LimitRTPRIO',
  rttime: 'LimitRTTIME', sigpending: 'LimitSIGPENDING', stack: 'LimitSTACK',
};

/** A name of ULIMITS itself, not of Object's prototype ("constructor" is no limit). */
export function isUlimitName(name: unknown): name is string {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(ULIMITS, name);
}

/** A ulimit value that means no limit (RLIM_INFINITY), as Docker writes it. */
export const UNLIMITED = -1;

/** Linux refuses more open files than fs.nr_open (1048576 unless raised) and refuses "unlimited" for nofile. */
export const NOFILE_MAX = 1048576;

export const HARDENING_LIMITS = {
  /** Largest ulimit value: exact in every destination (Terraform numbers, JSON, setrlimit's 64 bits). */
  ulimit: Number.MAX_SAFE_INTEGER,
  /** A log file's size in MiB: 1 GiB, more than any rotation needs. */
  logMaxSizeMiB: 1024,
  /** Rotated log files kept. */
  logMaxFiles: 100,
  /** Longest stop grace: one hour. */
  stopGraceSeconds: 3600,
} as const;

/** A host name of /etc/hosts: DNS labels separated by dots, 253 characters at most. */
const HOST_NAME = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

/** A ulimit value as systemd's Limit*= and Docker's --ulimit write it. */
export function ulimitValue(n: number, systemd: boolean): string {
  return n === UNLIMITED ? (systemd ? 'infinity' : '-1') : String(n);
}

const fieldOf = (base: string, key: string) => (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(key) ? base : `${base}.${key}`);

/** Target-neutral checks of the hardening fields; the targets add what only they refuse. */
export function checkHardening(spec: WorkloadSpec, p: Problems, checkWhole: (field: string, value: unknown, min: number, max: number, unit: string) => boolean): void {
  checkCapabilities(spec, p);
  for (const field of ['readOnlyRootFilesystem', 'init'] as const) {
    const v = spec[field];
    if (v !== undefined && typeof v !== 'boolean') p.add(field, v, 'is not true or false', `write ${field}: true or false`);
  }
  checkSysctls(spec, p);
  checkUlimits(spec, p, checkWhole);
  checkWhole('shmSizeMiB', spec.shmSizeMiB, 1, 16 * 1024 * 1024, 'MiB');
  checkWhole('stopGraceSeconds', spec.stopGraceSeconds, 1, HARDENING_LIMITS.stopGraceSeconds, 'seconds');
  checkExtraHosts(spec, p);
  const log = spec.logging;
  if (log !== undefined) {
    if (!isObject(log)) {
      p.add('logging', log, 'is not an object', 'write it as { maxSizeMiB: 10, maxFiles: 3 }');
    } else {
      checkWhole('logging.maxSizeMiB', log.maxSizeMiB, 1, HARDENING_LIMITS.logMaxSizeMiB, 'MiB');
      checkWhole('logging.maxFiles', log.maxFiles, 1, HARDENING_LIMITS.logMaxFiles, 'files');
    }
  }
}

function checkCapabilities(spec: WorkloadSpec, p: Problems) {
  const lists: Array<['capAdd' | 'capDrop', unknown]> = [['capAdd', spec.capAdd], ['capDrop', spec.capDrop]];
  const seen = new Map<string, string>();
  for (const [field, list] of lists) {
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      p.add(field, list, 'is not a list', 'give a list of capability names, e.g. ["NET_ADMIN"]');
      continue;
    }
    list.forEach((name, i) => {
      const at = `${field}[${i}]`;
      const cap = capabilityName(name);
      if (cap === undefined) {
        if (typeof name === 'string' && /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(name)) {
          p.add(at, name, 'contains a line break or control character, and is not a Linux capability', 'write the capability\'s name, e.g. "NET_ADMIN"');
        } else {
          p.add(at, name, 'is not a Linux capability', 'use a name from capabilities(7), with or without "CAP_" (e.g. "NET_ADMIN" or "CAP_NET_ADMIN"), or "ALL"');
        }
        return;
      }
      const before = seen.get(cap);
      if (before === field) {
        p.add(at, name, `is listed twice in ${field}`, 'list each capability once');
      } else if (before) {
        p.add(at, name, `is in both ${before} and ${field}, which contradict each other`, 'keep it in one of them');
      } else {
        seen.set(cap, field);
      }
    });
  }
}

function checkSysctls(spec: WorkloadSpec, p: Problems) {
  const sysctls = spec.sysctls;
  if (sysctls === undefined) return;
  if (!isObject(sysctls)) {
    p.add('sysctls', sysctls, 'is not a map of sysctl names to values', 'write it as { "net.core.somaxconn": "1024" }');
    return;
  }
  for (const [name, value] of Object.entries(sysctls)) {
    const field = fieldOf('sysctls', name);
    if (!SYSCTL_NAME.test(name)) {
      p.add(field, name, 'is not a sysctl name', 'write it with dots as sysctl -a lists it, e.g. "net.core.somaxconn"');
    }
    if (typeof value !== 'string') {
      p.add(field, value, 'is not a string', `write the value quoted, e.g. "${String(value)}"`);
    } else if (!SYSCTL_VALUE.test(value)) {
      p.add(field, value, 'is not a sysctl value (printable ASCII, without leading or trailing blanks, not empty)', 'write it as sysctl prints it, e.g. "1024" or "4096 87380 6291456"');
    }
  }
}

/** Each object of a list field with its path; not a list, or an item not an object, is reported with `example`. */
function eachObject(p: Problems, field: string, list: unknown, example: string, visit: (item: { [k: string]: unknown }, at: string) => void) {
  if (list === undefined) return;
  if (!Array.isArray(list)) {
    p.add(field, list, 'is not a list', `give a list of ${example}`);
    return;
  }
  list.forEach((item, i) => {
    const at = `${field}[${i}]`;
    if (isObject(item)) visit(item, at);
    else p.add(at, item, 'is not an object', `write it as ${example}`);
  });
}

function checkUlimits(spec: WorkloadSpec, p: Problems, checkWhole: (field: string, value: unknown, min: number, max: number, unit: string) => boolean) {
  const names = new Set<unknown>();
  eachObject(p, 'ulimits', spec.ulimits, '{ name: "nofile", soft: 1024, hard: 4096 }', (u, f) => {
    if (!isUlimitName(u.name)) {
      p.add(`${f}.name`, u.name, 'is not a resource limit', `use one of ${Object.keys(ULIMITS).join(', ')}`);
    } else if (names.has(u.name)) {
      p.add(`${f}.name`, u.name, 'is limited twice', 'give each limit once');
    }
    names.add(u.name);
    const nofile = u.name === 'nofile';
    const max = nofile ? NOFILE_MAX : HARDENING_LIMITS.ulimit;
    // Linux refuses more open files than fs.nr_open, and "unlimited" for nofile.
    const unit = nofile ? 'files' : 'bytes, seconds or counts (-1 is unlimited)';
    const ok = (['soft', 'hard'] as const).map((k) => {
      if (u[k] === undefined) p.add(`${f}.${k}`, undefined, 'is missing', `give the ${k} limit as a whole number of ${unit}`);
      return u[k] !== undefined && checkWhole(`${f}.${k}`, u[k], nofile ? 0 : UNLIMITED, max, unit);
    });
    const inf = (n: unknown) => (n === UNLIMITED ? Infinity : n as number);
    if (ok[0] && ok[1] && inf(u.soft) > inf(u.hard)) {
      p.add(`${f}.soft`, u.soft, `is above the hard limit ${u.hard}`, 'make soft at most hard: a process can raise its soft limit up to the hard one, never beyond');
    }
  });
}

function checkExtraHosts(spec: WorkloadSpec, p: Problems) {
  const seen = new Set<string>();
  eachObject(p, 'extraHosts', spec.extraHosts, '{ host: "db.internal", ip: "10.0.0.5" }', (h, f) => {
    if (typeof h.host !== 'string' || !HOST_NAME.test(h.host)) {
      p.add(`${f}.host`, h.host, 'is not a host name', 'use letters, digits and hyphens in dot-separated labels of at most 63 characters, e.g. "db.internal"');
    }
    // No zone ("%eth0"): /etc/hosts and Docker's --add-host take plain addresses.
    if (typeof h.ip !== 'string' || net.isIP(h.ip) === 0 || h.ip.includes('%')) {
      p.add(`${f}.ip`, h.ip, 'is not an IPv4 or IPv6 address', 'write an address such as "10.0.0.5" or "fd00::5"');
    }
    const key = `${String(h.host).toLowerCase()} ${String(h.ip)}`;
    if (seen.has(key)) p.add(f, `${h.host} ${h.ip}`, 'is listed twice', 'list each entry once');
    seen.add(key);
  });
}
