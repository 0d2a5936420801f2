import * as crypto from 'crypto';
import { shellCommand, systemdCommand } from './quoting';
import { renderUnit, UnitFile } from './systemd-unit';
import { commandLine, ResolvedSpec, sortedByName, uniqueByName } from '../spec/defaults';
import { Problems } from '../spec/problems';
import { RestartPolicy } from '../spec/workload-spec';
import { containerHealthTest, probePort } from '../targets/probe';
import { WORKLOAD_LABEL } from '../targets/workload';

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

/** Restart delay of native services, as Docker's first back-off step is short too. */
const RESTART_SEC = 5;

/** A file for cloud-init's write_files. */
export interface GuestFile {
  readonly path: string;
  readonly content: string;
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
  /** First-boot commands (each a command line for `sh -c`), in order. */
  readonly commands: string[];
  readonly units: UnitFile[];
  /** Units to enable and start. */
  readonly enable: string[];
}

export interface GuestAppOptions {
  readonly spec: ResolvedSpec;
  readonly runtime: GuestRuntime;
  /** Publish every port on the guest (vm target), or only ports with a hostPort (hybrid). */
  readonly publishAllPorts: boolean;
  /** Apps in the same guest this one starts after (hybrid start order). @default - none */
  readonly after?: string[];
}

/**
 * The virtio serial of the data disk of `volume`: the guest finds it at
 * /dev/disk/by-id/virtio-<serial>. virtio serials hold 20 bytes, so long names are shortened with
 * a hash that keeps them unique.
 */
export function diskSerial(app: string, volume: string): string {
  // Names have no underscore: "db-x" + "data" and "db" + "x-data" stay apart.
  const full = `${app}_${volume}`;
  if (full.length <= 20) return full;
  return `${full.slice(0, 11)}-${crypto.createHash('sha256').update(full).digest('hex').slice(0, 8)}`;
}

/** Stand-in for a secret's value in guest files; the targets replace it with the variable's reference. */
export function secretPlaceholder(variable: string): string {
  return `@@cdktf-workloads-secret:${variable}@@`;
}

/** Matches every secret placeholder; group 1 is the variable name. */
export const SECRET_PLACEHOLDER = /@@cdktf-workloads-secret:([A-Za-z_][A-Za-z0-9_]*)@@/g;

/** The unit, files, disks and commands that install and run one app in a guest. */
export function guestApp(options: GuestAppOptions): GuestApp {
  const { spec, runtime } = options;
  const envFile = `${GUEST_PATHS.config}/${spec.name}.env`;
  // By name: reordering a spec's volumes must not change what the guest receives.
  const volumes = sortedByName(uniqueByName(spec.volumes));
  const filesystems = volumes.map((v) => ({
    device: `/dev/disk/by-id/virtio-${diskSerial(spec.name, v.name)}`,
    mountPath: runtime === GuestRuntime.NATIVE ? v.mountPath : `${GUEST_PATHS.data}/${spec.name}/${v.name}`,
    readOnly: v.readOnly && runtime === GuestRuntime.NATIVE,
  }));
  const files: GuestFile[] = [{
    path: envFile, content: envFileContent(spec), permissions: '0600', owner: 'root:root', defer: false,
  }];
  const app = runtime === GuestRuntime.DOCKER ? dockerApp(options, envFile, volumes, filesystems) : nativeApp(options, envFile, filesystems);
  // replicas: 0 keeps the app installed and its data, but does not start it.
  const enable = spec.replicas === 0 ? [] : app.enable;
  return { ...app, enable, name: spec.name, filesystems, files: [...files, ...app.files] };
}

/** KEY=value lines read by both systemd's EnvironmentFile= and `docker run --env-file`. */
function envFileContent(spec: ResolvedSpec): string {
  const entries: Array<[string, string]> = [
    ...Object.entries(spec.env),
    ...Object.entries(spec.secretEnv).map(([k, variable]): [string, string] => [k, secretPlaceholder(variable)]),
  ];
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return entries.map(([k, v]) => `${k}=${v}\n`).join('');
}

/** Env values the guest's env file cannot hold (one KEY=value per line); `fix` says what to do instead. */
export function envFileProblems(spec: ResolvedSpec, p: Problems, fix: string): void {
  for (const [k, v] of Object.entries(spec.env)) {
    if (/[\n\r]/.test(v)) p.add(`env.${k}`, v, 'contains a line break, which a guest env file cannot hold', fix);
  }
}

