import { afterUnits, appUnit, envFilePath, GuestAppOptions, GuestAppParts, GuestFile, GuestFilesystem, GUEST_PATHS, UnitDependencies } from './guest';
import { jobSections, jobTimer, unitsToEnable, waitSections } from './job-units';
import { nativeHealthyMarker } from './readiness';
import { renderUnit, UnitSections } from './systemd-unit';
import { probePort, probeUrl } from '../containers/health-probe';
import { shellCommand, shellWord } from '../encoding/shell';
import { systemdCommand, systemdValue } from '../encoding/systemd';
import { commandLine, DEFAULTS, ResolvedSpec } from '../model/defaults';
import { ALL_CAPABILITIES, capabilityNames, extraHostList, sysctlEntries, ulimitList, ULIMITS, ulimitValue } from '../model/hardening';
import { RestartPolicy } from '../model/workload-spec';

/** Restart delay of native services, as Docker's first back-off step is short too. */
const RESTART_SEC = 5;

/** An app installed by its native recipe and run as a systemd service, with its health timer. */
export function nativeApp(options: GuestAppOptions, filesystems: GuestFilesystem[], deps?: UnitDependencies): GuestAppParts {
  const { spec } = options;
  const recipe = spec.native ?? {};
  const [user, group] = (spec.user ?? '').split(':');
  const commands: string[] = [];
  if (user && !/^\d+$/.test(user)) {
    commands.push(`id -u ${shellWord(user)} >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin ${shellWord(user)}`);
  }
  for (const fs of filesystems) {
    if (user && !fs.readOnly) commands.push(`chown ${shellWord(spec.user!)} ${shellWord(fs.mountPath)}`);
  }
  // The VM is the workload's own: its kernel parameters and its journal are the workload's.
  const sysctls = sysctlEntries(spec.sysctls);
  // Applied now (the guest booted before cloud-init wrote them) and by systemd-sysctl at every boot.
  if (sysctls.length) commands.push('systemctl restart systemd-sysctl');
  commands.push('systemctl restart systemd-journald');
  commands.push(...(recipe.installCommands ?? []));
  const unitName = appUnit(spec.name);
  const jobParts = spec.job ? jobSections(spec) : undefined;
  const waits = waitSections(options, deps);
  const run: UnitSections['Service'] = [
    ['ExecStart', systemdCommand(commandLine(spec) ?? [])],
    ['EnvironmentFile', envFilePath(spec.name)],
    ['User', user ? systemdValue(user) : undefined],
    ['Group', group ? systemdValue(group) : undefined],
    ['WorkingDirectory', spec.workingDir === undefined ? undefined : systemdValue(spec.workingDir)],
  ];
  const limits: UnitSections['Service'] = [
    ['NoNewPrivileges', 'yes'],
    ['PrivateTmp', 'yes'],
    ['MemoryMax', `${spec.memoryMiB}M`],
    ['CPUQuota', spec.cpus === undefined ? undefined : `${Math.round(spec.cpus * 100)}%`],
    // SIGTERM, then SIGKILL after the grace, as `docker stop --time` does.
    ['TimeoutStopSec', `${spec.stopGraceSeconds}s`],
    ...capabilitySettings(spec),
    // Same numbers as Docker's --ulimit: systemd reads a plain number in the limit's own unit.
    ...ulimitList(spec.ulimits).map((u): [string, string] => [ULIMITS[u.name], `${ulimitValue(u.soft, true)}:${ulimitValue(u.hard, true)}`]),
    ...readOnlyRoot(spec, filesystems),
  ];
  const service = renderUnit(unitName, {
    Unit: [
      ['Description', `${spec.name} (cdktf-workloads, native${jobParts ? ' job' : ''})`],
      ['Wants', 'network-online.target'],
      ['After', ['network-online.target', ...afterUnits(options), ...(deps?.requires ?? [])].join(' ')],
      ['Requires', waits.requires.length ? waits.requires.join(' ') : undefined],
      ['RequiresMountsFor', waits.requiresMountsFor],
      ...(jobParts ? jobParts.unit : startLimit(spec)),
    ],
    Service: jobParts ? [...jobParts.service.filter(([k]) => k !== 'ExecStartPost'), ...run, ...jobParts.service.filter(([k]) => k === 'ExecStartPost'), ...limits] : [
      ['Type', 'exec'],
      ...run,
      ['Restart', systemdRestart(spec.restartPolicy)],
      ['RestartSec', RESTART_SEC],
      ...limits,
      // Config files are read-only for the service, root included, as a container's bind mount is.
      ['ReadOnlyPaths', options.configFiles.length ? options.configFiles.map((f) => systemdValue(f.mountPath)).join(' ') : undefined],
    ],
    Install: jobParts ? jobParts.install : [['WantedBy', 'multi-user.target']],
  });
  const timer = jobTimer(spec);
  const units = timer ? [service, timer] : [service];
  const enable = unitsToEnable(spec);
  const files: GuestFile[] = (recipe.files ?? []).map((f) => ({
    path: f.path, content: [f.content], permissions: f.mode ?? DEFAULTS.fileMode, owner: f.owner ?? DEFAULTS.fileOwner, defer: true,
  }));
  // After the recipe's files, so their places in write_files do not depend on these.
  if (sysctls.length) {
    files.push({ path: sysctlFile(spec.name), content: [sysctls.map(([k, v]) => `${k} = ${v}\n`).join('')], permissions: '0644', owner: 'root:root', defer: false });
  }
  files.push(journaldRotation(spec));
  const packages = [...(recipe.packages ?? [])];
  if (spec.healthCheck) {
    const health = nativeHealth(spec, options.answersReadiness === true);
    files.push(health.script);
    units.push(...health.units);
    enable.push(appUnit(spec.name, 'health.timer'));
    packages.push(...health.packages);
  }
  const tmpfs = spec.tmpfs.map((t) => ['tmpfs', t.mountPath, 'tmpfs', `size=${t.sizeMiB}m,mode=1777,nosuid,nodev`, '0', '0']);
  return { packages, files, tmpfs, commands, units, enable, extraHosts: extraHostList(spec.extraHosts) };
}

