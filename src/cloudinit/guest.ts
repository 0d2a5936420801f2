import * as crypto from 'crypto';
import { ContentPart } from './content';
import { UnitFile } from './systemd-unit';
import { LoadedConfigFile } from '../model/config-files';
import { ResolvedSpec } from '../model/defaults';
import { Problems } from '../model/problems';
import { DependencyCondition, ExtraHostSpec } from '../model/workload-spec';

/**
 * What an app needs in its guest, the guest's paths and naming contracts: shared by the renderers
 * (native services, Docker units, the cloud-config) and read by the targets.
 */

/** How an app runs in its guest. */
export enum GuestRuntime {
  /** Installed by its native recipe and run as a systemd service. */
  NATIVE = 'native',
  /** Run from its image by the Docker engine of the guest (Debian's docker.io). */
  DOCKER = 'docker',
}

/** Where the guest keeps what the library writes, and the shared Docker network's name. */
export const GUEST_PATHS = {
  config: '/etc/cdktf-workloads',
  scripts: '/usr/local/lib/cdktf-workloads',
  data: '/var/lib/cdktf-workloads',
  /** Runtime state (health probe counters and markers): emptied at every boot. */
  runtime: '/run/cdktf-workloads',
  units: '/etc/systemd/system',
  dockerNetwork: 'workloads',
} as const;

/**
 * The prefix of every unit the library writes for an app. A workload's name is its own (`ssh`,
 * `docker`, `dbus`, `cloud-final` are valid names), and /etc/systemd/system/<name>.service would
 * replace the guest's unit of that name; no Debian package ships a unit that starts with "cdktf-",
 * and the library's own fixed units start with "cdktf-workloads-", which "cdktf-wl-" never meets.
 */
export const APP_UNIT_PREFIX = 'cdktf-wl-';

/**
 * The names an app's units had before they took APP_UNIT_PREFIX (`<app>.service`, …). A guest
 * that received them keeps them on its root disk; a new cloud-init instance removes those the
 * library wrote (legacyUnitsCommand), so the app does not run twice.
 */
export function legacyUnitNames(app: string): string[] {
  return [`${app}.service`, `${app}.timer`, `${app}-health.service`, `${app}-health.timer`, `${app}-wait.service`];
}

/** What an app's unit is for: its service (or job), a job's timer, a native health probe and its timer, its waits. */
export type AppUnitKind = 'service' | 'timer' | 'health.service' | 'health.timer' | 'wait.service';

/**
 * The name of an app's unit: `cdktf-wl-<app>.service`, `cdktf-wl-<app>-health.timer`, … The one
 * place app unit names are made; what else names a unit (After=, Requires=, systemctl) calls this.
 */
export function appUnit(app: string, kind: AppUnitKind = 'service'): string {
  const [role, type] = kind.includes('.') ? kind.split('.') : ['', kind];
  return `${APP_UNIT_PREFIX}${app}${role ? `-${role}` : ''}.${type}`;
}

/**
 * Ports the guest itself uses (its sshd), and where a container port of that number is published
 * in the guest instead: the guest keeps 22 for its own login.
 */
export const GUEST_RESERVED_PORTS: { readonly [port: number]: number } = { 22: 10022 };

/** The guest port a container publishes `port` on. */
export function guestPort(port: number): number {
  return GUEST_RESERVED_PORTS[port] ?? port;
}

/** A file for cloud-init's write_files. */
export interface GuestFile {
  readonly path: string;
  /** Literal text and secrets; written byte for byte (base64 in the cloud-config). */
  readonly content: ContentPart[];
  readonly permissions: string;
  readonly owner: string;
  /** Written after packages are installed (owners created by packages exist then). */
  readonly defer: boolean;
}

/** A filesystem on a data disk, created on first boot only if the disk has none. */
export interface GuestFilesystem {
  readonly device: string;
  readonly mountPath: string;
  readonly readOnly: boolean;
}

