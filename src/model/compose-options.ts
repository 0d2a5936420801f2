// Its own module so that the loader (compose/) and its entry point (compose-file.ts) can both import it.
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

/** What `ComposeFile.read` returns: the app, and what the library chose on the user's behalf. */
export interface ComposeLoadResult {
  /** The Compose file's services as workload specs. */
  readonly app: AppSpec;
  /**
   * One line for each thing the library chose on the user's behalf where the file says nothing
   * (e.g. the default memory limit), as "file:line:col: field: message", in the file's order.
   * They are not problems: the app is as the notices say.
   */
  readonly notices: string[];
}
