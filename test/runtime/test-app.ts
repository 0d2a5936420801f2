// The runtime suite's test-only stacks (issue12-stacks.ts, swarm-stacks.ts), synthesized as `cdktf synth` would:
// `node -r ./scripts/register.js test/runtime/test-app.ts OUTDIR` (global-setup.ts runs it).
import { App } from 'cdktf';
import { HardenedContainerStack, Issue12HybridStack, TEST_STACKS } from './issue12-stacks';
import { SWARM_STACKS, SwarmRuntimeStack } from './swarm-stacks';

const outdir = process.argv[2];
if (!outdir) throw new Error('usage: test-app.ts OUTDIR');
const app = new App({ outdir });
new HardenedContainerStack(app, TEST_STACKS.hardened);
new Issue12HybridStack(app, TEST_STACKS.hybrid);
for (const [version, id] of Object.entries(SWARM_STACKS)) new SwarmRuntimeStack(app, id, version as keyof typeof SWARM_STACKS);
app.synth();
