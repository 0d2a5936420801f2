import * as path from 'path';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { loadAppSpec, WorkloadApp, WorkloadTarget } from '../../src';

/** examples/switch-target/app.yaml, whose target is configuration. */
export const SWITCH_TARGET_APP = path.join(__dirname, 'app.yaml');

/**
 * The switch-target app. Without `target`, WORKLOADS_TARGET or the cdktf.json context key
 * `target` decides (container by default); with it, the stack is pinned to that target.
 */
export class SwitchTargetStack extends TerraformStack {
  public readonly app: WorkloadApp;

  constructor(scope: Construct, id: string, target?: WorkloadTarget) {
    super(scope, id);
    this.app = new WorkloadApp(this, 'app', { app: loadAppSpec(SWITCH_TARGET_APP), target });
  }
}
