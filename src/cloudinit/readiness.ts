import { appUnit, GuestAppOptions, GuestFile, GUEST_PATHS, READINESS_PORT } from './guest';
import { jobStamp } from './job-units';
import { renderUnit, UnitFile } from './systemd-unit';
import { healthWaitSeconds } from '../containers/health-probe';
import { shellWord } from '../encoding/shell';
import { systemdCommand, systemdValue } from '../encoding/systemd';
import { ResolvedSpec } from '../model/defaults';
import { DependencyCondition } from '../model/workload-spec';

/**
 * Waits across VMs (`dependencyConditions` healthy/completed on a workload in another VM).
 *
 * The VM of a workload that others wait for answers a readiness query: a systemd socket on
 * READINESS_PORT (Accept=yes) starts a short-lived service per connection that writes one word —
 * the app's state as the guest itself tracks it — and closes. It reads nothing from the caller.
 * The socket is open only to the host's private network (IPAddressAllow=) and the port is never
 * forwarded from the host. The waiting VM runs `cdktf-wl-<app>-wait.service` before its app's unit (Requires=,
 * After=): one ExecStart= per dependency, a script that asks the dependency's name on the private
 * network until it answers the wanted word, or gives up after the wait's timeout. Every value
 * reaches the script as an argument, never inside its text.
 *
 * Words: `healthy`, `unhealthy` or `starting` for a workload with a health check; `completed`,
 * `failed` or `pending` for a run-once job; `started` or `stopped` otherwise.
 */

/** The socket and its per-connection service. */
export const READINESS_SOCKET = 'cdktf-workloads-readiness.socket';
const READINESS_SERVICE = 'cdktf-workloads-readiness@.service';
const READINESS_SCRIPT = `${GUEST_PATHS.scripts}/readiness`;
const WAIT_SCRIPT = `${GUEST_PATHS.scripts}/wait-ready`;

/** Where a native service's health probe marks the service healthy (see native-service.ts). */
export function nativeHealthyMarker(app: string): string {
  return `${GUEST_PATHS.runtime}/${app}.healthy`;
}

/** The unit that waits for `app`'s dependencies in other VMs. */
export function remoteWaitUnit(app: string): string {
  return appUnit(app, 'wait.service');
}

/** The answering side: the state script, the socket and its service. */
export function readinessAnswer(options: GuestAppOptions, native: boolean): { files: GuestFile[]; units: UnitFile[]; enable: string[] } {
  const { spec } = options;
  const script = ['#!/bin/sh', `# Tells the state of ${spec.name} in one word (cdktf-workloads readiness, see ${READINESS_SOCKET}).`, ...stateLines(spec, native), ''].join('\n');
  const socket = renderUnit(READINESS_SOCKET, {
    Unit: [['Description', systemdValue(`Tells other VMs the state of ${spec.name} (cdktf-workloads readiness)`)]],
    Socket: [
      ['ListenStream', READINESS_PORT],
      ['Accept', 'yes'],
      ['MaxConnections', 16],
      ['IPAddressDeny', options.readinessAllow === undefined ? undefined : 'any'],
      ['IPAddressAllow', options.readinessAllow],
    ],
    Install: [['WantedBy', 'sockets.target']],
  });
  const service = renderUnit(READINESS_SERVICE, {
    Unit: [['Description', systemdValue(`Readiness answer of ${spec.name}`)]],
    Service: [
      ['ExecStart', READINESS_SCRIPT],
      ['StandardInput', 'socket'],
      ['StandardOutput', 'socket'],
      ['StandardError', 'journal'],
      ['RuntimeMaxSec', '10s'],
      ['NoNewPrivileges', 'yes'],
      ['PrivateTmp', 'yes'],
      ['ProtectHome', 'yes'],
    ],
  });
  return {
    files: [{ path: READINESS_SCRIPT, content: [script], permissions: '0755', owner: 'root:root', defer: false }],
    units: [socket, service],
    enable: [READINESS_SOCKET],
  };
}

/** Shell lines that print the app's state; the name is a validated workload name, quoted all the same. */
function stateLines(spec: ResolvedSpec, native: boolean): string[] {
  const unit = shellWord(appUnit(spec.name));
  if (spec.job !== undefined && spec.job.schedule === undefined) {
    return [
      `if [ -e ${shellWord(jobStamp(spec.name))} ]; then echo completed`,
      `elif systemctl is-failed --quiet ${unit}; then echo failed`,
      'else echo pending; fi',
    ];
  }
  if (spec.healthCheck !== undefined && native) {
    return [
      `if systemctl is-active --quiet ${unit} && [ -e ${shellWord(nativeHealthyMarker(spec.name))} ]; then echo healthy`,
      `elif systemctl is-active --quiet ${unit}; then echo starting`,
      'else echo unhealthy; fi',
    ];
  }
  if (spec.healthCheck !== undefined) {
    return [
      `state=$(docker inspect --format '{{if .State.Health}}{{.State.Health.Status}}{{end}}' ${shellWord(spec.name)} 2>/dev/null)`,
      'case "$state" in healthy|unhealthy) echo "$state" ;; *) echo starting ;; esac',
    ];
  }
  return [`if systemctl is-active --quiet ${unit}; then echo started; else echo stopped; fi`];
}

