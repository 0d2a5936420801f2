/**
 * systemd unit files: command lines (ExecStart= and friends) and plain setting values. Everything
 * from a spec that lands in a unit goes through here.
 */

const SYSTEMD_PLAIN = /^[A-Za-z0-9_@+=:,./-]+$/;
/** Characters a unit file line cannot hold raw (they would end the line or the setting). */
const LINE_BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

const C_ESCAPES: { [c: string]: string } = { '\n': '\\n', '\t': '\\t', '\r': '\\r', '\\': '\\\\', '"': '\\"' };

/**
 * One word of a command line: double-quoted when needed, `%` and `$` doubled so systemd expands
 * neither specifiers nor environment variables, control characters as C escapes (systemd unquotes
 * command lines with C-escape processing), so any text but NUL arrives as one argument.
 */
export function systemdWord(word: string): string {
  if (word.includes('\0')) throw new Error(`a systemd command line cannot hold NUL: ${JSON.stringify(word)}`);
  const doubled = word.replace(/%/g, '%%').replace(/\$/g, '$$$$');
  if (SYSTEMD_PLAIN.test(word)) return doubled;
  const escaped = doubled.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\\"]/g, (c) =>
    C_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `"${escaped}"`;
}

/** A command line from words. The first word is never read as a prefix (`-`, `+`, `!`, `@`, `:`). */
export function systemdCommand(words: string[]): string {
  if (words.length && /^[-+!@:|]/.test(words[0])) {
    throw new Error(`the program ${JSON.stringify(words[0])} starts with a systemd command prefix; validation should have refused it`);
  }
  return words.map(systemdWord).join(' ');
}

/**
 * A plain setting value from a spec (WorkingDirectory=, User=, Description=): `%` doubled so no
 * specifier expands. Values that would break the line were refused by validation; this guards it.
 */
export function systemdValue(value: string): string {
  if (LINE_BREAKING.test(value)) throw new Error(`a systemd setting cannot hold a line break or control character: ${JSON.stringify(value)}`);
  return value.replace(/%/g, '%%');
}

/** True when `program` would be read as a command prefix or is not absolute. */
export function isSystemdProgram(program: string): boolean {
  return program.startsWith('/') && !LINE_BREAKING.test(program);
}
