import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack, Testing } from 'cdktf';
import { WorkloadApp } from '../app/workload-app';
import { AppSpec } from '../model/app-spec';
import { WorkloadTarget } from '../model/target';

/** The stack WorkloadApp makes of an app, and every problem its synthesis would report. */
export interface BuiltApp {
  readonly stack: TerraformStack;
  /** Construct id `app`, as in examples/switch-target/stack.ts. */
  readonly app: WorkloadApp;
  /** The construct validations' messages, in construct order, each once. */
  readonly problems: string[];
}

/**
 * Builds `app` in a stack named `stackName`, as WorkloadApp does (`target` wins over the specs'
 * and the environment's), runs the stack's Aspects as synthesis does, then collects every
 * construct's validation problems instead of throwing on the first stack. Nothing is written: the
 * cdktf App needs an output folder, so it gets a temporary one, removed before returning.
 */
export function buildApp(app: AppSpec, stackName: string, target?: WorkloadTarget): BuiltApp {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-workloads-'));
  try {
    const stack = new TerraformStack(new App({ outdir }), stackName);
    const workloadApp = new WorkloadApp(stack, 'app', { app, target });
    // cdktf exports no other way to run the Aspects (dependsOn wiring) without writing files.
    Testing.synth(stack, false);
    const problems = [...new Set(stack.node.findAll().flatMap((c) => c.node.validate()))];
    return { stack, app: workloadApp, problems };
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

/**
 * Synthesizes `app` into `outdir` through cdktf's own App.synth (stacks/<stackName>/cdk.tf.json),
 * in a fresh App, so the output is what a cdktf program with the same WorkloadApp writes.
 * Returns the stack's folder.
 */
export function synthApp(app: AppSpec, stackName: string, outdir: string, target?: WorkloadTarget): string {
  const cdktfApp = new App({ outdir });
  const stack = new TerraformStack(cdktfApp, stackName);
  new WorkloadApp(stack, 'app', { app, target });
  cdktfApp.synth();
  return path.join(outdir, 'stacks', stackName);
}
