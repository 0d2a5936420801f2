import { App } from 'cdktf';
import { LegacyVmStack } from './legacy-vm/vm-stack';
import { MicroservicesContainerStack } from './microservices/container-stack';
import { WebAndDbContainerStack } from './web-and-db/container-stack';
import { WebAndDbVmStack } from './web-and-db/vm-stack';

/** Adds every example stack to `app`; shared by `npm run synth` and the tests. */
export function addExampleStacks(app: App): void {
  new WebAndDbContainerStack(app, 'web-and-db');
  new MicroservicesContainerStack(app, 'microservices');
  new WebAndDbVmStack(app, 'web-and-db-vm');
  new LegacyVmStack(app, 'legacy-vm');
}
