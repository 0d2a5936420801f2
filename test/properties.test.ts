// Issue 8, item 8: every value from a spec is data, never code, wherever it lands.
//
// Property: each generated spec either fails validation with a message naming the field, or
// synthesizes output whose value, read back the way its consumer reads it, equals the input, and
// nothing was added that the spec did not ask for. Values come from hostile alphabets (see
// property-specs.ts), sampled by fast-check with a fixed seed; the readers are in readback.ts and
// the machinery in property-harness.ts. Explicit regressions from issue 8's findings and minimal
// counterexamples the properties found follow.
//
// A failing class test lists, per kind of failure, how many values failed and the shortest one.
// PROPERTY_SPECS=N scales the number of specs (300 is the default scale); PROPERTY_REPORT=1
// prints per target and class how many values were rejected, threw, read back, and the timings.
import { BENIGN, FieldClass, SEED, shapeFor, shapesFor, SpecValues, Target } from './property-specs';
import { cleanUp, findingsOf, runTarget, summarize, tally, TargetRun } from './property-harness';
import { hasCommand, systemdVerify } from './guest-checks';
import * as R from './readback';

/**
 * Specs per target; every spec carries hostile values of every field class its target has (an
 * HTTP health check in 3 of 4 specs, a command one in the others). A VM costs ~60 ms of
 * synthesis in jest, a container ~10 ms: PROPERTY_SPECS scales all.
 */
const SCALE = Number(process.env.PROPERTY_SPECS ?? 300) / 300;
const COUNTS: { [t in Target]: number } = { 'container': 300, 'vm-image': 240, 'vm-native': 240, 'hybrid': 280 };
const countOf = (t: Target) => Math.max(1, Math.round(COUNTS[t] * SCALE));

const CLASSES: { [t in Target]: FieldClass[] } = {
  'container': ['env', 'secret', 'command', 'args', 'entrypoint', 'healthCheck.command', 'healthCheck.http.path', 'labels', 'user', 'workingDir', 'volumes.mountPath', 'tmpfs.mountPath', 'image', 'sysctls', 'extraHosts'],
  'vm-image': ['env', 'secret', 'command', 'args', 'entrypoint', 'healthCheck.command', 'healthCheck.http.path', 'labels', 'user', 'workingDir', 'volumes.mountPath', 'tmpfs.mountPath', 'image', 'sysctls', 'extraHosts'],
  'vm-native': ['env', 'secret', 'command', 'args', 'healthCheck.command', 'healthCheck.http.path', 'labels', 'user', 'workingDir', 'volumes.mountPath', 'tmpfs.mountPath', 'native.files.path', 'native.files.content', 'native.installCommands', 'native.packages', 'sysctls', 'extraHosts'],
  'hybrid': ['env', 'secret', 'command', 'args', 'entrypoint', 'healthCheck.command', 'healthCheck.http.path', 'labels', 'user', 'workingDir', 'volumes.mountPath', 'tmpfs.mountPath', 'image', 'sysctls', 'extraHosts'],
};
const TARGETS = Object.keys(CLASSES) as Target[];

/**
 * One run per target: the sampled specs and the explicit cases below (shape indexes from 10000),
 * so each target pays once for its Terraform, YAML and shell readers. An explicit case on the
 * hybrid target gets a VM of its own.
 */
const runs = new Map<Target, TargetRun>();
function runFor(target: Target): TargetRun {
  if (!runs.has(target)) {
    const sampled = shapesFor(target, countOf(target), SEED + TARGETS.indexOf(target));
    const ids = { next: 1_000_000 };
    const explicit = EXPLICIT.flatMap((c, i) => (c.targets.includes(target) ? [shapeFor(target, 10000 + i, { ...BENIGN, ...c.values }, c.http ?? false, ids)] : []));
    runs.set(target, runTarget(target, [...sampled, ...explicit], (s) => (s.index >= 10000 ? `x${s.index}` : String(Math.floor(s.index / 4)))));
  }
  return runs.get(target)!;
}

afterAll(() => {
  cleanUp();
  if (process.env.PROPERTY_REPORT) {
    const lines = [...runs.values()].map((run) => `${run.target} ${JSON.stringify(run.timings)} long values (> 1000 chars): ${run.settled.flatMap((s) => s.shape.cases).filter((c) => c.hostile.length > 1000).length}\n${Object.entries(tally(run)).map(([cls, t]) => `  ${cls}: ${JSON.stringify(t)}`).join('\n')}`);
    process.stdout.write(`\nloader: ${R.yamlLoader()} ${JSON.stringify(R.readerTimes)}\n${lines.join('\n')}\n`);
  }
});

