// A service's volumes, tmpfs and configs, and the host files they read.
import * as fs from 'fs';
import * as path from 'path';
import { APP_FILE_LIMITS, AppSpecError, decode, Segment } from '../app-spec-file';
import { ConfigFileSpec, TmpfsSpec, VolumeSpec, WorkloadSpec } from '../workload-spec';
import { Context, Dict, Mutable, onlyKeys, ProjectFacts } from './context';
import { dropUndefined, isDict, octalMode, values, wholeMiB } from './values';

export function mapMounts(ctx: Context, at: (...rest: Segment[]) => Segment[], body: Dict, spec: Mutable<WorkloadSpec>, facts: ProjectFacts, replicas: number): void {
  const v = values(ctx);
  const volumes: VolumeSpec[] = [];
  const configFiles: ConfigFileSpec[] = [];
  const tmpfs: TmpfsSpec[] = [];
  let anonymous = 0;
  const named = (where: Segment[], source: string, target: string, readOnly: boolean) => {
    const name = facts.declared.volumes.get(source);
    if (name === undefined) {
      ctx.report(where, `names the volume ${JSON.stringify(source)}, which the file does not declare under volumes:; declare it${/^[A-Za-z]:/.test(source) ? '' : ', or write a host path starting with "./" or "/"'}`);
      return;
    }
    volumes.push(dropUndefined({
      name, mountPath: target, readOnly: readOnly || undefined, shared: facts.shared.has(source) || undefined,
      sharedByReplicas: replicas > 1 || undefined,
    }));
  };
  const bind = (where: Segment[], source: string, target: string) => {
    const content = readConfigFile(ctx, where, source, () => 'only files can be mounted from the host (as configFiles); use a named volume for data');
    if (content !== undefined) configFiles.push({ mountPath: target, content });
  };
  (body.volumes === undefined ? [] : v.list(at('volumes'), body.volumes) ?? []).forEach((item, i) => {
    const where = at('volumes', i);
    if (isDict(item)) {
      const type = item.type === undefined ? 'volume' : v.str([...where, 'type'], item.type);
      const target = v.str([...where, 'target'], item.target);
      const source = item.source === undefined ? undefined : v.str([...where, 'source'], item.source);
      const readOnly = item.read_only === undefined ? false : v.bool([...where, 'read_only'], item.read_only) ?? false;
      if (target === undefined || type === undefined) return;
      const options = { volume: ['nocopy', 'subpath'], bind: ['propagation', 'create_host_path', 'selinux'], tmpfs: ['size', 'mode'] } as { [t: string]: string[] };
      onlyKeys(ctx, where, item, ['type', 'source', 'target', 'read_only', ...(type === 'tmpfs' ? ['tmpfs'] : [])], (key) => (options[key] ? `${key} options are not honoured` : `the mount's ${key} is not honoured`));
      if (type === 'volume') {
        if (source === undefined) volumes.push({ name: `anon-${++anonymous}`, mountPath: target });
        else named(where, source, target, readOnly);
      } else if (type === 'bind') {
        if (source !== undefined) bind([...where, 'source'], source, target);
      } else if (type === 'tmpfs') {
        const settings = isDict(item.tmpfs) ? item.tmpfs : {};
        onlyKeys(ctx, [...where, 'tmpfs'], settings, ['size'], (key) => `the tmpfs ${key} is not honoured`);
        tmpfs.push(dropUndefined({ mountPath: target, sizeMiB: settings.size === undefined ? undefined : wholeMiB(ctx, [...where, 'tmpfs', 'size'], settings.size) }));
      } else {
        ctx.unsupported([...where, 'type'], `mounts of type ${JSON.stringify(type)} are not honoured (volume, bind of a file, and tmpfs are)`);
      }
      return;
    }
    const text = v.str(where, item);
    if (text === undefined) return;
    const parts = text.split(':');
    if (parts.length === 1) {
      volumes.push({ name: `anon-${++anonymous}`, mountPath: text });
      return;
    }
    if (parts.length > 3) {
      ctx.report(where, `${JSON.stringify(text)} is not source:target[:mode]`);
      return;
    }
    const [source, target, mode] = parts;
    let readOnly = false;
    for (const option of (mode ?? '').split(',').filter((o) => o !== '')) {
      if (option === 'ro' || option === 'rw') readOnly = option === 'ro';
      else ctx.unsupported(where, `the mount option ${JSON.stringify(option)} is not honoured (ro and rw are)`);
    }
    if (/^[./~]/.test(source)) bind(where, source, target);
    else named(where, source, target, readOnly);
  });
  if (body.tmpfs !== undefined) {
    const items = v.strings(at('tmpfs'), body.tmpfs) ?? [];
    items.forEach((item, i) => {
      const where = typeof body.tmpfs === 'string' ? at('tmpfs') : at('tmpfs', i);
      const [mountPath, options] = [item.split(':')[0], item.split(':').slice(1).join(':')];
      let sizeMiB: number | undefined;
      for (const option of options.split(',').filter((o) => o !== '')) {
        if (option.startsWith('size=')) sizeMiB = wholeMiB(ctx, where, option.slice(5));
        else if (option !== 'rw') ctx.unsupported(where, `the tmpfs option ${JSON.stringify(option)} is not honoured (size is)`);
      }
      tmpfs.push(dropUndefined({ mountPath, sizeMiB }));
    });
  }
  if (body.configs !== undefined) {
    (v.list(at('configs'), body.configs) ?? []).forEach((item, i) => {
      const where = at('configs', i);
      let source: string | undefined;
      let target: string | undefined;
      let mode: string | undefined;
      if (isDict(item)) {
        source = v.str([...where, 'source'], item.source);
        target = item.target === undefined ? undefined : v.str([...where, 'target'], item.target);
        if (item.mode !== undefined) mode = octalMode(ctx, [...where, 'mode'], item.mode);
        onlyKeys(ctx, where, item, ['source', 'target', 'mode'], (key) => `the config's ${key} is not honoured: config files belong to root and are readable by every user`);
      } else {
        source = v.str(where, item);
      }
      if (source === undefined) return;
      const config = facts.declared.configs.get(source);
      if (config === undefined) {
        ctx.report(where, `names the config ${JSON.stringify(source)}, which the file does not declare under configs:; declare it`);
        return;
      }
      const mountPath = target === undefined ? `/${source}` : target.startsWith('/') ? target : `/${target}`;
      if (config.content !== undefined) configFiles.push(dropUndefined({ mountPath, content: config.content, mode }));
    });
  }
  if (volumes.length) spec.volumes = volumes;
  if (configFiles.length) spec.configFiles = configFiles;
  if (tmpfs.length) spec.tmpfs = tmpfs;
}

