import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TerraformStack, Testing } from 'cdktf';
import { tfcheckAvailable, tfcheckStack } from './tfcheck';
import { problems, resources, synth } from './util';
import { COMPOSE_EXAMPLES, ComposeStack } from '../examples/compose/stack';
import { APP_FILE_LIMITS, AppSpec, AppSpecError, ComposeFile, loadAppSpec, loadComposeFile, WorkloadApp, WorkloadTarget } from '../src';
import { splitCommand } from '../src/model/compose/command';
import { parseEnvFile } from '../src/model/compose/env-files';
import { interpolate } from '../src/model/compose/interpolation';
import {
  COMPOSE_SERVICE_FIELDS, COMPOSE_TOP_LEVEL_FIELDS, COMPOSE_UNSUPPORTED_SERVICE_FIELDS, composeMappingTable,
} from '../src/model/compose/mapping';
import { parseShortPort } from '../src/model/compose/ports';
import { byteCount, durationSeconds } from '../src/model/compose/values';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A Compose file (and other files) in a fresh folder; returns the Compose file's path. */
function composeFile(text: string, others: { [name: string]: string | Buffer } = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'compose-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(others)) fs.writeFileSync(path.join(dir, name), content);
  fs.writeFileSync(path.join(dir, 'compose.yaml'), text);
  return path.join(dir, 'compose.yaml');
}

function load(text: string, others: { [name: string]: string | Buffer } = {}, options: Parameters<typeof loadComposeFile>[1] = {}): AppSpec {
  return loadComposeFile(composeFile(text, others), { environment: {}, ...options });
}

/** The problems of a file, each without the folder (file name, line and column kept). */
function loadProblems(text: string, others: { [name: string]: string | Buffer } = {}, options: Parameters<typeof loadComposeFile>[1] = {}): string[] {
  try {
    load(text, others, options);
  } catch (e) {
    if (!(e instanceof AppSpecError)) throw e;
    return e.problems.map((p) => p.replace(/^.*?compose\.yaml:/, 'compose.yaml:'));
  }
  throw new Error('the file loaded without problems');
}

const workload = (app: AppSpec, name: string) => app.workloads.find((w) => w.name === name)!;

describe('interpolation (compose-spec.io, Interpolation)', () => {
  const vars: { [k: string]: string } = { SET: 'value', EMPTY: '', FOO: 'foo' };
  const run = (text: string) => {
    const errors: string[] = [];
    const out = interpolate(text, (n) => vars[n], (m) => errors.push(m));
    return { out, errors };
  };
  test.each([
    ['${SET}', 'value'], ['$SET', 'value'], ['a${SET}b', 'avalueb'], ['$SET.txt', 'value.txt'],
    // :- when unset or empty; - only when unset.
    ['${EMPTY:-d}', 'd'], ['${EMPTY-d}', ''], ['${UNSET-d}', 'd'], ['${UNSET:-d}', 'd'], ['${SET:-d}', 'value'],
    // :+ when set and non-empty; + when set.
    ['${SET:+alt}', 'alt'], ['${EMPTY:+alt}', ''], ['${EMPTY+alt}', 'alt'], ['${UNSET+alt}', ''],
    // Nested operands.
    ['${UNSET:-${FOO}}', 'foo'], ['${UNSET:-${ALSO_UNSET:-deep}}', 'deep'], ['${UNSET:-$FOO}', 'foo'],
    // $$ is a literal $ and stops interpolation; a $ that starts no name stays.
    ['$$SET', '$SET'], ['$${SET}', '${SET}'], ['cost: $$5', 'cost: $5'], ['a $ b', 'a $ b'], ['$1', '$1'], ['100%', '100%'],
  ])('%s → %s', (text, expected) => {
    expect(run(text)).toEqual({ out: expected, errors: [] });
  });

  test.each([
    ['${UNSET}', 'the variable UNSET is not set'],
    ['$UNSET', 'the variable UNSET is not set'],
    ['${UNSET:?say why}', 'the variable UNSET is required and must not be empty: say why'],
    ['${EMPTY:?}', 'the variable EMPTY is required and must not be empty'],
    ['${UNSET?gone}', 'the variable UNSET is required: gone'],
    ['${SET', 'opens ${ without its closing }'],
    ['${SET/a/b}', 'which Compose does not support'],
    ['${}', 'does not start with a variable name'],
    ['${1X}', 'does not start with a variable name'],
  ])('%s is an error', (text, message) => {
    expect(run(text).errors.join('\n')).toContain(message);
  });

  test('${EMPTY?x} is the empty value: set, so not an error', () => {
    expect(run('${EMPTY?x}')).toEqual({ out: '', errors: [] });
  });
});

