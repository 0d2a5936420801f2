#!/usr/bin/env node
// The `cdktf-workloads` command. Not part of the package's API: `require('cdktf-workloads')` never
// loads it (lib/index.js does not import src/cli or src/compare).
import * as fs from 'fs';
import * as path from 'path';
import { Command, CommanderError, Option } from 'commander';
import { footprintChart } from './chart';
import { formatJson, formatMarkdown, formatTable, Style, styleFor } from './format';
import { buildApp, synthApp } from '../compare/build';
import { compareApp } from '../compare/compare';
import { AppSpec } from '../model/app-spec';
import { AppSpecError, loadAppSpec, locateAppProblems, looksLikeCompose, readYaml } from '../model/app-spec-file';
import { loadComposeFile } from '../model/compose-file';
import { WorkloadTarget } from '../model/target';
import { hashedName, NAME_PREFIX_MAX } from '../targets/host-names';

/** Exit codes scripts can rely on (also in `--help` and the README). */
export const EXIT = { ok: 0, problems: 1, usage: 2, internal: 3 } as const;

const EXIT_HELP = `
Exit codes:
  0  done, no problem found
  1  problems found in the app file (each printed as file:line:col: field: message)
  2  usage error: unknown command or option, missing or bad argument
  3  internal error (a bug: please report it with the output)`;

const SCHEMA = path.join(__dirname, '..', '..', 'schema', 'app-spec.schema.json');
const TARGET_NAMES = Object.values(WorkloadTarget) as string[];

const out = (text: string) => process.stdout.write(text);
const err = (text: string) => process.stderr.write(text);

/** What the Compose options of a command say (`--ignore`, `--publish-on-all-addresses`). */
interface ComposeOpts {
  readonly ignore?: string[];
  readonly publishOnAllAddresses?: boolean;
}

/** An app file or a Compose file read as an app, and where its workloads are in the file. */
interface Loaded {
  readonly app: AppSpec;
  readonly compose: boolean;
}

/**
 * True for a Compose file (top-level services: and no workloads:); a file that does not parse is
 * not one, and loadAppSpec reports why.
 */
function isComposeFile(file: string): boolean {
  try {
    return looksLikeCompose(readYaml(file).data);
  } catch (e) {
    if (e instanceof AppSpecError) return false;
    throw e;
  }
}

/**
 * The app file, or a Compose file read as loadComposeFile reads it (the shell's environment and
 * the .env next to it, as Compose does); or its problems printed and undefined.
 */
function load(file: string, s: Style, opts: ComposeOpts): Loaded | undefined {
  try {
    if (isComposeFile(file)) {
      return { app: loadComposeFile(file, { ignore: opts.ignore, publishOnAllAddresses: opts.publishOnAllAddresses }), compose: true };
    }
    if (opts.ignore?.length || opts.publishOnAllAddresses) {
      throw new CommanderError(EXIT.usage, 'cdktf-workloads.composeOnly', `error: --ignore and --publish-on-all-addresses are for Compose files, and ${file} is an app file`);
    }
    return { app: loadAppSpec(file), compose: false };
  } catch (e) {
    if (!(e instanceof AppSpecError)) throw e;
    printProblems(e.problems, s);
    return undefined;
  }
}

function printProblems(problems: string[], s: Style): void {
  for (const p of problems) err(`${s.red('error')} ${p}\n`);
  err(s.bold(`${problems.length} problem${problems.length === 1 ? '' : 's'}\n`));
}

/** The synth-time problems of the app on `target` (as WorkloadApp picks when undefined), at their place in the file. */
function synthProblems(file: string, loaded: Loaded, target: WorkloadTarget | undefined, stackName: string) {
  const built = buildApp(loaded.app, stackName, target);
  const base = loaded.compose ? (name: string) => ['services', name] : undefined;
  return { built, problems: locateAppProblems(file, loaded.app, built.problems, base) };
}

/** The options of every command that reads a file: what loadComposeFile takes. */
function withComposeOptions(command: Command): Command {
  return command
    .option('--ignore <field...>', 'Compose files: drop these fields knowingly, e.g. services.web.build (every field no target can honour is otherwise an error)')
    .option('--publish-on-all-addresses', 'Compose files: publish ports without a host IP on 0.0.0.0, as Compose does (default: 127.0.0.1)');
}

const STACK_NAME = /^[A-Za-z0-9_-]+$/;

/**
 * The stack's name when none is given, for synth, validate and compare alike: the file's folder
 * and its name without extension, joined by "--" (`shop/compose.yaml` → `shop--compose`), so two
 * projects' `compose.yaml` get two stacks, and so two prefixes on a host. Each part lowercased
 * with runs of other characters as one "-" never holds "--", so no two (folder, name) pairs meet;
 * where a part had to be changed, or the whole is longer than a name prefix, it is cut and gets
 * a hash of the folder and name (`My Shop/App.yaml` → `my-shop--app-<8 hex>`). Always a valid
 * name prefix, which the stack's hosts then take unchanged.
 */
export function defaultStackName(file: string): string {
  const parts = [path.basename(path.dirname(path.resolve(file))), path.basename(file, path.extname(file))];
  const normalised = parts.map((p) => p.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, ''));
  const joined = normalised.filter((p) => p !== '').join('--');
  if (normalised.every((p, i) => p !== '' && p === parts[i]) && joined.length <= NAME_PREFIX_MAX) return joined;
  return hashedName(joined, parts.join('/'), NAME_PREFIX_MAX);
}

function targetOption(): Option {
  return new Option('-t, --target <target>', 'the target of every workload (default: each workload\'s `target`, else WORKLOADS_TARGET, else container)')
    .choices(TARGET_NAMES);
}

