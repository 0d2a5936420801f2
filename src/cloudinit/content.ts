/**
 * Text that the guest receives with secrets in it. Secrets are known only when Terraform applies,
 * so file contents are kept as parts, never as text with markers a spec value could forge: the
 * targets join the parts with Terraform functions (see targets/terraform-text.ts).
 */

/** How a secret's value is written where it lands. */
export enum SecretEncoding {
  /** The value as it is. */
  RAW = 'raw',
  /** Escaped for a double-quoted value of a systemd environment file (encoding/env-file.ts). */
  ENV_FILE = 'env-file',
}

/** A secret's value, read from its sensitive Terraform variable at apply. */
export interface SecretPart {
  readonly secretVariable: string;
  readonly encoding: SecretEncoding;
}

/** Literal text, or a secret. */
export type ContentPart = string | SecretPart;

/** Adjacent literal parts joined, so the Terraform expression stays short. */
export function compactParts(parts: ContentPart[]): ContentPart[] {
  const out: ContentPart[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (typeof part === 'string' && typeof last === 'string') out[out.length - 1] = last + part;
    else if (part !== '') out.push(part);
  }
  return out;
}

/** The secret variables the parts read, sorted and unique. */
export function secretVariablesOf(parts: ContentPart[]): string[] {
  return [...new Set(parts.flatMap((p) => (typeof p === 'string' ? [] : [p.secretVariable])))].sort();
}