describe('.env and env files', () => {
  const parse = (text: string, env: { [k: string]: string } = {}) => {
    const errors: string[] = [];
    const lines = parseEnvFile(text, (n) => env[n], (line, m) => errors.push(`${line}: ${m}`));
    return { values: Object.fromEntries(lines.map((l) => [l.name, l.value])), errors };
  };

  test('comments, export, quotes, escapes, inline comments and interpolation from the file and the environment', () => {
    expect(parse([
      '# comment', '', 'A=1', 'export B = two words ', "C='single $A \\n'", 'D="double $A\\nnext \\"q\\" \\$A"', 'E=x # inline', 'F=x#not a comment',
      'G=${OUTER:-none}', 'H=${A}${A}', 'I=', 'J="a # b"',
    ].join('\n'), { OUTER: 'out' })).toEqual({
      values: { A: '1', B: 'two words', C: 'single $A \\n', D: 'double 1\nnext "q" $A', E: 'x', F: 'x#not a comment', G: 'out', H: '11', I: '', J: 'a # b' },
      errors: [],
    });
  });

  test('malformed lines are errors with their line number', () => {
    expect(parse('OK=1\nnot a pair\nQ="open\nR=\'x\' y').errors).toEqual([
      '2: "not a pair" is not KEY=value; write it as KEY=value, or start a comment with #',
      '3: the value of Q opens a " quote without closing it on its line; close it',
      '4: the value of R has "y" after its closing quote; put it inside the quotes, or start a comment with #',
    ]);
  });

  test('the environment wins over .env in the Compose file; .env values reach interpolation', () => {
    const file = composeFile('services:\n  a:\n    image: "busybox:${TAG}"\n    user: "${WHO}"\n', { '.env': 'TAG=1.36\nWHO=nobody\n' });
    expect(loadComposeFile(file, { environment: { WHO: 'root' } }).workloads[0]).toMatchObject({ image: 'busybox:1.36', user: 'root' });
  });
});

describe('command and entrypoint strings, split as Compose splits them', () => {
  test.each([
    ['echo hello world', ['echo', 'hello', 'world']],
    ['  spaced\tout  ', ['spaced', 'out']],
    ['sh -c "echo a  b"', ['sh', '-c', 'echo a  b']],
    ["sh -c 'echo \"$HOME\"'", ['sh', '-c', 'echo "$HOME"']],
    ['a\\ b c', ['a b', 'c']],
    ['empty "" \'\'', ['empty', '', '']],
    ['x"y z"w', ['xy zw']],
    ['redis-server --save ""', ['redis-server', '--save', '']],
  ])('%s', (text, words) => {
    expect(splitCommand(text)).toEqual({ words });
  });

  test.each([
    ['echo a; rm -rf /', 'unquoted ";"'], ['a | b', 'unquoted "|"'], ['a > f', 'unquoted ">"'], ['a && b', 'unquoted "&"'],
    ['sh -c "open', 'opens a " quote'], ["'open", "opens a ' quote"], ['trailing\\', 'ends with a backslash'],
  ])('%s is an error', (text, message) => {
    expect(splitCommand(text).problem).toContain(message);
  });

  test('a quoted operator is a word', () => {
    expect(splitCommand('sh -c "a; b | c"')).toEqual({ words: ['sh', '-c', 'a; b | c'] });
  });
});

describe('durations, sizes and ports', () => {
  test.each([['30s', 30], ['1m30s', 90], ['2h', 7200], ['1h2m3s', 3723], ['500ms', 0.5], ['1.5s', 1.5]])('duration %s = %d s', (text, seconds) => {
    expect(durationSeconds(text)).toBe(seconds);
  });
  test.each(['30', '1x', '', 's', '1m 30s'])('duration %j is not one', (text) => expect(durationSeconds(text)).toBeUndefined());
  // compose-spec.io, "Specifying byte values": b, k, m, g with or without b, powers of 1024.
  test.each([['2b', 2], ['1024kb', 1024 ** 2], ['2048k', 2 * 1024 ** 2], ['300m', 300 * 1024 ** 2], ['1gb', 1024 ** 3], [1000, 1000]] as const)('bytes %s', (v, n) => {
    expect(byteCount(v)).toBe(n);
  });
  test.each([
    ['3000', { container: [3000] }],
    ['3000-3002', { container: [3000, 3001, 3002] }],
    ['8000:8000', { host: [8000], container: [8000] }],
    ['9090-9091:8080-8081', { host: [9090, 9091], container: [8080, 8081] }],
    ['127.0.0.1:8001:8001', { ip: '127.0.0.1', host: [8001], container: [8001] }],
    ['6060:6060/udp', { host: [6060], container: [6060], protocol: 'udp' }],
    ['[::1]:6001:6001', { ip: '::1', host: [6001], container: [6001] }],
    ['127.0.0.1::5000', { ip: '127.0.0.1', host: '', container: [5000] }],
  ])('short port %s', (text, expected) => {
    expect(parseShortPort(text)).toEqual(expect.objectContaining(expected));
  });
  test.each(['', 'a:80', '::1:80:80', '80:', '[::1:80'])('short port %j is an error', (text) => expect(typeof parseShortPort(text)).toBe('string'));
});

