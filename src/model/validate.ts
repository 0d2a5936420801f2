import * as path from 'path';
import { HybridVmSpec } from './app-spec';
import { CONFIG_FILE_LIMITS } from './config-files';
import { DEFAULTS } from './defaults';
import { isObject, Problems } from './problems';
import { WorkloadTarget } from './target';
import { parseCron } from './cron';
import { checkHardening, isSysctlName } from './hardening';
import {
  DependencyCondition, EndpointMode, OperatingSystem, Protocol, PublishMode, RestartPolicy, Risk, UpdateFailureAction, UpdateOrder, VmSpec, WorkloadSpec,
} from './workload-spec';

/** Workload and volume names: valid as Docker container and libvirt domain/volume names and as DNS labels. */
export const NAME_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;
/** Port names, as IANA service names. */
export const PORT_NAME_PATTERN = /^[a-z][a-z0-9-]{0,14}$/;
/** Environment variable names that every shell and systemd accept. */
export const ENV_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Terraform variable names usable as TF_VAR_<name>. */
export const VARIABLE_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Names Terraform refuses for a variable (its own meta-arguments and block types). */
export const RESERVED_VARIABLE_NAMES = ['count', 'depends_on', 'for_each', 'lifecycle', 'locals', 'providers', 'source', 'version'];
/** Docker's minimum memory limit. */
export const DOCKER_MIN_MEMORY_MIB = 6;
/** The longest DNS label, and so the longest host name a workload's containers and VMs may get. */
export const MAX_HOST_NAME_LENGTH = 63;

/**
 * Upper bounds of the numeric fields: far above any real workload, low enough that every
 * destination (Docker's int64 bytes and nanoseconds, libvirt's KiB, Terraform's numbers) holds the
 * value exactly and that a typo such as `cpus: 1e9` is an error instead of a billion vCPUs.
 */
export const SPEC_LIMITS = {
  /** CPU cores (or vCPUs) of one workload or VM. */
  cpus: 256,
  /** Memory in MiB of one workload, tmpfs or VM (16 TiB). */
  memoryMiB: 16 * 1024 * 1024,
  /** A disk or volume in GiB: 1 PiB. */
  diskGiB: 1024 * 1024,
  /** Containers of one workload. */
  replicas: 1000,
  /** Health check intervals, timeouts and start periods: one day. */
  seconds: 24 * 60 * 60,
  /** Health check retries and restart maxRetries. */
  retries: 1000,
} as const;

