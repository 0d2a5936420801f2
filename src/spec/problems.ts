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
    this.messages.push(`${this.subject} "${this.name}": ${field}${shown} ${what}; ${fix}`);
  }

  public get all(): string[] {
    return [...this.messages];
  }
}

export function formatValue(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  return JSON.stringify(value) ?? String(value);
}