describe('the examples', () => {
  const nextcloud = loadComposeFile(COMPOSE_EXAMPLES.nextcloud, { environment: {} });
  const paperless = loadComposeFile(COMPOSE_EXAMPLES.paperless, { environment: {} });

  test('nextcloud: the services in order, the Nextcloud volume shared by three services, read-only in nginx', () => {
    expect(nextcloud.workloads.map((w) => w.name)).toEqual(['db', 'redis', 'app', 'web', 'cron']);
    for (const name of ['app', 'web', 'cron']) {
      expect(workload(nextcloud, name).volumes).toEqual([{ name: 'nextcloud', mountPath: '/var/www/html', shared: true, ...(name === 'web' ? { readOnly: true } : {}) }]);
    }
    // Mounted by one service only: a volume of that workload.
    expect(workload(nextcloud, 'db').volumes).toEqual([{ name: 'db', mountPath: '/var/lib/postgresql/data' }]);
  });

  test('nextcloud: the secrets are Terraform variables read through *_FILE, and nothing of them is in env', () => {
    expect(workload(nextcloud, 'db').secretEnv).toEqual({ POSTGRES_PASSWORD: 'postgres_password' });
    expect(workload(nextcloud, 'app').secretEnv).toEqual({ POSTGRES_PASSWORD: 'postgres_password', NEXTCLOUD_ADMIN_PASSWORD: 'nextcloud_admin_password' });
    expect(Object.keys(workload(nextcloud, 'app').env!).filter((k) => k.endsWith('_FILE'))).toEqual([]);
  });

  test('nextcloud: nginx.conf is a config file with the file\'s text; the port is on loopback; conditions and the split command', () => {
    const web = workload(nextcloud, 'web');
    expect(web.configFiles).toEqual([{ mountPath: '/etc/nginx/nginx.conf', content: fs.readFileSync(path.join(path.dirname(COMPOSE_EXAMPLES.nextcloud), 'nginx.conf'), 'utf8') }]);
    expect(web.ports).toEqual([{ name: 'tcp-80', containerPort: 80, hostPort: 8080, bindAddress: '127.0.0.1' }]);
    expect(workload(nextcloud, 'app')).toMatchObject({ dependsOn: ['db', 'redis'], dependencyConditions: { db: 'healthy' } });
    expect(workload(nextcloud, 'redis').command).toEqual(['redis-server', '--save', '', '--appendonly', 'no']);
    expect(workload(nextcloud, 'cron').entrypoint).toEqual(['/cron.sh']);
    expect(workload(nextcloud, 'app').env!.NEXTCLOUD_TRUSTED_DOMAINS).toBe('localhost');
  });

  test('nextcloud: the environment option reaches interpolation', () => {
    const app = loadComposeFile(COMPOSE_EXAMPLES.nextcloud, { environment: { NEXTCLOUD_PORT: '9000', NEXTCLOUD_DOMAIN: 'cloud.example.org' } });
    expect(workload(app, 'web').ports![0].hostPort).toBe(9000);
    expect(workload(app, 'app').env!.NEXTCLOUD_TRUSTED_DOMAINS).toBe('cloud.example.org');
  });

  test('paperless: the migration is a run-once job the web server waits for; merge keys give every long-running service its restart', () => {
    expect(workload(paperless, 'migrate')).toMatchObject({ job: {}, restart: { policy: 'no' }, command: ['python3', 'manage.py', 'migrate', '--no-input'] });
    expect(workload(paperless, 'webserver').dependencyConditions).toEqual({ db: 'healthy', migrate: 'completed' });
    for (const name of ['broker', 'db', 'webserver', 'gotenberg', 'tika']) expect(workload(paperless, name).restart).toEqual({ policy: 'unless-stopped' });
    expect(workload(paperless, 'webserver').volumes![0]).toEqual({ name: 'data', mountPath: '/usr/src/paperless/data', shared: true });
    expect(workload(paperless, 'webserver')).toMatchObject({ cpus: 2, memoryMiB: 2048 });
  });

  test('paperless: the .env password is one Terraform variable for both services, and no workload has its value', () => {
    expect(workload(paperless, 'db').secretEnv).toEqual({ POSTGRES_PASSWORD: 'paperless_db_password' });
    expect(workload(paperless, 'webserver').secretEnv).toEqual({ PAPERLESS_DBPASS: 'paperless_db_password' });
    expect(JSON.stringify(paperless)).not.toContain('change-me');
    // env_file values, then environment; a number in a map is a string.
    expect(workload(paperless, 'webserver').env).toMatchObject({ PAPERLESS_DBHOST: 'db', PAPERLESS_URL: 'http://localhost:8000', PAPERLESS_TIKA_ENABLED: '1' });
  });

  test('the same file gives the same spec twice (byte-identical)', () => {
    expect(JSON.stringify(loadComposeFile(COMPOSE_EXAMPLES.paperless, { environment: {} }))).toBe(JSON.stringify(paperless));
  });

  // The examples synthesize on every target (examples.test.ts runs them through tfcheck with the
  // other example stacks; vm-waits.test.ts checks the vm stacks' guests).
  test.each(['nextcloud', 'paperless'])('%s: the container, vm and hybrid stacks have no problems', (name) => {
    for (const target of [WorkloadTarget.CONTAINER, WorkloadTarget.VM, WorkloadTarget.HYBRID]) {
      expect({ target, problems: problems(new ComposeStack(Testing.app(), `compose-${name}`, COMPOSE_EXAMPLES[name], target)) }).toEqual({ target, problems: [] });
    }
  });
});

