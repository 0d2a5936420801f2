// The cdktf app behind `npm run synth`: every example stack, synthesized into cdktf.out/stacks/.
import { App } from 'cdktf';
import { addExampleStacks } from './stacks';

const app = new App();
addExampleStacks(app);
app.synth();