/** Everything one app needs in its guest; several apps can share a guest (hybrid target). */
export interface GuestApp {
  readonly name: string;
  readonly packages: string[];
  readonly files: GuestFile[];
  readonly filesystems: GuestFilesystem[];
  readonly tmpfs: string[][];
  /** Shell lines run once per instance after packages and files, in order (written to a script). */
  readonly commands: string[];
  readonly units: UnitFile[];
  /** Units to enable and start. */
  readonly enable: string[];
  /** Entries of the guest's /etc/hosts (a native app's extraHosts: the VM is its own). @default - none */
  readonly extraHosts?: ExtraHostSpec[];
}

export interface GuestAppOptions {
  readonly spec: ResolvedSpec;
  /** The spec's config files with their text (model/config-files.ts), sorted by mountPath. */
  readonly configFiles: LoadedConfigFile[];
  readonly runtime: GuestRuntime;
  /** Publish every port on the guest (vm target), or only ports with a hostPort (hybrid). */
  readonly publishAllPorts: boolean;
  /**
   * Shared volumes (`volumes[].shared`) are the guest's, mounted once at sharedVolumeGuestPath
   * (hybrid); else each is the app's own disk (vm target: a VM has one workload). @default false
   */
  readonly shareVolumes?: boolean;
  /**
   * Shared volumes are host directories shared into the guest with virtiofs (vm target: each
   * workload is a VM of its own), mounted by a mount unit at sharedVolumeGuestPath (image) or the
   * volume's mountPath (native), read-only when the volume is. @default false
   */
  readonly virtiofsVolumes?: boolean;
  /**
   * Answer readiness queries of other VMs (`dependencyConditions` across VMs): a socket on
   * READINESS_PORT that tells this app's health or job state, open only to `readinessAllow`.
   * @default false
   */
  readonly answersReadiness?: boolean;
  /** Addresses (systemd IPAddressAllow=) that may ask; the host's private subnet. @default - any */
  readonly readinessAllow?: string;
  /** Apps in other VMs this one waits for, through their readiness socket. @default - none */
  readonly remoteWaits?: RemoteWait[];
  /** Apps in the same guest this one starts after (hybrid start order). @default - none */
  readonly after?: string[];
  /**
   * Of the `after` apps, those this one waits for beyond their start: until their health check
   * passes, or until their run-once job has succeeded. @default - none
   */
  readonly waitFor?: GuestWait[];
}

/** An app in the same guest that another waits for (`dependencyConditions`). */
export interface GuestWait {
  readonly app: string;
  readonly condition: DependencyCondition;
  /** How long to wait for it to be healthy (DependencyCondition.HEALTHY). */
  readonly healthWaitSeconds?: number;
}

/** An app in another VM that this one waits for (`dependencyConditions` across VMs). */
export interface RemoteWait {
  /** Its name, which the private network's DNS resolves to its VM. */
  readonly app: string;
  readonly condition: DependencyCondition;
  /** How long to wait for it, from this VM's boot. */
  readonly timeoutSeconds: number;
}

/**
 * The TCP port on which a VM whose app others wait for tells that app's state: one word, see
 * readiness.ts. Not forwarded from the host, and refused as an app port of such a VM.
 */
export const READINESS_PORT = 9117;

/** What an app's unit needs besides its own settings: mounts and the units it requires. */
export interface UnitDependencies {
  /** Paths whose mounts the unit requires and starts after (RequiresMountsFor=). */
  readonly requiresMountsFor: string[];
  /** Units it requires and starts after. */
  readonly requires: string[];
}

/** What the runtime-specific renderers add to the common parts. */
export interface GuestAppParts {
  readonly packages: string[];
  readonly files: GuestFile[];
  readonly tmpfs: string[][];
  readonly commands: string[];
  readonly units: UnitFile[];
  readonly enable: string[];
  /** @default - none */
  readonly extraHosts?: ExtraHostSpec[];
}

/**
 * The virtio serial of the data disk of `volume`: the guest finds it at
 * /dev/disk/by-id/virtio-<serial>. virtio serials hold 20 bytes, so long names are shortened with
 * a hash that keeps them unique.
 */