function nativeApp(options: GuestAppOptions, envFile: string, filesystems: GuestFilesystem[]) {
  const { spec } = options;
  const recipe = spec.native ?? {};
  const [user, group] = (spec.user ?? '').split(':');
  const commands: string[] = [];
  if (user && !/^\d+$/.test(user)) {
    commands.push(`id -u ${shellCommand([user])} >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin ${shellCommand([user])}`);
  }
  for (const fs of filesystems) {
    if (user && !fs.readOnly) commands.push(`chown ${shellCommand([spec.user!])} ${shellCommand([fs.mountPath])}`);
  }
  commands.push(...(recipe.installCommands ?? []));
  const unitName = `${spec.name}.service`;
  const service = renderUnit(unitName, {
    Unit: [
      ['Description', `${spec.name} (cdktf-workloads, native)`],
      ['Wants', 'network-online.target'],
      ['After', ['network-online.target', ...afterUnits(options)].join(' ')],
      ...startLimit(spec),
    ],
    Service: [
      ['Type', 'exec'],
      ['ExecStart', systemdCommand(commandLine(spec) ?? [])],
      ['EnvironmentFile', envFile],
      ['User', user || undefined],
      ['Group', group || undefined],
      ['WorkingDirectory', spec.workingDir],
      ['Restart', systemdRestart(spec.restartPolicy)],
      ['RestartSec', RESTART_SEC],
      ['NoNewPrivileges', 'yes'],
      ['PrivateTmp', 'yes'],
      ['MemoryMax', `${spec.memoryMiB}M`],
      ['CPUQuota', spec.cpus === undefined ? undefined : `${Math.round(spec.cpus * 100)}%`],
    ],
    Install: [['WantedBy', 'multi-user.target']],
  });
  const units = [service];
  const enable = [unitName];
  const files: GuestFile[] = (recipe.files ?? []).map((f) => ({
    path: f.path, content: f.content, permissions: f.mode ?? '0644', owner: f.owner ?? 'root:root', defer: true,
  }));
  const packages = [...(recipe.packages ?? [])];
  if (spec.healthCheck) {
    const health = nativeHealth(spec);
    files.push(health.script);
    units.push(...health.units);
    enable.push(`${spec.name}-health.timer`);
    packages.push(...health.packages);
  }
  const tmpfs = spec.tmpfs.map((t) => ['tmpfs', t.mountPath, 'tmpfs', `size=${t.sizeMiB}m,mode=1777,nosuid,nodev`, '0', '0']);
  return { packages, files, tmpfs, commands, units, enable };
}