// The waiting side. Arguments: workload name, port, wanted word, seconds. The inner bash gets the
// name and port as $0 and $1, so neither is ever parsed as shell; the answer keeps only a-z.
const WAIT_SCRIPT_TEXT = [
  '#!/bin/bash',
  '# Waits until workload $1, in another VM, answers "$3" on TCP port $2 of its address on the',
  '# private network; gives up after $4 seconds (cdktf-workloads, see readiness.ts).',
  'set -u',
  'name=$1 port=$2 want=$3 limit=$4',
  'deadline=$((SECONDS + limit))',
  'state=',
  'while [ "$SECONDS" -lt "$deadline" ]; do',
  '  state=$(timeout 5 bash -c \'exec 3<>"/dev/tcp/$0/$1" && head -n 1 <&3\' "$name" "$port" 2>/dev/null | tr -cd a-z)',
  '  if [ "$state" = "$want" ]; then echo "$name is $want"; exit 0; fi',
  '  if [ "$want" = completed ] && [ "$state" = failed ]; then echo "the job $name failed" >&2; exit 1; fi',
  '  sleep 2',
  'done',
  'echo "$name is ${state:-not answering} after ${limit}s, not $want" >&2',
  'exit 1',
  '',
].join('\n');

/** The waiting side: the wait script and `cdktf-wl-<app>-wait.service`, or nothing without remote waits. */
export function remoteWaitParts(options: GuestAppOptions): { files: GuestFile[]; units: UnitFile[]; unit?: string } {
  const waits = options.remoteWaits ?? [];
  if (waits.length === 0) return { files: [], units: [] };
  const { spec } = options;
  const name = remoteWaitUnit(spec.name);
  const word = (c: DependencyCondition) => (c === DependencyCondition.COMPLETED ? 'completed' : 'healthy');
  const unit = renderUnit(name, {
    Unit: [
      ['Description', systemdValue(`Waits for what ${spec.name} depends on in other VMs`)],
      ['Wants', 'network-online.target'],
      ['After', 'network-online.target'],
    ],
    Service: [
      ['Type', 'oneshot'],
      // Once per boot: a restarted app does not wait again.
      ['RemainAfterExit', 'yes'],
      ['TimeoutStartSec', `${waits.reduce((sum, w) => sum + w.timeoutSeconds, 0) + 60}s`],
      ...waits.map((w): [string, string] => ['ExecStart', systemdCommand([WAIT_SCRIPT, w.app, String(READINESS_PORT), word(w.condition), String(w.timeoutSeconds)])]),
    ],
  });
  return {
    files: [{ path: WAIT_SCRIPT, content: [WAIT_SCRIPT_TEXT], permissions: '0755', owner: 'root:root', defer: false }],
    units: [unit],
    unit: name,
  };
}

/**
 * Time the dependency's VM may take to get its app going at all before its own bound starts to
 * count: the first boot upgrades packages, installs the container engine and pulls the image (its
 * unit allows 15 minutes for that alone). Both VMs boot together, so the wait counts from boot.
 */
export const FIRST_BOOT_ALLOWANCE_SECONDS = 1800;

/**
 * How long a VM waits for a dependency in another VM: the first-boot allowance plus the
 * dependency's own bound — for health the time after which Docker declares it unhealthy
 * (healthWaitSeconds, the container target's `wait_timeout`), for a job its `timeoutSeconds`.
 * Undefined when the dependency cannot satisfy the condition (reported by validation).
 */
export function remoteWaitSeconds(dep: ResolvedSpec, condition: DependencyCondition): number | undefined {
  if (condition === DependencyCondition.HEALTHY) {
    return dep.healthCheck ? FIRST_BOOT_ALLOWANCE_SECONDS + healthWaitSeconds(dep.healthCheck) : undefined;
  }
  if (condition === DependencyCondition.COMPLETED) {
    return dep.job !== undefined && dep.job.schedule === undefined ? FIRST_BOOT_ALLOWANCE_SECONDS + dep.job.timeoutSeconds : undefined;
  }
  return undefined;
}
