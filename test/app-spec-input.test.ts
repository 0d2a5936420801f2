import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { newStack, problems } from './util';
import { APP_FILE_LIMITS, AppSpecError, loadAppSpec, WorkloadApp } from '../src';

/** Malformed app files: every one is an AppSpecError at file:line:col, never a raw exception. */

let dir: string;
beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'app-spec-input-')); });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Writes a fixture (text or bytes) into the test's temp dir and returns its path. */
function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

/** The problems `loadAppSpec` reports for a file (fails the test if it loads or throws anything else). */
function problemsOf(file: string): string[] {
  try {
    loadAppSpec(file);
  } catch (e) {
    if (!(e instanceof AppSpecError)) throw new Error(`not an AppSpecError: ${(e as Error).stack}`);
    return e.problems;
  }
  throw new Error(`${file} loaded without problems`);
}

const yaml = (...lines: string[]) => `${lines.join('\n')}\n`;
const web = ['workloads:', '  - name: web', '    image: nginx:1.27'];

describe('YAML aliases', () => {
  test('a billion-laughs file is refused at the alias that crosses the limit', () => {
    const levels = ['workloads: []', 'l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 9; i++) levels.push(`l${i}: &l${i} [${Array(9).fill(`*l${i - 1}`).join(', ')}]`);
    const file = write('bomb.yaml', yaml(...levels));
    // l5 holds 9^5 + … values: its first alias *l4 (line 7, column 10) takes the count past 100 000.
    expect(problemsOf(file)).toEqual([
      `${file}:7:10: l5[0]: the aliases up to *l4 expand to more than 100000 values (a YAML alias bomb?); write the values out, or use fewer aliases`,
    ]);
  });

  test('an alias with no anchor before it is reported where it stands', () => {
    const file = write('undefined-alias.yaml', yaml(...web, '    env: *nope'));
    expect(problemsOf(file)).toEqual([
      `${file}:4:10: workloads[0].env: the alias *nope names no anchor before it; define &nope earlier in the file, or write the value out`,
    ]);
  });

  test('an alias used before its anchor is reported like an undefined one', () => {
    const file = write('alias-order.yaml', yaml('workloads:', '  - { name: a, image: nginx, env: *e }', '  - { name: b, image: nginx, env: &e { A: "1" } }'));
    expect(problemsOf(file)).toEqual([
      `${file}:2:35: workloads[0].env: the alias *e names no anchor before it; define &e earlier in the file, or write the value out`,
    ]);
  });

  test('an alias inside its own anchor\'s value is refused instead of making endless data', () => {
    const file = write('circular.yaml', yaml(...web, '    command: &c [a, *c]'));
    expect(problemsOf(file)).toEqual([
      `${file}:4:21: workloads[0].command[1]: the alias *c is inside the value of its own anchor, which would make that value endless; write the value out`,
    ]);
  });

  test('more aliases than the limit are refused', () => {
    const aliases = Array(APP_FILE_LIMITS.anchors + 1).fill('*a').join(', ');
    const file = write('many-aliases.yaml', yaml(...web, `    args: &a x`, `    command: [${aliases}]`));
    expect(problemsOf(file)).toEqual([
      `${file}:5:${15 + 4 * APP_FILE_LIMITS.anchors}: workloads[0].command[1000]: is alias number 1001, more than the 1000 an app file may have; write the values out`,
    ]);
  });

  test('more anchors than the limit are refused', () => {
    const items = Array.from({ length: APP_FILE_LIMITS.anchors + 1 }, (_, i) => `      - &a${i} x`);
    const file = write('many-anchors.yaml', yaml(...web, '    args:', ...items));
    expect(problemsOf(file)).toEqual([
      `${file}:${5 + APP_FILE_LIMITS.anchors}:16: workloads[0].args[1000]: is anchor number 1001, more than the 1000 an app file may have; write the values out`,
    ]);
  });

  test('ordinary aliases still load, shared by several workloads', () => {
    const file = write('aliases.yaml', yaml(
      'workloads:',
      '  - { name: a, image: nginx, env: &env { LOG: info } }',
      ...Array.from({ length: 200 }, (_, i) => `  - { name: w${i}, image: nginx, env: *env }`),
    ));
    const app = loadAppSpec(file);
    expect(app.workloads).toHaveLength(201);
    expect(app.workloads[200].env).toEqual({ LOG: 'info' });
  });
});

describe('large files', () => {
  const manyKeys = (n: number) => [...web, '    env:', ...Array.from({ length: n }, (_, i) => `      K${i}: v${i}`)];

  test('20 000 keys in one map load, every one of them', () => {
    const file = write('keys.yaml', yaml(...manyKeys(20_000)));
    const env = loadAppSpec(file).workloads[0].env!;
    expect(Object.keys(env)).toHaveLength(20_000);
    expect(env.K19999).toBe('v19999');
  });

  test('a duplicate after 20 000 keys is reported at the second key, naming the first', () => {
    const file = write('keys-dup.yaml', yaml(...manyKeys(20_000), '      K5: again'));
    expect(problemsOf(file)).toEqual([
      `${file}:20005:7: workloads[0].env.K5: is set twice in this map (first at line 10, column 7); keep one of them`,
    ]);
  });

  test('20 000 problems in one file are all reported, each at its line', () => {
    const file = write('keys-bad.yaml', yaml(...web, '    env:', ...Array.from({ length: 20_000 }, (_, i) => `      ${i}K: v`)));
    const found = problemsOf(file);
    expect(found).toHaveLength(20_000);
    expect(found[19_999]).toBe(`${file}:20004:7: workloads[0].env.19999K: "19999K" is not a valid environment variable name; use letters, digits and underscores, not starting with a digit`);
  });

  test('duplicate keys are found in every map, also when one is a number and the other a string', () => {
    const file = write('dups.yaml', yaml(...web, '    labels: { 1: a, "1": b }', '    image: nginx:1.27'));
    expect(problemsOf(file)).toEqual([
      `${file}:4:21: workloads[0].labels.1: is set twice in this map (first at line 4, column 15); keep one of them`,
      `${file}:5:5: workloads[0].image: is set twice in this map (first at line 3, column 5); keep one of them`,
    ]);
  });

  test('a file over the size limit is refused before it is parsed', () => {
    const file = write('huge.yaml', `${yaml(...web)}#${'x'.repeat(APP_FILE_LIMITS.bytes)}\n`);
    const size = fs.statSync(file).size;
    expect(problemsOf(file)).toEqual([
      `${file}: the file has ${size} bytes, more than the 4194304 (4 MiB) an app file may have; an app spec is a few KiB: split the app into several files, or keep large file contents out of native.files`,
    ]);
  });

  test('a file of exactly the size limit is read', () => {
    const head = yaml(...web);
    const file = write('limit.yaml', `${head}#${'x'.repeat(APP_FILE_LIMITS.bytes - head.length - 2)}\n`);
    expect(fs.statSync(file).size).toBe(APP_FILE_LIMITS.bytes);
    expect(loadAppSpec(file).workloads[0].name).toBe('web');
  });
});

describe('text encoding', () => {
  const bytes = (...parts: Array<string | number[]>) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

  test('a Latin-1 byte is reported at its line and column, counted in characters', () => {
    const file = write('latin1.yaml', bytes(yaml(...web), '    env: { GREETING: "grüß ', [0xe9], 't" }\n'));
    // "    env: { GREETING: \"grüß " is 27 characters (ü and ß are one each, two bytes each).
    expect(problemsOf(file)).toEqual([`${file}:4:28: the file is not valid UTF-8 (byte 0xE9); save it as UTF-8`]);
  });

  test.each<[string, number[]]>([
    ['an overlong encoding', [0xc0, 0x80]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a lone continuation byte', [0x80]],
  ])('%s is refused', (_what, bad) => {
    const file = write('bad-utf8.yaml', bytes(yaml(...web), '    user: a', bad, '\n'));
    expect(problemsOf(file)).toEqual([`${file}:4:12: the file is not valid UTF-8 (byte 0x${bad[0].toString(16).toUpperCase()}); save it as UTF-8`]);
  });

  test('a sequence cut off by the end of the file is refused', () => {
    const file = write('cut.yaml', bytes(yaml(...web), '# ', [0xe2, 0x82]));
    expect(problemsOf(file)).toEqual([`${file}:4:3: the file is not valid UTF-8 (byte 0xE2); save it as UTF-8`]);
  });

  test('valid UTF-8 with a byte order mark and characters of every length loads', () => {
    const file = write('utf8.yaml', bytes([0xef, 0xbb, 0xbf], yaml(...web, '    env: { GREETING: "grüß € 𝄞" }')));
    expect(loadAppSpec(file).workloads[0].env).toEqual({ GREETING: 'grüß € 𝄞' });
  });
});

describe('duplicate workload names', () => {
  test('are reported in a file at the second name, with the line of the first', () => {
    const file = write('dup-names.yaml', yaml('workloads:', '  - name: db', '    image: postgres:16', '  - name: web', '    image: nginx', '  - name: db', '    image: postgres:17'));
    expect(problemsOf(file)).toEqual([
      `${file}:6:5: workloads[2].name: "db" is already the name of workloads[0] (line 2); give every workload its own name`,
    ]);
  });

  test('are a validation problem of a WorkloadApp instead of a construct error, and only the first is created', () => {
    const stack = newStack();
    const app = new WorkloadApp(stack, 'app', {
      app: { workloads: [{ name: 'db', image: 'postgres:16' }, { name: 'web', image: 'nginx' }, { name: 'db', image: 'postgres:17' }] },
    });
    expect(app.workloads.map((w) => w.spec.image)).toEqual(['postgres:16', 'nginx']);
    expect(problems(stack)).toEqual([
      'workload "db": workloads[2].name "db" is already the name of workloads[0]; give every workload of the app its own name',
    ]);
  });
});

describe('hints', () => {
  test.each([
    ['memoryMib', 'memoryMiB'], ['imgae', 'image'], ['MemoryMiB', 'memoryMiB'], ['helthCheck', 'healthCheck'], ['dependOn', 'dependsOn'],
  ])('a misspelt field %p is reported with "did you mean %p?"', (typo, field) => {
    const file = write('typo.yaml', yaml(...web, `    ${typo}: 1`));
    expect(problemsOf(file)).toEqual([`${file}:4:5: workloads[0].${typo}: unknown field "${typo}"; did you mean "${field}"?`]);
  });

  test('misspelt fields are found in nested objects too', () => {
    const file = write('nested-typo.yaml', yaml(...web, '    healthCheck: { tcp: { port: http }, intervalSecond: 5 }', 'vm: { diskGib: 20 }'));
    expect(problemsOf(file)).toEqual([
      `${file}:4:41: workloads[0].healthCheck.intervalSecond: unknown field "intervalSecond"; did you mean "intervalSeconds"?`,
      `${file}:5:7: vm.diskGib: unknown field "diskGib"; did you mean "diskGiB"?`,
    ]);
  });

  test('a field close to none keeps the list of allowed fields', () => {
    const file = write('far.yaml', yaml(...web, '    mem: 512'));
    expect(problemsOf(file)[0]).toMatch(/workloads\[0\]\.mem: unknown field "mem"; remove it or check its spelling \(allowed: acceptRisks, args, capAdd, capDrop, command, /);
  });

  test.each([
    ['memoryMiB: "512Mi"', 'memoryMiB', '"512Mi"', 'write 512 (the unit is in the field\'s name)'],
    ['memoryMiB: 512M', 'memoryMiB', '"512M"', 'write 512 (the unit is in the field\'s name)'],
    ['memoryMiB: 1Gi', 'memoryMiB', '"1Gi"', 'write 1024 (the unit is in the field\'s name: "1Gi" is 1024 MiB)'],
    ['volumes: [{ name: data, mountPath: /data, sizeGiB: 5G }]', 'volumes[0].sizeGiB', '"5G"', 'write 5 (the unit is in the field\'s name)'],
    ['healthCheck: { tcp: { port: http }, intervalSeconds: 30s }', 'healthCheck.intervalSeconds', '"30s"', 'write 30 (the unit is in the field\'s name)'],
    ['healthCheck: { tcp: { port: http }, timeoutSeconds: 2m }', 'healthCheck.timeoutSeconds', '"2m"', 'write 120 (the unit is in the field\'s name: "2m" is 120 seconds)'],
    ['tmpfs: [{ mountPath: /tmp, sizeMiB: 1.5Ki }]', 'tmpfs[0].sizeMiB', '"1.5Ki"', 'write a whole number of MiB (the unit is in the field\'s name)'],
    ['memoryMiB: 512 bananas', 'memoryMiB', '"512 bananas"', 'write a whole number of MiB (the unit is in the field\'s name)'],
    ['memoryMiB: "512"', 'memoryMiB', '"512"', 'write 512 without quotes'],
    ['replicas: "2"', 'replicas', '"2"', 'write 2 without quotes'],
  ])('%s gets the hint to write the bare number', (line, field, shown, hint) => {
    const file = write('units.yaml', yaml('workloads:', '  - name: web', '    image: nginx:1.27', '    ports: [{ name: http, containerPort: 80 }]', `    ${line}`));
    const [problem] = problemsOf(file);
    expect(problem).toMatch(new RegExp(`: workloads\\[0\\]\\.${field.replace(/[[\].]/g, '\\$&')}: must be a number, not the string `));
    expect(problem.endsWith(`not the string ${shown}; ${hint}`)).toBe(true);
  });

  test('a string in a numeric field without a unit in its name gets no unit hint', () => {
    const file = write('no-unit.yaml', yaml(...web, '    ports: [{ name: http, containerPort: 80/tcp }]'));
    expect(problemsOf(file)).toEqual([`${file}:4:27: workloads[0].ports[0].containerPort: must be a number, not the string "80/tcp"`]);
  });
});

describe('the spec rules at load time', () => {
  test('a control character is reported at its line, with the code point', () => {
    const file = write('control.yaml', yaml(...web, '    user: "a\\nb"', '    labels: { "tier\\u0085": x }'));
    expect(problemsOf(file)).toEqual([
      `${file}:4:5: workloads[0].user: "a\\nb" contains a line break or control character (U+000A), which no target can hold on one line; remove it`,
      `${file}:5:5: workloads[0].labels: "tier\\u0085" is a key that contains a line break or control character (U+0085), which no target can hold on one line; remove it`,
    ]);
  });

  test('the app\'s and a workload\'s guest settings and the hybrid VM\'s name and sizes are checked when the file loads', () => {
    const file = write('guest.yaml', yaml(
      ...web, '    vm: { baseImagePath: "/img\\tx.qcow2" }',
      'vm: { adminUser: "ad\\u2028min" }',
      'hybrid: { name: "vm\\n", memoryMiB: 1.5, engineOverheadMiB: -1 }',
    ));
    expect(problemsOf(file)).toEqual([
      `${file}:4:11: workloads[0].vm.baseImagePath: "/img\\tx.qcow2" contains a line break or control character (U+0009), which no target can hold on one line; remove it`,
      `${file}:5:7: vm.adminUser: "ad\\u2028min" contains a line break or control character (U+2028), which no target can hold on one line; remove it`,
      `${file}:6:11: hybrid.name: "vm\\n" contains a line break or control character (U+000A), which no target can hold on one line; remove it`,
      `${file}:6:25: hybrid.memoryMiB: 1.5 is not a whole number; use a whole number of MiB from 1 to 16777216`,
      `${file}:6:41: hybrid.engineOverheadMiB: -1 is less than 0; use a whole number of MiB from 0 to 16777216`,
    ]);
  });

  test('a file that does not exist is an AppSpecError naming it', () => {
    const file = path.join(dir, 'missing.yaml');
    expect(problemsOf(file)).toEqual([expect.stringMatching(new RegExp(`^${file.replace(/[.]/g, '\\.')}: cannot be read \\(ENOENT.*\\); check the path$`))]);
  });

  test('a directory is an AppSpecError, not a read error', () => {
    const sub = path.join(dir, 'dir.yaml');
    fs.mkdirSync(sub);
    expect(problemsOf(sub)).toEqual([`${sub}: is not a file; give the path of a .yaml, .yml or .json file`]);
  });
});
