// Typed access to scripts/tfcheck.js, which CI also runs on `cdktf.out`.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const impl = require('../scripts/tfcheck.js');

/** True when terraform and the shared tfcheck are both available. */
export const tfcheckAvailable: () => boolean = impl.available;

/** Runs tfcheck on stack folders (or cdktf.out folders); placeholders for secret variables. */
export const tfcheck: (dirs: string[]) => { status: number | null; output: string; stacks: string[] } = impl.run;

/**
 * Synthesizes one stack, built by `build`, into a temporary cdktf.out and runs tfcheck on it;
 * the folder is removed afterwards.
 */
export function tfcheckStack(name: string, build: (stack: TerraformStack) => void): { status: number | null; output: string } {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), `tfcheck-${name}-`));
  try {
    const app = new App({ outdir });
    build(new TerraformStack(app, name));
    app.synth();
    return tfcheck([path.join(outdir, 'stacks', name)]);
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}
