// The file's top-level volumes, networks, secrets and configs: what services may name.
import { Context, Data, onlyKeys } from './context';
import { readConfigFile } from './mounts';
import { variableName, volumeName } from './names';
import { values } from './values';

export function topVolumes(ctx: Context, data: Data): Map<string, string> {
  const out = new Map<string, string>();
  if (data === undefined || data === null) return out;
  const map = values(ctx).dict(['volumes'], data);
  const byName = new Map<string, string>();
  for (const [name, body] of Object.entries(map ?? {})) {
    const where = ['volumes', name];
    const mapped = volumeName(name);
    const first = byName.get(mapped);
    if (first !== undefined) {
      ctx.report(where, `becomes the volume name ${JSON.stringify(mapped)}, as does ${JSON.stringify(first)}; rename one of them`);
    }
    byName.set(mapped, name);
    out.set(name, mapped);
    if (body === null || body === undefined) continue;
    const settings = values(ctx).dict(where, body);
    if (settings) {
      onlyKeys(ctx, where, settings, [], (key) => (key === 'external' ? 'the volume would be managed outside the app; a volume of the app is created by it'
        : key === 'name' ? 'volume names come from the stack and the workload' : `the volume's ${key} is the engine's default`));
    }
  }
  return out;
}

export function topNetworks(ctx: Context, data: Data): Set<string> {
  const out = new Set<string>(['default']);
  if (data === undefined || data === null) return out;
  for (const [name, body] of Object.entries(values(ctx).dict(['networks'], data) ?? {})) {
    out.add(name);
    if (body === null || body === undefined) continue;
    const settings = values(ctx).dict(['networks', name], body);
    if (!settings) continue;
    if (settings.driver !== undefined && settings.driver !== 'bridge') {
      ctx.unsupported(['networks', name, 'driver'], 'networks are bridge networks');
    }
    onlyKeys(ctx, ['networks', name], settings, ['driver'], (key) => `the network's ${key} setting is not honoured (networks are plain bridge networks of the app)`);
  }
  return out;
}

/** Top-level secrets: name → Terraform variable name. */
export function topSecrets(ctx: Context, data: Data): Map<string, string> {
  const out = new Map<string, string>();
  if (data === undefined || data === null) return out;
  for (const [name, body] of Object.entries(values(ctx).dict(['secrets'], data) ?? {})) {
    out.set(name, variableName(name));
    const settings = values(ctx).dict(['secrets', name], body);
    if (!settings) continue;
    if (settings.file === undefined && settings.environment === undefined && settings.external === undefined) {
      ctx.report(['secrets', name], 'has neither file nor environment; give one of them');
    }
    onlyKeys(ctx, ['secrets', name], settings, ['file', 'environment'], (key) => (key === 'external' ? 'an external secret is managed outside the app; the app\'s secrets are Terraform variables'
      : `the secret's ${key} is not honoured`));
  }
  return out;
}

/** Top-level configs: name → content (undefined when it could not be read, which is reported). */
export function topConfigs(ctx: Context, data: Data): Map<string, { content?: string }> {
  const out = new Map<string, { content?: string }>();
  if (data === undefined || data === null) return out;
  const v = values(ctx);
  for (const [name, body] of Object.entries(v.dict(['configs'], data) ?? {})) {
    const where = ['configs', name];
    const settings = v.dict(where, body);
    out.set(name, {});
    if (!settings) continue;
    onlyKeys(ctx, where, settings, ['file', 'content', 'environment'], (key) => (key === 'external' ? 'an external config is managed outside the app; give it as file or content' : `the config's ${key} is not honoured`));
    const given = ['file', 'content', 'environment'].filter((k) => settings[k] !== undefined);
    if (given.length !== 1) {
      if (settings.external === undefined) ctx.report(where, `has ${given.length ? given.join(' and ') : 'none of file, content and environment'}; give exactly one of them`);
      continue;
    }
    if (settings.file !== undefined) {
      const file = v.str([...where, 'file'], settings.file);
      if (file !== undefined) out.set(name, { content: readConfigFile(ctx, [...where, 'file'], file, () => 'give a config file') });
    } else if (settings.content !== undefined) {
      out.set(name, { content: v.text([...where, 'content'], settings.content) });
    } else {
      const variable = v.str([...where, 'environment'], settings.environment);
      if (variable === undefined) continue;
      if (ctx.vars[variable] === undefined) ctx.report([...where, 'environment'], `the variable ${variable} is not set; set it in the environment or in .env`);
      else out.set(name, { content: ctx.vars[variable] });
    }
  }
  return out;
}