export function program(): Command {
  const s = styleFor(process.stderr);
  const so = styleFor(process.stdout);
  const cli = new Command('cdktf-workloads')
    .description('Validate, synthesize and compare cdktf-workloads app files (YAML or JSON) and Compose files on the container, vm, hybrid and swarm targets.')
    .exitOverride()
    .showHelpAfterError('(add --help for usage)')
    .addHelpText('after', EXIT_HELP);
  cli.configureOutput({ outputError: (text, write) => write(s.red(text)) });

  withComposeOptions(cli.command('validate'))
    .description('Check an app file: the schema, every workload\'s rules, and what synthesis would report for the target. Prints every problem with file:line:col; exit 1 on any.')
    .argument('<file>', 'the app file (.yaml, .yml or .json), or a Compose file (top-level services:)')
    .addOption(targetOption())
    .addHelpText('after', EXIT_HELP)
    .action((file: string, opts: { target?: WorkloadTarget } & ComposeOpts) => {
      const loaded = load(file, s, opts);
      if (!loaded) return void (process.exitCode = EXIT.problems);
      const { app } = loaded;
      const { built, problems } = synthProblems(file, loaded, opts.target, defaultStackName(file));
      if (problems.length) {
        printProblems(problems, s);
        return void (process.exitCode = EXIT.problems);
      }
      const targets = [...new Set(Object.values(built.app.targets))].sort().join(', ');
      out(`${file}: ${so.green('valid')}, ${app.workloads.length} workload${app.workloads.length === 1 ? '' : 's'} on the ${targets} target\n`);
    });

  withComposeOptions(cli.command('synth'))
    .description('Synthesize the stack WorkloadApp makes of an app file, through cdktf\'s own synthesis, into DIR/stacks/STACK/cdk.tf.json.')
    .argument('<file>', 'the app file (.yaml, .yml or .json), or a Compose file (top-level services:)')
    .addOption(targetOption())
    .option('-o, --out <dir>', 'output folder', 'cdktf.out')
    .option('-s, --stack <name>', 'stack name (default: the file\'s folder and name, e.g. shop--compose for shop/compose.yaml)')
    .addHelpText('after', EXIT_HELP)
    .action((file: string, opts: { target?: WorkloadTarget; out: string; stack?: string } & ComposeOpts) => {
      const stackName = opts.stack ?? defaultStackName(file);
      if (!STACK_NAME.test(stackName)) {
        throw new CommanderError(EXIT.usage, 'cdktf-workloads.stackName', `error: stack name ${JSON.stringify(stackName)} may only have letters, digits, "-" and "_"; give one with --stack`);
      }
      const loaded = load(file, s, opts);
      if (!loaded) return void (process.exitCode = EXIT.problems);
      // Checked first, so problems come with their place in the file rather than as cdktf's error.
      const { problems } = synthProblems(file, loaded, opts.target, stackName);
      if (problems.length) {
        printProblems(problems, s);
        return void (process.exitCode = EXIT.problems);
      }
      const dir = synthApp(loaded.app, stackName, opts.out, opts.target);
      out(`wrote ${path.join(dir, 'cdk.tf.json')}\nthen: cd ${dir} && terraform init && terraform apply\n`);
    });

  withComposeOptions(cli.command('compare'))
    .description('For each workload and the app, on each target: memory the host reserves, disk, isolation, what start involves, the fields that target cannot honour, and a recommendation with its reasons.')
    .argument('<file>', 'the app file (.yaml, .yml or .json), or a Compose file (top-level services:)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'markdown']).default('table'))
    .option('--chart <file.svg>', 'also write an SVG bar chart of the footprint per target')
    .option('--isolate', 'the app must not share the host\'s kernel (a VM boundary is required)', false)
    .addHelpText('after', EXIT_HELP)
    .action((file: string, opts: { format: string; chart?: string; isolate: boolean } & ComposeOpts) => {
      const loaded = load(file, s, opts);
      if (!loaded) return void (process.exitCode = EXIT.problems);
      const comparison = compareApp(loaded.app, { isolate: opts.isolate, stackName: defaultStackName(file) });
      if (opts.format === 'json') out(formatJson(file, comparison));
      else if (opts.format === 'markdown') out(formatMarkdown(comparison));
      else out(formatTable(comparison, so));
      if (opts.chart) {
        fs.writeFileSync(opts.chart, footprintChart(comparison, `${path.basename(file)}: footprint per target`));
        err(`wrote ${opts.chart}\n`);
      }
    });

  cli.command('schema')
    .description('Print where the JSON Schema of app files is, and how to use it in an editor.')
    .addHelpText('after', EXIT_HELP)
    .action(() => {
      out(`${SCHEMA}\n\n`
        + 'Editors with YAML support (yaml-language-server: VS Code\'s YAML extension, Neovim, Helix…) complete and check\n'
        + 'an app file that starts with this line, the path relative to the file or absolute:\n\n'
        + `# yaml-language-server: $schema=${SCHEMA}\n\n`
        + 'For JSON app files, set "$schema" in your editor\'s JSON schema settings to the same path.\n');
    });
  return cli;
}

/** Runs the command line and returns its exit code. */
export function main(argv: string[]): number {
  process.exitCode = EXIT.ok;
  try {
    program().parse(argv);
    return Number(process.exitCode ?? EXIT.ok);
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and `help` end with commander's exit code 0; help shown for a missing command is a usage error.
      if (e.exitCode === 0) return EXIT.ok;
      if (e.code.startsWith('cdktf-workloads.')) process.stderr.write(`${e.message}\n`);
      return EXIT.usage;
    }
    process.stderr.write(`internal error: ${(e as Error).stack ?? e}\n`);
    return EXIT.internal;
  }
}

if (require.main === module) {
  process.exitCode = main(process.argv);
}