// Docker's reference grammar: [registry[:port]/]path[:tag][@digest], lowercase path components.
const DOMAIN = '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?/)?';
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const TAG = '(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?';
const DIGEST = '(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?';
export const IMAGE_PATTERN = new RegExp(`^${DOMAIN}${COMPONENT}(?:/${COMPONENT})*${TAG}${DIGEST}$`);

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
/** URL schemes (RFC 3986), lowercase as endpoints write them. */
const URL_SCHEME_PATTERN = /^[a-z][a-z0-9+.-]*$/;
/** An absolute URL path with an optional query: RFC 3986 pchar, "/" and "?", and well-formed %XX escapes. */
const URL_PATH_PATTERN = /^\/(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*$/;
/** Linux user and group names as useradd accepts them by default. */
const LINUX_NAME_PATTERN = /^[a-z_][a-z0-9_-]{0,31}$/;
/** A uid or gid: 0 to 4294967294 (2^32 - 1 means "no id"). */
const LINUX_ID_PATTERN = /^(0|[1-9][0-9]{0,9})$/;
/** Docker and OCI label keys: reverse-DNS style names. */
const LABEL_KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
/** What a mount path must not hold: Docker's bind syntax splits on ":" and ",", fstab on whitespace. */
const MOUNT_PATH_FORBIDDEN = /[\s\\:,]/;

/** C0 and C1 control characters (DEL included) and the Unicode line and paragraph separators. */
const LINE_BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** True unless `value` is a string with a line break or control character. */
export function fitsOnOneLine(value: unknown): boolean {
  return typeof value !== 'string' || !LINE_BREAKING.test(value);
}

/** `U+000A` */
export function codePointName(c: string): string {
  return `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A long value is shown as the part around `index`, so a message stays one readable line. */
function around(value: string, index: number): string {
  if (value.length <= 60) return value;
  const start = Math.max(0, index - 20);
  const end = Math.min(value.length, index + 20);
  return `${start > 0 ? '…' : ''}${value.slice(start, end)}${end < value.length ? '…' : ''}`;
}

/**
 * Reports a string that holds a line break or another control character, which no single-line
 * destination (a Docker flag, a systemd setting, a YAML scalar of cloud-config, a label) can hold.
 * True when the value is fine (or not a string: the type is someone else's check). `role` starts
 * the sentence, e.g. "is a key that ".
 */
export function checkOneLine(p: Problems, field: string, value: unknown, role = ''): boolean {
  if (typeof value !== 'string') return true;
  const m = LINE_BREAKING.exec(value);
  if (!m) return true;
  p.add(field, around(value, m.index), `${role}contains a line break or control character (${codePointName(m[0])}), which no target can hold on one line`, 'remove it');
  return false;
}

/** Reports a NUL character, which no destination can carry: C strings, the environment and cloud-init's files end at it. */
function checkNoNul(p: Problems, field: string, value: unknown): boolean {
  if (typeof value !== 'string') return true;
  const i = value.indexOf('\u0000');
  if (i < 0) return true;
  p.add(field, around(value, i), 'contains a NUL character (U+0000), which no target can carry (programs, environments and files end a string there)', 'remove it');
  return false;
}

/** U+FEFF or a Unicode noncharacter (U+FDD0–U+FDEF, U+xxFFFE, U+xxFFFF), which systemd refuses in environment files. */
function refusedByEnvFiles(value: string): { char: string; index: number } | undefined {
  let index = 0;
  for (const char of value) {
    const c = char.codePointAt(0)!;
    if (c === 0xfeff || (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) === 0xfffe) return { char, index };
    index += char.length;
  }
  return undefined;
}

/**
 * The checks of a whole number: finite, whole, from `min` to `max`. `tooLow` replaces the message
 * for a whole number below `min`. True when it passes (or is unset).
 */
export function checkWhole(p: Problems, field: string, value: unknown, min: number, max: number, unit: string, tooLow?: () => void): boolean {
  if (value === undefined) return true;
  const fix = `use a whole number of ${unit} from ${min} to ${max}`;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    p.add(field, value, 'is not a finite number', fix);
  } else if (!Number.isInteger(value)) {
    p.add(field, value, 'is not a whole number', fix);
  } else if (value < min) {
    if (tooLow) tooLow();
    else p.add(field, value, `is less than ${min}`, fix);
  } else if (value > max) {
    p.add(field, value, `is more than ${max}`, fix);
  } else {
    return true;
  }
  return false;
}

/** Target-neutral checks of one spec. Checks that need the whole stack live in the targets layer. */
/**
 * Spec fields that are in the model but that no target honours yet: each is refused on every
 * target until the targets implement it, so that none is silently dropped.
 */
export const NOT_YET: Array<[string, (s: WorkloadSpec) => boolean]> = [];

function checkNotYet(spec: WorkloadSpec, p: Problems) {
  for (const [field, used] of NOT_YET) {
    if (used(spec)) p.add(field, undefined, 'is not honoured by any target of this version yet', 'remove it');
  }
}

export function validateSpec(spec: WorkloadSpec): string[] {
  const p = new Problems(spec.name);
  checkName(spec, p);
  if (spec.image !== undefined && checkOneLine(p, 'image', spec.image) && (typeof spec.image !== 'string' || !IMAGE_PATTERN.test(spec.image))) {
    p.add('image', spec.image, 'is not a valid image reference', 'write it as [registry/]repository[:tag][@sha256:digest] with a lowercase repository, e.g. "nginx:1.27"');
  }
  checkCommands(spec, p);
  checkEnv(spec, p);
  checkPorts(spec, p);
  checkMounts(spec, p);
  checkResources(spec, p);
  checkHealthCheck(spec, p);
  checkRestart(spec, p);
  checkUpdate(spec, p);
  if (spec.os !== undefined && !Object.values(OperatingSystem).includes(spec.os)) {
    p.add('os', spec.os, 'is not a known operating system', `use one of ${Object.values(OperatingSystem).join(', ')}`);
  }
  if (spec.target !== undefined && !Object.values(WorkloadTarget).includes(spec.target)) {
    p.add('target', spec.target, 'is not a target', `use one of ${Object.values(WorkloadTarget).join(', ')}`);
  }
  (Array.isArray(spec.acceptRisks) ? spec.acceptRisks : []).forEach((risk, i) => {
    if (!Object.values(Risk).includes(risk)) p.add(`acceptRisks[${i}]`, risk, 'is not a risk the library warns about', `use one of ${Object.values(Risk).join(', ')}`);
  });
  checkUser(spec, p);
  if (spec.workingDir !== undefined && checkOneLine(p, 'workingDir', spec.workingDir)) {
    if (!path.posix.isAbsolute(spec.workingDir)) {
      p.add('workingDir', spec.workingDir, 'is not an absolute path', 'start it with "/"');
    } else if (Buffer.byteLength(spec.workingDir) > 4095) {
      p.add('workingDir', spec.workingDir, 'is longer than the 4095 bytes a path can have', 'use a shorter path');
    } else if (/\\|^\s|\s$/.test(spec.workingDir) || spec.workingDir.split('/').some((part, i, all) => part === '.' || part === '..' || (part === '' && i > 0 && i < all.length - 1))) {
      // systemd refuses unnormalized paths, strips surrounding blanks, and reads a trailing "\" as a continuation.
      p.add('workingDir', spec.workingDir, 'is not a normalized path (no ".", "..", "//", backslash, or leading or trailing blank)', `write it as ${JSON.stringify(path.posix.normalize(spec.workingDir.trim()).replace(/\\/g, '/'))}`);
    }
  }
  checkLabels(spec, p);
  checkNetworks(spec, p);
  (spec.dependsOn ?? []).forEach((dep, i) => {
    if (!checkOneLine(p, `dependsOn[${i}]`, dep)) return;
    if (dep === spec.name) p.add(`dependsOn[${i}]`, dep, 'is the workload itself', 'remove it');
  });
  checkDependencyConditions(spec, p);
  checkJob(spec, p);
  checkNative(spec, p);
  checkHardening(spec, p, (field, value, min, max, unit) => checkWhole(p, field, value, min, max, unit));
  checkNotYet(spec, p);
  checkEveryString(spec, p);
  return p.all;
}

/** Network names: DNS-label-like, short enough for a Docker network name under a host's name prefix. */
export const NETWORK_NAME_PATTERN = /^[a-z][a-z0-9-]{0,30}$/;

/** True for a valid network name (invalid ones are reported by validation and not synthesized). */
export function isNetworkName(name: unknown): name is string {
  return typeof name === 'string' && NETWORK_NAME_PATTERN.test(name);
}

function checkNetworks(spec: WorkloadSpec, p: Problems) {
  if (spec.networks === undefined) return;
  if (!Array.isArray(spec.networks) || spec.networks.length === 0) {
    p.add('networks', spec.networks, 'names no network, and a workload on none could reach nothing and be reached by nothing',
      `name at least one, or leave networks unset for the app's one network "${DEFAULTS.network}"`);
    return;
  }
  const seen = new Set<string>();
  spec.networks.forEach((name, i) => {
    if (!checkOneLine(p, `networks[${i}]`, name)) return;
    if (!isNetworkName(name)) {
      p.add(`networks[${i}]`, name, 'is not a valid network name', 'use 1-31 lowercase letters, digits and hyphens, starting with a letter');
    } else if (seen.has(name)) {
      p.add(`networks[${i}]`, name, 'is listed twice', 'list each network once');
    }
    seen.add(name);
  });
}

