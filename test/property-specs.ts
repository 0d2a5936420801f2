// Hostile spec values for properties.test.ts: fast-check arbitraries, sampled with a fixed seed,
// and the specs that carry them on each target, each value with a benign twin of the same shape.
import * as fc from 'fast-check';
import { VmSpec, WorkloadSpec, WORKLOAD_LABEL } from '../src';

export const SEED = 20261125;

const range = (a: number, b: number) => Array.from({ length: b - a }, (_, i) => String.fromCharCode(a + i));

/** Fragments hostile values are made of, by group; a value picks a group, then a fragment. */
export const FRAGMENTS: { [group: string]: string[] } = {
  c0: [...range(0x00, 0x20), '\u007f'],
  c1: range(0x80, 0xa0),
  separators: ['\u0085', '\u2028', '\u2029', '\ufeff', '\ufffe', '\uffff', '\ufdd0'],
  quotes: ['\'', '"', '`', '\\', '\\\\', '\\\'', '\\"', '\\n'],
  template: ['$', '%', '${', '%{', '$${', '%%{', '}', '${var.db_password}', '${file("/etc/hostname")}', '%{ if true }x%{ endif }', '@@', '@@secret-file-0@@'],
  cdktf: ['${TfToken[TOKEN.1]}', '#{TfToken[TOKEN.2]}', '&{TfToken[TOKEN.3]}'],
  lines: ['\n', '\r', '\r\n', '\t', '\\\n', '\n\n'],
  yaml: [': ', '- ', '#', ' #', '&a', '*a', '!', '!!binary ', '|', '>', '{}', '[]', '{', '}', '[', ']', ',', '?', '---', '...', '%YAML 1.1'],
  yaml11: ['yes', 'no', 'on', 'off', 'y', 'n', 'true', 'False', 'null', '~', '0777', '1:20', '0x1F', '1_000', '.inf', '.nan', '2001-12-14', '<<', '='],
  shell: [';', '&&', '||', '|', '$(id)', '`id`', '<', '>', '*', '?', '~', ' ', '-', '--', '&', '(', ')', '\\;'],
  systemd: ['%n', '%h', '%%', '%', '$HOME', '${HOME}', '$$', '$', '\\x41', '\\u0041', '\\s', '+', '-', '@', '!', ':', '|', ';', ' ; '],
  xml: ['<', '>', '&amp;', '&#10;', ']]>', '"/><label key="x" value="y'],
  nonBmp: ['😀', '\u{10FFFD}', '\u{1F4A9}', '𝒳'],
  injection: [
    '\nExecStartPre=+/bin/sh -c id\n', '\n- path: /etc/sudoers.d/evil\n  content: ALL ALL=(ALL) NOPASSWD:ALL\n',
    '\u2028- path: /etc/sudoers.d/evil\u2028  content: ALL', '"\nEVIL="1', '\nEVIL=1\n', '\'; id; \'', '" --privileged "', '\n[Service]\nUser=root\n',
  ],
};
const PLAIN = ['a', 'b', 'Z', '0', '9', '_', '.', '/', ' ', 'x', 'data', 'srv', 'app'];

const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.oneof(...Object.values(FRAGMENTS).map((g) => fc.constantFrom(...g))) },
  { weight: 2, arbitrary: fc.constantFrom(...PLAIN) },
);
const short = fc.array(fragment, { minLength: 1, maxLength: 8 }).map((a) => a.join(''));
const long = fc.tuple(fc.array(fragment, { minLength: 1, maxLength: 4 }), fc.integer({ min: 300, max: 4000 }))
  .map(([a, n]) => a.join('').repeat(n).slice(0, 6000));
/**
 * Any text from the hostile alphabets, sometimes very long. Terraform normalizes every string to
 * Unicode NFC, so values that NFC would change are left to an explicit test, not sampled here.
 */
export const hostile = fc.oneof({ weight: 80, arbitrary: short }, { weight: 1, arbitrary: long })
  .filter((s) => s === s.normalize('NFC'));

/** Absolute paths mostly, with hostile components; sometimes relative, sometimes "/". */
export const hostilePath = fc.oneof(
  { weight: 12, arbitrary: hostile.map((s) => `/${s}`) },
  { weight: 2, arbitrary: fc.tuple(hostile, hostile).map(([a, b]) => `/srv/${a}/${b}`) },
  { weight: 1, arbitrary: hostile },
  { weight: 1, arbitrary: fc.constantFrom('/', '/srv/../etc', '/data/', '//x//y', '/a:b', '/a:ro', '/x y', '/x\\040y', '/x,y=z') },
);