export function diskSerial(app: string, volume: string): string {
  // Names have no underscore: "db-x" + "data" and "db" + "x-data" stay apart.
  return shortened(`${app}_${volume}`, 20);
}

/**
 * Where the guest keeps a config file that a container bind-mounts read-only at `mountPath`: one
 * directory per app, a file named by a hash of the mount path (unique) and its base name (legible).
 */
export function configFileGuestPath(app: string, mountPath: string): string {
  const hash = crypto.createHash('sha256').update(mountPath).digest('hex').slice(0, 12);
  // ASCII only, so characters are bytes: the name keeps within NAME_MAX (255 bytes) with the hash
  // before it; a longer base name is cut (the hash keeps the name unique, the base only legible).
  const base = mountPath.slice(mountPath.lastIndexOf('/') + 1).replace(/[^A-Za-z0-9._-]/g, '_').slice(0, NAME_MAX - hash.length - 1);
  return `${GUEST_PATHS.config}/files/${app}/${hash}-${base}`;
}

/** The longest file name Linux file systems hold, in bytes. */
export const NAME_MAX = 255;

/** The virtio serial of a shared volume's disk: "." never occurs in diskSerial's app_volume. */
export function sharedDiskSerial(volume: string): string {
  return shortened(`shared.${volume}`, 20);
}

/**
 * The virtiofs mount tag of a shared volume's host directory (vm target): the guest mounts the
 * directory by it. Tags hold 36 bytes; longer names are shortened with a hash that keeps them unique.
 */
export function sharedVolumeTag(volume: string): string {
  return shortened(`shared.${volume}`, 36);
}

/** `full` if it fits in `max` characters, else its start and 8 hex digits of its hash. */
function shortened(full: string, max: number): string {
  if (full.length <= max) return full;
  return `${full.slice(0, max - 9)}-${crypto.createHash('sha256').update(full).digest('hex').slice(0, 8)}`;
}

/** Where the guest mounts a shared volume's disk: names never start with ".", so no app's directory is this one. */
export function sharedVolumeGuestPath(volume: string): string {
  return `${GUEST_PATHS.data}/.shared/${volume}`;
}

/** The env file of an app: read by systemd only (EnvironmentFile=), root-only. */
export function envFilePath(app: string): string {
  return `${GUEST_PATHS.config}/${app}.env`;
}

/** The units of the apps this one starts after. */
export function afterUnits(options: GuestAppOptions): string[] {
  return (options.after ?? []).map((a) => appUnit(a));
}

/** Two ports the guest would publish on one port (a container's 22 is published on 10022). */
export function guestPortClashes(ports: Array<{ field: string; port: number }>, p: Problems): void {
  const seen = new Map<number, string>();
  for (const { field, port } of ports) {
    const first = seen.get(port);
    if (first) {
      p.add(field, port, `is published in the guest on port ${port}, as ${first} is (the guest keeps 22 for its sshd and publishes a container's 22 on ${guestPort(22)})`, 'use another port for one of them');
    } else {
      seen.set(port, field);
    }
  }
}

/** A path of the guest that the OS or the library owns. */
interface OwnedPath {
  readonly path: string;
  /** Everything under it is owned too, else only the path itself (and what holds it). */
  readonly subtree: boolean;
  /** Who owns it and why, finishing "… which …". */
  readonly why: string;
}

const os = (path: string, why: string, subtree = true): OwnedPath => ({ path, subtree, why });
const lib = (path: string, why: string): OwnedPath => ({ path, subtree: true, why: `the library keeps ${why} in` });

