import { compactParts, ContentPart, SecretEncoding } from './content';
import { dockerApp } from './docker-unit';
import { configFileGuestPath, diskSerial, envFilePath, sharedVolumeGuestPath, GuestApp, GuestAppOptions, GuestFile, GuestRuntime, GUEST_PATHS } from './guest';
import { nativeApp } from './native-service';
import { envFileQuoted } from '../encoding/env-file';
import { ResolvedSpec, sortedByName, uniqueByName } from '../model/defaults';

/** The unit, files, disks and commands that install and run one app in a guest. */
export function guestApp(options: GuestAppOptions): GuestApp {
  const { spec, runtime } = options;
  // By name: reordering a spec's volumes must not change what the guest receives.
  const volumes = sortedByName(uniqueByName(spec.volumes));
  const shared = (v: { shared: boolean }) => v.shared && options.shareVolumes === true;
  const filesystems = volumes.filter((v) => !shared(v)).map((v) => ({
    device: `/dev/disk/by-id/virtio-${diskSerial(spec.name, v.name)}`,
    mountPath: runtime === GuestRuntime.NATIVE ? v.mountPath : `${GUEST_PATHS.data}/${spec.name}/${v.name}`,
    readOnly: v.readOnly && runtime === GuestRuntime.NATIVE,
  }));
  const envFile: GuestFile = {
    path: envFilePath(spec.name), content: envFileParts(spec), permissions: '0600', owner: 'root:root', defer: false,
  };
  const guestPaths = volumes.map((v) => (shared(v) ? sharedVolumeGuestPath(v.name) : `${GUEST_PATHS.data}/${spec.name}/${v.name}`));
  const app = runtime === GuestRuntime.DOCKER ? dockerApp(options, volumes, guestPaths) : nativeApp(options, filesystems);
  // Root's, with the spec's mode. A native service reads it where it is (after packages, so that a
  // package's default does not replace it); a container gets it bind-mounted read-only.
  const configFiles: GuestFile[] = options.configFiles.map((f) => ({
    path: runtime === GuestRuntime.NATIVE ? f.mountPath : configFileGuestPath(spec.name, f.mountPath),
    content: [f.content], permissions: f.mode, owner: 'root:root', defer: runtime === GuestRuntime.NATIVE,
  }));
  // replicas: 0 keeps the app installed and its data, but does not start it.
  const enable = spec.replicas === 0 ? [] : app.enable;
  return { ...app, enable, name: spec.name, filesystems, files: [envFile, ...configFiles, ...app.files] };
}

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
