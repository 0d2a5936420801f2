import { App } from 'cdktf';
import { MicroservicesContainerStack } from './microservices/container-stack';
import { WebAndDbContainerStack } from './web-and-db/container-stack';

/** Adds every example stack to `app`; shared by `npm run synth` and the tests. */
export function addExampleStacks(app: App): void {
  new WebAndDbContainerStack(app, 'web-and-db');
  new MicroservicesContainerStack(app, 'microservices');
}
