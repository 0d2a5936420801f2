/**
 * Environment files as systemd reads them (EnvironmentFile=; systemd.exec(5)). It is the one
 * reader: the guest's Docker containers get their variables from the unit's environment
 * (`docker run --env NAME`), never from `docker --env-file`, whose format differs.
 *
 * Each value is double-quoted; inside, systemd treats `\` followed by one of `"\`$` as that
 * character and keeps every other character, line breaks included, as it is.
 */

/** Characters systemd's double-quoted env values escape. */
const ESCAPED = /[\\"`$]/g;

/** A value as the text between the double quotes. */
export function envFileQuoted(value: string): string {
  return value.replace(ESCAPED, (c) => `\\${c}`);
}

/** `NAME="value"` lines, one per variable, in the given order. */
export function envFileContent(entries: Array<[string, string]>): string {
  return entries.map(([k, v]) => `${k}="${envFileQuoted(v)}"\n`).join('');
}

/**
 * The same escaping as a Terraform regular-expression replace, for values only known at apply
 * time (secrets): `replace(value, PATTERN, REPLACEMENT)`. Both are HCL string text (as cdktf's
 * `Fn.rawString` writes it): `\\x5c` and `\\x22` reach Go's regexp as `\x5c` (backslash) and `\x22`
 * (double quote), and `\\$0` becomes `\` followed by the match.
 */
export const ENV_FILE_TF_PATTERN = '/[\\\\x5c\\\\x22`$]/';
export const ENV_FILE_TF_REPLACEMENT = '\\\\$0';