/**
 * Paths of a Debian 12 or 13 guest that a native workload's files and mounts may not take: the
 * library's own directories, the directories of programs, kernel and runtime file systems, and the
 * files and directories of the packages a cloud image and the library rely on for login, start-up
 * and configuration (systemd, openssh-server, cloud-init, sudo, login/passwd, libc, netplan).
 * Taken from the file lists of those packages in Debian 12 (`dpkg -S`), the layout both releases
 * share (merged /usr: /bin, /sbin and /lib* are links into /usr), the runtime lab's guest image
 * (built from the same packages), and Debian 13's tmp.mount (/tmp a tmpfs). A mount or file at a
 * directory that holds one of them (/, /etc, /usr, /var, /var/lib, /home) would hide or replace it.
 * A guard against taking over the guest by a name, not a sandbox: installCommands run as root.
 */
const GUEST_OWNED_PATHS: OwnedPath[] = [
  lib(GUEST_PATHS.config, 'env files (secrets) and config files'),
  lib(GUEST_PATHS.scripts, 'setup, health and readiness scripts'),
  lib(GUEST_PATHS.data, 'the data disks and shared volumes of containers'),
  ...['/bin', '/sbin', '/lib', '/lib32', '/lib64', '/libx32'].map((p) => os(p, 'holds the OS\'s programs and libraries')),
  ...['bin', 'sbin', 'lib', 'lib32', 'lib64', 'libx32', 'libexec', 'include', 'share', 'src', 'games'].map((d) => os(`/usr/${d}`, 'Debian\'s packages own')),
  os('/boot', 'holds the kernel and boot loader'),
  os('/proc', 'is the kernel\'s process file system'),
  os('/sys', 'is the kernel\'s sysfs'),
  os('/dev', 'holds the devices'),
  os('/run', 'is the runtime state of systemd and the library (a tmpfs)'),
  os('/etc/systemd', 'holds systemd\'s configuration and the units the library writes'),
  os('/etc/ssh', 'holds sshd\'s configuration and host keys (the admin\'s login)'),
  os('/etc/cloud', 'holds cloud-init\'s configuration'),
  os('/etc/netplan', 'holds the network configuration cloud-init renders'),
  os('/etc/sudoers.d', 'grants sudo (the admin\'s)'),
  os('/etc/pam.d', 'configures logins'),
  os('/etc/security', 'configures logins and limits'),
  os('/etc/ld.so.conf.d', 'decides which libraries every program loads'),
  os('/etc/sysctl.d', 'holds the kernel parameters the OS and the library (sysctls) set'),
  os('/var/lib/cloud', 'is cloud-init\'s state (instance, job stamps)'),
  os('/var/lib/dpkg', 'is the package database'),
  os('/var/lib/apt', 'is apt\'s state'),
  os('/var/lib/systemd', 'is systemd\'s state'),
  os('/root', 'is root\'s home'),
  ...['/etc/passwd', '/etc/shadow', '/etc/group', '/etc/gshadow', '/etc/sudoers', '/etc/sudo.conf', '/etc/nsswitch.conf',
    '/etc/fstab', '/etc/hosts', '/etc/hostname', '/etc/machine-id', '/etc/resolv.conf', '/etc/ld.so.conf', '/etc/ld.so.preload']
    .map((p) => os(p, 'the OS, cloud-init or the library (extraHosts, mounts) writes and every login or program reads', false)),
  os('/tmp', 'is the guest\'s temporary directory (a tmpfs of its own on Debian 13: tmp.mount)', false),
  os('/home', 'holds the admin user\'s home with its SSH keys', false),
];

/**
 * Why a file or mount of a native workload may not be at `path` in its guest, or undefined when it
 * may: inside a directory the OS or the library owns, one of their files, or a directory that holds one.
 */
export function guestOwnedPath(path: string): string | undefined {
  const p = path.replace(/\/+$/, '') || '/';
  for (const owned of GUEST_OWNED_PATHS) {
    if (p === owned.path || (owned.subtree && p.startsWith(`${owned.path}/`))) {
      return `${p === owned.path ? 'is' : 'is inside'} ${owned.path}, which ${owned.why}`;
    }
  }
  const held = GUEST_OWNED_PATHS.find((owned) => p === '/' || owned.path.startsWith(`${p}/`));
  return held ? `holds ${held.path}, which ${held.why}` : undefined;
}
