import { afterUnits, appUnit, configFileGuestPath, envFilePath, GuestAppOptions, GuestAppParts, GuestFile, guestPort, GUEST_PATHS, UnitDependencies } from './guest';
import { jobSections, jobTimer, unitsToEnable, waitSections } from './job-units';
import { renderUnit, UnitFile } from './systemd-unit';
import { containerSettings, ContainerSettings } from '../containers/container-settings';
import { healthCmdString } from '../containers/health-probe';
import { dockerMountValue } from '../encoding/docker-mount';
import { systemdCommand, systemdValue } from '../encoding/systemd';
import { DEFAULTS, ResolvedSpec } from '../model/defaults';
import { ulimitValue } from '../model/hardening';
import { isNetworkName } from '../model/validate';
import { RestartPolicy } from '../model/workload-spec';

const DOCKER = '/usr/bin/docker';
/** Time `docker stop` may take beyond the grace: the SIGKILL, the exit, the client's round trips. */
const STOP_MARGIN_SECONDS = 15;

/**
 * A container run by the guest's Docker engine with the container target's settings (resolved
 * once, in containers/container-settings.ts). A oneshot unit (re)creates it at every boot, after
 * the apps it depends on; the engine applies its restart policy and health check. Variables come
 * from the unit's EnvironmentFile= and are passed on by name (`--env NAME`), so systemd is the one
 * reader of the env file.
 */
export function dockerApp(options: GuestAppOptions, volumes: ResolvedSpec['volumes'], guestPaths: string[], deps?: UnitDependencies): GuestAppParts {
  const { spec } = options;
  const settings = containerSettings(spec);
  const job = spec.job !== undefined;
  // Created on its first network, connected to the others, then started: it never runs with only
  // some of its networks (`docker run` takes one network on the Docker 20.10 of Debian 12 guests).
  // A job's container is started attached, so the run itself is what TimeoutStartSec bounds and
  // its exit status is the unit's.
  const [firstNetwork, ...otherNetworks] = spec.networks.filter(isNetworkName).map(guestNetwork);
  const run = [DOCKER, 'create', '--name', spec.name, '--hostname', spec.name,
    '--network', firstNetwork, '--network-alias', spec.name,
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
  const waits = waitSections(options, deps);
  const unitName = appUnit(spec.name);
  const jobParts = job ? jobSections(spec) : undefined;
  const prepare: Array<[string, string]> = [
    ...[firstNetwork, ...otherNetworks].map((n): [string, string] => ['ExecStartPre', `-${systemdCommand([DOCKER, 'network', 'create', n])}`]),
    ['ExecStartPre', `-${systemdCommand([DOCKER, 'rm', '--force', spec.name])}`],
    ...waits.execStartPre.map((c): [string, string] => ['ExecStartPre', c]),
  ];
  const create = [run, ...otherNetworks.map((n) => [DOCKER, 'network', 'connect', '--alias', spec.name, n, spec.name])].map(systemdCommand);
  const unit = renderUnit(unitName, {
    Unit: [
      ['Description', systemdValue(`${spec.name} (cdktf-workloads, ${job ? 'job' : 'container'} ${settings.image})`)],
      ['Requires', ['docker.service', ...waits.requires].join(' ')],
      ['Wants', ['network-online.target', ...after].join(' ')],
      ['After', ['docker.service', 'network-online.target', ...after, ...(deps?.requires ?? [])].join(' ')],
      ['RequiresMountsFor', waits.requiresMountsFor],
      ...(jobParts?.unit ?? []),
    ],
    Service: jobParts ? [
      ...jobParts.service.filter(([k]) => k !== 'ExecStartPost'),
      ['EnvironmentFile', envFilePath(spec.name)],
      ...prepare,
      ...create.map((c): [string, string] => ['ExecStartPre', c]),
      ['ExecStart', systemdCommand([DOCKER, 'start', '--attach', spec.name])],
      ...jobParts.service.filter(([k]) => k === 'ExecStartPost'),
      // Stopping a run: systemd's SIGTERM reaches the container through the attached client (its
      // signal proxy); after the grace the client is killed and ExecStopPost removes the container.
      ['TimeoutStopSec', `${settings.stopGraceSeconds}s`],
      // Ending the client does not end the container: a run that timed out or was stopped is removed here.
      ['ExecStopPost', `-${systemdCommand([DOCKER, 'rm', '--force', spec.name])}`],
    ] : [
      ['Type', 'oneshot'],
      ['RemainAfterExit', 'yes'],
      ['EnvironmentFile', envFilePath(spec.name)],
      ...prepare,
      ...create.map((c): [string, string] => ['ExecStart', c]),
      ['ExecStart', systemdCommand([DOCKER, 'start', spec.name])],
      ['ExecStop', systemdCommand([DOCKER, 'stop', '--time', String(settings.stopGraceSeconds), spec.name])],
      ['TimeoutStartSec', '15min'], // the first start pulls the image
      // docker stop waits the grace, then kills and waits for the exit: systemd must not kill it first.
      ['TimeoutStopSec', `${settings.stopGraceSeconds + STOP_MARGIN_SECONDS}s`],
    ],
    Install: jobParts ? jobParts.install : [['WantedBy', 'multi-user.target']],
  });
  const timer = jobTimer(spec);
  const units: UnitFile[] = timer ? [unit, timer] : [unit];
  return { packages: ['docker.io'], files: [] as GuestFile[], tmpfs: [], commands: [], units, enable: unitsToEnable(spec) };
}

/** The guest's Docker network of a spec's network name: "default" is the one every app of the guest shares. */
export function guestNetwork(name: string): string {
  return name === DEFAULTS.network ? GUEST_PATHS.dockerNetwork : `${GUEST_PATHS.dockerNetwork}-${name}`;
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
  flags.push('--shm-size', `${s.shmSizeMiB}m`, '--stop-timeout', String(s.stopGraceSeconds),
    '--log-driver', s.logDriver, ...s.logOpts.flatMap(([k, v]) => ['--log-opt', `${k}=${v}`]));
  if (s.init) flags.push('--init');
  if (s.readOnlyRootfs) flags.push('--read-only');
  for (const c of s.capAdd) flags.push('--cap-add', c);
  for (const c of s.capDrop) flags.push('--cap-drop', c);
  for (const [k, v] of s.sysctls) flags.push('--sysctl', `${k}=${v}`);
  for (const u of s.ulimits) flags.push('--ulimit', `${u.name}=${ulimitValue(u.soft, false)}:${ulimitValue(u.hard, false)}`);
  // host:ip, split by the CLI at the first ":" (host names have none), IPv6 addresses included.
  for (const h of s.extraHosts) flags.push('--add-host', `${h.host}:${h.ip}`);
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
