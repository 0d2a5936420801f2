import type { AppSpec } from './app-spec';

/** How `loadComposeFile` reads a Compose file. */
export interface ComposeFileOptions {
  /**
   * The variables of interpolation (`${VAR}`) and of `environment` entries without a value. The
   * `.env` file next to the Compose file adds the ones this does not set, as in Compose.
   * @default - the process's environment (`process.env`), as Compose reads the shell's
   */
  readonly environment?: { [name: string]: string };
  /**
   * Publish ports that name no host IP on every address of the host (0.0.0.0), as Compose does.
   * Without it they are published on 127.0.0.1 only.
   * @default false
   */
  readonly publishOnAllAddresses?: boolean;
  /**
   * Fields the loader cannot honour that you drop knowingly, by the path its error names, e.g.
   * "services.web.build" or "services.db.volumes[0]". Only "cannot be honoured" problems can be
   * dropped; errors in the file cannot.
   * @default - none: every field that cannot be honoured is an error
   */
  readonly ignore?: string[];
}

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
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loader: typeof import('./compose-loader') = require('./compose-loader');
    return loader.loadCompose(file, options ?? {});
  }

  private constructor() {}
}

/** Same as `ComposeFile.load`, for TypeScript and JavaScript users. */
export function loadComposeFile(file: string, options?: ComposeFileOptions): AppSpec {
  return ComposeFile.load(file, options);
}