function sysctlFile(app: string): string {
  return `/etc/sysctl.d/60-cdktf-workloads-${app}.conf`;
}

/**
 * The service's log is the journal; in the workload's own VM the journal's limits are the
 * workload's: files of maxSizeMiB, at most maxSizeMiB × maxFiles in all (persistent or in /run).
 */
function journaldRotation(spec: ResolvedSpec): GuestFile {
  const size = `${spec.logMaxSizeMiB}M`;
  const total = `${spec.logMaxSizeMiB * spec.logMaxFiles}M`;
  const text = ['# Generated by cdktf-workloads: rotation of the workload\'s log (logging).', '[Journal]',
    `SystemMaxFileSize=${size}`, `SystemMaxUse=${total}`, `RuntimeMaxFileSize=${size}`, `RuntimeMaxUse=${total}`, ''].join('\n');
  return { path: '/etc/systemd/journald.conf.d/60-cdktf-workloads.conf', content: [text], permissions: '0644', owner: 'root:root', defer: false };
}

/**
 * capAdd and capDrop on systemd's terms. A root service holds every capability, so drops narrow
 * the bounding set (all of them with "ALL": then only capAdd is left); adds become ambient
 * capabilities, so a service with a non-root User= holds them too.
 */
function capabilitySettings(spec: ResolvedSpec): Array<[string, string | undefined]> {
  const add = capabilityNames(spec.capAdd);
  const drop = capabilityNames(spec.capDrop);
  // systemd reads an empty value as the empty set (no capabilities at all), "~" + names as all but those.
  const bounding = drop.includes(ALL_CAPABILITIES) ? add.join(' ') : drop.length ? `~${drop.join(' ')}` : undefined;
  const ambient = add.includes(ALL_CAPABILITIES) ? `~${drop.join(' ')}` : add.length ? add.join(' ') : undefined;
  return [['CapabilityBoundingSet', bounding], ['AmbientCapabilities', ambient]];
}

/**
 * readOnlyRootFilesystem: the whole file system read-only for the service (root included), but
 * for its writable volumes and tmpfs mounts; /dev, /proc, /sys and its private /tmp stay as they are.
 */
