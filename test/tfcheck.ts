// Typed access to scripts/tfcheck.js, which CI also runs on `cdktf.out`.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const impl = require('../scripts/tfcheck.js');

/** True when terraform and the shared tfcheck are both available. */
export const tfcheckAvailable: () => boolean = impl.available;

/** Runs tfcheck on stack folders (or cdktf.out folders); placeholders for secret variables. */
export const tfcheck: (dirs: string[]) => { status: number | null; output: string; stacks: string[] } = impl.run;