/**
 * The text of a file the Compose file mounts (a config, or a bind mount of a file), relative to
 * the Compose file; undefined, and reported, when it is not a readable UTF-8 file. `notFile`
 * says what to do when it is a directory or missing.
 */
export function readConfigFile(ctx: Context, where: Segment[], source: string, notFile: () => string): string | undefined {
  if (source.startsWith('~')) {
    ctx.unsupported(where, `${JSON.stringify(source)} is in a home directory, which differs between the machine that synthesizes and the one that deploys; give the path relative to the Compose file`);
    return undefined;
  }
  const file = path.resolve(ctx.dir, source);
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(file);
  } catch {
    stat = undefined;
  }
  if (!stat?.isFile()) {
    ctx.unsupported(where, `${JSON.stringify(source)} is ${stat ? 'a directory' : 'missing'} (${file}); ${notFile()}`);
    return undefined;
  }
  if (stat.size > APP_FILE_LIMITS.bytes) {
    ctx.report(where, `${file} has ${stat.size} bytes, more than the ${APP_FILE_LIMITS.bytes} (4 MiB) a config file may have; mount large data as a volume`);
    return undefined;
  }
  try {
    return decode(file, fs.readFileSync(file));
  } catch (e) {
    ctx.report(where, e instanceof AppSpecError ? `${e.problems[0]}; config files are text` : `cannot be read: ${(e as Error).message}`);
    return undefined;
  }
}
