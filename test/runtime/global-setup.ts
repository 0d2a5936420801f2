// Once per `npm run test:runtime`, in jest's parent process before the workers start (they inherit
// its environment): the run's temp folder, the examples and the test-only stacks synthesized once,
// and the lab prepared once, so the files that run side by side neither synthesize twice nor race
// on `lab images`.
import * as fs from 'fs';
import * as path from 'path';
import { prepareLab } from './lab';
import { EXAMPLES_ENV, synthExamples, synthTestStacks, TEST_STACKS_ENV } from './stacks';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const tempDir = require('../temp-dir') as { setup: () => Promise<void> };

export default async function setup(): Promise<void> {
  await tempDir.setup();
  const outdir = fs.mkdtempSync(path.join(process.env.TMPDIR!, 'runtime-examples-'));
  const testOutdir = fs.mkdtempSync(path.join(process.env.TMPDIR!, 'runtime-test-stacks-'));
  const t0 = Date.now();
  // synth (node) runs while the lab installs its packages, starts dockerd and restores its images
  const synthesized = Promise.all([synthExamples(outdir), synthTestStacks(testOutdir)]);
  prepareLab(); // synchronous: the synth child processes run meanwhile
  await synthesized;
  process.env[EXAMPLES_ENV] = outdir;
  process.env[TEST_STACKS_ENV] = testOutdir;
  process.stdout.write(`\nruntime suite setup (synth + lab setup, docker-up, images, guest-image): ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
}