describe.each(TARGETS)('%s target: hostile values are rejected naming their field, or read back intact', (target) => {
  let run: TargetRun;
  beforeAll(() => {
    run = runFor(target);
  }, 300_000);

  test.each(CLASSES[target])('%s', (cls) => {
    const t = tally(run)[cls];
    expect(t.values).toBeGreaterThan(0);
    expect(summarize(run, cls)).toEqual([]);
  });

  test('nothing was added that the spec did not ask for (compared with benign twins); every message names a value', () => {
    expect(summarize(run)).toEqual([]);
  });

  // The container target writes no units; .ci/run installs systemd, so the check always runs in CI.
  if (target !== 'container') test('units the unit reader accepts pass systemd-analyze verify (a sample, hostile values inside)', () => {
    expect(hasCommand('systemd-analyze')).toBe(true);
    // The helper stubs the programs it can see; units whose program is quoted are left out.
    const plain = run.sampleUnits.filter((u) => [...u.content.matchAll(/^Exec[A-Za-z]*=(.*)$/gm)].every((m) => /^[-@+!:]*\/[^\s"'\\%$]+(\s|$)/.test(m[1])));
    expect(plain.length).toBeGreaterThanOrEqual(Math.min(10, countOf(target) / 4));
    const unique = [...new Map(plain.map((u) => [u.name, u])).values()];
    const verdict = systemdVerify(unique);
    // Escaped: the output quotes unit lines, which hold control characters.
    expect({ ok: verdict.ok, output: JSON.stringify(verdict.output).slice(1, -1) }).toEqual({ ok: true, output: '' });
  });
});

// ---------------------------------------------------------------------------------------------
// Explicit cases: issue 8's findings, and minimal counterexamples the properties found. Each runs
// through the same machinery (validated alone; rejected naming the field, or read back intact and
// compared with its benign twin), with every other field plain.

interface Explicit {
  readonly title: string;
  readonly targets: Target[];
  readonly values: Partial<SpecValues>;
  /** HTTP health probe (else a command probe). */
  readonly http?: boolean;
}

const ALL: Target[] = ['container', 'vm-image', 'vm-native', 'hybrid'];
const SUDO = '\u2028- path: /etc/sudoers.d/evil\u2028  content: ALL ALL=(ALL) NOPASSWD:ALL\u2028';
const PEM = '-----BEGIN PRIVATE KEY-----\nMIIEvQ"IB$AD`AN\\Bg\n-----END PRIVATE KEY-----\n';

const ISSUE_8: Explicit[] = [
  { title: 'the benign baseline reads back intact (control)', targets: ALL, values: {} },
  { title: 'an env value with U+2028 does not add a write_files entry with passwordless sudo', targets: ALL, values: { env: [`a${SUDO}`, 'b'] } },
  { title: '${file("/etc/hostname")} and ${var.db_password} in env stay text', targets: ALL, values: { env: ['${file("/etc/hostname")}', '${var.db_password}'] } },
  { title: 'the compose health check sh -c \'pg_isready -U "${POSTGRES_USER}"\'', targets: ALL, values: { healthWords: ['sh', '-c', 'pg_isready -U "${POSTGRES_USER}"'] } },
  { title: 'a multi-line PEM secret', targets: ALL, values: { secrets: [PEM, 't'] } },
  { title: 'a secret with a newline does not add a variable', targets: ALL, values: { secrets: ['x"\nEVIL="1\n', 'y\\\nEVIL2=2'] } },
  { title: 'workingDir "/srv\\nExecStartPre=+/bin/sh"', targets: ALL, values: { workingDir: '/srv\nExecStartPre=+/bin/sh' } },
  { title: '% specifiers in args', targets: ALL, values: { args: ['%n', '%h', '%%', '100%', '%'] } },
  { title: '+/bin/sh as command[0] of a native recipe', targets: ['vm-native'], values: { program: '+/bin/sh' } },
  { title: 'a quote in healthCheck.http.path', targets: ALL, values: { httpPath: '/a\'b"c' }, http: true },
  { title: 'labels with newlines', targets: ALL, values: { labels: [['a\nb', 'c\nd']] } },
];

const FOUND: Explicit[] = [
  { title: 'a CDKTF string token marker in a value stays text', targets: ALL, values: { env: ['${TfToken[TOKEN.1]}', 'b'] } },
  { title: 'a CDKTF list token marker in a value', targets: ALL, values: { args: ['#{TfToken[TOKEN.1]}'] } },
  { title: 'a noncharacter (U+FFFF) in an env value', targets: ALL, values: { env: ['a\uffff', 'b'] } },
  { title: 'a noncharacter in a label', targets: ALL, values: { labels: [['team', 'web\uffff']] } },
  { title: 'U+FFFE in a native mount path', targets: ['vm-native'], values: { volume: '/data\ufffe' } },
  { title: '"${" in a native mount path next to a secret', targets: ['vm-native'], values: { volume: '/data${' } },
  { title: '"=" in a label key', targets: ALL, values: { labels: [['a=b', 'c']] } },
  { title: 'the workload label\'s key as a label', targets: ALL, values: { labels: [['cdktf-workloads.workload', 'mine']] } },
  { title: '":" in a tmpfs mount path', targets: ALL, values: { tmpfs: '/a:ro' } },
  { title: '":" in a volume mount path', targets: ALL, values: { volume: '/a:b' } },
  { title: '"/" as a volume mount path', targets: ALL, values: { volume: '/' } },
  { title: 'a space in a native mount path', targets: ['vm-native'], values: { tmpfs: '/scratch space' } },
  { title: 'workingDir ending in a backslash', targets: ALL, values: { workingDir: '/srv\\' } },
  { title: 'workingDir ending in a space', targets: ALL, values: { workingDir: '/srv ' } },
  { title: 'workingDir with ".."', targets: ALL, values: { workingDir: '/srv/../etc' } },
  { title: 'user with two colons', targets: ALL, values: { user: 'app:staff:extra' } },
  { title: 'user "."', targets: ALL, values: { user: '.' } },
  { title: '";" as the native program', targets: ['vm-native'], values: { program: ';', command: ['/usr/bin/app'] } },
  { title: 'a relative native program', targets: ['vm-native'], values: { program: 'bin/app' } },
  { title: 'NUL in an env value', targets: ALL, values: { env: ['x\u0000y', 'b'] } },
  { title: 'NUL in a secret value', targets: ALL, values: { secrets: ['x\u0000y', 't'] } },
  { title: 'a leading U+FEFF', targets: ALL, values: { user: '\ufeffapp' } },
  { title: 'a lone CR before "$${"', targets: ALL, values: { env: ['\r$${x}', 'b'] } },
  { title: '"//" as a tmpfs mount path', targets: ALL, values: { tmpfs: '//' } },
  { title: 'a value that Unicode NFC changes', targets: ALL, values: { env: ['e\u0301', 'b'] } },
  { title: 'an image with a control character', targets: ['container', 'vm-image', 'hybrid'], values: { image: 'nginx:1\u0007' } },
];

// Issue 12's string fields with values that pass validation, so that they are read back.
const ISSUE_12: Explicit[] = [
  { title: 'a sysctl value with "${", "%{", "%n" and "$$"', targets: ALL, values: { sysctl: ['net.core.somaxconn', '${x} %{y} %n $$'] } },
  { title: 'a sysctl outside the container\'s namespaces (refused but by a native service)', targets: ALL, values: { sysctl: ['vm.max_map_count', '262144'] } },
  { title: 'a sysctl value of several words', targets: ALL, values: { sysctl: ['net.ipv4.tcp_rmem', '4096 87380 6291456'] } },
  { title: 'an extra host with an IPv6 address', targets: ALL, values: { host: ['db.internal', 'fd00::5'] } },
  { title: 'an extra host on ::1', targets: ALL, values: { host: ['alias', '::1'] } },
];

const EXPLICIT = [...ISSUE_8, ...FOUND, ...ISSUE_12];

describe.each([['issue 8', ISSUE_8], ['found by the properties', FOUND], ['issue 12', ISSUE_12]] as const)('%s: explicit cases', (_, cases) => {
  beforeAll(() => { for (const t of ALL) runFor(t); }, 600_000);

  test.each(cases.flatMap((c) => c.targets.map((t) => [c.title, t] as const)))('%s (%s)', (title, target) => {
    const run = runFor(target);
    const index = 10000 + EXPLICIT.findIndex((c) => c.title === title);
    const shape = run.settled.find((s) => s.shape.index === index)!.shape;
    expect(findingsOf(run, shape.name)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// The readers, on known input: each must read what its consumer reads, and notice what breaks.

describe('readers (controls)', () => {
  test('env file: systemd\'s escapes, quotes, continuation, comments; a NUL or a noncharacter fails the file', () => {
    expect(R.readEnvFile('A="x\\"y\\\\z\\`\\$\\q"\n# c\nB=\'a\\b\'\nC="l1\nl2"\nD="con\\\ntinued"\nE= plain \\\n').pairs)
      .toEqual([['A', 'x"y\\z`$\\q'], ['B', 'a\\b'], ['C', 'l1\nl2'], ['D', 'continued'], ['E', 'plain ']]);
    expect(R.readEnvFile('A="x\0y"\nB="z"\n')).toEqual({ pairs: [], error: expect.stringMatching(/NUL/) });
    expect(R.readEnvFile('A="\uffff"\n').error).toMatch(/U\+FFFF/);
  });

  test('exec line: quotes, C escapes, %% and $$, prefixes, a lone ; and what systemd refuses', () => {
    expect(R.readExecLine('/bin/echo "a b" %% $$ \\x41 "\\u2028" \'q\'')).toEqual([{ prefixes: '', argv: ['/bin/echo', 'a b', '%', '$', 'A', '\u2028', 'q'], problems: [] }]);
    expect(R.readExecLine('-/bin/true ; /bin/id').map((c) => [c.prefixes, c.argv])).toEqual([['-', ['/bin/true']], ['', ['/bin/id']]]);
    expect(R.readExecLine('"+/bin/sh" -c id')[0].prefixes).toBe('+');
    expect(R.readExecLine('";" /bin/x')[0].argv).toEqual(['/bin/x']);
    expect(R.readExecLine('/bin/x %n $HOME a${B}').flatMap((c) => c.problems.map((p) => p.index))).toEqual([1, 2, 3]);
    expect(R.readExecLine('"/bin/a\\"b"')[0].problems.map((p) => p.text)).toEqual(['program "/bin/a\\"b" contains special characters']);
  });

  test('unit file: continuation, CR as a line end, a noncharacter line ignored', () => {
    expect(R.readUnitFile('[Service]\nWorkingDirectory=/srv\\\nRestart=no\nUser=a\rGroup=b\nX=\uffff\n'))
      .toEqual({
        entries: [
          { section: 'Service', key: 'WorkingDirectory', value: '/srv Restart=no' },
          { section: 'Service', key: 'User', value: 'a' }, { section: 'Service', key: 'Group', value: 'b' },
        ],
        errors: [expect.stringMatching(/^U\+FFFF/)],
      });
  });

  test('docker CLI and engine: flags, labels, tmpfs, binds', () => {
    expect(R.readDockerRun(['--detach', '--user', '--entrypoint', '--entrypoint', 'x', 'img', '--user', 'y'])).toMatchObject({
      flags: [['detach', 'true'], ['user', '--entrypoint'], ['entrypoint', 'x']], image: 'img', args: ['--user', 'y'], problems: [],
    });
    expect(R.dockerLabel('a=b=c')).toEqual(['a', 'b=c']);
    expect(R.dockerTmpfs('/a:b:rw')).toEqual(['/a', 'b:rw']);
    expect(R.dockerBind('v:/data:ro')).toEqual({ source: 'v', target: '/data', mode: 'ro' });
    expect(R.dockerBind('v:/a:b:rw')).toHaveProperty('error');
    expect(R.dockerBind('v:/')).toHaveProperty('error');
  });

  test('fstab as cloud-init writes and mount reads it', () => {
    expect(R.fstabRoundTrip(['tmpfs', '/a b', 'tmpfs', 'defaults', '0', '0'])).toEqual(['tmpfs', '/a', 'b', 'tmpfs', 'defaults', '0', '0']);
    expect(R.fstabRoundTrip(['tmpfs', '/a\\040b', 'tmpfs', 'defaults', '0', '0'])[1]).toBe('/a b');
  });

  test('sh: words as sh splits them; stubs are heard through redirections; nothing else runs', () => {
    const [words, stubbed, injected] = R.runShell('sh', [
      { mode: 'eval', text: 'a \'b c\' "$HOME"x', stubs: {}, printWords: true },
      { mode: 'source', text: 'set -e\nid -u x >/dev/null 2>&1 || useradd x\n', stubs: { id: 1, useradd: 0 } },
      { mode: 'eval', text: 'wget u; rm -rf /nonexistent', stubs: { wget: 1 } },
    ]);
    expect(words.calls).toEqual([['a', 'b c', `${process.env.HOME}x`]]);
    expect(stubbed.calls).toEqual([['id', '-u', 'x'], ['useradd', 'x']]);
    expect(injected.calls).toEqual([['wget', 'u']]);
    expect(injected.status).not.toBe(0); // rm is not found: PATH points nowhere
  });

  test('YAML: cloud-init\'s loader reads YAML 1.1 (yes is true, 0777 octal, U+2028 ends a line)', () => {
    const [doc] = R.readCloudConfigs(['a: yes\nb: "0777"\nc: 0777\nl:\n  - x\u2028  - y\n']);
    expect(doc.value).toEqual({ a: true, b: '0777', c: { __int__: '511' }, l: ['x', 'y'] });
  });

  test('Terraform: escapes undone, variables set, strings normalized as Terraform does', () => {
    expect(R.terraformEvaluate(['$${a}%%{b}', '${var.v}', '\ufeffx', 'e\u0301'], { v: 'x"\n' })).toEqual(['${a}%{b}', 'x"\n', 'x', '\u00e9']);
  });
});
