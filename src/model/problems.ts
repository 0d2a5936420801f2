/**
 * Collects validation problems of one workload. Every message names the workload, the field path,
 * the bad value and the fix, so a user can act on it without reading our code.
 */
export class Problems {
  private readonly messages: string[] = [];

  /** `subject` names what the problems belong to: a workload, or e.g. a hybrid VM. */
  constructor(private readonly name: string, private readonly subject = 'workload') {}

  /** `<subject> "w": field value what; fix` */
  public add(field: string, value: unknown, what: string, fix: string): void {
    const shown = value === undefined ? '' : ` ${formatValue(value)}`;
    this.messages.push(`${this.prefix}${field}${shown} ${what}; ${fix}`);
  }

  /** `<subject> "w": `, with which every message starts. */
  public get prefix(): string {
    // Escaped like values, so even a name with a line break keeps the message on one line.
    return `${this.subject} ${typeof this.name === 'string' ? formatValue(this.name) : `"${this.name}"`}: `;
  }

  public get all(): string[] {
    return [...this.messages];
  }
}

/**
 * A value as a message shows it: strings quoted and escaped like JSON, and also the characters
 * JSON leaves as they are but that would break or hide in a line of text (DEL, C1 controls, the
 * line and paragraph separators, U+FEFF and noncharacters).
 */
export function formatValue(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    return JSON.stringify(value).replace(/[\u007f-\u009f\u2028\u2029\ufeff\ufdd0-\ufdef\ufffe\uffff]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  }
  return JSON.stringify(value) ?? String(value);
}

/** True for a map (a JSON/YAML object): not null, not a list. What spec fields of map or struct shape must be. */
export function isObject(v: unknown): v is { [k: string]: unknown } {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
