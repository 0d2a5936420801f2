import { compactParts, ContentPart, SecretEncoding } from './content';
import { dockerApp } from './docker-unit';
import { configFileGuestPath, diskSerial, envFilePath, sharedVolumeGuestPath, sharedVolumeTag, GuestApp, GuestAppOptions, GuestFile, GuestRuntime, GUEST_PATHS } from './guest';
import { nativeApp } from './native-service';
import { readinessAnswer, remoteWaitParts } from './readiness';
import { renderUnit, UnitFile } from './systemd-unit';
import { envFileQuoted } from '../encoding/env-file';
import { systemdPathUnitName, systemdValue } from '../encoding/systemd';
import { ResolvedSpec, sortedByName, uniqueByName } from '../model/defaults';

/** The unit, files, disks and commands that install and run one app in a guest. */
export function guestApp(options: GuestAppOptions): GuestApp {
  const { spec, runtime } = options;
  // By name: reordering a spec's volumes must not change what the guest receives.
  const volumes = sortedByName(uniqueByName(spec.volumes));
  const overVirtiofs = (v: { shared: boolean }) => v.shared && options.virtiofsVolumes === true;
  const shared = (v: { shared: boolean }) => v.shared && (options.shareVolumes === true || options.virtiofsVolumes === true);
  const filesystems = volumes.filter((v) => !shared(v)).map((v) => ({
    device: `/dev/disk/by-id/virtio-${diskSerial(spec.name, v.name)}`,
    mountPath: runtime === GuestRuntime.NATIVE ? v.mountPath : `${GUEST_PATHS.data}/${spec.name}/${v.name}`,
    readOnly: v.readOnly && runtime === GuestRuntime.NATIVE,
  }));
  const envFile: GuestFile = {
    path: envFilePath(spec.name), content: envFileParts(spec), permissions: '0600', owner: 'root:root', defer: false,
  };
  const guestPaths = volumes.map((v) => (shared(v) ? sharedVolumeGuestPath(v.name) : `${GUEST_PATHS.data}/${spec.name}/${v.name}`));
  // Shared volumes over virtiofs: a mount unit each, which the app's unit requires (RequiresMountsFor=),
  // so the app never writes into the guest's own disk under a mount point that is not there.
  const mounts = volumes.filter(overVirtiofs).map((v) => virtiofsMount(sharedVolumeTag(v.name),
    runtime === GuestRuntime.NATIVE ? v.mountPath : sharedVolumeGuestPath(v.name), v.readOnly));
  const waits = remoteWaitParts(options);
  const deps = { requiresMountsFor: mounts.map((m) => m.where), requires: waits.unit ? [waits.unit] : [] };
  const app = runtime === GuestRuntime.DOCKER ? dockerApp(options, volumes, guestPaths, deps) : nativeApp(options, filesystems, deps);
  const answer = options.answersReadiness ? readinessAnswer(options, runtime === GuestRuntime.NATIVE) : { files: [], units: [], enable: [] };
  // Root's, with the spec's mode. A native service reads it where it is (after packages, so that a
  // package's default does not replace it); a container gets it bind-mounted read-only.
  const configFiles: GuestFile[] = options.configFiles.map((f) => ({
    path: runtime === GuestRuntime.NATIVE ? f.mountPath : configFileGuestPath(spec.name, f.mountPath),
    content: [f.content], permissions: f.mode, owner: 'root:root', defer: runtime === GuestRuntime.NATIVE,
  }));
  // replicas: 0 keeps the app installed and its data, but does not start it. The mounts come first.
  const enable = [...mounts.map((m) => m.unit.name), ...(spec.replicas === 0 ? [] : [...app.enable, ...answer.enable])];
  return {
    ...app,
    enable,
    name: spec.name,
    filesystems,
    files: [envFile, ...configFiles, ...app.files, ...waits.files, ...answer.files],
    units: [...mounts.map((m) => m.unit), ...app.units, ...waits.units, ...answer.units],
  };
}

/**
 * A systemd mount unit for a virtiofs share: named after its path, as systemd requires. The path
 * is a guest path or a validated mount path (absolute, no blanks or control characters). nosuid and
 * nodev: the share is written by other VMs too, so a set-uid program or a device node that root in
 * one of them planted there is neither honoured nor usable in this one.
 */
function virtiofsMount(tag: string, where: string, readOnly: boolean): { unit: UnitFile; where: string } {
  const unit = renderUnit(systemdPathUnitName(where, 'mount'), {
    Unit: [['Description', systemdValue(`Shared volume ${tag} (virtiofs, cdktf-workloads)`)]],
    Mount: [
      ['What', systemdValue(tag)],
      ['Where', systemdValue(where)],
      ['Type', 'virtiofs'],
      ['Options', `${readOnly ? 'ro' : 'rw'},${VIRTIOFS_MOUNT_OPTIONS}`],
    ],
    Install: [['WantedBy', 'multi-user.target']],
  });
  return { unit, where };
}

/** Options of every virtiofs mount in a guest, besides ro or rw. */
export const VIRTIOFS_MOUNT_OPTIONS = 'nosuid,nodev';

/** `NAME="value"` lines for plain and secret variables, sorted by name (encoding/env-file.ts). */
function envFileParts(spec: ResolvedSpec): ContentPart[] {
  const entries: Array<[string, ContentPart]> = [
    ...Object.entries(spec.env).map(([k, v]): [string, ContentPart] => [k, envFileQuoted(v)]),
    ...Object.entries(spec.secretEnv).map(([k, variable]): [string, ContentPart] => [k, { secretVariable: variable, encoding: SecretEncoding.ENV_FILE }]),
  ];
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return compactParts(entries.flatMap(([k, v]) => [`${k}="`, v, '"\n']));
}

/** The names of the env file's variables, sorted: what `docker run --env NAME` passes on. */
export function envNames(spec: ResolvedSpec): string[] {
  return [...Object.keys(spec.env), ...Object.keys(spec.secretEnv)].sort();
}
