/** POSIX shell: every value interpolated into a command line goes through here. */

const SHELL_PLAIN = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** One word for a POSIX shell, single-quoted when needed (any byte but NUL survives). */
export function shellWord(word: string): string {
  if (SHELL_PLAIN.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** A shell command line from words. */
export function shellCommand(words: string[]): string {
  return words.map(shellWord).join(' ');
}
