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
 * Adds `compose-<example>` (containers), `compose-<example>-vm` (a VM per service: shared volumes
 * as host directories over virtiofs, health and job waits asked across the VMs' private network)
 * and `compose-<example>-hybrid` (one VM) for each Compose example.
 */
export function addComposeExampleStacks(scope: Construct): void {
  for (const [name, file] of Object.entries(COMPOSE_EXAMPLES)) {
    new ComposeStack(scope, `compose-${name}`, file, WorkloadTarget.CONTAINER);
    new ComposeStack(scope, `compose-${name}-vm`, file, WorkloadTarget.VM);
    new ComposeStack(scope, `compose-${name}-hybrid`, file, WorkloadTarget.HYBRID);
  }
}
