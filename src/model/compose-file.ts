import type { AppSpec } from './app-spec';
import { ComposeFileOptions, ComposeLoadResult } from './compose-options';

/**
 * Loads Compose files (compose-spec.io) as app specs. The loader itself is loaded on first use,
 * so programs that do not read Compose files do not pay for it.
 */
export class ComposeFile {
  /**
   * Reads a Compose file and maps its services onto workload specs, as the README's table
   * "Compose fields" says. Throws one AppSpecError listing every problem with its file, line and
   * column: errors in the file, and every field no target can honour (unless `options.ignore`
   * names it).
   */
  public static load(file: string, options?: ComposeFileOptions): AppSpec {
    return ComposeFile.read(file, options).app;
  }

  /**
   * Same as `load`, with the notices: one line for each thing the library chose on the user's
   * behalf, such as the default memory limit of a service that sets none.
   */
  public static read(file: string, options?: ComposeFileOptions): ComposeLoadResult {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loader: typeof import('./compose/project') = require('./compose/project');
    return loader.loadCompose(file, options ?? {});
  }

  private constructor() {}
}

/** Same as `ComposeFile.load`, for TypeScript and JavaScript users. */
export function loadComposeFile(file: string, options?: ComposeFileOptions): AppSpec {
  return ComposeFile.load(file, options);
}
