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
export function systemdWord(word: string, forceQuotes = false): string {
  // NUL cannot be in a command line at all; validation refuses it, this keeps the output inert.
  const doubled = word.replace(/\0/g, '\ufffd').replace(/%/g, '%%').replace(/\$/g, '$$$$');
  if (SYSTEMD_PLAIN.test(word) && !forceQuotes) return doubled;
  const escaped = doubled.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\\"]/g, (c) =>
    C_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `"${escaped}"`;
}

/**
 * A command line from words. systemd reads prefixes (`-`, `+`, `!`, `@`, `:`) on the first word
 * even when it is quoted, so only validation (isSystemdProgram) keeps them out; the quotes here
 * make a refused program stand out in the rendered unit, nothing more.
 */
export function systemdCommand(words: string[]): string {
  return words.map((w, i) => systemdWord(w, i === 0 && /^[-+!@:|]/.test(w))).join(' ');
}

/**
 * A plain setting value from a spec (WorkingDirectory=, User=, Description=): `%` doubled so no
 * specifier expands. Validation refuses values with line breaks or control characters; should one
 * get here, it becomes U+FFFD, so it can never start another setting.
 */
export function systemdValue(value: string): string {
  return value.replace(new RegExp(LINE_BREAKING.source, 'g'), '\ufffd').replace(/%/g, '%%');
}

/**
 * True when systemd takes `program` as it is: an absolute path to a file (not ending in "/"),
 * without a prefix character, blanks, quotes, backslashes or a ";" that systemd would read.
 */
export function isSystemdProgram(program: string): boolean {
  return /^\/[^\s"'\\;]*[^\s"'\\;/]$/.test(program) && !LINE_BREAKING.test(program);
}

/**
 * The name of the unit for a file system path, as `systemd-escape --path --suffix=SUFFIX` writes
 * it: slashes trimmed and collapsed, "/" as "-", every byte but ASCII letters, digits, ":", "_" and
 * a "." that does not start the name as `\xNN`. A mount unit must be named so after its Where=.
 */
export function systemdPathUnitName(path: string, suffix: string): string {
  const trimmed = path.split('/').filter((s) => s !== '').join('/');
  if (trimmed === '') return `-.${suffix}`;
  const bytes = Buffer.from(trimmed, 'utf8');
  let out = '';
  bytes.forEach((b, i) => {
    const c = String.fromCharCode(b);
    if (c === '/') out += '-';
    else if (/[A-Za-z0-9:_]/.test(c) || (c === '.' && i > 0)) out += c;
    else out += `\\x${b.toString(16).padStart(2, '0')}`;
  });
  return `${out}.${suffix}`;
}

/**
 * A list of paths as systemd's path-list settings read it (RequiresMountsFor=: words split at
 * blanks, quotes removed, a backslash taking the next character as it is, then specifiers): a
 * plain path as it is, any other double-quoted with `\` and `"` escaped, `%` doubled. A `'` in a
 * path once opened a quote that never closed, and systemd ignored the whole line.
 */
export function systemdPathList(paths: string[]): string {
  return paths.map((p) => {
    const value = systemdValue(p);
    return SYSTEMD_PLAIN.test(p) ? value : `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
  }).join(' ');
}
