// The runtime suite's test-only stacks (issue12-stacks.ts), synthesized as `cdktf synth` would:
// `node -r ./scripts/register.js test/runtime/test-app.ts OUTDIR` (global-setup.ts runs it).
import { App } from 'cdktf';
import { HardenedContainerStack, Issue12HybridStack, TEST_STACKS } from './issue12-stacks';

const outdir = process.argv[2];
if (!outdir) throw new Error('usage: test-app.ts OUTDIR');
const app = new App({ outdir });
new HardenedContainerStack(app, TEST_STACKS.hardened);
new Issue12HybridStack(app, TEST_STACKS.hybrid);
app.synth();
