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
  units: '/etc/systemd/system',
  dockerNetwork: 'workloads',
} as const;

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
  const base = mountPath.slice(mountPath.lastIndexOf('/') + 1).replace(/[^A-Za-z0-9._-]/g, '_');
  return `${GUEST_PATHS.config}/files/${app}/${hash}-${base}`;
}

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
  return (options.after ?? []).map((a) => `${a}.service`);
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