/** cdktf's token markers in a string: a spec value holding one would be resolved, not kept. */
const TOKEN_MARKER = /[$#&]\{TfToken\[/;
/** U+FEFF and the Unicode noncharacters: Terraform drops a leading BOM, systemd and YAML refuse noncharacters. */
const NEVER_TEXT = /[\ufeff\ufdd0-\ufdef\ufffe\uffff]|[\ud83f\ud87f\ud8bf\ud8ff\ud93f\ud97f\ud9bf\ud9ff\uda3f\uda7f\udabf\udaff\udb3f\udb7f\udbbf\udbff][\udffe\udfff]/;

/**
 * Rules for every string of a spec, wherever it lands: no cdktf token marker (cdktf would resolve
 * it), no U+FEFF or noncharacter (Terraform, systemd or YAML would drop or refuse it), and Unicode
 * NFC (Terraform normalizes every string to NFC, so another form would not arrive as written).
 */
function checkEveryString(spec: WorkloadSpec, p: Problems): void {
  const visit = (value: unknown, field: string) => {
    if (typeof value === 'string') {
      const fix = 'spec values are data: write the text without it';
      if (TOKEN_MARKER.test(value)) p.add(field, value, 'contains a cdktf token marker ("${TfToken[", "#{TfToken[" or "&{TfToken["), which cdktf would replace', fix);
      // Env values have their own check for these (environment files), reported once there.
      const never = field.startsWith('env.') ? null : NEVER_TEXT.exec(value);
      if (never) p.add(field, value, `contains ${codePointName(String.fromCodePoint(never[0].codePointAt(0)!))}, a byte-order mark or Unicode noncharacter that Terraform, systemd or YAML drop or refuse`, fix);
      else if (value.normalize('NFC') !== value) p.add(field, value, 'is not in Unicode normal form C, which Terraform converts every string to', 'write it composed (NFC), e.g. "é" as one character');
      // Terraform's template parser stops undoing "$${" and "%%{" escapes after a lone CR.
      if (/\r(?!\n)/.test(value) && /[$%]\{/.test(value)) p.add(field, value, 'holds a carriage return without a line feed together with "${" or "%{", which Terraform\'s template parser then misreads', 'use "\\n" or "\\r\\n" line endings');
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, `${field}[${i}]`));
    } else if (value !== null && typeof value === 'object') {
      // Keys (env names, label keys) have ASCII patterns of their own; a value under a key that
      // fails its pattern is reported with the key alone.
      for (const [k, v] of Object.entries(value)) {
        if (field === 'labels' && !LABEL_KEY_PATTERN.test(k)) continue;
        if ((field === 'env' || field === 'secretEnv') && !ENV_NAME_PATTERN.test(k)) continue;
        if (field === 'sysctls' && !isSysctlName(k)) continue;
        visit(v, field ? `${field}.${k}` : k);
      }
    }
  };
  visit(spec, '');
}

