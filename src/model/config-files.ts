import * as fs from 'fs';
import * as path from 'path';
import { TextDecoder } from 'util';
import { ResolvedSpec } from './defaults';
import { Problems } from './problems';

/** Limits of a config file (`configFiles[]`): a configuration, not data; data belongs in a volume. */
export const CONFIG_FILE_LIMITS = {
  /** Bytes of a file's text (1 MiB), inline or read from `source`. */
  bytes: 1024 * 1024,
} as const;

/** A config file with its text, as the targets write it. */
export interface LoadedConfigFile {
  readonly mountPath: string;
  /** The text, UTF-8. */
  readonly content: string;
  /** Octal permission bits, e.g. "0444". */
  readonly mode: string;
}

/**
 * The spec's config files with their text: `content` as given, or `source` read now (relative to
 * the working directory; `loadAppSpec` has already made a path from an app file absolute). Sorted
 * by mountPath, so the order a spec lists them in changes nothing. A source that cannot be read is
 * a problem naming its field; such a file is left out of `files` (the problem fails the synth).
 */
export function loadConfigFiles(spec: ResolvedSpec): { files: LoadedConfigFile[]; problems: string[] } {
  const p = new Problems(spec.name);
  const files: LoadedConfigFile[] = [];
  (Array.isArray(spec.configFiles) ? spec.configFiles : []).forEach((f, i) => {
    const content = f.content ?? (typeof f.source === 'string' && f.source !== '' ? readSource(p, `configFiles[${i}].source`, f.source) : undefined);
    if (typeof content === 'string' && typeof f.mountPath === 'string') files.push({ mountPath: f.mountPath, content, mode: f.mode });
  });
  files.sort((a, b) => (a.mountPath < b.mountPath ? -1 : a.mountPath > b.mountPath ? 1 : 0));
  return { files, problems: p.all };
}

/** The text of a config file's `source`, or undefined after reporting why it cannot be used. */
function readSource(p: Problems, field: string, source: string): string | undefined {
  const file = path.resolve(source);
  const shown = file === source ? '' : ` (${file})`;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    p.add(field, source, `cannot be read${shown}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`,
      'give the path of an existing file, relative to the app file when the spec is loaded from one, else to the working directory');
    return undefined;
  }
  if (!stat.isFile()) {
    p.add(field, source, `is not a file${shown}`, 'give the path of a regular file, not a directory or device');
    return undefined;
  }
  const tooLarge = (size: number) => size > CONFIG_FILE_LIMITS.bytes
    && (p.add(field, source, `has ${size} bytes${shown}, more than the ${CONFIG_FILE_LIMITS.bytes} (1 MiB) a config file may have`, 'keep data in a volume, not a config file'), true);
  if (tooLarge(stat.size)) return undefined;
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    p.add(field, source, `cannot be read${shown}: ${(e as Error).message}`, 'check the file\'s permissions');
    return undefined;
  }
  if (tooLarge(bytes.length)) return undefined; // it grew since stat
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    p.add(field, source, `is not UTF-8 text${shown}`, 'save the file as UTF-8; a config file is text');
    return undefined;
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    p.add(field, source, `holds a NUL byte at byte ${Buffer.byteLength(text.slice(0, nul))}${shown}`, 'a config file is text: remove it');
    return undefined;
  }
  return text;
}

/** A relative `source` made absolute against `dir` (an app file's directory); other values stay as they are. */
export function absoluteSource(source: unknown, dir: string): unknown {
  return typeof source === 'string' && source !== '' && !path.isAbsolute(source) ? path.resolve(dir, source) : source;
}