const hostileUser = fc.oneof(
  { weight: 6, arbitrary: hostile },
  { weight: 2, arbitrary: fc.tuple(hostile, hostile).map(([a, b]) => `${a}:${b}`) },
  { weight: 2, arbitrary: fc.constantFrom('1000', '1000:1000', 'www-data', 'app:staff', 'a:b:c', ':staff', 'app:', '-x', 'root', '0', 'a b', '%n', '$USER') },
);

const hostileImage = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom('nginx:1.27', 'registry.example.com:5000/team/app:v1', 'on', 'yes', '0777', 'no', 'a/b', `x@sha256:${'a'.repeat(64)}`, 'nginx:%n') },
  { weight: 3, arbitrary: hostile },
  { weight: 2, arbitrary: hostile.map((s) => `nginx:${s}`) },
);

const hostileLabelKey = fc.oneof(
  { weight: 6, arbitrary: hostile },
  { weight: 2, arbitrary: fc.tuple(hostile, hostile).map(([a, b]) => `${a}=${b}`) },
  { weight: 1, arbitrary: fc.constantFrom(WORKLOAD_LABEL, 'a=b', 'com.example.team') },
);

const hostileProgram = fc.oneof(
  { weight: 6, arbitrary: hostilePath },
  { weight: 2, arbitrary: fc.constantFrom('+/bin/sh', '-/bin/true', '@/bin/sh', '!/bin/sh', ':/bin/sh', '|/bin/sh', '!!/bin/sh', 'sh', 'bin/sh', '', '/bin/sh "x"', '/usr/bin/', ';') },
  { weight: 1, arbitrary: hostile },
);

const hostilePackage = fc.oneof(
  fc.constantFrom('on', 'no', 'yes', 'off', '0777', '1.20', '1e3', 'null', 'true', '0x1f', '1_000', '2001-12-14', 'nginx', 'libc6-dev', 'g++', '.inf'),
  hostile,
);

const hostileSysctlName = fc.oneof(
  { weight: 3, arbitrary: hostile },
  { weight: 3, arbitrary: hostile.map((x) => `net.${x}`) },
  { weight: 1, arbitrary: fc.constantFrom('net.core.somaxconn', 'vm.max_map_count', 'kernel.shmmax', 'fs.mqueue.msg_max', 'net..x', 'net.a=b', 'net.x y', 'Net.x', 'net') },
);
const hostileSysctlValue = fc.oneof(
  { weight: 3, arbitrary: hostile },
  { weight: 1, arbitrary: fc.constantFrom('1024', '4096 87380 6291456', '0', ' 1', '1 ', '', '$1', '%n', '${x}', '%{x}', 'a=b', '\\') },
);
const hostileHost = fc.oneof(
  { weight: 3, arbitrary: hostile },
  { weight: 2, arbitrary: hostile.map((x) => `${x}.internal`) },
  { weight: 1, arbitrary: fc.constantFrom('db.internal', 'a-b.c', '-x', 'x_y', 'localhost', 'a..b', 'x:y', `${'a'.repeat(64)}.b`) },
);
const hostileIp = fc.oneof(
  { weight: 2, arbitrary: hostile },
  { weight: 1, arbitrary: fc.constantFrom('10.0.0.5', 'fd00::5', '::1', '::ffff:10.0.0.1', '1.2.3.4.5', 'fe80::1%eth0', '10.0.0.256', '010.0.0.1', ' 10.0.0.1', 'host-gateway') },
);

/** The hostile values of one spec, before they are put in place. */
export interface SpecValues {
  image: string;
  entrypoint: string[];
  command: string[];
  args: string[];
  env: string[];
  secrets: string[];
  labels: Array<[string, string]>;
  user: string;
  workingDir: string;
  volume: string;
  tmpfs: string;
  healthWords: string[];
  httpPath: string;
  program: string;
  files: Array<[string, string]>;
  installCommands: string[];
  packages: string[];
  sysctl: [string, string];
  host: [string, string];
}

const words = (min: number, max: number) => fc.array(hostile, { minLength: min, maxLength: max });

export const specValues: fc.Arbitrary<SpecValues> = fc.record({
  image: hostileImage,
  entrypoint: words(1, 2),
  command: words(1, 2),
  args: words(1, 2),
  env: words(2, 2),
  secrets: words(2, 2),
  labels: fc.array(fc.tuple(hostileLabelKey, hostile), { minLength: 1, maxLength: 2 }),
  user: hostileUser,
  workingDir: hostilePath,
  volume: hostilePath,
  tmpfs: hostilePath,
  healthWords: words(2, 4),
  httpPath: hostilePath,
  program: hostileProgram,
  files: fc.array(fc.tuple(hostilePath, hostile), { minLength: 1, maxLength: 2 }),
  installCommands: words(1, 2),
  packages: fc.array(hostilePackage, { minLength: 1, maxLength: 1 }),
  sysctl: fc.tuple(hostileSysctlName, hostileSysctlValue),
  host: fc.tuple(hostileHost, hostileIp),
});

