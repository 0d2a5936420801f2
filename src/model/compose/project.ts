// The Compose file loader behind `ComposeFile.load`, loaded on first use (see ../compose-file.ts).
// What each field becomes is in mapping.ts, which the README's table is generated from.
import * as path from 'path';
import { AppSpec } from '../app-spec';
import { AppSpecError, formatPath, Found, readYaml, Segment, sortedTexts } from '../app-spec-file';
import { ComposeFileOptions, ComposeLoadResult } from '../compose-options';
import { Context, Data, Declared, Dict, unknownField } from './context';
import { readDotEnv } from './env-files';
import { interpolateTree } from './interpolation';
import { COMPOSE_TOP_LEVEL_FIELDS, COMPOSE_UNSUPPORTED_TOP_LEVEL_FIELDS } from './mapping';
import { serviceNameProblem } from './names';
import { mapService } from './service';
import { topConfigs, topNetworks, topSecrets, topVolumes } from './top-level';
import { isDict, values } from './values';

export function loadCompose(file: string, options: ComposeFileOptions): ComposeLoadResult {
  // merge: Compose reads YAML merge keys (`<<: *defaults`), which YAML 1.2 leaves out.
  const { data: parsed, tree, at } = readYaml(file, 'a Compose file is a few KiB: keep large contents in the files it mounts', true);
  let data = parsed;
  const dir = path.dirname(path.resolve(file));
  const found: Found[] = [];
  const notices: Found[] = [];
  const ignore = new Set(options.ignore ?? []);
  // Problems and notices alike: "file:line:col: field: message", kept in the file's order.
  const line = (where: Segment[], message: string): Found => {
    const offset = tree.locate(where);
    return { offset, text: `${at(offset)}: ${formatPath(where)}: ${message}` };
  };
  const ctx: Context = {
    dir,
    report: (where, message) => found.push(line(where, message)),
    unsupported: (where, why) => {
      const name = formatPath(where);
      if (!ignore.has(name)) found.push(line(where, `cannot be honoured: ${why}; remove it, or drop it knowingly with ignore: [${JSON.stringify(name)}]`));
    },
    notice: (where, message) => notices.push(line(where, message)),
    vars: {},
    secretsByValue: new Map(),
    valuesBySecret: new Map(),
    raw: new Map(),
    publishOnAllAddresses: options.publishOnAllAddresses ?? false,
  };
  // Compose: the shell's variables win over the .env file's.
  const environment = options.environment ?? stringsOf(process.env);
  ctx.vars = { ...readDotEnv(ctx, environment), ...environment };
  data = interpolateTree(ctx, data, []);
  const app = mapProject(ctx, data);
  if (found.length) throw new AppSpecError(sortedTexts(found));
  return { app, notices: sortedTexts(notices) };
}

function stringsOf(env: NodeJS.ProcessEnv): { [name: string]: string } {
  const out: { [name: string]: string } = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v;
  return out;
}

function mapProject(ctx: Context, data: Data): AppSpec {
  const v = values(ctx);
  const root = v.dict([], data);
  if (root === undefined) return { workloads: [] };
  for (const key of Object.keys(root)) {
    if (key.startsWith('x-') || COMPOSE_TOP_LEVEL_FIELDS[key]) continue;
    if (COMPOSE_UNSUPPORTED_TOP_LEVEL_FIELDS[key]) ctx.unsupported([key], COMPOSE_UNSUPPORTED_TOP_LEVEL_FIELDS[key]);
    else unknownField(ctx, [key], 'of a Compose file', [...Object.keys(COMPOSE_TOP_LEVEL_FIELDS), ...Object.keys(COMPOSE_UNSUPPORTED_TOP_LEVEL_FIELDS)]);
  }
  const declared: Declared = {
    volumes: topVolumes(ctx, root.volumes),
    networks: topNetworks(ctx, root.networks),
    secrets: topSecrets(ctx, root.secrets),
    configs: topConfigs(ctx, root.configs),
  };
  if (root.services === undefined) {
    ctx.report([], 'has no services; a Compose file needs at least one under services:');
    return { workloads: [] };
  }
  const services = v.dict(['services'], root.services);
  if (services === undefined) return { workloads: [] };
  const entries = Object.entries(services).filter(([name, body]) => {
    const where = ['services', name];
    const problem = serviceNameProblem(name);
    if (problem !== undefined) ctx.report(where, problem);
    return v.dict(where, body) !== undefined;
  }) as Array<[string, Dict]>;

  // What needs every service: which named volumes two services mount, which services others wait for to complete.
  const volumeUsers = new Map<string, Set<string>>();
  const completedBy = new Set<string>();
  for (const [name, body] of entries) {
    for (const m of Array.isArray(body.volumes) ? body.volumes : []) {
      const source = typeof m === 'string' ? m.split(':')[0] : isDict(m) && (m.type ?? 'volume') === 'volume' ? m.source : undefined;
      if (typeof source === 'string' && declared.volumes.has(source)) {
        volumeUsers.set(source, new Set([...(volumeUsers.get(source) ?? []), name]));
      }
    }
    if (isDict(body.depends_on)) {
      for (const [dep, d] of Object.entries(body.depends_on)) {
        if (isDict(d) && d.condition === 'service_completed_successfully') completedBy.add(dep);
      }
    }
  }
  const serviceNames = new Set(entries.map(([name]) => name));
  const shared = new Set([...volumeUsers].filter(([, users]) => users.size > 1).map(([volume]) => volume));
  const workloads = entries.map(([name, body]) => mapService(ctx, name, body, { declared, serviceNames, shared, job: completedBy.has(name) }));
  return { workloads };
}