function checkName(spec: WorkloadSpec, p: Problems) {
  if (typeof spec.name !== 'string' || !NAME_PATTERN.test(spec.name)) {
    p.add('name', spec.name, 'is not a valid workload name', 'use 1-63 lowercase letters, digits and hyphens, starting with a letter or digit');
    return;
  }
  // Containers are named `<name>-<replica>` (host name and DNS alias); each must fit in a DNS label.
  const replicas = spec.replicas ?? DEFAULTS.replicas;
  if (!Number.isInteger(replicas) || replicas < 1 || replicas > SPEC_LIMITS.replicas) return;
  const longest = `${spec.name}-${replicas}`;
  if (longest.length > MAX_HOST_NAME_LENGTH) {
    const allowed = MAX_HOST_NAME_LENGTH - 1 - String(replicas).length;
    p.add('name', spec.name, `(${spec.name.length} characters) gives the host name "${longest}" (${longest.length} characters), longer than the ${MAX_HOST_NAME_LENGTH} a DNS name may have`,
      `shorten the name to at most ${allowed} characters`);
  }
}

function checkCommands(spec: WorkloadSpec, p: Problems) {
  for (const field of ['entrypoint', 'command', 'args'] as const) {
    const list = spec[field];
    if (Array.isArray(list)) list.forEach((arg, i) => checkNoNul(p, `${field}[${i}]`, arg));
  }
}

/** `env.NAME`, or just `env` when the name itself could not stand on one line of a message. */
function keyField(base: string, key: string): string {
  return LINE_BREAKING.test(key) ? base : `${base}.${key}`;
}

function checkEnv(spec: WorkloadSpec, p: Problems) {
  for (const [name, value] of Object.entries(spec.env ?? {})) {
    const field = keyField('env', name);
    if (!ENV_NAME_PATTERN.test(name)) {
      p.add(field, name, 'is not a valid environment variable name', 'use letters, digits and underscores, not starting with a digit');
    }
    // Line breaks in values are legal here; the targets that write env files say what they can hold.
    if (!checkNoNul(p, field, value) || typeof value !== 'string') continue;
    const refused = refusedByEnvFiles(value);
    if (refused) {
      p.add(field, around(value, refused.index), `contains ${codePointName(refused.char)}, a byte order mark or Unicode noncharacter, which systemd's environment files refuse`, 'remove it');
    }
  }
  for (const [name, variable] of Object.entries(spec.secretEnv ?? {})) {
    const field = keyField('secretEnv', name);
    if (!ENV_NAME_PATTERN.test(name)) {
      p.add(field, name, 'is not a valid environment variable name', 'use letters, digits and underscores, not starting with a digit');
    }
    if (spec.env && name in spec.env) {
      p.add(field, name, 'is also set in env', 'set each variable in env or in secretEnv, not both');
    }
    if (typeof variable !== 'string' || !VARIABLE_NAME_PATTERN.test(variable)) {
      p.add(field, variable, 'is not a valid Terraform variable name', 'use letters, digits and underscores, not starting with a digit');
    } else if (RESERVED_VARIABLE_NAMES.includes(variable)) {
      p.add(field, variable, 'is a name Terraform reserves and refuses for a variable', `pick another name, e.g. "${variable}_secret"`);
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
    checkEnum(p, `${f}.publishMode`, port.publishMode, PublishMode, 'publish mode');
    if (port.bindAddress !== undefined && checkOneLine(p, `${f}.bindAddress`, port.bindAddress)
      && !IPV4.test(port.bindAddress) && !/^[0-9a-fA-F:]+$/.test(port.bindAddress)) {
      p.add(`${f}.bindAddress`, port.bindAddress, 'is not an IP address', 'use an IPv4 or IPv6 address of the host, e.g. "127.0.0.1"');
    }
    if (port.urlScheme !== undefined && checkOneLine(p, `${f}.urlScheme`, port.urlScheme)
      && (typeof port.urlScheme !== 'string' || !URL_SCHEME_PATTERN.test(port.urlScheme))) {
      p.add(`${f}.urlScheme`, port.urlScheme, 'is not a URL scheme', 'use a lowercase letter followed by lowercase letters, digits, "+", "." or "-", e.g. "http" or "postgres"');
    }
  });
}

function checkMounts(spec: WorkloadSpec, p: Problems) {
  const mounted = new Map<string, string>();
  const claim = (field: string, mountPath: unknown) => {
    if (!checkOneLine(p, field, mountPath)) return;
    if (typeof mountPath !== 'string' || !path.posix.isAbsolute(mountPath)) {
      p.add(field, mountPath, 'is not an absolute path', 'start the mount path with "/"');
      return;
    }
    const forbidden = MOUNT_PATH_FORBIDDEN.exec(mountPath);
    if (forbidden) {
      p.add(field, mountPath, `contains ${forbidden[0] === ' ' ? 'a space' : /\s/.test(forbidden[0]) ? `whitespace (${codePointName(forbidden[0])})` : `"${forbidden[0]}"`}`,
        'use a path without whitespace, "\\", ":" or "," (Docker\'s mount syntax splits on ":" and ",", and fstab cannot hold whitespace)');
      return;
    }
    const long = mountPath.split('/').find((part) => Buffer.byteLength(part) > 255);
    if (long !== undefined || Buffer.byteLength(mountPath) > 4095) {
      p.add(field, long === undefined ? mountPath : `…${long.slice(0, 40)}…`, long === undefined ? 'is longer than the 4095 bytes a path can have' : `has a name of ${Buffer.byteLength(long)} bytes, more than the 255 a file system holds`,
        'use shorter names');
      return;
    }
    const normal = path.posix.normalize(mountPath).replace(/(.)\/$/, '$1');
    if (normal === '/') {
      p.add(field, mountPath, 'is the root directory, which a volume or tmpfs cannot be mounted over', 'mount it at a directory such as "/data"');
      return;
    }
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
    checkWhole(p, `${f}.sizeGiB`, v.sizeGiB, 1, SPEC_LIMITS.diskGiB, 'GiB');
  });
  (spec.tmpfs ?? []).forEach((t, i) => {
    claim(`tmpfs[${i}].mountPath`, t.mountPath);
    checkWhole(p, `tmpfs[${i}].sizeMiB`, t.sizeMiB, 1, SPEC_LIMITS.memoryMiB, 'MiB');
  });
  checkConfigFiles(spec, p, claim, mounted);
}

