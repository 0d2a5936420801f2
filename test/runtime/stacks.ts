// The example stacks the runtime files boot and apply, synthesized once per run by the project's
// real `cdktf synth` (global-setup.ts), and the checks every guest boot shares.
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { BootReport, execVm } from './lab';

const ROOT = path.resolve(__dirname, '../..');
/**
 * The database password of the booted examples: quotes, `$`, a backtick, a backslash and `%`, each
 * special to a reader on the way (Terraform, systemd's env-file reader, the shell, Postgres'
 * entrypoint). One line: the entrypoint hands it to initdb as a password file, as the official
 * image does, and a line break would cut it there, whatever carried it.
 */
export const DB_PASSWORD = 'pw with "quotes" \'single\' $dollar `tick` \\ %n';

/** Where global-setup.ts synthesized the examples; the jest workers inherit it. */
export const EXAMPLES_ENV = 'CDKTF_WORKLOADS_RUNTIME_EXAMPLES';

/** Where global-setup.ts synthesized the test-only stacks (test-app.ts). */
export const TEST_STACKS_ENV = 'CDKTF_WORKLOADS_RUNTIME_TEST_STACKS';

function run(what: string, command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, CHECKPOINT_DISABLE: '1' };
    delete env.WORKLOADS_TARGET; // the stacks the runtime files use pin their target
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (b) => (log += b));
    child.stderr.on('data', (b) => (log += b));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${what} exited ${code}\n${log.slice(-4000)}`))));
  });
}

/** `cdktf synth` of cdktf.json's app (every example) into `outdir`: always today's code. */
export function synthExamples(outdir: string): Promise<void> {
  return run('cdktf synth', 'npx', ['cdktf', 'synth', '--output', outdir]);
}

/** The test-only stacks (test-app.ts) into `outdir`, with the loader `cdktf synth` uses for the examples. */
export function synthTestStacks(outdir: string): Promise<void> {
  return run('test-app.ts', process.execPath, ['-r', './scripts/register.js', 'test/runtime/test-app.ts', outdir]);
}

function stackDir(env: string, stack: string): string {
  const outdir = process.env[env];
  if (!outdir) throw new Error(`${env} is not set: run the runtime files with jest.runtime.config.js (its globalSetup synthesizes the stacks)`);
  const dir = path.join(outdir, 'stacks', stack);
  if (!fs.existsSync(path.join(dir, 'cdk.tf.json'))) throw new Error(`synth wrote no stack ${stack} into ${outdir}`);
  return dir;
}

/** The folder of a synthesized example stack (holding cdk.tf.json). */
export function exampleStack(stack: string): string {
  return stackDir(EXAMPLES_ENV, stack);
}

/** The folder of a synthesized test-only stack (issue12-stacks.ts). */
export function testStack(stack: string): string {
  return stackDir(TEST_STACKS_ENV, stack);
}

/** The one libvirt_domain of a stack whose name ends with `_<suffix>`. */
export function domainName(stackDir: string, suffix: string): string {
  const json = JSON.parse(fs.readFileSync(path.join(stackDir, 'cdk.tf.json'), 'utf8'));
  const names = Object.values<any>(json.resource.libvirt_domain).map((d) => d.name as string).filter((n) => n.endsWith(`_${suffix}`));
  if (names.length !== 1) throw new Error(`${stackDir}: ${names.length} libvirt_domains end with _${suffix}: ${names}`);
  return names[0];
}

/** A shell script in the guest. */
export function sh(domain: string, script: string): { exit: number; stdout: string; stderr: string } {
  return execVm(domain, ['sh', '-c', script], 180);
}

/** Polls `check` every 3 s until it returns true or `seconds` pass. */
export function waitFor(seconds: number, check: () => boolean): boolean {
  const end = Date.now() + seconds * 1000;
  for (;;) {
    if (check()) return true;
    if (Date.now() > end) return false;
    spawnSync('sleep', ['3']);
  }
}

/** cloud-init finished without an error, no unit failed, and the lab found nothing wrong. */
export function expectClean(report: BootReport): void {
  expect(report.problems).toEqual([]);
  expect(report.cloud_init_status).toBe('done');
  expect(report.cloud_init_errors).toEqual([]);
  expect(report.failed_units).toEqual([]);
  expect(report.ok).toBe(true);
}

/** One line for the run's timing summary: how long the boot took and where (the lab's console marks). */
export function bootTiming(what: string, report: BootReport): string {
  const marks = Object.entries((report.timings_s ?? {}) as { [mark: string]: number }).map(([k, v]) => `${k} ${Math.round(v)} s`).join(', ');
  return `${what}: ${Math.round(report.boot_seconds)} s (${marks})`;
}