/** The field classes of issue 8, item 8. */
export type FieldClass =
  | 'env' | 'secret' | 'command' | 'args' | 'entrypoint' | 'healthCheck.command' | 'healthCheck.http.path' | 'labels'
  | 'user' | 'workingDir' | 'volumes.mountPath' | 'tmpfs.mountPath' | 'native.files.path' | 'native.files.content'
  | 'native.installCommands' | 'native.packages' | 'image' | 'sysctls' | 'extraHosts';

export type Target = 'container' | 'vm-image' | 'vm-native' | 'hybrid';

/** One spec value under test. */
export interface Case {
  readonly id: number;
  readonly spec: number;
  /** The workload's name. */
  readonly specName: string;
  readonly cls: FieldClass;
  /** The field path validation messages name, e.g. `env.E0`, `volumes[0].mountPath`. */
  readonly path: string;
  readonly hostile: string;
  /** Same shape (what the library branches on), plain ASCII. */
  readonly twin: string;
}

/** A spec with its values still to be chosen: hostile, twin, or a safe stand-in. */
export interface Shape {
  readonly index: number;
  readonly name: string;
  readonly target: Target;
  readonly cases: Case[];
  /** Secret variable of each secretEnv name; the cases of class `secret` hold their values. */
  readonly secretVariables: { [env: string]: string };
  /** Is it an HTTP (else a command) health check. */
  readonly http: boolean;
  build(pick: (c: Case) => string): WorkloadSpec;
}