/** Permission bits of a config file: three octal digits, optionally after a 0, no special bits. */
const CONFIG_FILE_MODE = /^0?[0-7]{3}$/;

/**
 * Config files: exactly one of content and source, an octal mode without write bits, and a
 * normalized mount path that no volume, tmpfs or other config file mounts at, above or below
 * (a file cannot hold a mount, and one under a volume would be hidden by it or written into it).
 */
function checkConfigFiles(spec: WorkloadSpec, p: Problems, claim: (field: string, mountPath: unknown) => void, mounted: Map<string, string>) {
  const files = spec.configFiles;
  if (files === undefined) return;
  if (!Array.isArray(files)) {
    p.add('configFiles', files, 'is not a list', 'give a list of { mountPath, content | source, mode }');
    return;
  }
  const own: Array<[string, string]> = [];
  files.forEach((f, i) => {
    const field = `configFiles[${i}]`;
    if (f === null || typeof f !== 'object') {
      p.add(field, f, 'is not an object', 'give { mountPath, content | source, mode }');
      return;
    }
    const before = p.all.length;
    claim(`${field}.mountPath`, f.mountPath);
    if (p.all.length === before && typeof f.mountPath === 'string') {
      const normal = path.posix.normalize(f.mountPath);
      if (normal !== f.mountPath || f.mountPath.endsWith('/')) {
        p.add(`${field}.mountPath`, f.mountPath, 'is not a normalized path to a file (no ".", "..", "//" or trailing "/")', `write it as ${JSON.stringify(normal.replace(/(.)\/$/, '$1'))}`);
      } else {
        own.push([f.mountPath, field]);
      }
    }
    if ((f.content === undefined) === (f.source === undefined)) {
      p.add(field, undefined, f.content === undefined ? 'sets neither content nor source' : 'sets both content and source', 'give exactly one: the text as content, or the path of a file as source');
    }
    if (f.content !== undefined) {
      if (typeof f.content !== 'string') {
        p.add(`${field}.content`, f.content, 'is not a string', 'give the file\'s text');
      } else if (checkNoNul(p, `${field}.content`, f.content) && Buffer.byteLength(f.content) > CONFIG_FILE_LIMITS.bytes) {
        p.add(`${field}.content`, `${f.content.slice(0, 40)}…`, `has ${Buffer.byteLength(f.content)} bytes, more than the ${CONFIG_FILE_LIMITS.bytes} (1 MiB) a config file may have`, 'keep data in a volume, not a config file');
      }
    }
    if (f.source !== undefined && checkOneLine(p, `${field}.source`, f.source) && (typeof f.source !== 'string' || f.source.trim() === '')) {
      p.add(`${field}.source`, f.source, 'is not a path', 'give the path of a file, relative to the app file or the working directory');
    }
    if (f.mode !== undefined && checkOneLine(p, `${field}.mode`, f.mode)) {
      if (typeof f.mode !== 'string' || !CONFIG_FILE_MODE.test(f.mode)) {
        p.add(`${field}.mode`, f.mode, 'is not an octal mode of three digits', 'write it as a string like "0444" or "0440"');
      } else if (/[2367]/.test(f.mode.slice(-3))) {
        p.add(`${field}.mode`, f.mode, 'lets the file be written, but a config file is mounted read-only', 'drop the write bits, e.g. "0444" or "0440"');
      }
    }
  });
  // Nested mounts: a config file below or above any other mount (equal paths are reported by claim).
  for (const [file, field] of own) {
    for (const [other, owner] of mounted) {
      if (other === file || owner === field) continue;
      if (file.startsWith(`${other}/`)) {
        p.add(`${field}.mountPath`, file, `is inside ${owner}'s mount path ${JSON.stringify(other)}`, 'mount the config file outside every volume and tmpfs (the mount would hide it, or it would be written into the volume)');
      } else if (other.startsWith(`${file}/`)) {
        p.add(`${field}.mountPath`, file, `is a directory of ${owner}'s mount path ${JSON.stringify(other)}, but a config file is a file`, 'mount them at paths that do not contain each other');
      }
    }
  }
}

