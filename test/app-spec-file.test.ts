import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { AppSpecError, AppSpecFile, loadAppSpec } from '../src';

// A plain JS script: required, not imported, since it has no type declarations.
const { appSpecSchemaText, outFile } = require('../scripts/gen-schema') as { appSpecSchemaText(): string; outFile: string };

let dir: string;
beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'app-spec-file-')); });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Writes a fixture file into the test's temp dir and returns its path. */
function write(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

/** The problems `loadAppSpec` reports for a file (fails the test if it loads). */
function problemsOf(file: string): string[] {
  try {
    loadAppSpec(file);
  } catch (e) {
    expect(e).toBeInstanceOf(AppSpecError);
    expect((e as Error).message).toBe((e as AppSpecError).problems.join('\n'));
    return (e as AppSpecError).problems;
  }
  throw new Error(`${file} loaded without problems`);
}

const WORKLOAD_FIELDS = 'acceptRisks, args, capAdd, capDrop, command, configFiles, cpus, dependencyConditions, dependsOn, endpointMode, entrypoint, env, '
  + 'extraHosts, healthCheck, image, init, job, labels, logging, memoryMiB, name, native, networks, os, ports, readOnlyRootFilesystem, '
  + 'readsSecretEnvFiles, replicas, reservations, restart, secretEnv, shmSizeMiB, stopGraceSeconds, sysctls, target, tmpfs, ulimits, update, user, vm, volumes, workingDir';

describe('app spec files', () => {
  test('a YAML file and the equivalent JSON file load to the same spec', () => {
    const yamlFile = write('app.yaml', [
      '# two workloads',
      'workloads:',
      '  - name: web',
      '    image: nginx:1.27',
      '    env: { GREETING: hello, "yes": "no" }',
      '    ports:',
      '      - name: http',
      '        containerPort: 80',
      '        hostPort: 8080',
      '        protocol: tcp',
      '    restart: { policy: unless-stopped }',
      '  - name: db',
      '    image: postgres:16.4',
      '    labels: { tier: data }',
      '    target: vm',
      'vm:',
      '  diskGiB: 20',
      '',
    ].join('\n'));
    const expected = {
      workloads: [
        {
          name: 'web',
          image: 'nginx:1.27',
          env: { GREETING: 'hello', yes: 'no' },
          ports: [{ name: 'http', containerPort: 80, hostPort: 8080, protocol: 'tcp' }],
          restart: { policy: 'unless-stopped' },
        },
        { name: 'db', image: 'postgres:16.4', labels: { tier: 'data' }, target: 'vm' },
      ],
      vm: { diskGiB: 20 },
    };
    const jsonFile = write('app.json', JSON.stringify(expected, null, '\t'));
    expect(loadAppSpec(yamlFile)).toEqual(expected);
    expect(AppSpecFile.load(jsonFile)).toEqual(loadAppSpec(yamlFile));
  });

  test('a misspelt key is reported at its line and column with its field path and the closest field', () => {
    const file = write('typo.yaml', 'workloads:\n  - name: web\n    image: nginx:1.27\n    imgae: nginx:1.27\n');
    expect(problemsOf(file)).toEqual([
      `${file}:4:5: workloads[0].imgae: unknown field "imgae"; did you mean "image"?`,
    ]);
  });

  test('an unknown key close to no field is reported with the allowed fields', () => {
    const file = write('unknown.yaml', 'workloads:\n  - name: web\n    image: nginx:1.27\n    picture: nginx:1.27\n');
    expect(problemsOf(file)).toEqual([
      `${file}:4:5: workloads[0].picture: unknown field "picture"; remove it or check its spelling (allowed: ${WORKLOAD_FIELDS})`,
    ]);
  });

  test('a value of the wrong type is reported at its line with the expected type', () => {
    const file = write('type.yml', [
      'workloads:',
      '  - name: web',
      '    image: nginx:1.27',
      '    ports:',
      '      - name: http',
      '        containerPort: "eighty"',
      '',
    ].join('\n'));
    expect(problemsOf(file)).toEqual([
      `${file}:6:9: workloads[0].ports[0].containerPort: must be a number, not the string "eighty"`,
    ]);
  });

  test('a port out of range, found by the target-neutral rules, is reported at its line', () => {
    const file = write('range.yaml', [
      'workloads:',
      '  - name: web',
      '    image: nginx:1.27',
      '  - name: api',
      '    image: nginx:1.27',
      '    ports:',
      '      - name: http',
      '        containerPort: 70000',
      '',
    ].join('\n'));
    expect(problemsOf(file)).toEqual([
      `${file}:8:9: workloads[1].ports[0].containerPort: 70000 is not a port number; use a whole number from 1 to 65535`,
    ]);
  });

  test('every schema problem of a file is reported in one error, in the order of the file', () => {
    const file = write('many.yaml', [
      'workloads:',
      '  - name: web',
      '    imgae: nginx:1.27',
      '    ports:',
      '      - containerPort: 80',
      '        protocol: tpc',
      '  - name: db',
      '    replicas: two',
      'vm:',
      '  disk: 10',
      '',
    ].join('\n'));
    expect(problemsOf(file)).toEqual([
      `${file}:3:5: workloads[0].imgae: unknown field "imgae"; did you mean "image"?`,
      `${file}:5:9: workloads[0].ports[0].name: is required but missing; add it`,
      `${file}:6:9: workloads[0].ports[0].protocol: "tpc" is not allowed; use one of "tcp", "udp"`,
      `${file}:8:5: workloads[1].replicas: must be a number, not the string "two"`,
      `${file}:10:3: vm.disk: unknown field "disk"; remove it or check its spelling (allowed: adminUser, baseImagePath, ` +
        'baseImageUrl, diskGiB, gateway, ipAddress, memoryOverheadMiB, sshAuthorizedKeys, vnc)',
    ]);
  });

  test('every problem the target-neutral rules find is reported in one error, even for keys with spaces', () => {
    const file = write('rules.yaml', [
      'workloads:',
      '  - name: web',
      '    image: nginx:1.27',
      '    env: { "BAD NAME": x }',
      '    healthCheck: {}',
      '  - name: db',
      '    dependsOn: [db]',
      '',
    ].join('\n'));
    expect(problemsOf(file)).toEqual([
      `${file}:4:12: workloads[0].env.BAD NAME: "BAD NAME" is not a valid environment variable name; use letters, digits and underscores, not starting with a digit`,
      `${file}:5:5: workloads[0].healthCheck: sets no probe; give exactly one of command, http or tcp`,
      `${file}:7:17: workloads[1].dependsOn[0]: "db" is the workload itself; remove it`,
    ]);
  });

  test('problems in a JSON file are reported with their line and column too', () => {
    const file = write('bad.json', '{\n  "workloads": [\n    { "name": "web", "cpu": 1 }\n  ]\n}\n');
    expect(problemsOf(file)).toEqual([
      `${file}:3:22: workloads[0].cpu: unknown field "cpu"; did you mean "cpus"?`,
    ]);
  });

  test('a YAML syntax error is reported at its line and column', () => {
    const file = write('syntax.yaml', 'workloads:\n  - name: web\n   image: nginx:1.27\n');
    expect(problemsOf(file)).toEqual([`${file}:3:1: syntax error: Sequence item without - indicator`]);
  });

  test('an empty file is reported as not being an app spec', () => {
    const file = write('empty.yaml', '');
    expect(problemsOf(file)).toEqual([`${file}:1:1: (root): must be an object (key: value pairs), not empty (null)`]);
  });

  test('a file that is neither YAML nor JSON is rejected by its extension', () => {
    const file = write('app.toml', 'workloads = []\n');
    expect(problemsOf(file)).toEqual([`${file}: unsupported file extension ".toml"; use .yaml, .yml or .json`]);
  });

  test('the committed schema is what the generator makes from AppSpec today', () => {
    expect(fs.readFileSync(outFile, 'utf8')).toBe(appSpecSchemaText());
  });

  test('every example spec loads from a file, so the schema and the rules accept it', () => {
    const examples = path.join(__dirname, '..', 'examples');
    const specFiles = fs.readdirSync(examples).map((d) => path.join(examples, d, 'specs.ts')).filter((f) => fs.existsSync(f));
    const lists = specFiles.flatMap((f) => Object.entries(require(f) as Record<string, unknown>))
      .filter(([, value]) => Array.isArray(value));
    expect(lists.map(([name]) => name)).toEqual(expect.arrayContaining(['webAndDbSpecs', 'microserviceSpecs']));
    for (const [name, workloads] of lists) {
      const file = write(`${name}.json`, JSON.stringify({ workloads }));
      expect(loadAppSpec(file)).toEqual({ workloads });
    }
  });
});