/** The units of the apps this one starts after. */
function afterUnits(options: GuestAppOptions): string[] {
  return (options.after ?? []).map((a) => `${a}.service`);
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
function nativeHealth(spec: ResolvedSpec) {
  const h = spec.healthCheck!;
  const scriptPath = `${GUEST_PATHS.scripts}/${spec.name}-health`;
  const packages: string[] = [];
  let probe: string;
  if (h.command) {
    probe = shellCommand(h.command);
  } else if (h.http) {
    packages.push('curl');
    probe = shellCommand(['curl', '-fsS', '-o', '/dev/null', `http://127.0.0.1:${probePort(spec, h.http.port)}${h.http.path ?? '/'}`]);
  } else {
    probe = `bash -c ${shellCommand([`exec 3<>/dev/tcp/127.0.0.1/${probePort(spec, h.tcp?.port ?? '')}`])}`;
  }
  const state = `/run/cdktf-workloads/${spec.name}.failures`;
  const script = [
    '#!/bin/bash',
    `# Health probe of ${spec.name}; restarts it after ${h.retries} consecutive failures.`,
    'set -u',
    'mkdir -p /run/cdktf-workloads',
    `if timeout ${h.timeoutSeconds} ${probe}; then echo 0 > ${state}; exit 0; fi`,
    `failures=$(( $(cat ${state} 2>/dev/null || echo 0) + 1 ))`,
    `echo "$failures" > ${state}`,
    `echo "health probe failed ($failures/${h.retries})" >&2`,
    `if [ "$failures" -ge ${h.retries} ]; then echo 0 > ${state}; systemctl restart ${spec.name}.service; fi`,
    'exit 1',
    '',
  ].join('\n');
  const units = [
    renderUnit(`${spec.name}-health.service`, {
      Unit: [['Description', `Health probe of ${spec.name}`], ['After', `${spec.name}.service`]],
      Service: [['Type', 'oneshot'], ['ExecStart', scriptPath]],
    }),
    renderUnit(`${spec.name}-health.timer`, {
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
    script: { path: scriptPath, content: script, permissions: '0755', owner: 'root:root', defer: false },
    units,
    packages,
  };
}

/**
 * A container run by the guest's Docker engine with the container target's settings and secure
 * defaults. A oneshot unit (re)creates it at every boot, after the apps it depends on; the engine
 * applies its restart policy and health check.
 */
function dockerApp(options: GuestAppOptions, envFile: string, volumes: ResolvedSpec['volumes'], filesystems: GuestFilesystem[]) {
  const { spec } = options;
  const docker = '/usr/bin/docker';
  const run = [docker, 'run', '--detach', '--name', spec.name, '--hostname', spec.name,
    '--network', GUEST_PATHS.dockerNetwork, '--network-alias', spec.name,
    '--env-file', envFile,
    '--memory', `${spec.memoryMiB}m`, '--memory-swap', `${spec.memoryMiB}m`,
    '--security-opt', 'no-new-privileges:true', '--ipc', 'private',
    '--restart', spec.restartPolicy === RestartPolicy.ON_FAILURE ? `on-failure:${spec.maxRetries}` : spec.restartPolicy,
    '--label', `${WORKLOAD_LABEL}=${spec.name}`];
  for (const key of Object.keys(spec.labels).sort()) run.push('--label', `${key}=${spec.labels[key]}`);
  if (spec.cpus !== undefined) run.push('--cpus', String(spec.cpus));
  if (spec.user) run.push('--user', spec.user);
  if (spec.workingDir) run.push('--workdir', spec.workingDir);
  for (const p of spec.ports) {
    if (options.publishAllPorts) run.push('--publish', `${p.containerPort}:${p.containerPort}/${p.protocol}`);
    else if (p.hostPort !== undefined) run.push('--publish', `${p.hostPort}:${p.containerPort}/${p.protocol}`);
  }
  volumes.forEach((v, i) => {
    run.push('--volume', `${filesystems[i].mountPath}:${v.mountPath}${v.readOnly ? ':ro' : ''}`);
  });
  for (const t of spec.tmpfs) run.push('--tmpfs', `${t.mountPath}:rw,nosuid,nodev,size=${t.sizeMiB}m`);
  const test = containerHealthTest(spec);
  if (spec.healthCheck && test) {
    const h = spec.healthCheck;
    // The docker CLI runs --health-cmd with the container's shell (CMD-SHELL).
    run.push('--health-cmd', test[0] === 'CMD-SHELL' ? test[1] : shellCommand(test.slice(1)),
      '--health-interval', `${h.intervalSeconds}s`, '--health-timeout', `${h.timeoutSeconds}s`,
      '--health-retries', String(h.retries), '--health-start-period', `${h.startPeriodSeconds}s`);
  }
  const [entry, ...entryArgs] = spec.entrypoint ?? [];
  if (entry !== undefined) run.push('--entrypoint', entry);
  run.push(spec.image ?? '', ...entryArgs, ...(commandLine(spec) ?? []));

  const after = afterUnits(options);
  const unitName = `${spec.name}.service`;
  const unit = renderUnit(unitName, {
    Unit: [
      ['Description', `${spec.name} (cdktf-workloads, container ${spec.image})`],
      ['Requires', 'docker.service'],
      ['Wants', ['network-online.target', ...after].join(' ')],
      ['After', ['docker.service', 'network-online.target', ...after].join(' ')],
    ],
    Service: [
      ['Type', 'oneshot'],
      ['RemainAfterExit', 'yes'],
      ['ExecStartPre', `-${systemdCommand([docker, 'network', 'create', GUEST_PATHS.dockerNetwork])}`],
      ['ExecStartPre', `-${systemdCommand([docker, 'rm', '--force', spec.name])}`],
      ['ExecStart', systemdCommand(run)],
      ['ExecStop', systemdCommand([docker, 'stop', spec.name])],
      ['TimeoutStartSec', '15min'], // the first start pulls the image
    ],
    Install: [['WantedBy', 'multi-user.target']],
  });
  return { packages: ['docker.io'], files: [] as GuestFile[], tmpfs: [] as string[][], commands: [] as string[], units: [unit], enable: [unitName] };
}
