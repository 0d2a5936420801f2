// The import graph of src/ and the README's layers: which file may import which. Used by
// architecture.test.ts on the real sources and on small synthetic graphs (its negative controls).
import * as fs from 'fs';
import * as path from 'path';

/**
 * The layers from the bottom, as in the README's diagram. A file may import files of its own layer
 * and of lower ones. Layers of one rank are siblings and may not import each other.
 */
export const LAYERS: ReadonlyArray<{ readonly name: string; readonly rank: number; readonly folder: string }> = [
  { name: 'generated', rank: 0, folder: 'generated' },
  { name: 'model', rank: 1, folder: 'model' },
  { name: 'encoding', rank: 2, folder: 'encoding' },
  { name: 'containers', rank: 3, folder: 'containers' },
  { name: 'cloudinit', rank: 4, folder: 'cloudinit' },
  { name: 'targets', rank: 5, folder: 'targets' }, // the files directly in targets/: what every target shares
  { name: 'targets/docker', rank: 6, folder: 'targets/docker' },
  { name: 'targets/libvirt', rank: 6, folder: 'targets/libvirt' },
  { name: 'targets/swarm', rank: 6, folder: 'targets/swarm' },
  { name: 'targets/hybrid', rank: 7, folder: 'targets/hybrid' },
  { name: 'app', rank: 8, folder: 'app' },
  { name: 'index', rank: 9, folder: '' }, // src/index.ts: the public API
  // Siblings of index: the public API does not import the comparison, so `require` never loads it.
  { name: 'compare', rank: 9, folder: 'compare' },
  { name: 'cli', rank: 10, folder: 'cli' }, // the command line: not in the public API
];

/** Files (paths relative to src, with "/") and the files each imports. */
export type ImportGraph = Map<string, string[]>;

/**
 * The relative module specifiers a source file names: `import … from`, `import type … from`,
 * `export … from`, `import '…'`, `import('…')` and `require('…')`.
 */
export function importSpecifiers(source: string): string[] {
  // Comments could name modules that are not imported; strings that look like comments (URLs) are
  // rare in import lines, so comments are dropped only where they start a line or follow code
  // with whitespace.
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');
  const found: string[] = [];
  const patterns = [
    /^[ \t]*(?:import|export)\b[^;'"`]*?\bfrom\s*['"]([^'"]+)['"]/gm,
    /^[ \t]*import\s*['"]([^'"]+)['"]/gm,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) {
    for (const m of code.matchAll(pattern)) found.push(m[1]);
  }
  return found.filter((s) => s.startsWith('.'));
}

/** Every .ts file under `dir`, relative to it, except those under `skip` folders. */
export function sourceFiles(dir: string, skip: string[] = []): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!skip.includes(child)) walk(child);
      } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
        out.push(child);
      }
    }
  };
  walk('');
  return out.sort();
}

/** The file a relative specifier of `from` names: `x.ts`, or `x/index.ts`. */
export function resolveImport(srcDir: string, from: string, specifier: string): string {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  for (const candidate of [`${base}.ts`, `${base}/index.ts`, base]) {
    if (fs.existsSync(path.join(srcDir, candidate)) && fs.statSync(path.join(srcDir, candidate)).isFile()) return candidate;
  }
  return `${base}.ts`; // a module that does not exist: tsc reports it; here it still gets a layer
}

/** The import graph of every .ts file under `srcDir` but `skip` (whose files are only imported). */
export function importGraph(srcDir: string, skip: string[]): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const file of sourceFiles(srcDir, skip)) {
    const text = fs.readFileSync(path.join(srcDir, file), 'utf8');
    graph.set(file, [...new Set(importSpecifiers(text).map((s) => resolveImport(srcDir, file, s)))].sort());
  }
  return graph;
}

/** The layer of a file, by its folder; undefined for a file in no layer. */
export function layerOf(file: string): (typeof LAYERS)[number] | undefined {
  if (!file.includes('/')) return file === 'index.ts' ? LAYERS.find((l) => l.name === 'index') : undefined;
  const dir = path.posix.dirname(file);
  // The deepest folder that holds the file: targets/docker/x.ts is in targets/docker, not targets.
  const candidates = LAYERS.filter((l) => l.folder !== '' && (dir === l.folder || dir.startsWith(`${l.folder}/`)));
  return candidates.sort((a, b) => b.folder.length - a.folder.length)[0];
}

/** Imports that go up a layer or sideways to a sibling, and files in no layer, one line each. */
export function layerViolations(graph: ImportGraph): string[] {
  const problems: string[] = [];
  for (const [file, imports] of graph) {
    const own = layerOf(file);
    if (!own) {
      problems.push(`src/${file} is in no layer; put it in a layer's folder or add its folder to LAYERS (test/import-graph.ts) and the README`);
      continue;
    }
    for (const target of imports) {
      const theirs = layerOf(target);
      if (!theirs) {
        problems.push(`src/${file} (${own.name}) imports src/${target}, which is in no layer`);
      } else if (theirs.rank > own.rank) {
        problems.push(`src/${file} (${own.name}) imports src/${target} (${theirs.name}), a higher layer`);
      } else if (theirs.rank === own.rank && theirs.name !== own.name) {
        problems.push(`src/${file} (${own.name}) imports src/${target} (${theirs.name}), a sibling layer`);
      }
    }
  }
  return problems;
}

/**
 * The import cycles: strongly connected components with more than one file, or a file that
 * imports itself (Tarjan's algorithm). Each cycle lists its files, sorted.
 */
export function importCycles(graph: ImportGraph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return cycles.sort((a, b) => (a[0] < b[0] ? -1 : 1));
}
