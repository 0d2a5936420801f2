// Thin wrapper around ../shared/runtime-lab/lab: each command's JSON report, parsed.
// The lab stands in for `terraform apply` (see its README); these helpers only call it.
import { spawnSync } from 'child_process';
import * as path from 'path';

export const LAB = process.env.RUNTIME_LAB ?? path.resolve(__dirname, '../../../shared/runtime-lab/lab');

export interface LabResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `lab ARGS`; stderr (progress) is kept for error messages. */
export function lab(args: string[], timeoutSeconds = 1800): LabResult {
  const r = spawnSync(LAB, args, { encoding: 'utf8', timeout: timeoutSeconds * 1000, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Runs a lab command that must succeed (exit 0) and returns its stdout. */
export function labOk(args: string[], timeoutSeconds?: number): string {
  const r = lab(args, timeoutSeconds);
  if (r.status !== 0) {
    throw new Error(`lab ${args.join(' ')} exited ${r.status}\n${r.stdout.slice(-4000)}\n${r.stderr.slice(-4000)}`);
  }
  return r.stdout;
}

/** A boot-vm report (the fields the tests read; the lab's README documents the rest). */
export interface BootReport {
  readonly ok: boolean;
  readonly problems?: string[];
  readonly cloud_init_status?: string;
  readonly cloud_init_errors?: unknown[];
  readonly failed_units?: string[];
  readonly units?: Array<{ unit: string; active: string; ok: boolean; restarts?: string }>;
  readonly mounts?: Array<{ target: string; source: string; fstype: string }>;
  readonly data_disks: Array<{ name: string; serial?: string; existed_before_boot: boolean }>;
  readonly forwarded_ports?: Array<{ host_port: number; answers: boolean | null; http_status?: number }>;
  readonly guest_containers?: Array<{ name: string; image: string; status: string }>;
  readonly boot_seconds: number;
  readonly [key: string]: unknown;
}

/** Boots `domain` of the stack in `stackDir` with a fresh root disk (the kept data disks reattached). */
export function bootVm(stackDir: string, domain: string, vars: { [name: string]: string } = {}): BootReport {
  const args = ['boot-vm', stackDir, domain, '--timeout', '1200'];
  for (const [k, v] of Object.entries(vars)) args.push('--var', `${k}=${v}`);
  const r = lab(args, 1500);
  if (r.status === 2 || !r.stdout.trim()) throw new Error(`lab boot-vm failed (exit ${r.status}):\n${r.stderr.slice(-4000)}`);
  return JSON.parse(r.stdout) as BootReport;
}

/** Runs a command in the guest; returns exit code and output. */
export function execVm(domain: string, argv: string[], timeoutSeconds = 120): { exit: number; stdout: string; stderr: string } {
  const out = lab(['exec-vm', '--json', '--timeout', String(timeoutSeconds), domain, '--', ...argv], timeoutSeconds + 60);
  if (!out.stdout.trim()) throw new Error(`lab exec-vm failed (exit ${out.status}):\n${out.stderr}`);
  return JSON.parse(out.stdout);
}

/** Stops the VM (ACPI first); data disks are kept unless `keepDisks` is false. */
export function stopVm(domain: string, keepDisks = true): void {
  labOk(['stop-vm', domain, ...(keepDisks ? [] : ['--no-keep-disks'])], 600);
}

/** Installs what the lab needs and builds (or restores from cache) the guest image. */
export function prepareVms(): void {
  labOk(['setup'], 1800);
  labOk(['guest-image'], 1800);
}
