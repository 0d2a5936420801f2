// Command lines: how Compose splits `command` and `entrypoint` strings.
import { Segment } from '../app-spec-file';
import { WorkloadSpec } from '../workload-spec';
import { Context, Dict, Mutable } from './context';
import { values } from './values';

/**
 * A command line split into words as Compose splits `command` and `entrypoint` strings: blanks
 * separate words; single quotes keep everything; double quotes keep blanks; a backslash outside
 * single quotes takes the next character as it is. Compose runs no shell, so an unquoted `;`, `&`,
 * `|`, `<` or `>` (where its splitter stops reading) is an error, as are unclosed quotes.
 */
export function splitCommand(text: string): { words: string[]; problem?: string } {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote === "'") {
      if (c === "'") quote = undefined;
      else word += c;
    } else if (c === '\\') {
      if (i + 1 === text.length) return { words, problem: 'ends with a backslash; remove it or escape it as \\\\' };
      word += text[++i];
      inWord = true;
    } else if (quote === '"') {
      if (c === '"') quote = undefined;
      else word += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else if (';&|<>'.includes(c)) {
      return { words, problem: `has an unquoted ${JSON.stringify(c)}, but no shell runs the command; write it as a list, e.g. ["/bin/sh", "-c", ${JSON.stringify(text)}], or quote the character` };
    } else {
      word += c;
      inWord = true;
    }
  }
  if (quote) return { words, problem: `opens a ${quote} quote without closing it; close it` };
  if (inWord) words.push(word);
  return { words };
}

/** The service's `command` and `entrypoint`: a string split into words, or a list taken as it is. */
export function mapCommands(ctx: Context, at: (...rest: Segment[]) => Segment[], body: Dict, spec: Mutable<WorkloadSpec>): void {
  const v = values(ctx);
  for (const [key, field] of [['command', 'command'], ['entrypoint', 'entrypoint']] as const) {
    if (body[key] === undefined || body[key] === null) continue;
    if (typeof body[key] === 'string') {
      const { words, problem } = splitCommand(body[key] as string);
      if (problem) ctx.report(at(key), problem);
      else spec[field] = words;
    } else {
      spec[field] = v.strings(at(key), body[key]);
    }
  }
}
