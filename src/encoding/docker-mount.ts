/**
 * The value of `docker run --mount`: the Docker CLI reads it as one CSV record (Go's encoding/csv,
 * strict quotes), then each field as key=value. Everything from a spec in a --mount goes through here.
 */

/** One CSV field: quoted, with quotes doubled, when it holds a quote, a comma or a line break. */
export function dockerMountField(field: string): string {
  return /["\n\r,]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** `--mount` value from its fields, e.g. ["type=bind", "source=/a", "target=/b", "readonly"]. */
export function dockerMountValue(fields: string[]): string {
  return fields.map(dockerMountField).join(',');
}
