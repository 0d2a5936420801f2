import { afterUnits, configFileGuestPath, envFilePath, GuestAppOptions, GuestAppParts, GuestFile, guestPort, GUEST_PATHS } from './guest';
import { renderUnit } from './systemd-unit';
import { containerSettings, ContainerSettings } from '../containers/container-settings';
import { healthCmdString } from '../containers/health-probe';
import { dockerMountValue } from '../encoding/docker-mount';
import { systemdCommand, systemdValue } from '../encoding/systemd';
import { ResolvedSpec } from '../model/defaults';
import { RestartPolicy } from '../model/workload-spec';

const DOCKER = '/usr/bin/docker';

/**
 * A container run by the guest's Docker engine with the container target's settings (resolved
 * once, in containers/container-settings.ts). A oneshot unit (re)creates it at every boot, after
 * the apps it depends on; the engine applies its restart policy and health check. Variables come
 * from the unit's EnvironmentFile= and are passed on by name (`--env NAME`), so systemd is the one
 * reader of the env file.
 */
export function dockerApp(options: GuestAppOptions, volumes: ResolvedSpec['volumes'], guestPaths: string[]): GuestAppParts {
  const { spec } = options;
  const settings = containerSettings(spec);
  const run = [DOCKER, 'run', '--detach', '--name', spec.name, '--hostname', spec.name,
    '--network', GUEST_PATHS.dockerNetwork, '--network-alias', spec.name,
    ...dockerRunFlags(settings)];
  for (const p of spec.ports) {
    const published = options.publishAllPorts ? p.containerPort : p.hostPort;
    if (published !== undefined) run.push('--publish', `${guestPort(published)}:${p.containerPort}/${p.protocol}`);
  }
  volumes.forEach((v, i) => {
    run.push('--volume', `${guestPaths[i]}:${v.mountPath}${v.readOnly ? ':ro' : ''}`);
  });
  // --mount, not --volume: a missing source is an error instead of an empty directory.
  for (const f of options.configFiles) {
    run.push('--mount', dockerMountValue(['type=bind', `source=${configFileGuestPath(spec.name, f.mountPath)}`, `target=${f.mountPath}`, 'readonly']));
  }
  const [entry, ...entryArgs] = settings.entrypoint ?? [];
  if (entry !== undefined) run.push('--entrypoint', entry);
  run.push(settings.image, ...entryArgs, ...(settings.command ?? []));

  const after = afterUnits(options);
  const unitName = `${spec.name}.service`;
  const unit = renderUnit(unitName, {
    Unit: [
      ['Description', systemdValue(`${spec.name} (cdktf-workloads, container ${settings.image})`)],
      ['Requires', 'docker.service'],
      ['Wants', ['network-online.target', ...after].join(' ')],
      ['After', ['docker.service', 'network-online.target', ...after].join(' ')],
    ],
    Service: [
      ['Type', 'oneshot'],
      ['RemainAfterExit', 'yes'],
      ['EnvironmentFile', envFilePath(spec.name)],
      ['ExecStartPre', `-${systemdCommand([DOCKER, 'network', 'create', GUEST_PATHS.dockerNetwork])}`],
      ['ExecStartPre', `-${systemdCommand([DOCKER, 'rm', '--force', spec.name])}`],
      ['ExecStart', systemdCommand(run)],
      ['ExecStop', systemdCommand([DOCKER, 'stop', spec.name])],
      ['TimeoutStartSec', '15min'], // the first start pulls the image
    ],
    Install: [['WantedBy', 'multi-user.target']],
  });
  return { packages: ['docker.io'], files: [] as GuestFile[], tmpfs: [], commands: [], units: [unit], enable: [unitName] };
}

/** The settings every container shares, as `docker run` flags (values unquoted: argv words). */
function dockerRunFlags(s: ContainerSettings): string[] {
  const flags = [
    ...[...s.env, ...s.secretEnv].map(([k]) => k).sort().flatMap((k) => ['--env', k]),
    '--memory', `${s.memoryMiB}m`, '--memory-swap', `${s.memorySwapMiB}m`,
    ...s.securityOpts.flatMap((o) => ['--security-opt', o]), '--ipc', s.ipcMode,
    '--restart', s.restart === RestartPolicy.ON_FAILURE ? `on-failure:${s.maxRetries}` : s.restart,
    ...s.labels.flatMap(([k, v]) => ['--label', `${k}=${v}`]),
  ];
  if (s.cpus !== undefined) flags.push('--cpus', String(s.cpus));
  if (s.user) flags.push('--user', s.user);
  if (s.workingDir) flags.push('--workdir', s.workingDir);
  for (const t of s.tmpfs) flags.push('--tmpfs', `${t.path}:${t.options}`);
  if (s.health) {
    const h = s.health;
    flags.push('--health-cmd', healthCmdString(h.test),
      '--health-interval', `${h.intervalSeconds}s`, '--health-timeout', `${h.timeoutSeconds}s`,
      '--health-retries', String(h.retries), '--health-start-period', `${h.startPeriodSeconds}s`);
  }
  return flags;
}