function readOnlyRoot(spec: ResolvedSpec, filesystems: GuestFilesystem[]): Array<[string, string | undefined]> {
  if (!spec.readOnlyRootFilesystem) return [];
  const writable = [...filesystems.filter((f) => !f.readOnly).map((f) => f.mountPath), ...spec.tmpfs.map((t) => t.mountPath)];
  return [['ProtectSystem', 'strict'], ['ReadWritePaths', writable.length ? writable.map(systemdValue).join(' ') : undefined]];
}

function startLimit(spec: ResolvedSpec): Array<[string, string | number | undefined]> {
  if (spec.restartPolicy !== RestartPolicy.ON_FAILURE || spec.maxRetries === undefined) return [];
  // Bounded like Docker's on-failure:N: N restarts after the first start, counted since boot.
  return [['StartLimitIntervalSec', 'infinity'], ['StartLimitBurst', spec.maxRetries + 1]];
}

function systemdRestart(policy: RestartPolicy): string {
  switch (policy) {
    case RestartPolicy.NO: return 'no';
    case RestartPolicy.ON_FAILURE: return 'on-failure';
    default: return 'always';
  }
}

/**
 * A native service's health check: a timer runs a probe script; after `retries` consecutive
 * failures the script restarts the service (systemd has no health checks of its own).
 */
function nativeHealth(spec: ResolvedSpec, marksHealthy: boolean) {
  const h = spec.healthCheck!;
  const scriptPath = `${GUEST_PATHS.scripts}/${spec.name}-health`;
  const packages: string[] = [];
  let probe: string;
  if (h.command) {
    probe = shellCommand(h.command);
  } else if (h.http) {
    packages.push('curl');
    probe = shellCommand(['curl', '-fsS', '-o', '/dev/null', probeUrl(spec, h.http.port, h.http.path)]);
  } else {
    probe = `bash -c ${shellWord(`exec 3<>/dev/tcp/127.0.0.1/${probePort(spec, h.tcp?.port ?? '')}`)}`;
  }
  const state = `${GUEST_PATHS.runtime}/${spec.name}.failures`;
  // Only for an app other VMs wait for: a marker its readiness answer reads (healthy until the
  // failures that restart it, as Docker's status is), so other guests' scripts stay as they were.
  const marker = shellWord(nativeHealthyMarker(spec.name));
  const script = [
    '#!/bin/bash',
    `# Health probe of ${spec.name}; restarts it after ${h.retries} consecutive failures.`,
    'set -u',
    `mkdir -p ${GUEST_PATHS.runtime}`,
    `if timeout ${h.timeoutSeconds} ${probe}; then echo 0 > ${state};${marksHealthy ? ` touch ${marker};` : ''} exit 0; fi`,
    `failures=$(( $(cat ${state} 2>/dev/null || echo 0) + 1 ))`,
    `echo "$failures" > ${state}`,
    `echo "health probe failed ($failures/${h.retries})" >&2`,
    `if [ "$failures" -ge ${h.retries} ]; then echo 0 > ${state};${marksHealthy ? ` rm -f ${marker};` : ''} systemctl restart ${appUnit(spec.name)}; fi`,
    'exit 1',
    '',
  ].join('\n');
  const units = [
    renderUnit(appUnit(spec.name, 'health.service'), {
      Unit: [['Description', `Health probe of ${spec.name}`], ['After', appUnit(spec.name)]],
      Service: [['Type', 'oneshot'], ['ExecStart', scriptPath]],
    }),
    renderUnit(appUnit(spec.name, 'health.timer'), {
      Unit: [['Description', `Runs the health probe of ${spec.name} every ${h.intervalSeconds}s`]],
      Timer: [
        ['OnActiveSec', `${h.startPeriodSeconds + h.intervalSeconds}s`],
        ['OnUnitActiveSec', `${h.intervalSeconds}s`],
        ['AccuracySec', '1s'],
      ],
      Install: [['WantedBy', 'timers.target']],
    }),
  ];
  return {
    script: { path: scriptPath, content: [script], permissions: '0755', owner: 'root:root', defer: false },
    units,
    packages,
  };
}
