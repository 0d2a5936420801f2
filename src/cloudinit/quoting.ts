/** Quoting for the two languages the guest reads: systemd unit command lines and POSIX shell. */

const SYSTEMD_PLAIN = /^[A-Za-z0-9_@+=:,./-]+$/;
const SHELL_PLAIN = /^[A-Za-z0-9_@%+=:,./-]+$/;

/**
 * One word of a systemd ExecStart= line: double-quoted when needed, with `%` and `$` doubled so
 * systemd neither expands specifiers nor environment variables in the spec's arguments.
 */
export function systemdWord(word: string): string {
  const escaped = word.replace(/%/g, '%%').replace(/\$/g, '$$$$');
  if (SYSTEMD_PLAIN.test(word)) return escaped;
  return `"${escaped.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** A systemd command line from words. */
export function systemdCommand(words: string[]): string {
  return words.map(systemdWord).join(' ');
}

/** One word for a POSIX shell, single-quoted when needed. */
export function shellWord(word: string): string {
  if (SHELL_PLAIN.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** A shell command line from words. */
export function shellCommand(words: string[]): string {
  return words.map(shellWord).join(' ');
}
