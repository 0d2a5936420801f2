// The cdktf app behind `npm run synth`: every example stack, synthesized into cdktf.out/stacks/.
import { App } from 'cdktf';
import { MicroservicesContainerStack } from './microservices/container-stack';
import { WebAndDbContainerStack } from './web-and-db/container-stack';

const app = new App();
new WebAndDbContainerStack(app, 'web-and-db');
new MicroservicesContainerStack(app, 'microservices');
app.synth();