export const GUEST: VmSpec = { adminUser: 'admin', sshAuthorizedKeys: ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAITestKey test@host'] };
export const HTTP_PORT = 8080;

/** A user of the same shape: the same ":" separated parts, numeric parts numeric, empty parts empty. */
function twinUser(u: string, id: number): string {
  return u.split(':').map((p) => (p === '' ? '' : /^\d+$/.test(p) ? '1000' : `u${id}`)).join(':');
}

/** Plain values for every field: what an explicit case does not set. */
export const BENIGN: SpecValues = {
  image: 'busybox:1.36', entrypoint: ['/bin/sh'], command: ['-c'], args: ['exec app'], env: ['a', 'b'], secrets: ['s', 't'],
  labels: [['team', 'web']], user: 'app', workingDir: '/srv', volume: '/data', tmpfs: '/scratch', healthWords: ['true'],
  httpPath: '/health', program: '/usr/bin/app', files: [['/etc/app.conf', 'x=1\n']], installCommands: ['true'], packages: ['nginx'],
  sysctl: ['net.core.somaxconn', '1024'], host: ['db.internal', '10.0.0.5'],
};

/** The specs of one target, `count` of them, from values sampled with `seed`. */
export function shapesFor(target: Target, count: number, seed: number): Shape[] {
  const ids = { next: 0 };
  return fc.sample(specValues, { seed, numRuns: count }).map((v, index) => shapeFor(target, index, v, index % 4 !== 0, ids));
}

/** One spec of a target carrying `v`; its health check is an HTTP probe or a command. */
export function shapeFor(target: Target, index: number, v: SpecValues, http: boolean, ids = { next: 0 }): Shape {
  const name = `${target === 'container' ? 'c' : target === 'vm-image' ? 'v' : target === 'vm-native' ? 'n' : 'h'}${index}`;
  const cases: Case[] = [];
  const add = (cls: FieldClass, path: string, hostileValue: string, twin: (id: number) => string): Case => {
    const id = ids.next++;
    const c = { id, spec: index, specName: name, cls, path, hostile: hostileValue, twin: twin(id) };
    cases.push(c);
    return c;
  };
  const native = target === 'vm-native';
  const image = native ? undefined : add('image', 'image', v.image, () => 'busybox:1.36');
  const program = native ? add('command', 'command[0]', v.program, (id) => `/usr/bin/w${id}`) : undefined;
  const entrypoint = native ? [] : v.entrypoint.map((w, i) => add('entrypoint', `entrypoint[${i}]`, w, (id) => `w${id}`));
  const command = v.command.map((w, i) => add('command', `command[${i + (native ? 1 : 0)}]`, w, (id) => `w${id}`));
  const args = v.args.map((w, i) => add('args', `args[${i}]`, w, (id) => `w${id}`));
  const env = v.env.map((w, i) => add('env', `env.E${i}`, w, (id) => `v${id}`));
  const secretVariables: { [env: string]: string } = {};
  const secrets = v.secrets.map((w, i) => {
    secretVariables[`S${i}`] = `${name.replace('-', '_')}_s${i}`;
    return add('secret', `secretEnv.S${i}`, w, (id) => `v${id}`);
  });
  // Distinct keys: a map holds one value per key.
  const labels = v.labels.filter(([k], i) => v.labels.findIndex(([other]) => other === k) === i).map(([k, val], i) => [
    add('labels', `labels.${k}`, k, (id) => `k${id}`),
    add('labels', `labels.${k}`, val, (id) => `v${id}-${i}`),
  ] as const);
  const user = add('user', 'user', v.user, (id) => twinUser(v.user, id));
  const workingDir = add('workingDir', 'workingDir', v.workingDir, (id) => `/w${id}`);
  const volume = add('volumes.mountPath', 'volumes[0].mountPath', v.volume, (id) => `/m${id}`);
  const tmpfs = add('tmpfs.mountPath', 'tmpfs[0].mountPath', v.tmpfs, (id) => `/t${id}`);
  const health = http ? add('healthCheck.http.path', 'healthCheck.http.path', v.httpPath, (id) => `/h${id}`)
    : v.healthWords.map((w, i) => add('healthCheck.command', `healthCheck.command[${i}]`, w, (id) => `w${id}`));
  const files = native ? v.files.map(([p, content], i) => [
    add('native.files.path', `native.files[${i}].path`, p, (id) => `/etc/f${id}`),
    add('native.files.content', `native.files[${i}].content`, content, (id) => `c${id}`),
  ] as const) : [];
  const installCommands = native ? v.installCommands.map((w, i) => add('native.installCommands', `native.installCommands[${i}]`, w, () => 'true')) : [];
  const packages = native ? v.packages.map((w, i) => add('native.packages', `native.packages[${i}]`, w, (id) => `pkg${id}`)) : [];
  // Name and value share the path validation names (sysctls.NAME): a bad one replaces both.
  const sysctl = [
    add('sysctls', `sysctls.${v.sysctl[0]}`, v.sysctl[0], (id) => `net.k${id}`),
    add('sysctls', `sysctls.${v.sysctl[0]}`, v.sysctl[1], (id) => `v${id}`),
  ] as const;
  const host = [
    add('extraHosts', 'extraHosts[0].host', v.host[0], (id) => `h${id}.internal`),
    add('extraHosts', 'extraHosts[0].ip', v.host[1], (id) => `10.0.${Math.floor(id / 256) % 256}.${id % 256}`),
  ] as const;

  const build = (pick: (c: Case) => string): WorkloadSpec => {
    const labelMap: { [k: string]: string } = {};
    for (const [k, val] of labels) labelMap[pick(k)] = pick(val);
    return {
      name,
      image: image && pick(image),
      entrypoint: entrypoint.length ? entrypoint.map(pick) : undefined,
      command: program ? [pick(program), ...command.map(pick)] : command.map(pick),
      args: args.map(pick),
      env: Object.fromEntries(env.map((c, i) => [`E${i}`, pick(c)])),
      secretEnv: Object.fromEntries(secrets.map((_, i) => [`S${i}`, secretVariables[`S${i}`]])),
      labels: labelMap,
      user: pick(user),
      workingDir: pick(workingDir),
      ports: [{ name: 'http', containerPort: HTTP_PORT }],
      volumes: [{ name: 'data', mountPath: pick(volume) }],
      tmpfs: [{ mountPath: pick(tmpfs) }],
      healthCheck: Array.isArray(health) ? { command: health.map(pick) } : { http: { port: 'http', path: pick(health) } },
      sysctls: { [pick(sysctl[0])]: pick(sysctl[1]) },
      extraHosts: [{ host: pick(host[0]), ip: pick(host[1]) }],
      native: native ? {
        packages: packages.map(pick),
        files: files.map(([p, content]) => ({ path: pick(p), content: pick(content) })),
        installCommands: installCommands.map(pick),
      } : undefined,
    };
  };
  return { index, name, target, cases, secretVariables, http, build };
}

/** Shell words of a value: for reports, a value as JSON, shortened. */
export function show(value: unknown, max = 160): string {
  const s = JSON.stringify(value) ?? String(value);
  return s.length > max ? `${s.slice(0, max)}…(${s.length} chars)` : s;
}
