import { appUnit, GuestAppOptions, UnitDependencies } from './guest';
import { renderUnit, UnitFile, UnitSections } from './systemd-unit';
import { shellWord } from '../encoding/shell';
import { onCalendar } from '../encoding/systemd-calendar';
import { systemdCommand, systemdPathList, systemdValue } from '../encoding/systemd';
import { CronSchedule, parseCron } from '../model/cron';
import { ResolvedSpec } from '../model/defaults';
import { DependencyCondition } from '../model/workload-spec';

/**
 * Jobs and dependency conditions in a guest, for native services and Docker units alike.
 *
 * A run-once job is a `Type=oneshot` unit that runs once per cloud-init instance, until it has
 * succeeded: a stamp under the instance's directory, written after a successful run, skips it at
 * later boots. The container target runs a job once per container too (again only when its
 * configuration changes), and a new configuration is a new cloud-init instance here, so both mean
 * "once per deployed configuration"; a job that created an admin account is not run at every boot.
 * A scheduled job's unit is started by a timer at every matching time instead.
 */

/** cloud-init's directory of the current instance: a new instance starts without stamps. */
const INSTANCE_DIR = '/var/lib/cloud/instance';

/** The stamp a successful run of a run-once job leaves. */
export function jobStamp(app: string): string {
  return `${INSTANCE_DIR}/cdktf-workloads-jobs/${app}.done`;
}

/** The [Unit] and [Service] entries that make an app's unit a job, and its [Install]. */
export function jobSections(spec: ResolvedSpec): { unit: UnitSections['Unit']; service: UnitSections['Service']; install: UnitSections['Install'] } {
  const job = spec.job!;
  const runOnce = job.schedule === undefined;
  const stamp = jobStamp(spec.name);
  return {
    unit: runOnce ? [['ConditionPathExists', `!${stamp}`]] : [],
    service: [
      ['Type', 'oneshot'],
      // Run-once: stays active after success, so a restarted dependent does not run it again.
      // Scheduled: inactive between runs, so the timer can start it again.
      ['RemainAfterExit', runOnce ? 'yes' : 'no'],
      ['TimeoutStartSec', `${job.timeoutSeconds}s`],
      ...(runOnce ? [
        // "+": as root, also when the job runs as the spec's user.
        ['ExecStartPost', `+${systemdCommand(['/usr/bin/mkdir', '-p', `${INSTANCE_DIR}/cdktf-workloads-jobs`])}`],
        ['ExecStartPost', `+${systemdCommand(['/usr/bin/touch', stamp])}`],
      ] as Array<[string, string]> : []),
    ],
    // A scheduled job's unit is started by its timer, not at boot.
    install: runOnce ? [['WantedBy', 'multi-user.target']] : [],
  };
}

/** The timer of a scheduled job, or undefined for a run-once job. */
export function jobTimer(spec: ResolvedSpec): UnitFile | undefined {
  const schedule = spec.job?.schedule;
  if (schedule === undefined) return undefined;
  const parsed = parseCron(schedule);
  // Refused by validation; a timer that never elapses keeps the output inert.
  const calendars = 'what' in parsed ? [] : onCalendar(parsed as CronSchedule);
  return renderUnit(appUnit(spec.name, 'timer'), {
    Unit: [['Description', systemdValue(`Runs ${spec.name} on its schedule (cron "${schedule}")`)]],
    Timer: [
      ...calendars.map((c): [string, string] => ['OnCalendar', c]),
      // Cron runs at the minute; systemd's default accuracy would let it slip by up to one.
      ['AccuracySec', '1s'],
      // Like cron: a time missed while the guest was off is not made up at boot.
      ['Persistent', 'false'],
    ],
    Install: [['WantedBy', 'timers.target']],
  });
}

/** The units an app's unit starts with: its timer for a scheduled job, else the unit itself. */
export function unitsToEnable(spec: ResolvedSpec): string[] {
  return [appUnit(spec.name, spec.job?.schedule !== undefined ? 'timer' : 'service')];
}

/**
 * What an app's unit needs to wait for the apps it depends on in the same guest: Requires= on the
 * units of run-once jobs it waits to complete (a failed job fails the dependent's start), and an
 * ExecStartPre per dependency that must be healthy, which polls Docker's health status until it is
 * "healthy" or the wait times out.
 */
export function waitSections(options: GuestAppOptions, deps?: UnitDependencies): { requires: string[]; execStartPre: string[]; requiresMountsFor?: string } {
  const waits = options.waitFor ?? [];
  const requires = [...waits.filter((w) => w.condition === DependencyCondition.COMPLETED).map((w) => appUnit(w.app)), ...(deps?.requires ?? [])];
  const execStartPre = waits.filter((w) => w.condition === DependencyCondition.HEALTHY).map((w) => {
    const poll = `until [ "$(docker inspect --format '{{if .State.Health}}{{.State.Health.Status}}{{end}}' ${shellWord(w.app)} 2>/dev/null)" = healthy ]; do sleep 2; done`;
    return systemdCommand(['/usr/bin/timeout', `${w.healthWaitSeconds}`, '/bin/sh', '-c', poll]);
  });
  const mounts = deps?.requiresMountsFor ?? [];
  return { requires, execStartPre, requiresMountsFor: mounts.length ? systemdPathList(mounts) : undefined };
}