function checkResources(spec: WorkloadSpec, p: Problems) {
  const cpus = spec.cpus;
  if (cpus !== undefined) {
    if (typeof cpus !== 'number' || !Number.isFinite(cpus)) {
      p.add('cpus', cpus, 'is not a finite number', `give the CPU limit in cores, more than 0 and at most ${SPEC_LIMITS.cpus}, e.g. 0.5 or 2`);
    } else if (cpus <= 0) {
      p.add('cpus', cpus, 'must be more than 0', 'give the CPU limit in cores, e.g. 0.5 or 2');
    } else if (cpus > SPEC_LIMITS.cpus) {
      p.add('cpus', cpus, `is more than ${SPEC_LIMITS.cpus} CPUs`, `give the CPU limit in cores, at most ${SPEC_LIMITS.cpus}, e.g. 0.5 or 2`);
    }
  }
  checkWhole(p, 'memoryMiB', spec.memoryMiB, DOCKER_MIN_MEMORY_MIB, SPEC_LIMITS.memoryMiB, 'MiB',
    () => p.add('memoryMiB', spec.memoryMiB, `is below the minimum of ${DOCKER_MIN_MEMORY_MIB} MiB`, `give at least ${DOCKER_MIN_MEMORY_MIB} MiB as a whole number`));
  checkWhole(p, 'replicas', spec.replicas, 0, SPEC_LIMITS.replicas, 'replicas',
    () => p.add('replicas', spec.replicas, 'must be a whole number of 0 or more', 'use 0 to stop the workload, 1 or more to run it'));
  checkReservations(spec, p);
  checkEnum(p, 'endpointMode', spec.endpointMode, EndpointMode, 'endpoint mode');
}

/** What a scheduler keeps free for a replica: within the workload's own limits. */
function checkReservations(spec: WorkloadSpec, p: Problems) {
  const r = spec.reservations;
  if (r === undefined) return;
  if (!isObject(r)) {
    p.add('reservations', r, 'is not an object', 'write it as { cpus: 0.5, memoryMiB: 256 }');
    return;
  }
  if (r.cpus !== undefined) {
    if (typeof r.cpus !== 'number' || !Number.isFinite(r.cpus) || r.cpus <= 0 || r.cpus > SPEC_LIMITS.cpus) {
      p.add('reservations.cpus', r.cpus, `is not a number of cores more than 0 and at most ${SPEC_LIMITS.cpus}`, 'give the cores to reserve, e.g. 0.5');
    } else if (typeof spec.cpus === 'number' && r.cpus > spec.cpus) {
      p.add('reservations.cpus', r.cpus, `is more than the workload's cpus limit ${spec.cpus}`, 'reserve at most the limit');
    }
  }
  const limit = spec.memoryMiB ?? DEFAULTS.memoryMiB;
  if (checkWhole(p, 'reservations.memoryMiB', r.memoryMiB, 1, SPEC_LIMITS.memoryMiB, 'MiB') && typeof r.memoryMiB === 'number' && typeof limit === 'number' && r.memoryMiB > limit) {
    p.add('reservations.memoryMiB', r.memoryMiB, `is more than the workload's memoryMiB ${limit}, the most it may use`, 'reserve at most memoryMiB');
  }
}

/** A rolling update's settings: counts, seconds and the two choices. */
function checkUpdate(spec: WorkloadSpec, p: Problems) {
  const u = spec.update;
  if (u === undefined) return;
  if (!isObject(u)) {
    p.add('update', u, 'is not an object', 'write it as { parallelism: 1, order: "start-first" }');
    return;
  }
  checkWhole(p, 'update.parallelism', u.parallelism, 0, SPEC_LIMITS.replicas, 'tasks (0 replaces all at once)');
  checkWhole(p, 'update.delaySeconds', u.delaySeconds, 0, SPEC_LIMITS.seconds, 'seconds');
  checkWhole(p, 'update.monitorSeconds', u.monitorSeconds, 1, SPEC_LIMITS.seconds, 'seconds');
  checkEnum(p, 'update.order', u.order, UpdateOrder, 'update order');
  checkEnum(p, 'update.failureAction', u.failureAction, UpdateFailureAction, 'failure action');
}

