import * as path from 'path';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { loadComposeFile, WorkloadApp, WorkloadTarget } from '../../src';

/** The Compose examples, by the name their stacks start with. */
export const COMPOSE_EXAMPLES: { [name: string]: string } = {
  nextcloud: path.join(__dirname, 'nextcloud', 'compose.yaml'),
  paperless: path.join(__dirname, 'paperless', 'compose.yaml'),
};

/**
 * One Compose file as an app. The environment is given, not the shell's, so the synthesized
 * stacks are the same on every machine (the examples' defaults and .env fill the rest).
 */
export class ComposeStack extends TerraformStack {
  public readonly app: WorkloadApp;

  constructor(scope: Construct, id: string, file: string, target: WorkloadTarget) {
    super(scope, id);
    this.app = new WorkloadApp(this, 'app', { app: loadComposeFile(file, { environment: {} }), target });
  }
}

/**
 * Adds `compose-<example>`, `-vm` and `-hybrid` for each Compose example. Not yet part of
 * addExampleStacks: the examples use fields (volumes[].shared, configFiles, dependencyConditions,
 * job) that this version's targets still refuse; test/compose-examples.test.ts lists which.
 */
export function addComposeExampleStacks(scope: Construct): void {
  for (const [name, file] of Object.entries(COMPOSE_EXAMPLES)) {
    new ComposeStack(scope, `compose-${name}`, file, WorkloadTarget.CONTAINER);
    new ComposeStack(scope, `compose-${name}-vm`, file, WorkloadTarget.VM);
    new ComposeStack(scope, `compose-${name}-hybrid`, file, WorkloadTarget.HYBRID);
  }
}
