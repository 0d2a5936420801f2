import * as path from 'path';
import { ImportGraph, importCycles, importGraph, importSpecifiers, layerOf, layerViolations } from './import-graph';

const SRC = path.join(__dirname, '..', 'src');

describe('the layers of src/ (README, Architecture)', () => {
  const graph = importGraph(SRC, ['generated']);

  test('reads every source file and its relative imports', () => {
    expect(graph.size).toBeGreaterThan(30);
    expect(graph.get('index.ts')).toEqual(expect.arrayContaining(['app/workload-app.ts', 'generated/providers/libvirt/index.ts']));
    // a require() and an `import type` count as imports
    expect(graph.get('targets/libvirt/bindings.ts')).toEqual(['generated/providers/libvirt/domain/index.ts']);
  });

  test('imports go only to the own layer or lower ones', () => {
    expect(layerViolations(graph)).toEqual([]);
  });

  test('no file imports itself, directly or through others', () => {
    // Each entry: the files of one cycle (a strongly connected component of the import graph).
    expect(importCycles(graph).map((files) => `cycle of ${files.map((f) => `src/${f}`).join(', ')}`)).toEqual([]);
  });
});

describe('the import check itself', () => {
  test('finds every kind of import, multi-line ones too, and ignores packages and comments', () => {
    const source = [
      "import * as fs from 'fs';",
      "import { a,",
      "  b } from './a';",
      "import type { C } from '../c';",
      "export { d } from './d';",
      "export * as e from './e';",
      "import './side-effect';",
      "const f = require('./f');",
      "const g = await import('./g');",
      "// import { h } from './h';",
      "/* export * from './i'; */",
      "const url = 'https://example.invalid/x'; // from './j'",
    ].join('\n');
    expect(importSpecifiers(source).sort()).toEqual(['../c', './a', './d', './e', './f', './g', './side-effect']);
  });

  test('places files in layers by folder', () => {
    expect(layerOf('model/defaults.ts')?.name).toBe('model');
    expect(layerOf('targets/workload.ts')?.name).toBe('targets');
    expect(layerOf('targets/libvirt/virtual-machine.ts')?.name).toBe('targets/libvirt');
    expect(layerOf('index.ts')?.name).toBe('index');
    expect(layerOf('stray.ts')).toBeUndefined();
  });

  test('reports an upward import, a sibling import and a file in no layer, naming file and import', () => {
    const g: ImportGraph = new Map([
      ['model/defaults.ts', ['targets/workload.ts']],
      ['targets/docker/docker-host.ts', ['targets/libvirt/libvirt-host.ts']],
      ['targets/workload.ts', ['model/defaults.ts']],
      ['misc/stray.ts', []],
    ]);
    expect(layerViolations(g)).toEqual([
      'src/model/defaults.ts (model) imports src/targets/workload.ts (targets), a higher layer',
      'src/targets/docker/docker-host.ts (targets/docker) imports src/targets/libvirt/libvirt-host.ts (targets/libvirt), a sibling layer',
      'src/misc/stray.ts is in no layer; put it in a layer\'s folder or add its folder to LAYERS (test/import-graph.ts) and the README',
    ]);
  });

  test('reports every cycle with its files, and a file that imports itself', () => {
    const g: ImportGraph = new Map([
      ['targets/workload.ts', ['targets/stack-checks.ts', 'model/defaults.ts']],
      ['targets/stack-checks.ts', ['targets/hosts.ts']],
      ['targets/hosts.ts', ['targets/workload.ts']],
      ['model/defaults.ts', []],
      ['model/self.ts', ['model/self.ts']],
      ['app/a.ts', ['targets/workload.ts']],
    ]);
    expect(importCycles(g)).toEqual([
      ['model/self.ts'],
      ['targets/hosts.ts', 'targets/stack-checks.ts', 'targets/workload.ts'],
    ]);
  });
});
