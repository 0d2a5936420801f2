import { Comparison, TargetComparison } from '../compare/compare';
import { MEASURED_LABEL, RECOMMENDATION_RULES } from '../compare/rules';

/** ANSI styles, or none: colour only on a terminal and never with NO_COLOR (https://no-color.org). */
export interface Style {
  readonly bold: (s: string) => string;
  readonly red: (s: string) => string;
  readonly green: (s: string) => string;
  readonly dim: (s: string) => string;
}

export function styleFor(stream: { isTTY?: boolean }, env: { [name: string]: string | undefined } = process.env): Style {
  const on = stream.isTTY === true && !(env.NO_COLOR !== undefined && env.NO_COLOR !== '');
  const sgr = (open: number, close: number) => (s: string) => (on ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  return { bold: sgr(1, 22), red: sgr(31, 39), green: sgr(32, 39), dim: sgr(2, 22) };
}

const HEADER = ['workload', 'target', 'memory', 'vCPUs', 'disk', 'size unknown', 'cannot honour', 'problems'];

/** One row per workload and target, then the app's: the cells both table formats show. */
function rows(c: Comparison): string[][] {
  const row = (name: string, t: TargetComparison, workload: boolean) => [
    name,
    t.target,
    `${t.memoryMiB} MiB`,
    t.vcpus === undefined ? (workload && t.target === 'hybrid' ? 'shared VM' : 'no limit') : String(t.vcpus),
    `${t.diskGiB} GiB`,
    unknownSizes(t),
    [...new Set(t.unsupported.map((u) => u.field))].join(', ') || '-',
    String(t.problems.length),
  ];
  return [
    ...c.workloads.flatMap((w) => w.targets.map((t) => row(w.name, t, true))),
    // In parentheses: no workload can be named so, so the app's rows are never taken for one's.
    ...c.app.targets.map((t) => row('(app)', t, false)),
  ];
}

/** What is on disk but of a size the library cannot know: images and base images. */
function unknownSizes(t: TargetComparison): string {
  const images = t.disks.filter((d) => d.kind === 'image').length;
  const parts = [...(t.disks.some((d) => d.kind === 'base image') ? ['base image'] : []), ...(images ? [images === 1 ? 'image' : `${images} images`] : [])];
  return parts.join(', ') || '-';
}

/** The lines after the table: isolation, start, problems and the recommendation. */
function details(c: Comparison, s: Style, bullet: string): string[] {
  const lines: string[] = [];
  lines.push(s.bold('isolation'));
  for (const t of c.app.targets) lines.push(`${bullet}${t.target}: ${t.isolation}`);
  lines.push(s.bold('start'));
  for (const t of c.app.targets) {
    const measured = t.measured ? `; ${MEASURED_LABEL}: ${t.measured.figure}, ${t.measured.what}` : '';
    lines.push(`${bullet}${t.target}: ${t.start}${measured}`);
  }
  lines.push(s.bold('disk'));
  lines.push(`${bullet}GiB are the disks the library allocates (a copy-on-write disk at most); images and base images are downloaded at their own size, which the library cannot know`);
  const withProblems = c.app.targets.filter((t) => t.problems.length);
  if (withProblems.length) {
    lines.push(s.bold('problems'));
    for (const t of withProblems) for (const p of t.problems) lines.push(`${bullet}${t.target}: ${s.red(p)}`);
  }
  const r = c.recommendation;
  lines.push(s.bold(`recommendation: ${r.target === undefined ? 'none for the whole app' : s.green(r.target)}`));
  for (const w of r.workloads) lines.push(`${bullet}${w.workload}: ${w.target ?? 'none'}: ${w.reason} (rule ${w.rule})`);
  if (r.target === undefined) for (const reason of r.reasons) lines.push(`${bullet}${reason}`);
  return lines;
}

/** A plain-text table for a terminal. */
export function formatTable(c: Comparison, s: Style): string {
  const all = [HEADER, ...rows(c)];
  const widths = HEADER.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd();
  return [s.bold(line(HEADER)), ...rows(c).map(line), '', ...details(c, s, '  ')].join('\n') + '\n';
}

/** The same as a Markdown table and lists. */
export function formatMarkdown(c: Comparison): string {
  const plain = styleFor({ isTTY: false });
  const cell = (x: string) => x.replace(/\|/g, '\\|');
  const table = [HEADER, HEADER.map(() => '---'), ...rows(c)].map((r) => `| ${r.map(cell).join(' | ')} |`);
  const text = details(c, plain, '- ').map((l) => (l.startsWith('- ') ? l : `\n**${l}**\n`));
  return [...table, ...text].join('\n') + '\n';
}

/** The whole comparison as JSON, with the rules the recommendation applied. */
export function formatJson(file: string, c: Comparison): string {
  return JSON.stringify({
    file,
    ...c,
    measuredLabel: MEASURED_LABEL,
    rules: RECOMMENDATION_RULES.map((r) => ({ id: r.id, text: r.text })),
  }, null, 2) + '\n';
}