/** Reports a value that is not one of an enum's. */
function checkEnum(p: Problems, field: string, value: unknown, values: { [member: string]: string }, what: string) {
  if (value !== undefined && !Object.values(values).includes(value as string)) {
    p.add(field, value, `is not a ${what}`, `use one of ${Object.values(values).join(', ')}`);
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
  if (Array.isArray(h.command)) h.command.forEach((arg, i) => checkNoNul(p, `healthCheck.command[${i}]`, arg));
  const portNames = (spec.ports ?? []).map((port) => port.name);
  for (const [kind, probe] of [['http', h.http], ['tcp', h.tcp]] as const) {
    if (probe && !portNames.includes(probe.port)) {
      p.add(`healthCheck.${kind}.port`, probe.port, 'is not a port of this workload', `name one of its ports${portNames.length ? ` (${portNames.join(', ')})` : ''}`);
    }
  }
  const probePath = h.http?.path;
  if (probePath !== undefined && checkOneLine(p, 'healthCheck.http.path', probePath)) {
    if (typeof probePath !== 'string' || !probePath.startsWith('/')) {
      p.add('healthCheck.http.path', probePath, 'does not start with "/"', 'write the path as "/health"');
    } else if (!URL_PATH_PATTERN.test(probePath)) {
      p.add('healthCheck.http.path', probePath, 'is not a URL path',
        'use only letters, digits and -._~!$&\'()*+,;=:@/? in it, and percent-encode anything else as %XX, e.g. "/health?full=1"');
    }
  }
  for (const [field, min, max] of [
    ['intervalSeconds', 1, SPEC_LIMITS.seconds], ['timeoutSeconds', 1, SPEC_LIMITS.seconds],
    ['retries', 1, SPEC_LIMITS.retries], ['startPeriodSeconds', 0, SPEC_LIMITS.seconds],
  ] as const) {
    checkWhole(p, `healthCheck.${field}`, h[field], min, max, field === 'retries' ? 'retries' : 'seconds',
      () => p.add(`healthCheck.${field}`, h[field], `must be a whole number of at least ${min}`, `use ${min} or more`));
  }
}

function checkRestart(spec: WorkloadSpec, p: Problems) {
  const r = spec.restart;
  if (!r) return;
  if (r.policy !== undefined && !Object.values(RestartPolicy).includes(r.policy)) {
    p.add('restart.policy', r.policy, 'is not a restart policy', `use one of ${Object.values(RestartPolicy).join(', ')}`);
  }
  const retriesOk = checkWhole(p, 'restart.maxRetries', r.maxRetries, 0, SPEC_LIMITS.retries, 'retries',
    () => p.add('restart.maxRetries', r.maxRetries, 'must be a whole number of 0 or more', 'use 0 or more'));
  if (r.maxRetries !== undefined && retriesOk && (r.policy ?? RestartPolicy.ON_FAILURE) !== RestartPolicy.ON_FAILURE) {
    p.add('restart.maxRetries', r.maxRetries, `only applies to the on-failure policy, not "${r.policy}"`, 'remove maxRetries or use policy "on-failure"');
  }
  checkWhole(p, 'restart.delaySeconds', r.delaySeconds, 0, SPEC_LIMITS.seconds, 'seconds');
}

/** `name`, `uid`, `name:group` or `uid:gid`, each part a Linux name or a number. */
function checkUser(spec: WorkloadSpec, p: Problems) {
  const user = spec.user;
  if (user === undefined || !checkOneLine(p, 'user', user)) return;
  const part = (s: string) => LINUX_NAME_PATTERN.test(s) || (LINUX_ID_PATTERN.test(s) && Number(s) <= 4294967294);
  const parts = typeof user === 'string' ? user.split(':') : [];
  if (parts.length < 1 || parts.length > 2 || !parts.every(part)) {
    p.add('user', user, 'is not a user name or uid, optionally followed by ":group" or ":gid"',
      'write "name", "uid", "name:group" or "uid:gid" with lowercase Linux names (letters, digits, "_" and "-", at most 32) or numbers, e.g. "www-data" or "1000:1000"');
  }
}

function checkLabels(spec: WorkloadSpec, p: Problems) {
  for (const [key, value] of Object.entries(spec.labels ?? {})) {
    if (key.trim() === '') {
      p.add('labels', key, 'has an empty key', 'give every label a name');
    } else if (!checkOneLine(p, 'labels', key, 'is a key that ')) {
      // reported
    } else if (!LABEL_KEY_PATTERN.test(key)) {
      p.add('labels', key, 'is not a valid label key', 'use letters, digits, ".", "_", "/" and "-", starting with a letter or digit, e.g. "com.example.tier"');
    } else if (key.startsWith('cdktf-workloads.')) {
      p.add('labels', key, 'uses the prefix "cdktf-workloads.", which the library\'s own labels (the workload\'s name) take', 'use your own prefix, e.g. "com.example.tier"');
    } else {
      checkOneLine(p, `labels.${key}`, value);
    }
  }
}

function checkDependencyConditions(spec: WorkloadSpec, p: Problems) {
  const conditions = spec.dependencyConditions;
  if (conditions === undefined) return;
  if (!isObject(conditions)) {
    p.add('dependencyConditions', conditions, 'is not a map of workload names to conditions', 'write it as { "db": "healthy" }');
    return;
  }
  const dependsOn = Array.isArray(spec.dependsOn) ? spec.dependsOn : [];
  for (const [name, condition] of Object.entries(conditions)) {
    const field = keyField('dependencyConditions', name);
    if (!dependsOn.includes(name)) {
      if (checkOneLine(p, field, name, 'is a key that ')) {
        p.add(field, undefined, 'names a workload that is not in dependsOn', 'add it to dependsOn, or remove the condition');
      }
    }
    if (!Object.values(DependencyCondition).includes(condition)) {
      p.add(field, condition, 'is not a dependency condition', `use one of ${Object.values(DependencyCondition).join(', ')}`);
    }
  }
}

/**
 * A job runs to completion: what only a long-running service has (a published port, a health
 * check, a restart policy, several replicas) is refused rather than ignored.
 */
function checkJob(spec: WorkloadSpec, p: Problems) {
  const job = spec.job;
  if (job === undefined) return;
  if (!isObject(job)) {
    p.add('job', job, 'is not a job', 'write it as {} to run once, or { "schedule": "30 3 * * *" }');
    return;
  }
  if (job.schedule !== undefined && checkOneLine(p, 'job.schedule', job.schedule)) {
    if (typeof job.schedule !== 'string') {
      p.add('job.schedule', job.schedule, 'is not a cron expression', 'write it as five fields, e.g. "30 3 * * *"');
    } else {
      const parsed = parseCron(job.schedule);
      if ('what' in parsed) p.add('job.schedule', job.schedule, parsed.what, parsed.fix);
    }
  }
  checkWhole(p, 'job.timeoutSeconds', job.timeoutSeconds, 1, SPEC_LIMITS.seconds, 'seconds');
  (Array.isArray(spec.ports) ? spec.ports : []).forEach((port, i) => {
    if (port?.hostPort !== undefined) {
      p.add(`ports[${i}].hostPort`, port.hostPort, 'is published by a job, which runs to completion and is not there to answer', 'remove hostPort (other workloads still reach the port by name while the job runs), or remove job');
    }
  });
  if (spec.healthCheck !== undefined) {
    p.add('healthCheck', undefined, 'is set on a job, which runs to completion: its exit status says whether it succeeded', 'remove healthCheck, or remove job');
  }
  // "no" says what a job does anyway (Compose files write it on their one-shot services).
  if (spec.restart !== undefined && spec.restart.policy !== RestartPolicy.NO) {
    p.add('restart', spec.restart, 'is set on a job: a run that fails counts as failed and is not restarted (a scheduled job runs again at its next time)', 'remove restart (or use policy "no"), or remove job');
  }
  if (typeof spec.replicas === 'number' && spec.replicas > 1) {
    p.add('replicas', spec.replicas, 'is more than 1 on a job, which runs once per run', 'use 1 (or 0 to not run it)');
  }
}

function checkNative(spec: WorkloadSpec, p: Problems) {
  const n = spec.native;
  if (!n) return;
  (n.packages ?? []).forEach((pkg, i) => checkOneLine(p, `native.packages[${i}]`, pkg));
  (n.files ?? []).forEach((file, i) => {
    for (const key of ['path', 'owner', 'mode'] as const) checkOneLine(p, `native.files[${i}].${key}`, file[key]);
    checkNoNul(p, `native.files[${i}].content`, file.content);
  });
  (n.installCommands ?? []).forEach((cmd, i) => checkNoNul(p, `native.installCommands[${i}]`, cmd));
}

/**
 * The single-line fields of a VM's guest settings (a workload's `vm`, an app's `vm`, a HybridVm's
 * `vm`). `field` prefixes the paths. True when all of them fit on one line.
 */
export function checkVmLines(p: Problems, vm: VmSpec, field: string): boolean {
  let ok = true;
  for (const key of ['adminUser', 'baseImageUrl', 'baseImagePath', 'ipAddress', 'gateway'] as const) {
    ok = checkOneLine(p, `${field}.${key}`, vm[key]) && ok;
  }
  (Array.isArray(vm.sshAuthorizedKeys) ? vm.sshAuthorizedKeys : []).forEach((key, i) => {
    ok = checkOneLine(p, `${field}.sshAuthorizedKeys[${i}]`, key) && ok;
  });
  return ok;
}

/**
 * The checks of a hybrid VM's name and sizes (its props, or an app file's `hybrid`). `tooLittleMemory`
 * reports a memoryMiB below `minMemoryMiB`, which the caller knows from the VM's workloads.
 */
export function checkHybridSizing(p: Problems, sizing: HybridVmSpec, minMemoryMiB = 1, tooLittleMemory?: () => void): void {
  if (sizing.name !== undefined && checkOneLine(p, 'hybrid.name', sizing.name) && (typeof sizing.name !== 'string' || !NAME_PATTERN.test(sizing.name))) {
    p.add('hybrid.name', sizing.name, 'is not a valid VM name', 'use 1-63 lowercase letters, digits and hyphens');
  }
  checkWhole(p, 'hybrid.memoryMiB', sizing.memoryMiB, minMemoryMiB, SPEC_LIMITS.memoryMiB, 'MiB', tooLittleMemory);
  checkWhole(p, 'hybrid.vcpus', sizing.vcpus, 1, SPEC_LIMITS.cpus, 'vCPUs',
    () => p.add('hybrid.vcpus', sizing.vcpus, 'is not a whole number of vCPUs', 'use 1 or more'));
  checkWhole(p, 'hybrid.engineOverheadMiB', sizing.engineOverheadMiB, 0, SPEC_LIMITS.memoryMiB, 'MiB');
}
