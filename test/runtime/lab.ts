// Thin wrapper around ../shared/runtime-lab/lab: each command's JSON report, parsed.
// The lab stands in for `terraform apply` (see its README); these helpers only call it.
import { spawn, spawnSync } from 'child_process';
import * as path from 'path';

export const LAB = process.env.RUNTIME_LAB ?? path.resolve(__dirname, '../../../shared/runtime-lab/lab');

/**
 * The guests' Debian release: the library's default base image is Debian 13 (trixie), so the lab
 * boots its trixie guest unless told otherwise.
 */
export const GUEST_SUITE = process.env.LAB_GUEST_SUITE ?? 'trixie';
const LAB_ENV = { ...process.env, LAB_GUEST_SUITE: GUEST_SUITE };

export interface LabResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `lab ARGS`; stderr (progress) is kept for error messages. */
export function lab(args: string[], timeoutSeconds = 1800): LabResult {
  const r = spawnSync(LAB, args, { encoding: 'utf8', timeout: timeoutSeconds * 1000, maxBuffer: 64 * 1024 * 1024, env: LAB_ENV });
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

/**
 * Boots `domain` of the stack in `stackDir` with a fresh root disk (the kept data disks reattached).
 * Under TCG on a shared 2-core machine a boot that installs Docker takes 10-15 minutes.
 */
export function bootVm(stackDir: string, domain: string, vars: { [name: string]: string } = {}): BootReport {
  const args = ['boot-vm', stackDir, domain, '--timeout', '1800'];
  for (const [k, v] of Object.entries(vars)) args.push('--var', `${k}=${v}`);
  const r = lab(args, 2100);
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

/**
 * Installs what the lab needs, starts its dockerd (if not running), loads the stand-in images and
 * builds the guest image; each step is skipped or restored from the lab's cache when it can be.
 */
export function prepareLab(): void {
  labOk(['setup'], 1800);
  labOk(['docker-up'], 120);
  labOk(['images'], 1800);
  labOk(['guest-image'], 1800);
}

// ------------------------------------------------------------------------------------ Docker side

/** Runs `lab ARGS` without blocking the event loop, so two stacks can be applied at the same time. */
export function labAsync(args: string[], timeoutSeconds = 600): Promise<LabResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(LAB, args, { timeout: timeoutSeconds * 1000, env: LAB_ENV });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({
      status: code ?? -1,
      stdout: Buffer.concat(out).toString('utf8'),
      stderr: Buffer.concat(err).toString('utf8') + (signal ? `\n<lab killed by ${signal}>` : ''),
    }));
  });
}

/** One published port as apply-docker probed it (on 127.0.0.1 when the stack asks for 0.0.0.0). */
export interface PublishedPortReport {
  readonly host_ip: string;
  readonly port: number;
  readonly internal: number;
  readonly probed: string;
  readonly answers?: boolean;
  readonly http_status?: number | null;
}

/** One container of an apply-docker report. */
export interface ContainerReport {
  readonly name: string;
  readonly image: string;
  readonly must_run: boolean;
  readonly create_error: string | null;
  readonly state: string;
  readonly running: boolean;
  readonly exit_code?: number;
  readonly oom_killed?: boolean;
  readonly restart_count?: number;
  readonly error?: string | null;
  readonly health?: string | null;
  readonly last_probe?: { exit_code: number | null; output: string } | null;
  readonly published?: PublishedPortReport[];
  readonly logs?: string[];
  readonly ok: boolean;
}

/** An apply-docker report (the fields the tests read; the lab's README documents the rest). */
export interface ApplyReport {
  readonly stack: string;
  readonly ok: boolean;
  readonly failed: string[];
  readonly containers: ContainerReport[];
  readonly networks: Array<{ name: string; created: boolean; internal: boolean }>;
  readonly volumes: Array<{ name: string; existed: boolean; prevent_destroy: boolean }>;
  readonly warnings: string[];
  readonly notes: string[];
  readonly seconds: number;
}

/** An `apply-docker --destroy` report. */
export interface DestroyReport {
  readonly stack: string;
  readonly destroyed: true;
  readonly volumes_kept_prevent_destroy: string[];
  readonly networks_kept_in_use: string[];
}

export interface ApplyDockerOptions {
  /** Keep ports the stack publishes on 0.0.0.0 there (the lab's default rebinds them to 127.0.0.1). */
  readonly publishAllInterfaces?: boolean;
  /** Seconds apply-docker waits for health checks to leave `starting` (lab default 120). */
  readonly waitSeconds?: number;
}

function varArgs(vars: { [name: string]: string }): string[] {
  return Object.entries(vars).flatMap(([k, v]) => ['--var', `${k}=${v}`]);
}

function parseReport<T>(what: string, r: LabResult): T {
  // exit 1 still prints the report (it lists the problem); 2 is a usage/setup error without one
  if (r.status === 2 || !r.stdout.trim()) throw new Error(`lab ${what} failed (exit ${r.status}):\n${r.stderr.slice(-4000)}`);
  return JSON.parse(r.stdout) as T;
}