describe('malformed and hostile files: every problem at its line, all at once', () => {
  test('unknown fields (with a suggestion), wrong types and undeclared names, in one error', () => {
    expect(loadProblems([
      'services:', //                                    1
      '  web:', //                                       2
      '    image: nginx:1.27', //                         3
      '    enviroment: {A: "1"}', //                     4
      '    ports: 80', //                                5
      '    volumes: [data:/srv]', //                     6
      '    depends_on: [dbb]', //                        7
      '    networks: [back]', //                         8
      '    frobnicate: true', //                         9
      '    restart: sometimes', //                       10
      'servics: {}', //                                  11
    ].join('\n'))).toEqual([
      'compose.yaml:4:5: services.web.enviroment: is not a field of a Compose service; did you mean "environment"?',
      'compose.yaml:5:5: services.web.ports: must be a list, not the number 80',
      'compose.yaml:6:15: services.web.volumes[0]: names the volume "data", which the file does not declare under volumes:; declare it, or write a host path starting with "./" or "/"',
      'compose.yaml:7:18: services.web.depends_on[0]: names the service "dbb", which the file does not have; name one of its services',
      'compose.yaml:8:16: services.web.networks[0]: names the network "back", which the file does not declare under networks:; declare it',
      'compose.yaml:9:5: services.web.frobnicate: is not a field of a Compose service in the Compose Specification; remove it, or name an extension x-frobnicate',
      'compose.yaml:10:5: services.web.restart: "sometimes" is not a restart policy; use no, always, unless-stopped or on-failure[:n]',
      'compose.yaml:11:1: servics: is not a field of a Compose file; did you mean "services"?',
    ]);
  });

  test('every field no target can honour is reported with its line and why, never dropped', () => {
    const found = loadProblems([
      'services:',
      '  app:',
      '    build: .',
      '    privileged: true',
      '    network_mode: host',
      '    pid: host',
      '    volumes:',
      '      - ./:/data',
      '      - /var/run/docker.sock:/var/run/docker.sock',
      '      - named:/x:z',
      '    healthcheck: {test: [CMD, "true"], start_interval: 1s}',
      '    deploy: {resources: {reservations: {memory: 1g}}}',
      '    logging: {driver: syslog}',
      '    ports: ["127.0.0.1::80"]',
      'volumes: {named: {external: true}}',
    ].join('\n'));
    const fields = found.map((p) => /^compose\.yaml:(\d+):\d+: (\S+): cannot be honoured: /.exec(p)?.slice(1, 3).join(' ') ?? p);
    expect(fields).toEqual([
      '3 services.app.build', '4 services.app.privileged', '5 services.app.network_mode', '6 services.app.pid',
      '8 services.app.volumes[0]', '9 services.app.volumes[1]', '10 services.app.volumes[2]', '11 services.app.healthcheck.start_interval',
      '12 services.app.deploy.resources.reservations', '13 services.app.logging.driver', '14 services.app.ports[0]', '15 volumes.named.external',
    ]);
    expect(found[4]).toContain('"./" is a directory');
    expect(found[0]).toContain('images are not built: build and push the image, then give it as `image`; remove it, or drop it knowingly with ignore: ["services.app.build"]');
  });

  test('turning the image\'s health check off is reported, in both of Compose\'s ways', () => {
    expect(loadProblems('services:\n  a:\n    image: "x:1"\n    healthcheck: {disable: true}\n  b:\n    image: "x:1"\n    healthcheck: {test: [NONE]}\n')).toEqual([
      expect.stringMatching(/^compose\.yaml:4:5: services\.a\.healthcheck: cannot be honoured: turning off the image's own health check/),
      expect.stringMatching(/^compose\.yaml:7:5: services\.b\.healthcheck: cannot be honoured: turning off the image's own health check/),
    ]);
  });

  test('ignore drops exactly the fields it names, and a file error stays an error', () => {
    const text = 'services:\n  app:\n    image: a:1\n    privileged: true\n    tty: true\n    cpus: lots\n';
    expect(loadProblems(text, {}, { ignore: ['services.app.privileged'] })).toEqual([
      'compose.yaml:5:5: services.app.tty: cannot be honoured: workloads run without a terminal; remove it, or drop it knowingly with ignore: ["services.app.tty"]',
      'compose.yaml:6:5: services.app.cpus: must be a number, not the string "lots"',
    ]);
    expect(load('services:\n  app:\n    image: a:1\n    tty: true\n', {}, { ignore: ['services.app.tty'] }).workloads).toEqual([{ name: 'app', image: 'a:1', restart: { policy: 'no' } }]);
  });

  test('interpolation errors point at the value; keys are not interpolated', () => {
    expect(loadProblems('services:\n  app:\n    image: "a:${TAG:?give a tag}"\n    labels: {"$${KEY}": "${UNSET}"}\n')).toEqual([
      'compose.yaml:3:5: services.app.image: the variable TAG is required and must not be empty: give a tag; set it in the environment or in .env',
      // At the key, which names the field; the key keeps its $$ (keys are not interpolated).
      'compose.yaml:4:14: services.app.labels.$${KEY}: the variable UNSET is not set (Compose would write an empty string); set it in the environment or in .env, or write ${UNSET:-} for an empty value',
    ]);
  });

  test('duplicate keys are errors at the second one', () => {
    expect(loadProblems('services:\n  a:\n    image: x:1\n    image: y:1\n')).toEqual([
      'compose.yaml:4:5: services.a.image: is set twice in this map (first at line 3, column 5); keep one of them',
    ]);
  });

  test('anchors and merge keys (<<) are read as Compose reads them; a local key wins over the merged one', () => {
    const app = load([
      'x-base: &base',
      '  image: busybox:1.36',
      '  restart: always',
      '  environment: {A: "1"}',
      'services:',
      '  one:',
      '    <<: *base',
      '  two:',
      '    <<: *base',
      '    restart: "no"',
      '    environment: {B: "2"}',
    ].join('\n'));
    expect(app.workloads).toEqual([
      { name: 'one', image: 'busybox:1.36', env: { A: '1' }, restart: { policy: 'always' } },
      // A merge key merges the top level only: `environment` is replaced, not merged (YAML merge keys).
      { name: 'two', image: 'busybox:1.36', env: { B: '2' }, restart: { policy: 'no' } },
    ]);
  });

  test('an alias bomb, an alias without its anchor, a huge file and bytes that are not UTF-8 fail fast with their place', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 8; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const started = Date.now();
    expect(loadProblems(`x-bomb:\n${bomb.map((l) => `  ${l}`).join('\n')}\nservices: {a: {image: "x:1"}}\n`).join('\n')).toContain('(a YAML alias bomb?)');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(loadProblems('services:\n  a: *nothing\n')).toEqual([expect.stringContaining('compose.yaml:2:6: services.a: the alias *nothing names no anchor before it')]);
    const huge = composeFile(`services: {a: {image: "x:1"}}\nx-pad: "${'p'.repeat(APP_FILE_LIMITS.bytes)}"\n`);
    expect(() => loadComposeFile(huge, { environment: {} })).toThrow(/more than the 4194304 \(4 MiB\) an app file may have; a Compose file is a few KiB/);
    expect(() => load(Buffer.concat([Buffer.from('services:\n  a: {image: "x'), Buffer.from([0xff]), Buffer.from('"}\n')]) as unknown as string))
      .toThrow(/compose\.yaml:2:16: the file is not valid UTF-8 \(byte 0xFF\)/);
  });

  test('syntax errors, a file that is not a map, no services, and service names other services could not reach', () => {
    expect(loadProblems('services: [\n')[0]).toMatch(/^compose\.yaml:\d+:\d+: syntax error: /);
    expect(loadProblems('- a\n')).toEqual(['compose.yaml:1:1: (root): must be a map (key: value pairs), not a list']);
    expect(loadProblems('name: x\n')).toEqual(['compose.yaml:1:1: (root): has no services; a Compose file needs at least one under services:']);
    expect(loadProblems('services:\n  My_DB: {image: "x:1"}\n')).toEqual([
      'compose.yaml:2:3: services.My_DB: the service name "My_DB" cannot be a workload name (lowercase letters, digits and "-", at most 63, starting with a letter or digit), and other services reach it by that name; rename the service (e.g. "my-db") and the places that name it',
    ]);
  });

  test('hostile values are kept as data for the spec\'s own validation, not interpreted', () => {
    const app = load('services:\n  a:\n    image: "x:1"\n    environment:\n      NL: "line1\\nline2"\n      Q: "\\"$$HOME\\" %s \\\\ ${X:-$${Y}}"\n      NUL: "a\\0b"\n', {}, { environment: {} });
    expect(app.workloads[0].env).toEqual({ NL: 'line1\nline2', Q: '"$HOME" %s \\ ${Y}', NUL: 'a\u0000b' });
  });

  test('a config file that is not UTF-8 is reported at its mount', () => {
    expect(loadProblems('services:\n  a:\n    image: "x:1"\n    volumes: ["./bin.dat:/etc/bin.dat"]\n', { 'bin.dat': Buffer.from([0xc3, 0x28]) })[0])
      .toMatch(/^compose\.yaml:4:15: services\.a\.volumes\[0\]: .*bin\.dat:1:1: the file is not valid UTF-8 \(byte 0xC3\); save it as UTF-8; config files are text$/);
  });

  test('loadAppSpec refuses a Compose file and names loadComposeFile', () => {
    expect(() => loadAppSpec(composeFile('services:\n  a: {image: "x:1"}\n'))).toThrow(/compose\.yaml:1:1: \(root\): has services: but no workloads:, so it looks like a Compose file; load it with loadComposeFile/);
  });
});

describe('notices: what the library chooses on the user\'s behalf', () => {
  const read = (text: string, options: Parameters<typeof loadComposeFile>[1] = {}) =>
    ComposeFile.read(composeFile(text), { environment: {}, ...options }).notices.map((n) => n.replace(/^.*?compose\.yaml:/, 'compose.yaml:'));
  const noLimit = (service: string, line: number) =>
    `compose.yaml:${line}:3: services.${service}: no memory limit in the file: the library's default of 512 MiB applies; set deploy.resources.limits.memory or mem_limit`;

  test('a service without any memory limit has a notice at its name; one with mem_limit or deploy.resources.limits.memory has none', () => {
    const text = [
      'services:',
      '  a:',
      '    image: nginx',
      '  b:',
      '    image: redis',
      '    mem_limit: 256m',
      '  c:',
      '    image: postgres',
      '    deploy: {resources: {limits: {memory: 1g}}}',
      '  d:',
      '    image: busybox',
      '    deploy: {resources: {limits: {cpus: 0.5}}}',
      '',
    ].join('\n');
    expect(read(text)).toEqual([noLimit('a', 2), noLimit('d', 10)]);
  });

  test('a memory limit dropped with ignore leaves the default, and the notice says so', () => {
    expect(read('services:\n  a:\n    image: nginx\n    mem_limit: 1.5m\n', { ignore: ['services.a.mem_limit'] })).toEqual([noLimit('a', 2)]);
  });

  test('load and loadComposeFile return the same app as read, without the notices', () => {
    const file = composeFile('services:\n  a:\n    image: nginx\n');
    const result = ComposeFile.read(file, { environment: {} });
    expect(result.app).toEqual({ workloads: [{ name: 'a', image: 'nginx', restart: { policy: 'no' } }] });
    expect(ComposeFile.load(file, { environment: {} })).toEqual(result.app);
    expect(loadComposeFile(file, { environment: {} })).toEqual(result.app);
  });
});

describe('the mapping table', () => {
  test('every field of a Compose service is mapped or refused with a reason, and the loader dispatches on the same tables', () => {
    // The service fields of the Compose Specification (compose-spec.io, "Services top-level elements").
    const specFields = ['annotations', 'attach', 'blkio_config', 'build', 'cpu_count', 'cpu_percent', 'cpu_shares', 'cpu_period', 'cpu_quota',
      'cpu_rt_runtime', 'cpu_rt_period', 'cpus', 'cpuset', 'cap_add', 'cap_drop', 'cgroup', 'cgroup_parent', 'command', 'configs', 'container_name',
      'credential_spec', 'depends_on', 'deploy', 'develop', 'device_cgroup_rules', 'devices', 'dns', 'dns_opt', 'dns_search', 'domainname',
      'driver_opts', 'entrypoint', 'env_file', 'environment', 'expose', 'extends', 'external_links', 'extra_hosts', 'gpus', 'group_add',
      'healthcheck', 'hostname', 'image', 'init', 'ipc', 'isolation', 'labels', 'label_file', 'links', 'logging', 'mac_address', 'mem_limit',
      'mem_reservation', 'mem_swappiness', 'memswap_limit', 'models', 'network_mode', 'networks', 'oom_kill_disable', 'oom_score_adj', 'pid',
      'pids_limit', 'platform', 'ports', 'post_start', 'pre_stop', 'privileged', 'profiles', 'provider', 'pull_policy', 'read_only', 'restart',
      'runtime', 'scale', 'secrets', 'security_opt', 'shm_size', 'stdin_open', 'stop_grace_period', 'stop_signal', 'storage_opt', 'sysctls',
      'tmpfs', 'tty', 'ulimits', 'use_api_socket', 'user', 'userns_mode', 'uts', 'volumes', 'volumes_from', 'working_dir'];
    const covered = [...Object.keys(COMPOSE_SERVICE_FIELDS), ...Object.keys(COMPOSE_UNSUPPORTED_SERVICE_FIELDS)];
    expect(specFields.filter((f) => !covered.includes(f))).toEqual([]);
    expect(covered.filter((f) => !specFields.includes(f))).toEqual([]);
    expect(Object.keys(COMPOSE_SERVICE_FIELDS).filter((f) => COMPOSE_UNSUPPORTED_SERVICE_FIELDS[f] !== undefined)).toEqual([]);
    // Each unsupported one is really reported by the loader, and each mapped one is really read (not "unknown").
    for (const field of Object.keys(COMPOSE_UNSUPPORTED_SERVICE_FIELDS)) {
      expect(loadProblems(`services:\n  a:\n    image: "x:1"\n    ${field}: null\n`)).toEqual([expect.stringContaining(`services.a.${field}: cannot be honoured: `)]);
    }
  });

  test('has a row for every field, and escapes the "|" a cell holds', () => {
    const table = composeMappingTable();
    for (const field of [...Object.keys(COMPOSE_SERVICE_FIELDS), ...Object.keys(COMPOSE_UNSUPPORTED_SERVICE_FIELDS)]) expect(table).toContain(`| \`${field}\` |`);
    for (const field of Object.keys(COMPOSE_TOP_LEVEL_FIELDS)) expect(table).toContain(`| \`${field}\` (top level) |`);
    for (const row of table.split('\n')) expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(5);
  });
});

describe('round trip: Compose file → spec → container target, the container Compose would create', () => {
  // Compose's own output (`docker compose config`) is not available here: each expected value is
  // the one the Compose Specification and Docker's reference give for the input, said next to it.
  const file = composeFile([
    'services:',
    '  web:',
    '    image: nginx:1.27',
    '    command: nginx -g "daemon off;"', //                 split by Compose: [nginx, -g, "daemon off;"]
    '    ports: ["8080:80", "127.0.0.1:8443:443", "5353:53/udp"]',
    '    environment: [A=1, "B=two words", "C=$$literal"]', // $$ is one $
    '    healthcheck:',
    '      test: ["CMD-SHELL", "curl -f http://localhost/ || exit 1"]',
    '      interval: 1m30s', //                              90 s; timeout and retries: Docker's defaults 30 s and 3
    '    mem_limit: 256m', //                                256 MiB
    '    cpus: 0.5',
    '    user: "101:101"',
    '    working_dir: /srv',
    '    labels: {team: web}',
    '    depends_on: [db]',
    '  db:',
    '    image: postgres:17.2',
    '    restart: on-failure:3', //                          on-failure, at most 3 retries
    '    volumes: [dbdata:/var/lib/postgresql/data]',
    '    environment: {POSTGRES_PASSWORD: s3cret}',
    'volumes: {dbdata: {}}',
  ].join('\n'));

  const synthesize = (publishOnAllAddresses = false) => {
    const stack = new TerraformStack(Testing.app(), 'rt');
    new WorkloadApp(stack, 'app', { app: loadComposeFile(file, { environment: {}, publishOnAllAddresses }), target: WorkloadTarget.CONTAINER });
    return stack;
  };
  const containers = (json: any) => Object.fromEntries(resources(json, 'docker_container').map((c) => [c.name, c]));

  test('the fields both have', () => {
    const json = synth(synthesize());
    const { 'rt_web-1': web, 'rt_db-1': db } = containers(json);
    expect(web.command).toEqual(['nginx', '-g', 'daemon off;']);
    expect(web.env).toEqual(['A=1', 'B=two words', 'C=$literal']);
    // CMD-SHELL runs the command with /bin/sh -c, as the CMD form here does.
    expect(web.healthcheck).toEqual({ test: ['CMD', '/bin/sh', '-c', 'curl -f http://localhost/ || exit 1'], interval: '90s', timeout: '30s', retries: 3, start_period: '0s' });
    expect([web.memory, web.cpus, web.user, web.working_dir]).toEqual([256, '0.5', '101:101', '/srv']);
    expect(web.labels).toEqual(expect.arrayContaining([{ label: 'team', value: 'web' }]));
    // Compose's restart default is "no"; an explicit on-failure:3 keeps its count.
    expect([web.restart, db.restart, db.max_retry_count]).toEqual(['no', 'on-failure', 3]);
    expect(web.depends_on).toEqual([expect.stringMatching(/^docker_container\.app_db_containers_1_/)]);
    expect(db.volumes).toEqual([expect.objectContaining({ container_path: '/var/lib/postgresql/data', read_only: false })]);
    // The password is not in the configuration: a sensitive variable named after the service and env name.
    expect(db.env).toEqual(['POSTGRES_PASSWORD=${var.db_postgres_password}']);
    expect(JSON.stringify(json)).not.toContain('s3cret');
    expect(json.variable.db_postgres_password.sensitive).toBe(true);
  });

  test('ports: Compose binds 0.0.0.0 without a host IP; the loader binds 127.0.0.1 unless told publishOnAllAddresses', () => {
    const ports = (stack: TerraformStack) => containers(synth(stack))['rt_web-1'].ports;
    expect(ports(synthesize())).toEqual([
      { internal: 80, external: 8080, ip: '127.0.0.1', protocol: 'tcp' },
      { internal: 443, external: 8443, ip: '127.0.0.1', protocol: 'tcp' },
      { internal: 53, external: 5353, ip: '127.0.0.1', protocol: 'udp' },
    ]);
    // As Compose: every address, except where the file names one.
    expect(ports(synthesize(true)).map((p: any) => p.ip)).toEqual(['0.0.0.0', '127.0.0.1', '0.0.0.0']);
  });

  (tfcheckAvailable() ? test : test.skip)('the stack passes terraform validate and plan (tfcheck)', () => {
    const result = tfcheckStack('rt', (stack) => {
      new WorkloadApp(stack, 'app', { app: loadComposeFile(file, { environment: {} }), target: WorkloadTarget.CONTAINER });
    });
    expect({ status: result.status, output: result.status === 0 ? '' : result.output }).toEqual({ status: 0, output: '' });
  });
});

describe('property: any string survives the file as data', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fc: typeof import('fast-check') = require('fast-check');
  test('an env value, a label and a command word written with $ doubled (YAML double quotes) load as the same string', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'compose-prop-'));
    dirs.push(dir);
    const file = path.join(dir, 'compose.yaml');
    // JSON's string syntax is YAML's double-quoted syntax, with \u escapes for what YAML would not print.
    const quoted = (s: string) => JSON.stringify(s.replace(/\$/g, '$$$$')).replace(/[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udfff]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
      fs.writeFileSync(file, `services:\n  a:\n    image: "x:1"\n    environment: {V: ${quoted(s)}}\n    labels: {l: ${quoted(s)}}\n    command: [${quoted(s)}]\n`);
      const w = loadComposeFile(file, { environment: {} }).workloads[0];
      expect([w.env?.V ?? '', w.labels?.l, w.command]).toEqual([s, s, [s]]);
    }), { numRuns: 300, seed: 12 });
  });
});
