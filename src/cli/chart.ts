import { Comparison } from '../compare/compare';

/**
 * An SVG bar chart of the app's footprint per target: memory the host reserves and disk the
 * library allocates, one panel each, bars scaled to the panel's largest value. Plain text, the
 * same bytes for the same comparison; images of unknown size are said, not drawn.
 */
export function footprintChart(c: Comparison, title: string): string {
  const panels = [
    { label: 'memory the host reserves (MiB)', values: c.app.targets.map((t) => ({ target: t.target, value: t.memoryMiB })) },
    { label: 'disk allocated (GiB), images not included: their size is unknown', values: c.app.targets.map((t) => ({ target: t.target, value: t.diskGiB })) },
  ];
  const width = 640;
  const left = 90; // room for the target names
  const barArea = width - left - 80; // room for the value after the bar
  const bar = 22;
  const gap = 8;
  const panelHeight = 30 + panels[0].values.length * (bar + gap);
  const top = 40;
  const height = top + panels.length * panelHeight + 10;
  const colours: { [target: string]: string } = { container: '#2b7bb9', vm: '#b9472b', hybrid: '#7b2bb9' };
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="13">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="10" y="24" font-size="15" font-weight="bold">${xml(title)}</text>`,
  ];
  panels.forEach((panel, p) => {
    const y0 = top + p * panelHeight;
    const max = Math.max(1, ...panel.values.map((v) => v.value));
    out.push(`<text x="10" y="${y0 + 16}" font-weight="bold">${xml(panel.label)}</text>`);
    panel.values.forEach((v, i) => {
      const y = y0 + 26 + i * (bar + gap);
      const w = Math.round((v.value / max) * barArea);
      out.push(`<text x="${left - 8}" y="${y + 16}" text-anchor="end">${xml(v.target)}</text>`);
      out.push(`<rect x="${left}" y="${y}" width="${w}" height="${bar}" fill="${colours[v.target] ?? '#555555'}"><title>${xml(`${v.target}: ${v.value}`)}</title></rect>`);
      out.push(`<text x="${left + w + 6}" y="${y + 16}">${v.value}</text>`);
    });
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}

function xml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