/** `terraform apply` of the stack's docker_* resources; the report is returned whatever the exit status. */
export async function applyDocker(
  stackDir: string, vars: { [name: string]: string } = {}, options: ApplyDockerOptions = {},
): Promise<ApplyReport> {
  const args = ['apply-docker', stackDir, ...varArgs(vars)];
  if (options.publishAllInterfaces) args.push('--publish-all-interfaces');
  if (options.waitSeconds !== undefined) args.push('--wait', String(options.waitSeconds));
  return parseReport<ApplyReport>(`apply-docker ${stackDir}`, await labAsync(args, (options.waitSeconds ?? 120) + 300));
}

/** `terraform destroy`: containers and networks; volumes with prevent_destroy only with `purgeVolumes`. */
export async function destroyDocker(stackDir: string, options: { purgeVolumes?: boolean } = {}): Promise<DestroyReport> {
  const args = ['apply-docker', stackDir, '--destroy', ...(options.purgeVolumes ? ['--purge-volumes'] : [])];
  const r = await labAsync(args, 300);
  if (r.status !== 0) throw new Error(`lab ${args.join(' ')} exited ${r.status}\n${r.stdout}\n${r.stderr.slice(-4000)}`);
  return JSON.parse(r.stdout) as DestroyReport;
}

/** `docker inspect NAME` on the lab's engine (the Engine API's container JSON), or undefined if there is none. */
export function dockerInspect(name: string): DockerContainerJson | undefined {
  const r = lab(['docker', 'inspect', '--type', 'container', name], 60);
  if (r.status !== 0) {
    if (/no such (object|container)/i.test(r.stderr)) return undefined;
    throw new Error(`lab docker inspect ${name} exited ${r.status}: ${r.stderr}`);
  }
  return (JSON.parse(r.stdout) as DockerContainerJson[])[0];
}

/** The parts of `docker inspect` the tests read. */
export interface DockerContainerJson {
  readonly Id: string;
  readonly Name: string;
  readonly RestartCount: number;
  readonly State: {
    readonly Status: string;
    readonly Running: boolean;
    readonly Restarting: boolean;
    readonly Pid: number;
    readonly ExitCode: number;
    readonly StartedAt: string;
    readonly Health?: { readonly Status: string; readonly FailingStreak: number };
  };
  readonly Config: { readonly StopTimeout?: number };
  readonly HostConfig: {
    readonly RestartPolicy: { readonly Name: string; readonly MaximumRetryCount: number };
    readonly LogConfig: { readonly Type: string; readonly Config: { [key: string]: string } };
    readonly ShmSize: number;
    readonly Init: boolean | null;
    readonly ReadonlyRootfs: boolean;
    readonly SecurityOpt: string[] | null;
    readonly CapAdd: string[] | null;
    readonly CapDrop: string[] | null;
    readonly Sysctls?: { [name: string]: string };
    readonly Ulimits: Array<{ Name: string; Soft: number; Hard: number }> | null;
    readonly ExtraHosts: string[] | null;
  };
  readonly Mounts: Array<{ Type: string; Name?: string; Source?: string; Destination: string }>;
  readonly NetworkSettings: { readonly Networks: { [network: string]: { readonly IPAddress: string; readonly Aliases: string[] | null } } };
}

/** `docker exec [-e K=V] NAME ARGV` on the lab's engine. */
export function dockerExec(name: string, argv: string[], env: { [name: string]: string } = {}, timeoutSeconds = 60):
{ exit: number; stdout: string; stderr: string } {
  const envArgs = Object.entries(env).flatMap(([k, v]) => ['-e', `${k}=${v}`]);
  const r = lab(['docker', 'exec', ...envArgs, name, ...argv], timeoutSeconds);
  return { exit: r.status, stdout: r.stdout, stderr: r.stderr };
}

// ------------------------------------------------------------------------------- Terraform's part
/**
 * A copy of a stack whose cloud-init seeds are evaluated by Terraform itself (`terraform console`
 * with `vars`): the lab substitutes only `${var.x}`, while the seeds hold expressions (secrets
 * merged with base64encode, instance-ids hashed with sha256). Returns the copy's folder.
 */
export function withSeedsEvaluated(stackDir: string, vars: { [name: string]: string }): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { evaluateTemplates } = require('../terraform-eval') as typeof import('../terraform-eval');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fs = require('fs') as typeof import('fs');
  const json = JSON.parse(fs.readFileSync(path.join(stackDir, 'cdk.tf.json'), 'utf8'));
  const fields = ['user_data', 'meta_data', 'network_config'];
  const seeds = Object.values<any>(json.resource?.libvirt_cloudinit_disk ?? {});
  const templates = seeds.flatMap((s) => fields.filter((f) => s[f] !== undefined).map((f) => s[f] as string));
  const values = evaluateTemplates(templates, vars);
  let i = 0;
  for (const seed of seeds) {
    for (const f of fields) {
      // Literal text again, in the escaped form the lab undoes.
      if (seed[f] !== undefined) seed[f] = values[i++].replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
    }
  }
  const out = fs.mkdtempSync(path.join(require('os').tmpdir(), 'lab-stack-'));
  fs.writeFileSync(path.join(out, 'cdk.tf.json'), JSON.stringify(json));
  return out;
}
