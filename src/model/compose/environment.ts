// A service's environment and secrets: env, and secretEnv for secrets and secret-looking values.
import { Segment } from '../app-spec-file';
import { SECRET_LOOKING } from '../warnings';
import { WorkloadSpec } from '../workload-spec';
import { Context, Declared, Dict, Mutable, onlyKeys } from './context';
import { EnvEntry, readEnvFiles } from './env-files';
import { variableName } from './names';
import { isDict, values } from './values';

/** Where Compose mounts a service's secrets. */
const SECRETS_DIR = '/run/secrets';

export function mapEnvironment(ctx: Context, at: (...rest: Segment[]) => Segment[], body: Dict, spec: Mutable<WorkloadSpec>, declared: Declared): void {
  const v = values(ctx);
  const env = new Map<string, EnvEntry>();
  readEnvFiles(ctx, at, body, env);
  if (body.environment !== undefined) {
    for (const [name, value, where] of v.pairs(at('environment'), body.environment) ?? []) {
      if (value === null || value === undefined) {
        // `KEY` alone: the variable of the environment, left out when it is not set (as Compose).
        if (ctx.vars[name] !== undefined) env.set(name, { value: ctx.vars[name], where });
        else env.delete(name);
        continue;
      }
      const text = v.text(where, value);
      if (text === undefined) continue;
      const raw = ctx.raw.get(JSON.stringify(where));
      env.set(name, { value: text, raw: raw === undefined ? undefined : Array.isArray(body.environment) ? raw.slice(raw.indexOf('=') + 1) : raw, where });
    }
  }

  const secretEnv: { [name: string]: string } = {};
  // The service's secrets: an env variable X_FILE that points at one becomes secretEnv X.
  if (body.secrets !== undefined) {
    (v.list(at('secrets'), body.secrets) ?? []).forEach((item, i) => {
      const where = at('secrets', i);
      let source: string | undefined;
      let target: string | undefined;
      if (isDict(item)) {
        source = v.str([...where, 'source'], item.source);
        target = item.target === undefined ? source : v.str([...where, 'target'], item.target);
        onlyKeys(ctx, where, item, ['source', 'target'], (key) => `the secret's ${key} is not honoured: the value is given to the workload as an env variable`);
      } else {
        source = target = v.str(where, item);
      }
      if (source === undefined || target === undefined) return;
      const variable = declared.secrets.get(source);
      if (variable === undefined) {
        ctx.report(where, `names the secret ${JSON.stringify(source)}, which the file does not declare under secrets:; declare it`);
        return;
      }
      const mountPath = target.startsWith('/') ? target : `${SECRETS_DIR}/${target}`;
      const readers = [...env].filter(([envName, e]) => envName.endsWith('_FILE') && e.value === mountPath).map(([envName]) => envName);
      if (readers.length === 0) {
        ctx.unsupported(where, `the secret would be the file ${mountPath}, and the spec cannot mount a secret as a file; give the workload an env variable NAME_FILE=${mountPath} if its image reads one (the secret then becomes secretEnv NAME), or pass the value in another way`);
        return;
      }
      for (const reader of readers) {
        const envName = reader.slice(0, -'_FILE'.length);
        if (env.has(envName)) {
          ctx.report(env.get(envName)!.where, `sets ${envName}, which the secret ${source} also gives (through ${reader}); keep one of them`);
          continue;
        }
        env.delete(reader);
        secretEnv[envName] = variable;
      }
    });
  }
  // Literal values under secret-looking names: into Terraform variables, equal values into one variable so they stay equal.
  const plain: { [name: string]: string } = {};
  for (const [envName, e] of env) {
    // The value is one variable, `${VAR}` or `${VAR:-…}`: a secret when either name looks like one.
    const fromVariable = e.raw === undefined ? undefined : /^\$\{?([A-Za-z_][A-Za-z0-9_]*)(?:(?::?[-?+])[^}]*)?\}?$/.exec(e.raw)?.[1];
    const secret = (SECRET_LOOKING.test(envName) && !envName.endsWith('_FILE')) || (fromVariable !== undefined && SECRET_LOOKING.test(fromVariable));
    if (!secret || e.value === '') {
      plain[envName] = e.value;
      continue;
    }
    secretEnv[envName] = secretVariableFor(ctx, e.value, fromVariable !== undefined ? variableName(fromVariable) : variableName(`${spec.name}_${envName}`));
  }
  if (Object.keys(plain).length) spec.env = plain;
  if (Object.keys(secretEnv).length) spec.secretEnv = secretEnv;
}

export function secretVariableFor(ctx: Context, value: string, preferred: string): string {
  const known = ctx.secretsByValue.get(value);
  if (known !== undefined) return known;
  let name = preferred;
  for (let n = 2; ctx.valuesBySecret.has(name); n++) name = `${preferred}_${n}`;
  ctx.secretsByValue.set(value, name);
  ctx.valuesBySecret.set(name, value);
  return name;
}
