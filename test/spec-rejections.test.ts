import { newStack, problems } from './util';
import { ContainerWorkload, HybridVm, VmSpec, VmWorkload, WorkloadApp, WorkloadSpec, WorkloadTarget } from '../src';
import { validateSpec } from '../src/model/validate';

/**
 * Input that no destination can hold is refused at synth, naming workload, field, value and fix.
 * Every rule has a valid neighbour that must still pass.
 */

const ok: WorkloadSpec = { name: 'web', image: 'nginx:1.27', ports: [{ name: 'http', containerPort: 80 }] };
const guest: VmSpec = { adminUser: 'admin', sshAuthorizedKeys: ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAITestKey test@host'] };

/** The target-neutral problems of `ok` with `patch` applied. */
function rejections(patch: Partial<WorkloadSpec>): string[] {
  return validateSpec({ ...ok, ...patch });
}

const oneLine = (field: string, shown: string, codePoint: string) =>
  `workload "web": ${field} ${shown} contains a line break or control character (${codePoint}), which no target can hold on one line; remove it`;

describe('single-line fields', () => {
  test.each<[string, Partial<WorkloadSpec>, string, Partial<WorkloadSpec>]>([
    ['image', { image: 'nginx:1.27\n' }, 'image "nginx:1.27\\n" (U+000A)', { image: 'nginx:1.27' }],
    ['user', { user: 'a\nb' }, 'user "a\\nb" (U+000A)', { user: 'www-data' }],
    ['workingDir', { workingDir: '/srv\tapp' }, 'workingDir "/srv\\tapp" (U+0009)', { workingDir: '/srv/app' }],
    ['volumes[].mountPath', { volumes: [{ name: 'data', mountPath: '/data\u2028x' }] }, 'volumes[0].mountPath "/data\\u2028x" (U+2028)', { volumes: [{ name: 'data', mountPath: '/data' }] }],
    ['tmpfs[].mountPath', { tmpfs: [{ mountPath: '/tmp\u0085' }] }, 'tmpfs[0].mountPath "/tmp\\u0085" (U+0085)', { tmpfs: [{ mountPath: '/tmp' }] }],
    ['labels values', { labels: { tier: 'a\rb' } }, 'labels.tier "a\\rb" (U+000D)', { labels: { tier: 'a b' } }],
    ['ports[].urlScheme', { ports: [{ name: 'http', containerPort: 80, urlScheme: 'http\u2029' }] }, 'ports[0].urlScheme "http\\u2029" (U+2029)',
      { ports: [{ name: 'http', containerPort: 80, urlScheme: 'http' }] }],
    ['ports[].bindAddress', { ports: [{ name: 'http', containerPort: 80, hostPort: 80, bindAddress: '127.0.0.1\n' }] }, 'ports[0].bindAddress "127.0.0.1\\n" (U+000A)',
      { ports: [{ name: 'http', containerPort: 80, hostPort: 80, bindAddress: '127.0.0.1' }] }],
    ['healthCheck.http.path', { healthCheck: { http: { port: 'http', path: '/health\u007f' } } }, 'healthCheck.http.path "/health\\u007f" (U+007F)',
      { healthCheck: { http: { port: 'http', path: '/health' } } }],
    ['dependsOn[]', { dependsOn: ['db\n'] }, 'dependsOn[0] "db\\n" (U+000A)', { dependsOn: ['db'] }],
    ['native.packages[]', { native: { packages: ['nginx\u009f'] } }, 'native.packages[0] "nginx\\u009f" (U+009F)', { native: { packages: ['nginx'] } }],
    ['native.files[].path', { native: { files: [{ path: '/etc/a\nb', content: '' }] } }, 'native.files[0].path "/etc/a\\nb" (U+000A)',
      { native: { files: [{ path: '/etc/a', content: '' }] } }],
    ['native.files[].owner', { native: { files: [{ path: '/etc/a', content: '', owner: 'root:\u0000root' }] } }, 'native.files[0].owner "root:\\u0000root" (U+0000)',
      { native: { files: [{ path: '/etc/a', content: '', owner: 'root:root' }] } }],
    ['native.files[].mode', { native: { files: [{ path: '/etc/a', content: '', mode: '0644\n' }] } }, 'native.files[0].mode "0644\\n" (U+000A)',
      { native: { files: [{ path: '/etc/a', content: '', mode: '0644' }] } }],
  ])('a line break or control character in %s is refused, showing its code point', (_field, bad, shown, good) => {
    const [, field, value, codePoint] = /^(\S+) (".*") \((U\+[0-9A-F]{4})\)$/.exec(shown)!;
    expect(rejections(bad)).toEqual([oneLine(field, value, codePoint)]);
    expect(rejections(good)).toEqual([]);
  });

  test('a label key with a control character is refused as a key', () => {
    expect(rejections({ labels: { 'tier\u0000': 'web' } })).toEqual([
      'workload "web": labels "tier\\u0000" is a key that contains a line break or control character (U+0000), which no target can hold on one line; remove it',
    ]);
    expect(rejections({ labels: { tier: 'web' } })).toEqual([]);
  });

  test('a long value is shown around the character, so the message stays short', () => {
    const [message] = rejections({ workingDir: `/${'a'.repeat(100)}\n${'b'.repeat(100)}` });
    expect(message).toBe(oneLine('workingDir', `"…${'a'.repeat(20)}\\n${'b'.repeat(19)}…"`, 'U+000A'));
  });

  test('a VM\'s guest settings are single-line fields, checked once each with no further complaint', () => {
    const stack = newStack();
    new VmWorkload(stack, 'db', {
      spec: { name: 'db', image: 'postgres:16.4', vm: { adminUser: 'ops\n', baseImageUrl: 'https://example.com/a\u0000.qcow2', ipAddress: '192.168.150.10/24\n', gateway: '192.168.150.1\u2028' } },
      vm: { sshAuthorizedKeys: [`${guest.sshAuthorizedKeys![0]}\u0085`] },
    });
    expect(problems(stack)).toEqual([
      'workload "db": vm.adminUser "ops\\n" contains a line break or control character (U+000A), which no target can hold on one line; remove it',
      'workload "db": vm.baseImageUrl "https://example.com/a\\u0000.qcow2" contains a line break or control character (U+0000), which no target can hold on one line; remove it',
      'workload "db": vm.ipAddress "192.168.150.10/24\\n" contains a line break or control character (U+000A), which no target can hold on one line; remove it',
      'workload "db": vm.gateway "192.168.150.1\\u2028" contains a line break or control character (U+2028), which no target can hold on one line; remove it',
      `workload "db": vm.sshAuthorizedKeys[0] "${guest.sshAuthorizedKeys![0]}\\u0085" contains a line break or control character (U+0085), which no target can hold on one line; remove it`,
    ]);
    const valid = newStack();
    new VmWorkload(valid, 'db', { spec: { name: 'db', image: 'postgres:16.4', vm: { baseImagePath: '/var/lib/libvirt/images/debian.qcow2' } }, vm: guest });
    expect(problems(valid)).toEqual([]);
  });

  test('a VM\'s base image path with a control character is refused', () => {
    const stack = newStack();
    new VmWorkload(stack, 'db', { spec: { name: 'db', image: 'postgres:16.4', vm: { baseImagePath: '/images/\tdebian.qcow2' } }, vm: guest });
    expect(problems(stack)).toEqual([
      'workload "db": vm.baseImagePath "/images/\\tdebian.qcow2" contains a line break or control character (U+0009), which no target can hold on one line; remove it',
    ]);
  });

  test('the hybrid VM\'s name and guest settings are single-line fields', () => {
    const stack = newStack();
    new HybridVm(stack, 'shared', { specs: [ok], vm: { ...guest, adminUser: 'ad\nmin' }, hybrid: { name: 'shared\n' } });
    expect(problems(stack)).toEqual([
      'hybrid VM "shared\\n": hybrid.name "shared\\n" contains a line break or control character (U+000A), which no target can hold on one line; remove it',
      'hybrid VM "shared\\n": vm.adminUser "ad\\nmin" contains a line break or control character (U+000A), which no target can hold on one line; remove it',
    ]);
    const valid = newStack();
    new HybridVm(valid, 'shared', { specs: [ok], vm: guest, hybrid: { name: 'shared' } });
    expect(problems(valid)).toEqual([]);
  });
});

describe('NUL and characters environment files refuse', () => {
  const nul = (field: string, shown: string) =>
    `workload "web": ${field} ${shown} contains a NUL character (U+0000), which no target can carry (programs, environments and files end a string there); remove it`;

  test.each<[string, Partial<WorkloadSpec>, string]>([
    ['env values', { env: { GREETING: 'a\u0000b' } }, 'env.GREETING'],
    ['command', { command: ['nginx', 'a\u0000b'] }, 'command[1]'],
    ['args', { args: ['a\u0000b'] }, 'args[0]'],
    ['entrypoint', { entrypoint: ['a\u0000b'] }, 'entrypoint[0]'],
    ['healthCheck.command', { healthCheck: { command: ['a\u0000b'] } }, 'healthCheck.command[0]'],
    ['native.files[].content', { native: { files: [{ path: '/etc/a', content: 'a\u0000b' }] } }, 'native.files[0].content'],
    ['native.installCommands', { native: { installCommands: ['a\u0000b'] } }, 'native.installCommands[0]'],
  ])('a NUL in %s is refused', (_what, bad, field) => {
    expect(rejections(bad)).toEqual([nul(field, '"a\\u0000b"')]);
    // The same value with a line break instead is a valid multi-line string.
    const good = JSON.parse(JSON.stringify(bad).replace(/\\u0000/g, '\\n'));
    expect(rejections(good)).toEqual([]);
  });

  test('a multi-line env value is legal target-neutrally', () => {
    expect(rejections({ env: { CERT: '-----BEGIN-----\nAAAA\n-----END-----\n' } })).toEqual([]);
  });

  test.each([
    ['\ufeffx', 'U+FEFF', '"\\ufeffx"'],
    ['a\ufdd0', 'U+FDD0', '"a\\ufdd0"'],
    ['a\ufdef', 'U+FDEF', '"a\\ufdef"'],
    ['a\ufffe', 'U+FFFE', '"a\\ufffe"'],
    ['a\uffff', 'U+FFFF', '"a\\uffff"'],
    ['a\u{1fffe}', 'U+1FFFE', '"a\u{1fffe}"'],
    ['a\u{10ffff}', 'U+10FFFF', '"a\u{10ffff}"'],
  ])('an env value holding %p (%s) is refused, since systemd\'s environment files refuse it', (value, codePoint, shown) => {
    expect(rejections({ env: { GREETING: value } })).toEqual([
      `workload "web": env.GREETING ${shown} contains ${codePoint}, a byte order mark or Unicode noncharacter, which systemd's environment files refuse; remove it`,
    ]);
  });

  test.each(['a\ufdcf', 'a\ufdf0', 'a\ufffd', 'a\u{1fffd}', 'grüß dich 👋'])('the neighbouring env value %p passes', (value) => {
    expect(rejections({ env: { GREETING: value } })).toEqual([]);
  });
});

describe('field formats', () => {
  test.each(['HTTP', '1http', 'http:', 'http s', ''])('the URL scheme %p is refused', (urlScheme) => {
    expect(rejections({ ports: [{ name: 'http', containerPort: 80, urlScheme }] })).toEqual([
      `workload "web": ports[0].urlScheme ${JSON.stringify(urlScheme)} is not a URL scheme; use a lowercase letter followed by lowercase letters, digits, "+", "." or "-", e.g. "http" or "postgres"`,
    ]);
  });

  test.each(['http', 'postgres', 'svn+ssh', 'coap.tcp', 'x-y'])('the URL scheme %p passes', (urlScheme) => {
    expect(rejections({ ports: [{ name: 'http', containerPort: 80, urlScheme }] })).toEqual([]);
  });

  test.each(['/a b', '/a#b', '/%zz', '/health"', '/ä', '/a\\b'])('the health check path %p is refused', (path) => {
    expect(rejections({ healthCheck: { http: { port: 'http', path } } })).toEqual([
      `workload "web": healthCheck.http.path ${JSON.stringify(path)} is not a URL path; use only letters, digits and -._~!$&'()*+,;=:@/? in it, and percent-encode anything else as %XX, e.g. "/health?full=1"`,
    ]);
  });

  test.each(['/', '/health', '/health?full=1&x=%20', "/a-b_c.d~e!$&'()*+,;=:@/f"])('the health check path %p passes', (path) => {
    expect(rejections({ healthCheck: { http: { port: 'http', path } } })).toEqual([]);
  });

  test('a health check path without its leading slash keeps its own message', () => {
    expect(rejections({ healthCheck: { http: { port: 'http', path: 'health' } } })).toEqual([
      'workload "web": healthCheck.http.path "health" does not start with "/"; write the path as "/health"',
    ]);
  });

  test.each(['Admin', 'a b', 'root:', ':root', '1000:1000:1000', '4294967295', 'a'.repeat(33), '-x', 'web@host'])('the user %p is refused', (user) => {
    expect(rejections({ user })).toEqual([
      `workload "web": user ${JSON.stringify(user)} is not a user name or uid, optionally followed by ":group" or ":gid"; write "name", "uid", "name:group" or "uid:gid" with lowercase Linux names (letters, digits, "_" and "-", at most 32) or numbers, e.g. "www-data" or "1000:1000"`,
    ]);
  });

  test.each(['www-data', '_apt', '0', '1000', 'www-data:www-data', '1000:1000', '4294967294', 'a'.repeat(32)])('the user %p passes', (user) => {
    expect(rejections({ user })).toEqual([]);
  });

  test.each(['-tier', '.tier', 'a b', 'a:b', 'tier=x', 'ä'])('the label key %p is refused', (key) => {
    expect(rejections({ labels: { [key]: 'x' } })).toEqual([
      `workload "web": labels ${JSON.stringify(key)} is not a valid label key; use letters, digits, ".", "_", "/" and "-", starting with a letter or digit, e.g. "com.example.tier"`,
    ]);
  });

  test.each(['tier', 'com.example.tier', 'org.opencontainers.image/source', 'A_1-b'])('the label key %p passes', (key) => {
    expect(rejections({ labels: { [key]: 'x' } })).toEqual([]);
  });

  const mountFix = 'use a path without whitespace, "\\", ":" or "," (Docker\'s mount syntax splits on ":" and ",", and fstab cannot hold whitespace)';
  test.each([
    ['/data dir', 'a space'], ['/a:b', '":"'], ['/a,b', '","'], ['/a\\b', '"\\"'], ['/a\u00a0b', 'whitespace (U+00A0)'],
  ])('the mount path %p is refused for volumes and tmpfs', (mountPath, what) => {
    expect(rejections({ volumes: [{ name: 'data', mountPath }] })).toEqual([
      `workload "web": volumes[0].mountPath ${JSON.stringify(mountPath)} contains ${what}; ${mountFix}`,
    ]);
    expect(rejections({ tmpfs: [{ mountPath }] })).toEqual([
      `workload "web": tmpfs[0].mountPath ${JSON.stringify(mountPath)} contains ${what}; ${mountFix}`,
    ]);
  });

  test.each(['/data', '/var/lib/postgresql/data', '/srv/my-site_1.0', '/a@b+c'])('the mount path %p passes', (mountPath) => {
    expect(rejections({ volumes: [{ name: 'data', mountPath }], tmpfs: [{ mountPath: `${mountPath}/tmp` }] })).toEqual([]);
  });
});

describe('sizes and counts', () => {
  test.each<[Partial<WorkloadSpec>, string]>([
    [{ memoryMiB: NaN }, 'memoryMiB NaN is not a finite number; use a whole number of MiB from 6 to 16777216'],
    [{ memoryMiB: Infinity }, 'memoryMiB Infinity is not a finite number; use a whole number of MiB from 6 to 16777216'],
    [{ memoryMiB: 512.5 }, 'memoryMiB 512.5 is not a whole number; use a whole number of MiB from 6 to 16777216'],
    [{ memoryMiB: -1 }, 'memoryMiB -1 is below the minimum of 6 MiB; give at least 6 MiB as a whole number'],
    [{ memoryMiB: 1e300 }, 'memoryMiB 1e+300 is more than 16777216; use a whole number of MiB from 6 to 16777216'],
    [{ volumes: [{ name: 'd', mountPath: '/d', sizeGiB: NaN }] }, 'volumes[0].sizeGiB NaN is not a finite number; use a whole number of GiB from 1 to 1048576'],
    [{ volumes: [{ name: 'd', mountPath: '/d', sizeGiB: 0.5 }] }, 'volumes[0].sizeGiB 0.5 is not a whole number; use a whole number of GiB from 1 to 1048576'],
    [{ volumes: [{ name: 'd', mountPath: '/d', sizeGiB: -5 }] }, 'volumes[0].sizeGiB -5 is less than 1; use a whole number of GiB from 1 to 1048576'],
    [{ volumes: [{ name: 'd', mountPath: '/d', sizeGiB: 2e6 }] }, 'volumes[0].sizeGiB 2000000 is more than 1048576; use a whole number of GiB from 1 to 1048576'],
    [{ tmpfs: [{ mountPath: '/t', sizeMiB: Infinity }] }, 'tmpfs[0].sizeMiB Infinity is not a finite number; use a whole number of MiB from 1 to 16777216'],
    [{ tmpfs: [{ mountPath: '/t', sizeMiB: 0 }] }, 'tmpfs[0].sizeMiB 0 is less than 1; use a whole number of MiB from 1 to 16777216'],
    [{ healthCheck: { tcp: { port: 'http' }, intervalSeconds: NaN } }, 'healthCheck.intervalSeconds NaN is not a finite number; use a whole number of seconds from 1 to 86400'],
    [{ healthCheck: { tcp: { port: 'http' }, timeoutSeconds: 1.5 } }, 'healthCheck.timeoutSeconds 1.5 is not a whole number; use a whole number of seconds from 1 to 86400'],
    [{ healthCheck: { tcp: { port: 'http' }, retries: 1e9 } }, 'healthCheck.retries 1000000000 is more than 1000; use a whole number of retries from 1 to 1000'],
    [{ healthCheck: { tcp: { port: 'http' }, startPeriodSeconds: -1 } }, 'healthCheck.startPeriodSeconds -1 must be a whole number of at least 0; use 0 or more'],
    [{ cpus: NaN }, 'cpus NaN is not a finite number; give the CPU limit in cores, more than 0 and at most 256, e.g. 0.5 or 2'],
    [{ cpus: Infinity }, 'cpus Infinity is not a finite number; give the CPU limit in cores, more than 0 and at most 256, e.g. 0.5 or 2'],
    [{ cpus: 1e9 }, 'cpus 1000000000 is more than 256 CPUs; give the CPU limit in cores, at most 256, e.g. 0.5 or 2'],
    [{ cpus: 256.5 }, 'cpus 256.5 is more than 256 CPUs; give the CPU limit in cores, at most 256, e.g. 0.5 or 2'],
    [{ replicas: 1.5 }, 'replicas 1.5 is not a whole number; use a whole number of replicas from 0 to 1000'],
    [{ replicas: 1e6 }, 'replicas 1000000 is more than 1000; use a whole number of replicas from 0 to 1000'],
    [{ restart: { maxRetries: Infinity } }, 'restart.maxRetries Infinity is not a finite number; use a whole number of retries from 0 to 1000'],
  ])('%p is refused', (patch, message) => {
    expect(rejections(patch)).toEqual([`workload "web": ${message}`]);
  });

  test.each<Partial<WorkloadSpec>>([
    { memoryMiB: 6 }, { memoryMiB: 16777216 },
    { volumes: [{ name: 'd', mountPath: '/d', sizeGiB: 1 }] }, { volumes: [{ name: 'd', mountPath: '/d', sizeGiB: 1048576 }] },
    { tmpfs: [{ mountPath: '/t', sizeMiB: 1 }] },
    { healthCheck: { tcp: { port: 'http' }, intervalSeconds: 86400, timeoutSeconds: 1, retries: 1000, startPeriodSeconds: 0 } },
    { cpus: 0.01 }, { cpus: 256 }, { replicas: 0 }, { replicas: 1000, name: 'w' }, { restart: { maxRetries: 0 } }, { restart: { maxRetries: 1000 } },
  ])('the neighbouring %p passes', (patch) => {
    expect(rejections(patch)).toEqual([]);
  });

  test('a VM\'s disk and memory overhead must be finite whole numbers in range', () => {
    const stack = newStack();
    new VmWorkload(stack, 'a', { spec: { name: 'a', image: 'nginx:1.27', vm: { diskGiB: NaN, memoryOverheadMiB: 0.5 } }, vm: guest });
    new VmWorkload(stack, 'b', { spec: { name: 'b', image: 'nginx:1.27', memoryMiB: 1024, vm: { diskGiB: Infinity, memoryOverheadMiB: -1 } }, vm: guest });
    new VmWorkload(stack, 'c', { spec: { name: 'c', image: 'nginx:1.27', vm: { diskGiB: 2.5, memoryOverheadMiB: 1e300 } }, vm: guest });
    expect(problems(stack)).toEqual([
      'workload "a": vm.diskGiB NaN is not a finite number; use a whole number of GiB from 3 to 1048576',
      'workload "a": vm.memoryOverheadMiB 0.5 is not a whole number; use a whole number of MiB from 0 to 16777216',
      'workload "b": vm.diskGiB Infinity is not a finite number; use a whole number of GiB from 3 to 1048576',
      'workload "b": vm.memoryOverheadMiB -1 is not a whole number of MiB; use 0 or more (default 384)',
      'workload "c": vm.diskGiB 2.5 is not a whole number; use a whole number of GiB from 3 to 1048576',
      'workload "c": vm.memoryOverheadMiB 1e+300 is more than 16777216; use a whole number of MiB from 0 to 16777216',
    ]);
    const valid = newStack();
    new VmWorkload(valid, 'a', { spec: { name: 'a', image: 'nginx:1.27', vm: { diskGiB: 3, memoryOverheadMiB: 0 } }, vm: guest });
    expect(problems(valid)).toEqual([]);
  });

  test('the hybrid VM\'s memory, vCPUs and engine overhead must be finite whole numbers in range', () => {
    const problemsOf = (hybrid: object) => {
      const stack = newStack();
      new HybridVm(stack, 'shared', { specs: [ok], vm: guest, hybrid });
      return problems(stack);
    };
    expect(problemsOf({ memoryMiB: NaN, vcpus: 1e9, engineOverheadMiB: -1 })).toEqual([
      'hybrid VM "hybrid": hybrid.memoryMiB NaN is not a finite number; use a whole number of MiB from 512 to 16777216',
      'hybrid VM "hybrid": hybrid.vcpus 1000000000 is more than 256; use a whole number of vCPUs from 1 to 256',
      'hybrid VM "hybrid": hybrid.engineOverheadMiB -1 is less than 0; use a whole number of MiB from 0 to 16777216',
    ]);
    expect(problemsOf({ memoryMiB: 2048.5, vcpus: Infinity, engineOverheadMiB: NaN })).toEqual([
      'hybrid VM "hybrid": hybrid.memoryMiB 2048.5 is not a whole number; use a whole number of MiB from 1 to 16777216',
      'hybrid VM "hybrid": hybrid.vcpus Infinity is not a finite number; use a whole number of vCPUs from 1 to 256',
      'hybrid VM "hybrid": hybrid.engineOverheadMiB NaN is not a finite number; use a whole number of MiB from 0 to 16777216',
    ]);
    expect(problemsOf({ memoryMiB: 2048, vcpus: 256, engineOverheadMiB: 0 })).toEqual([]);
  });
});

describe('over-long names', () => {
  test('a 63-character name is refused: its first container would be called <name>-1, 65 characters', () => {
    const name = 'a'.repeat(63);
    expect(rejections({ name })).toEqual([
      `workload "${name}": name "${name}" (63 characters) gives the host name "${name}-1" (65 characters), longer than the 63 a DNS name may have; shorten the name to at most 61 characters`,
    ]);
  });

  test('a 61-character name passes with one replica, and the allowance shrinks with more digits', () => {
    expect(rejections({ name: 'a'.repeat(61) })).toEqual([]);
    expect(rejections({ name: 'a'.repeat(60), replicas: 10 })).toEqual([]);
    expect(rejections({ name: 'a'.repeat(61), replicas: 10 })).toEqual([
      `workload "${'a'.repeat(61)}": name "${'a'.repeat(61)}" (61 characters) gives the host name "${'a'.repeat(61)}-10" (64 characters), longer than the 63 a DNS name may have; shorten the name to at most 60 characters`,
    ]);
  });

  test('a workload with no replicas has no host names, so 63 characters pass', () => {
    expect(rejections({ name: 'a'.repeat(63), replicas: 0 })).toEqual([]);
  });
});

describe('reserved Terraform names', () => {
  test.each(['count', 'for_each', 'source', 'version', 'providers', 'locals', 'lifecycle', 'depends_on'])('the secret variable name %p is refused', (variable) => {
    expect(rejections({ secretEnv: { PASSWORD: variable } })).toEqual([
      `workload "web": secretEnv.PASSWORD "${variable}" is a name Terraform reserves and refuses for a variable; pick another name, e.g. "${variable}_secret"`,
    ]);
  });

  test.each(['counter', 'count_secret', 'db_password', 'Source'])('the secret variable name %p passes', (variable) => {
    expect(rejections({ secretEnv: { PASSWORD: variable } })).toEqual([]);
  });
});

describe('the rules at synth', () => {
  test('reach the user through every target\'s construct', () => {
    const spec: WorkloadSpec = { ...ok, user: 'a\nb' };
    const message = oneLine('user', '"a\\nb"', 'U+000A');
    const container = newStack();
    new ContainerWorkload(container, 'web', { spec });
    expect(problems(container)).toEqual([message]);
    const vm = newStack();
    new VmWorkload(vm, 'web', { spec, vm: guest });
    expect(problems(vm)).toContain(message);
    const app = newStack();
    new WorkloadApp(app, 'app', { app: { workloads: [spec], vm: guest }, target: WorkloadTarget.HYBRID });
    expect(problems(app)).toContain(message);
  });
});
