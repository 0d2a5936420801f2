// The machinery of properties.test.ts: each hostile spec is validated on its own (construct
// validation, as `cdktf synth` runs it); values that validation names are replaced by their
// benign twins until the spec synthesizes; then every synthesized destination is read back by its
// consumer's reader, in batches, and compared with the spec; and each spec's output is compared
// with the output of its benign twin (same shape, plain values) to find anything added.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TerraformStack, Testing } from 'cdktf';
import { Case, FieldClass, GUEST, HTTP_PORT, Shape, show, Target } from './property-specs';
import * as R from './readback';
import { ContainerWorkload, HybridVm, VmWorkload, WorkloadSpec, WORKLOAD_LABEL } from '../src';

export interface Finding {
  /** The values the finding is about; empty when it concerns the spec as a whole. */
  readonly cases: Case[];
  readonly spec: string;
  readonly kind: string;
  readonly detail: string;
}

export interface Outcome {
  readonly kind: 'rejected' | 'threw';
  readonly message: string;
  /** Does the message name the value's field. */
  readonly named: boolean;
}

export interface Settled {
  readonly shape: Shape;
  readonly outcomes: Map<number, Outcome>;
  /** Values used instead of rejected ones. */
  readonly replaced: Map<number, string>;
  readonly spec?: WorkloadSpec;
  readonly twin?: WorkloadSpec;
  json?: any;
  twinJson?: any;
  /** The hybrid VM the spec ran in. */
  group?: string;
}

export interface TargetRun {
  readonly target: Target;
  readonly settled: Settled[];
  readonly findings: Finding[];
  readonly timings: { [phase: string]: number };
  /** Units of a sample of specs, for systemd-analyze verify. */
  readonly sampleUnits: Array<{ name: string; content: string }>;
}

// ---------------------------------------------------------------------------------------------
// Synthesis

let outdir: string | undefined;
function app() {
  outdir = outdir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'props-out-'));
  return Testing.app({ outdir });
}
export function cleanUp(): void {
  if (outdir) fs.rmSync(outdir, { recursive: true, force: true });
}

/**
 * The harness's speed: cdktf records a full stack trace for every token it creates, which is
 * most of the time spent building a VM. Nothing synthesized depends on those traces.
 */
function quickly<T>(f: () => T): T {
  const saved = Error.captureStackTrace;
  Error.captureStackTrace = (o: any) => { o.stack = ''; };
  try {
    return f();
  } finally {
    Error.captureStackTrace = saved;
  }
}

type Attempt = { json: any } | { problems: string[] } | { thrown: string; phase: 'construct' | 'synth' };

/** Builds the specs on a target in a fresh stack and synthesizes it with construct validation. */
export function attempt(target: Target, specs: WorkloadSpec[], group = 'hybrid', constructOnly = false): Attempt {
  return quickly(() => {
    const stack = new TerraformStack(app(), 'props');
    try {
      if (target === 'container') for (const s of specs) new ContainerWorkload(stack, s.name, { spec: s });
      else if (target === 'hybrid') new HybridVm(stack, group, { specs, vm: GUEST, hybrid: { name: group } });
      else for (const s of specs) new VmWorkload(stack, s.name, { spec: s, vm: GUEST });
    } catch (e) {
      return { thrown: (e as Error).message, phase: 'construct' as const };
    }
    if (constructOnly) return { problems: [] };
    try {
      return { json: JSON.parse(Testing.synth(stack, true)) };
    } catch (e) {
      const m = (e as Error).message;
      if (m.startsWith('Validation failed')) return { problems: [...m.matchAll(/^\s*\[[^\]]+\] (.*)$/gm)].map((x) => x[1]) };
      return { thrown: m, phase: 'synth' as const };
    }
  });
}

/**
 * Does a validation message (`workload "w": FIELD value what; fix`) name the field at `fieldPath`
 * (the field itself or one that contains it, e.g. `labels` for `labels.k`, `args` for `args[1]`).
 */
export function namesField(message: string, fieldPath: string): boolean {
  const m = /^(?:workload|hybrid VM) "[^"]*": (.*)$/s.exec(message);
  // Any other message must hold the path as a field name, not as a word that happens to occur.
  if (!m) return new RegExp(`(^|[\\s":])${fieldPath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|[\\s":])`).test(message);
  const rest = m[1];
  if (rest.startsWith(fieldPath) && /^($|[\s.[])/.test(rest.slice(fieldPath.length))) return true;
  const named = /^[A-Za-z][\w]*(?:\.[A-Za-z_][\w]*|\[\d+\])*/.exec(rest)?.[0];
  return !!named && fieldPath.startsWith(named) && /^[.[]/.test(fieldPath.slice(named.length));
}

/** Cases a thrown message points at: its JSON-quoted value, a reported character or token key. */
function suspects(message: string, live: Case[]): Case[] {
  const chars = [...message.matchAll(/U\+([0-9a-fA-F]{4,6})/g)].map((m) => String.fromCodePoint(parseInt(m[1], 16)));
  const tokens = [...message.matchAll(/Token Key '([^']+)'/g)].map((m) => `TfToken[${m[1]}]`);
  return live.filter((c) => (c.hostile.length > 0 && message.includes(JSON.stringify(c.hostile)))
    || chars.some((ch) => c.hostile.includes(ch)) || tokens.some((t) => c.hostile.includes(t))
    || (/(list token|TfToken)/.test(message) && /[#&$]\{TfToken\[/.test(c.hostile)));
}

/**
 * Validates a spec and replaces what validation names (or what makes the library throw) by its
 * twin, until the spec synthesizes. Records for each value whether it was rejected, and how.
 */
/** What the secret variables' validation refuses (the same class as in src/targets/secrets.ts). */
const REFUSED_BY_SECRET_VALIDATION = /[\u0000\ufeff\ufdd0-\ufdef\ufffe\uffff]|[\ud83f\ud87f\ud8bf\ud8ff\ud93f\ud97f\ud9bf\ud9ff\uda3f\uda7f\udabf\udaff\udb3f\udb7f\udbbf\udbff][\udffe\udfff]/;

export function settle(shape: Shape, findings: Finding[]): Settled {
  const outcomes = new Map<number, Outcome>();
  const replaced = new Map<number, string>();
  const fail = (kind: string, detail: string, cases: Case[] = []) => findings.push({ cases, spec: shape.name, kind, detail });
  const build = () => shape.build((c) => replaced.get(c.id) ?? c.hostile);
  // Secret values are checked by the secret variable's validation block when Terraform plans
  // (src/targets/secrets.ts: NUL, U+FEFF and noncharacters); a value it refuses never reaches a
  // guest, as a value synth validation names never does.
  for (const c of shape.cases) {
    if (c.cls === 'secret' && REFUSED_BY_SECRET_VALIDATION.test(c.hostile)) {
      outcomes.set(c.id, { kind: 'rejected', message: 'refused by the secret variable\'s validation at plan', named: true });
      replaced.set(c.id, c.twin);
    }
  }
  let constructOnly = false;
  const throwsWith = (hostileOnly: Case[]) => {
    const keep = new Set(hostileOnly.map((c) => c.id));
    const a = attempt(shape.target, [shape.build((c) => (keep.has(c.id) ? c.hostile : replaced.get(c.id) ?? c.twin))], `g${shape.index}`, constructOnly);
    return 'thrown' in a;
  };
  for (let round = 0; round < 40; round++) {
    const spec = build();
    const a = attempt(shape.target, [spec], `g${shape.index}`);
    if ('json' in a) {
      return { shape, outcomes, replaced, spec, json: shape.target === 'hybrid' ? undefined : a.json, twin: shape.build((c) => replaced.get(c.id) ?? c.twin) };
    }
    // Secret values are not in the spec (only their variables' names): they cannot make it throw.
    const live = shape.cases.filter((c) => !replaced.has(c.id) && c.cls !== 'secret');
    if ('problems' in a) {
      let progress = false;
      for (const m of a.problems) {
        const named = shape.cases.filter((c) => namesField(m, c.path));
        if (named.length === 0) fail('validation names no value under test', m);
        for (const c of named) {
          if (!replaced.has(c.id)) {
            outcomes.set(c.id, { kind: 'rejected', message: m, named: true });
            replaced.set(c.id, c.twin);
            progress = true;
          } else if (replaced.get(c.id) === c.twin) {
            // The twin is refused too: fall back to a value no check could refuse.
            replaced.set(c.id, safeValue(c));
            progress = true;
          }
        }
      }
      if (!progress) { fail('spec never validates', a.problems.join(' | ')); break; }
      continue;
    }
    // The library threw instead of reporting: find a value that makes it throw. The values its
    // message points at are tried one by one, those that stand in YAML or unit settings first
    // (only the order of the tries depends on that); else the live values are halved while a
    // half still throws.
    constructOnly = a.phase === 'construct';
    const pointed = suspects(a.thrown, live).sort((x, y) => likelihood(y, a.thrown) - likelihood(x, a.thrown));
    const first = pointed.length === 1 ? pointed[0] : pointed.find((c) => throwsWith([c]));
    let group = first ? [first] : [];
    if (group.length === 0) {
      group = live;
      if (!throwsWith(group)) { fail('throws only with values already replaced', a.thrown); break; }
      while (group.length > 1) {
        const half = group.slice(0, Math.ceil(group.length / 2));
        const rest = group.slice(half.length);
        if (throwsWith(half)) group = half;
        else if (throwsWith(rest)) group = rest;
        else break;
      }
    }
    const culprits = group;
    for (const c of culprits) {
      outcomes.set(c.id, { kind: 'threw', message: `${a.phase === 'construct' ? 'constructor' : 'synth'} threw: ${a.thrown}`, named: namesField(a.thrown, c.path) });
      replaced.set(c.id, c.twin);
    }
  }
  return { shape, outcomes, replaced };
}

/** How likely a value is to make the library throw: quoted in the message, or in YAML or a unit setting. */
function likelihood(c: Case, message: string): number {
  const quoted = c.hostile.length >= 3 && message.includes(c.hostile) ? 2 : 0;
  return quoted + (RAW_IN_YAML.has(c.cls) || ['user', 'workingDir', 'image'].includes(c.cls) || c.path === 'command[0]' ? 1 : 0);
}

function safeValue(c: Case): string {
  const safe: { [cls: string]: string } = {
    'image': 'busybox:1.36', 'user': 'app', 'labels': `l${c.id}`, 'workingDir': `/w${c.id}`, 'volumes.mountPath': `/m${c.id}`,
    'tmpfs.mountPath': `/t${c.id}`, 'healthCheck.http.path': '/', 'native.files.path': `/etc/f${c.id}`, 'native.packages': 'nginx',
    // A name and its value share one path, so one round can name them twice; their twins are valid.
    'sysctls': c.twin, 'extraHosts': c.twin,
  };
  return safe[c.cls] ?? (c.path === 'command[0]' ? '/bin/true' : `s${c.id}`);
}

// ---------------------------------------------------------------------------------------------
// Reading back

interface ShellJob {
  readonly shell: 'sh' | 'bash';
  readonly job: R.ShellCase;
  readonly then: (read: R.ShellRead) => void;
}

const LIB = '/usr/local/lib/cdktf-workloads';
const DOCKER_TMPFS_OPTIONS = 'rw,nosuid,nodev,size=64m';

/** Everything a target's specs need read back, gathered first and read in batches. */
class Reading {
  readonly findings: Finding[];
  readonly shell: ShellJob[] = [];
  constructor(findings: Finding[]) { this.findings = findings; }
  fail(spec: string, cases: Case[], kind: string, detail: string) {
    this.findings.push({ cases, spec, kind, detail });
  }
  run() {
    for (const shell of ['sh', 'bash'] as const) {
      const jobs = this.shell.filter((j) => j.shell === shell);
      const reads = R.runShell(shell, jobs.map((j) => j.job));
      jobs.forEach((j, i) => j.then(reads[i]));
    }
  }
}

/** Cases of a spec by class, and the value each carries in the final spec. */
function casesOf(s: Settled, cls: FieldClass): Case[] {
  return s.shape.cases.filter((c) => c.cls === cls);
}
function value(s: Settled, c: Case): string {
  return s.replaced.get(c.id) ?? c.hostile;
}

/** Secret variable values of the final specs (hostile) or the twins. */
function secretValues(settled: Settled[], twin: boolean): { [variable: string]: string } {
  const out: { [v: string]: string } = {};
  for (const s of settled) {
    for (const c of casesOf(s, 'secret')) out[s.shape.secretVariables[c.path.slice('secretEnv.'.length)]] = twin ? c.twin : value(s, c);
  }
  return out;
}

/** The variables a spec's process should get: plain env and secret values. */
function expectedEnv(s: Settled, spec: WorkloadSpec, twin: boolean): Map<string, { value: string; cases: Case[] }> {
  const out = new Map<string, { value: string; cases: Case[] }>();
  for (const [k, v] of Object.entries(spec.env ?? {})) out.set(k, { value: v, cases: casesOf(s, 'env').filter((c) => c.path === `env.${k}`) });
  for (const c of casesOf(s, 'secret')) out.set(c.path.slice('secretEnv.'.length), { value: twin ? c.twin : value(s, c), cases: [c] });
  return out;
}

/** Words compared position by position; a difference is charged to the values at that position. */
function compareWords(r: Reading, spec: string, what: string, expected: Array<[string, Case | undefined]>, actual: string[] | undefined | null, all: Case[]) {
  const exp = expected.map(([w]) => w);
  if (!actual || actual.length !== exp.length) {
    r.fail(spec, all, `${what}: word count differs`, `expected ${show(exp)}, read ${show(actual)}`);
    return;
  }
  expected.forEach(([w, c], i) => {
    if (actual[i] !== w) r.fail(spec, c ? [c] : all, `${what}: word not read back`, `expected ${show(w)}, read ${show(actual[i])}`);
  });
}

/** Labels read back as a map, against the spec's: each label must be there with its value. */
function compareLabels(r: Reading, s: Settled, spec: WorkloadSpec, what: string, read: Array<[string, string]> | undefined, withWorkloadLabel = true) {
  const labelCases = casesOf(s, 'labels');
  if (!read) { r.fail(s.shape.name, labelCases, `${what}: not readable`, ''); return; }
  const map = new Map<string, string>();
  for (const [k, v] of read) {
    if (map.has(k)) r.fail(s.shape.name, labelCases, `${what}: a key appears twice`, show(k));
    map.set(k, v);
  }
  const wanted = new Map(Object.entries(spec.labels ?? {}));
  for (let i = 0; i < labelCases.length; i += 2) {
    const [kc, vc] = [labelCases[i], labelCases[i + 1]];
    const k = value(s, kc);
    if (map.get(k) !== wanted.get(k)) {
      r.fail(s.shape.name, [kc, vc], `${what}: label not read back`, `label ${show(k)}=${show(wanted.get(k))}, read ${map.has(k) ? show(map.get(k)) : 'no such label'}`);
    }
  }
  const allowed = new Set([...wanted.keys(), ...(withWorkloadLabel ? [WORKLOAD_LABEL] : [])]);
  const added = [...map.keys()].filter((k) => !allowed.has(k));
  if (added.length) r.fail(s.shape.name, labelCases, `${what}: labels added`, show(added));
  if (withWorkloadLabel && map.get(WORKLOAD_LABEL) !== spec.name && !wanted.has(WORKLOAD_LABEL)) {
    r.fail(s.shape.name, [], `${what}: workload label missing`, show(map.get(WORKLOAD_LABEL)));
  }
}

function httpUrl(path: string): string {
  return `http://127.0.0.1:${HTTP_PORT}${path}`;
}

/** A CMD-SHELL health test: sh runs it; wget and curl (stubbed) must get the probe's URL. */
function checkShellHealth(r: Reading, s: Settled, spec: WorkloadSpec, what: string, text: string) {
  const [c] = casesOf(s, 'healthCheck.http.path');
  const url = httpUrl(spec.healthCheck!.http!.path!);
  r.shell.push({
    shell: 'sh',
    job: { mode: 'eval', text, stubs: { wget: 1, curl: 1 } },
    then: (read) => {
      const want = [['wget', '-q', '-O', '/dev/null', url], ['curl', '-fsS', '-o', '/dev/null', url]];
      if (read.error || JSON.stringify(read.calls) !== JSON.stringify(want)) {
        r.fail(s.shape.name, [c], `${what}: sh does not run the probe with the URL`, `expected ${show(want, 300)}, sh ran ${show(read.calls, 300)}${read.error ? ` (${read.error})` : ''}`);
      }
    },
  });
}

/** A command health check given as one shell string (docker --health-cmd): sh's words must be the spec's. */
function checkShellWords(r: Reading, s: Settled, spec: WorkloadSpec, what: string, text: string) {
  const cases = casesOf(s, 'healthCheck.command');
  r.shell.push({
    shell: 'sh',
    job: { mode: 'eval', text, stubs: {}, printWords: true },
    then: (read) => {
      if (read.error || read.calls.length !== 1) {
        r.fail(s.shape.name, cases, `${what}: sh does not read one command`, `${show(read.calls)} ${read.error ?? ''}`);
        return;
      }
      compareWords(r, s.shape.name, what, spec.healthCheck!.command!.map((w, i) => [w, cases[i]]), read.calls[0], cases);
    },
  });
}

const NUL_KIND = 'NUL reaches a process (execve cannot pass it)';

/** What a synthesized stack must have exactly as its benign twin has it. */
const TERRAFORM_SHAPE: Array<[string, (json: any) => string[]]> = [
  // A docker_image's address is its host's and its image reference's (one per reference), so it
  // differs from the twin's by design; how many there are must not.
  ['resource addresses', (j) => Object.entries(j.resource ?? {}).flatMap(([type, byName]) => Object.keys(byName as object)
    .map((k) => (type === 'docker_image' ? 'docker_image.<per image reference>' : `${type}.${k}`))).sort()],
  ['data sources', (j) => Object.entries(j.data ?? {}).flatMap(([type, byName]) => Object.keys(byName as object).map((k) => `${type}.${k}`)).sort()],
  ['variables', (j) => Object.keys(j.variable ?? {}).sort()],
  ['outputs', (j) => Object.keys(j.output ?? {}).sort()],
];

/** Classes whose values never land in a unit file (they travel in other files). */
const NOT_IN_UNITS = new Set<FieldClass>(['env', 'secret', 'native.files.path', 'native.files.content', 'native.installCommands', 'native.packages']);
/** Classes whose values stand in the cloud-config's YAML itself (not base64) on some target. */
const RAW_IN_YAML = new Set<FieldClass>(['volumes.mountPath', 'tmpfs.mountPath', 'native.files.path', 'native.packages']);

// ---------------------------------------------------------------------------------------------
// The container target

function checkContainers(r: Reading, settled: Settled[]) {
  const done = settled.filter((s) => s.json && s.twinJson);
  const item = (json: any) => {
    const c = Object.values(json.resource?.docker_container ?? {})[0] as any ?? {};
    const img = Object.values(json.resource?.docker_image ?? {})[0] as any ?? {};
    const vol = Object.values(json.resource?.docker_volume ?? {})[0] as any ?? {};
    const out = Object.entries(json.output ?? {}).find(([k]) => k.startsWith('volumes_'))?.[1] as any;
    return {
      env: c.env ?? [], command: c.command ?? null, entrypoint: c.entrypoint ?? null, labels: c.labels ?? [], user: c.user ?? null,
      working_dir: c.working_dir ?? null, volumes: (c.volumes ?? []).map((v: any) => v.container_path), tmpfs: c.tmpfs ?? {},
      test: c.healthcheck?.test ?? null, image: img.name ?? null, volume_labels: vol.labels ?? [], mount_output: out?.value?.data?.mount_path ?? null,
      sysctls: c.sysctls ?? {}, hosts: c.host ?? [],
    };
  };
  const read = R.terraformEvaluate(done.map((s) => item(s.json)), secretValues(done, false)) as any[];
  const readTwin = R.terraformEvaluate(done.map((s) => item(s.twinJson)), secretValues(done, true)) as any[];
  done.forEach((s, n) => {
    const spec = s.spec!;
    const t = read[n];
    const name = s.shape.name;
    // env: NAME=value, exactly the spec's names.
    const env = expectedEnv(s, spec, false);
    const entries = (t.env as string[]).map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]);
    const names = entries.map(([k]) => k);
    if (JSON.stringify([...names].sort()) !== JSON.stringify([...env.keys()].sort())) r.fail(name, [], 'env: names differ', `expected ${show([...env.keys()])}, read ${show(names)}`);
    for (const [k, v] of entries) {
      const want = env.get(k);
      if (!want) continue;
      if (v !== want.value) r.fail(name, want.cases, 'env: value not read back', `${k}: expected ${show(want.value)}, read ${show(v)}`);
      if (want.value.includes('\0')) r.fail(name, want.cases, NUL_KIND, `env ${k}`);
    }
    // command + args, entrypoint.
    const cmdCases = [...casesOf(s, 'command'), ...casesOf(s, 'args')];
    compareWords(r, name, 'command', [...(spec.command ?? []), ...(spec.args ?? [])].map((w, i) => [w, cmdCases[i]]), t.command, cmdCases);
    const epCases = casesOf(s, 'entrypoint');
    compareWords(r, name, 'entrypoint', (spec.entrypoint ?? []).map((w, i) => [w, epCases[i]]), t.entrypoint, epCases);
    for (const c of [...cmdCases, ...epCases]) if (value(s, c).includes('\0')) r.fail(name, [c], NUL_KIND, c.path);
    compareLabels(r, s, spec, 'docker_container labels', (t.labels as any[]).map((l) => [l.label, l.value]));
    compareLabels(r, s, spec, 'docker_volume labels', (t.volume_labels as any[]).map((l) => [l.label, l.value]));
    const [userCase] = casesOf(s, 'user');
    if (t.user !== spec.user) r.fail(name, [userCase], 'user: not read back', `expected ${show(spec.user)}, read ${show(t.user)}`);
    const [wdCase] = casesOf(s, 'workingDir');
    if (t.working_dir !== spec.workingDir) r.fail(name, [wdCase], 'working_dir: not read back', `expected ${show(spec.workingDir)}, read ${show(t.working_dir)}`);
    const [volCase] = casesOf(s, 'volumes.mountPath');
    const mountPath = spec.volumes![0].mountPath;
    if (JSON.stringify(t.volumes) !== JSON.stringify([mountPath])) r.fail(name, [volCase], 'volumes.container_path: not read back', `expected ${show(mountPath)}, read ${show(t.volumes)}`);
    else {
      // The provider passes it to the engine as a bind "volume:container_path:rw".
      const bind = R.dockerBind(`${name}-data:${t.volumes[0]}:rw`);
      if ('error' in bind) r.fail(name, [volCase], 'volume bind refused by the Docker engine', bind.error);
      else if (bind.target !== mountPath) r.fail(name, [volCase], 'volume bind: the engine reads another target', `${show(mountPath)} → ${show(bind.target)}`);
    }
    if (t.mount_output !== mountPath) r.fail(name, [volCase], 'output volumes.mount_path: not read back', `expected ${show(mountPath)}, read ${show(t.mount_output)}`);
    const [tmpCase] = casesOf(s, 'tmpfs.mountPath');
    const tmpPath = spec.tmpfs![0].mountPath;
    if (JSON.stringify(Object.keys(t.tmpfs)) !== JSON.stringify([tmpPath])) r.fail(name, [tmpCase], 'tmpfs: not read back', `expected ${show(tmpPath)}, read ${show(Object.keys(t.tmpfs))}`);
    const refused = R.dockerRefusesTmpfs(tmpPath);
    if (refused) r.fail(name, [tmpCase], 'tmpfs refused by the Docker engine', refused);
    const [imgCase] = casesOf(s, 'image');
    if (t.image !== spec.image) r.fail(name, [imgCase], 'docker_image.name: not read back', `expected ${show(spec.image)}, read ${show(t.image)}`);
    compareHardening(r, s, spec, 'docker_container', Object.entries(t.sysctls), (t.hosts as any[]).map((h) => [h.host, h.ip]));
    // Health check: exec form with the spec's words, or a shell probe.
    if (s.shape.http) {
      if (!Array.isArray(t.test) || t.test[0] !== 'CMD-SHELL' || t.test.length !== 2) r.fail(name, casesOf(s, 'healthCheck.http.path'), 'healthcheck.test: not a CMD-SHELL probe', show(t.test));
      else checkShellHealth(r, s, spec, 'healthcheck.test', t.test[1]);
    } else {
      const hc = casesOf(s, 'healthCheck.command');
      compareWords(r, name, 'healthcheck.test', [['CMD', undefined], ...spec.healthCheck!.command!.map((w, i): [string, Case] => [w, hc[i]])], t.test, hc);
      for (const c of hc) if (value(s, c).includes('\0')) r.fail(name, [c], NUL_KIND, c.path);
    }
    // Nothing added: the same resources, variables, outputs and shapes as the benign twin.
    const tw = readTwin[n];
    const shape = (j: any, e: any) => ({
      ...Object.fromEntries(TERRAFORM_SHAPE.map(([what, of]) => [what, of(j)])),
      containerKeys: Object.keys(Object.values(j.resource?.docker_container ?? {})[0] as object ?? {}).sort(),
      env: e.env.length, labels: e.labels.length, volumes: e.volumes.length, tmpfs: Object.keys(e.tmpfs).length,
      test: Array.isArray(e.test) ? [e.test[0], e.test.length] : e.test,
      command: e.command?.length, entrypoint: e.entrypoint?.length,
    });
    const a = shape(s.json, t);
    const b = shape(s.twinJson, tw);
    for (const k of Object.keys(a) as Array<keyof typeof a>) {
      if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) r.fail(name, [], `nothing added: ${k} differs from the benign twin`, `${show(a[k], 400)} vs twin ${show(b[k], 400)}`);
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Guests: the vm target (image or native recipe) and the hybrid target

interface GuestRead {
  config: R.YamlRead;
  xml?: R.XmlRead;
  mountOutputs: { [workload: string]: unknown };
}

/** One part of the cloud-config with everything that legitimately differs from the twin masked. */
function skeleton(config: any, specFilePaths: string[], specPackages: string[]): any {
  if (!config || typeof config !== 'object') return config;
  const copy = JSON.parse(JSON.stringify(config));
  copy.write_files = (copy.write_files ?? []).map((f: any) => ({ ...f, content: '<content>', path: specFilePaths.includes(f.path) ? '<spec path>' : f.path }));
  if (copy.mounts) copy.mounts = copy.mounts.map((m: any) => (Array.isArray(m) ? m.map((x: any, i: number) => (i === 1 ? '<path>' : x)) : m));
  if (copy.packages) copy.packages = copy.packages.filter((p: any) => !specPackages.includes(p)).concat([`<${copy.packages.filter((p: any) => specPackages.includes(p)).length} spec packages>`]);
  return copy;
}

function unitKeys(text: string | undefined): string[] {
  if (text === undefined) return [];
  return R.readUnitFile(text).entries.map((e) => `${e.section}/${e.key}`);
}

/** The write_files entry at `path` and its decoded content. */
function file(config: R.YamlRead, path: string): { entry: any; content?: string; count: number } | undefined {
  const list: any[] = config.value?.write_files ?? [];
  const i = list.findIndex((f) => f?.path === path);
  if (i < 0) return undefined;
  return { entry: list[i], content: config.files?.[i], count: list.filter((f) => f?.path === path).length };
}

function checkGuests(r: Reading, settled: Settled[], target: Target, unitsOf: Map<string, Array<{ name: string; content: string }>>) {
  const done = settled.filter((s) => s.json && s.twinJson);
  // One document per spec (vm) or per hybrid VM.
  const docs = new Map<any, Settled[]>();
  for (const s of done) docs.set(s.json, [...(docs.get(s.json) ?? []), s]);
  const jsons = [...docs.keys()];
  const twinJsons = jsons.map((j) => docs.get(j)![0].twinJson);
  const item = (json: any) => ({
    user_data: (Object.values(json.resource?.libvirt_cloudinit_disk ?? {})[0] as any)?.user_data ?? null,
    xml: (Object.values(json.resource?.libvirt_domain ?? {})[0] as any)?.metadata?.xml ?? null,
    mounts: Object.fromEntries(Object.entries(json.output ?? {}).filter(([k]) => k.startsWith('volumes_')).map(([k, o]: [string, any]) => [k.slice('volumes_'.length), o.value?.data?.mount_path ?? null])),
  });
  const evaluated = R.terraformEvaluate(jsons.map(item), secretValues(done, false)) as any[];
  const evaluatedTwin = R.terraformEvaluate(twinJsons.map(item), secretValues(done, true)) as any[];
  for (const e of [...evaluated, ...evaluatedTwin]) {
    if (typeof e.user_data !== 'string' || !e.user_data.startsWith('#cloud-config\n')) throw new Error(`user_data is not a cloud-config: ${show(e.user_data)}`);
  }
  const configs = [...R.readCloudConfigs(evaluated.map((e) => e.user_data)), ...R.readCloudConfigs(evaluatedTwin.map((e) => e.user_data), true)];
  const xmls = target === 'vm-native' || target === 'vm-image' ? R.readXml(evaluated.map((e) => e.xml)) : [];
  const reads = new Map<any, { own: GuestRead; twin: GuestRead }>();
  jsons.forEach((j, i) => reads.set(j, {
    own: { config: configs[i], xml: xmls[i], mountOutputs: evaluated[i].mounts },
    twin: { config: configs[jsons.length + i], mountOutputs: evaluatedTwin[i].mounts },
  }));
  for (const [json, members] of docs) {
    const { own, twin } = reads.get(json)!;
    const group = members[0].shape.name;
    if (own.config.error || twin.config.error) {
      // Charged to the values that stand in the YAML itself and hold the refused character, or
      // YAML or template syntax; else to all of them.
      const raw = members.flatMap((s) => s.shape.cases.filter((c) => !s.replaced.has(c.id) && RAW_IN_YAML.has(c.cls) && (target === 'vm-native' || c.cls === 'native.packages')));
      const ch = own.config.errorCharacter;
      const pointed = raw.filter((c) => (ch ? c.hostile.includes(ch) : /[${}:#"'\[\]]/.test(c.hostile)));
      r.fail(group, pointed.length ? pointed : raw, 'cloud-config unreadable by cloud-init\'s loader', `${own.config.error ?? ''} ${twin.config.error ?? ''} at ${show(own.config.errorLine, 200)}`);
      continue;
    }
    // Nothing added: the same resources, variables and outputs as the twin's stack ...
    for (const [what, of] of TERRAFORM_SHAPE) {
      if (JSON.stringify(of(json)) !== JSON.stringify(of(members[0].twinJson))) r.fail(group, [], `nothing added: ${what} differ from the benign twin`, `${show(of(json), 400)} vs ${show(of(members[0].twinJson), 400)}`);
    }
    // ... and the whole cloud-config but contents and spec-given paths equals the twin's.
    const specFilePaths = members.flatMap((s) => (s.spec!.native?.files ?? []).map((f) => f.path));
    const twinFilePaths = members.flatMap((s) => (s.twin!.native?.files ?? []).map((f) => f.path));
    const specPackages = members.flatMap((s) => s.spec!.native?.packages ?? []);
    const twinPackages = members.flatMap((s) => s.twin!.native?.packages ?? []);
    const a = skeleton(own.config.value, specFilePaths, specPackages);
    const b = skeleton(twin.config.value, twinFilePaths, twinPackages);
    for (const key of new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})])) {
      if (JSON.stringify(a?.[key]) !== JSON.stringify(b?.[key])) {
        r.fail(group, [], `nothing added: cloud-config ${key} differs from the benign twin`, `${show(a?.[key], 600)} vs twin ${show(b?.[key], 600)}`);
      }
    }
    // Every unit: the same sections and keys as the twin's.
    const ownFiles: any[] = own.config.value.write_files ?? [];
    ownFiles.forEach((f, i) => {
      if (typeof f?.path !== 'string' || !f.path.startsWith('/etc/systemd/system/')) return;
      const text = own.config.files?.[i];
      const twinText = file(twin.config, f.path)?.content;
      const parsed = R.readUnitFile(text ?? '');
      if (parsed.errors.length) {
        // Charged to the app's values that hold a character systemd refuses and can land in a unit.
        const owner = members.filter((m) => path.basename(f.path).replace(/^cdktf-wl-/, '').replace(/(-health)?\.(service|timer)$/, '') === m.shape.name);
        const charged = owner.flatMap((m) => m.shape.cases.filter((c) => !m.replaced.has(c.id) && !NOT_IN_UNITS.has(c.cls) && R.systemdInvalidUtf8(c.hostile)));
        r.fail(group, charged, 'unit file: systemd ignores a line', `${f.path}: ${parsed.errors.join('; ')}`);
      }
      if (!parsed.errors.length && JSON.stringify(unitKeys(text)) !== JSON.stringify(unitKeys(twinText))) {
        r.fail(group, [], 'nothing added: unit keys differ from the benign twin', `${f.path}: ${show(unitKeys(text), 600)} vs ${show(unitKeys(twinText), 600)}`);
      }
      for (const e of parsed.entries.filter((x) => /^Exec/.test(x.key))) {
        const cmds = R.readExecLine(e.value);
        if (cmds.length !== 1) r.fail(group, [], `${e.key}: systemd reads ${cmds.length} commands`, `${f.path}: ${show(e.value, 300)}`);
      }
      const owner = members.find((m) => path.basename(f.path).replace(/^cdktf-wl-/, '').replace(/(-health)?\.(service|timer)$/, '') === m.shape.name);
      if (owner && text !== undefined) unitsOf.set(owner.shape.name, [...(unitsOf.get(owner.shape.name) ?? []), { name: path.basename(f.path), content: text }]);
    });
    for (const s of members) checkApp(r, s, target, own, twin);
  }
}

/** One app in a guest: env file, unit, docker run or native service, scripts, files, mounts. */
function checkApp(r: Reading, s: Settled, target: Target, own: GuestRead, twin: GuestRead) {
  const spec = s.spec!;
  const name = s.shape.name;
  const native = target === 'vm-native';
  const config = own.config;
  // The env file, read as systemd reads EnvironmentFile=.
  const env = expectedEnv(s, spec, false);
  const envFile = file(config, `/etc/cdktf-workloads/${name}.env`);
  const envCases = [...casesOf(s, 'env'), ...casesOf(s, 'secret')];
  if (!envFile || envFile.content === undefined) r.fail(name, envCases, 'env file missing', '');
  else {
    const read = R.readEnvFile(envFile.content);
    if (read.error) {
      const refused = envCases.filter((c) => { const v = value(s, c); return v.includes('\0') || R.systemdInvalidUtf8(v); });
      r.fail(name, refused.length ? refused : envCases, 'env file: systemd refuses to load it', read.error);
    }
    const pairs = read.pairs;
    const names = pairs.map(([k]) => k);
    const missing = [...env.keys()].filter((k) => !names.includes(k));
    const added = names.filter((k) => !env.has(k));
    if (added.length) r.fail(name, envCases, 'env file: variables added', show(added));
    if (names.length !== new Set(names).size) r.fail(name, envCases, 'env file: a variable is set twice', show(names));
    if (!read.error) for (const k of missing) r.fail(name, env.get(k)!.cases, 'env file: variable missing', `${k} (file ${show(envFile.content, 300)})`);
    for (const [k, v] of pairs) {
      const want = env.get(k);
      if (want && v !== want.value) r.fail(name, want.cases, 'env file: value not read back', `${k}: expected ${show(want.value)}, systemd reads ${show(v)}`);
    }
  }
  // The service (native) or the docker run unit.
  const unit = file(config, `/etc/systemd/system/cdktf-wl-${name}.service`);
  if (!unit || unit.content === undefined) { r.fail(name, [], 'unit missing', ''); return; }
  const parsedUnit = R.readUnitFile(unit.content);
  const entries = parsedUnit.entries;
  const get = (key: string) => entries.filter((e) => e.section === 'Service' && e.key === key).map((e) => e.value);
  const [execStart] = get('ExecStart');
  const cmds = execStart === undefined ? [] : R.readExecLine(execStart);
  const cmd = cmds[0];
  const cmdCases = [...casesOf(s, 'command'), ...casesOf(s, 'args')];
  // A line systemd ignores is reported with the unit (checkGuests).
  if (!cmd) { if (!parsedUnit.errors.length) r.fail(name, [], 'ExecStart missing', ''); return; }
  if (cmd.prefixes) r.fail(name, native ? cmdCases.slice(0, 1) : [], 'ExecStart: systemd reads a prefix on the program', `${show(cmd.prefixes)} in ${show(execStart, 200)}`);
  if (native) {
    compareWords(r, name, 'ExecStart', [...(spec.command ?? []), ...(spec.args ?? [])].map((w, i) => [w, cmdCases[i]]), cmd.argv, cmdCases);
    for (const p of cmd.problems) r.fail(name, p.index !== undefined && cmdCases[p.index] ? [cmdCases[p.index]] : cmdCases, 'ExecStart: systemd refuses or changes a word', p.text);
    checkNativeSettings(r, s, spec, entries);
    checkNativeConfig(r, s, spec, config);
  } else {
    checkDockerRun(r, s, spec, cmd, execStart);
    const [description] = entries.filter((e) => e.section === 'Unit' && e.key === 'Description').map((e) => R.readSystemdValue(e.value));
    const [imgCase] = casesOf(s, 'image');
    if (!description || description.problems.length || description.value !== `${name} (cdktf-workloads, container ${spec.image})`) {
      r.fail(name, [imgCase], 'Description=: image not read back', show(description));
    }
  }
  // Labels in the domain's metadata (vm target).
  if (own.xml) {
    const x = own.xml;
    const ns = '{https://cdktf-workloads.dev/xmlns/labels/1}';
    if (x.error || x.tag !== `${ns}labels` || x.children!.some(([tag]) => tag !== `${ns}label`)) {
      r.fail(name, casesOf(s, 'labels'), 'domain metadata: not read back by an XML parser', x.error ?? show(x));
    } else {
      compareLabels(r, s, spec, 'domain metadata', x.children!.map(([, a]) => [a.key, a.value]));
    }
  }
  const [volCase] = casesOf(s, 'volumes.mountPath');
  if (own.mountOutputs[name] !== spec.volumes![0].mountPath) r.fail(name, [volCase], 'output volumes.mount_path: not read back', show(own.mountOutputs[name]));
  // Nothing added: this app's files are where the twin has them.
  const paths = (c: R.YamlRead) => (c.value?.write_files ?? []).map((f: any) => f?.path).filter((p: any) => typeof p === 'string' && p.includes(`/${name}`));
  const twinPaths = paths(twin.config);
  const ownPaths = paths(config).filter((p: string) => !(spec.native?.files ?? []).some((f) => f.path === p));
  const expectPaths = twinPaths.filter((p: string) => !(s.twin!.native?.files ?? []).some((f) => f.path === p));
  if (JSON.stringify(ownPaths) !== JSON.stringify(expectPaths)) r.fail(name, [], 'nothing added: the app\'s files differ from the twin\'s', `${show(ownPaths)} vs ${show(expectPaths)}`);
}


function checkDockerRun(r: Reading, s: Settled, spec: WorkloadSpec, cmd: R.ExecCommand, line: string) {
  const name = s.shape.name;
  const run = R.readDockerRun(cmd.argv.slice(2));
  const flagCases: { [flag: string]: Case[] } = {
    label: casesOf(s, 'labels'), user: casesOf(s, 'user'), workdir: casesOf(s, 'workingDir'), tmpfs: casesOf(s, 'tmpfs.mountPath'),
    volume: casesOf(s, 'volumes.mountPath'), 'health-cmd': [...casesOf(s, 'healthCheck.command'), ...casesOf(s, 'healthCheck.http.path')],
    entrypoint: casesOf(s, 'entrypoint').slice(0, 1), sysctl: casesOf(s, 'sysctls'), 'add-host': casesOf(s, 'extraHosts'),
  };
  const argCases = [...casesOf(s, 'entrypoint').slice(1), ...casesOf(s, 'command'), ...casesOf(s, 'args')];
  if (cmd.argv[0] !== '/usr/bin/docker' || cmd.argv[1] !== 'create') r.fail(name, [], 'ExecStart is not docker create', show(cmd.argv.slice(0, 3)));
  // A word systemd refuses or changes is charged to the values the CLI would read from it.
  const casesAt = (index: number | undefined): Case[] => {
    const origin = index === undefined ? undefined : run.origin[index - 2];
    if (origin?.startsWith('flag:')) return flagCases[origin.slice(5)] ?? [];
    if (origin === 'image') return casesOf(s, 'image');
    if (origin?.startsWith('arg:')) return argCases[Number(origin.slice(4))] ? [argCases[Number(origin.slice(4))]] : [];
    return [];
  };
  for (const p of cmd.problems) r.fail(name, casesAt(p.index), 'ExecStart: systemd refuses or changes a word', p.text);
  for (const p of run.problems) r.fail(name, s.shape.cases, 'docker run: the CLI cannot read the command line', `${p} in ${show(line, 300)}`);
  const flag = (f: string) => run.flags.filter(([k]) => k === f).map(([, v]) => v);
  const envNames = [...Object.keys(spec.env ?? {}), ...Object.keys(spec.secretEnv ?? {})].sort();
  if (JSON.stringify(flag('env')) !== JSON.stringify(envNames)) r.fail(name, [], 'docker run --env: names differ', `${show(flag('env'))} vs ${show(envNames)}`);
  const labels = flag('label').map((kv) => R.dockerLabel(kv));
  if (labels.some((l) => l === undefined)) r.fail(name, flagCases.label, 'docker run --label: the CLI refuses a label without "="', show(flag('label')));
  compareLabels(r, s, spec, 'docker run --label', labels.filter((l): l is [string, string] => !!l));
  const one = (f: string, want: string | undefined, what: string) => {
    const got = flag(f);
    if (JSON.stringify(got) !== JSON.stringify(want ? [want] : [])) r.fail(name, flagCases[f], `docker run --${f}: ${what} not read back`, `expected ${show(want)}, read ${show(got)}`);
  };
  one('user', spec.user, 'user');
  one('workdir', spec.workingDir, 'workingDir');
  one('entrypoint', spec.entrypoint?.[0], 'entrypoint[0]');
  const tmpfs = flag('tmpfs').map(R.dockerTmpfs);
  const tmpPath = spec.tmpfs![0].mountPath;
  if (JSON.stringify(tmpfs) !== JSON.stringify([[tmpPath, DOCKER_TMPFS_OPTIONS]])) r.fail(name, flagCases.tmpfs, 'docker run --tmpfs: path not read back', `expected ${show(tmpPath)}, the CLI reads ${show(tmpfs)}`);
  const refused = R.dockerRefusesTmpfs(tmpPath);
  if (refused) r.fail(name, flagCases.tmpfs, 'tmpfs refused by the Docker engine', refused);
  const volumes = flag('volume').map(R.dockerBind);
  const mountPath = spec.volumes![0].mountPath;
  if (volumes.length !== 1 || 'error' in volumes[0] || volumes[0].target !== mountPath) {
    r.fail(name, flagCases.volume, 'docker run --volume: the engine reads another target', `expected ${show(mountPath)}, read ${show(volumes)}`);
  }
  const health = flag('health-cmd');
  if (health.length !== 1) r.fail(name, flagCases['health-cmd'], 'docker run --health-cmd missing', show(health));
  else if (s.shape.http) checkShellHealth(r, s, spec, 'docker run --health-cmd', health[0]);
  else checkShellWords(r, s, spec, 'docker run --health-cmd', health[0]);
  const [imgCase] = casesOf(s, 'image');
  if (run.image !== spec.image) r.fail(name, [imgCase], 'docker run IMAGE: not read back', `expected ${show(spec.image)}, read ${show(run.image)}`);
  // The CLI splits --sysctl at the first "=" (opts.ValidateSysctl) and --add-host at the first ":".
  const cut = (v: string, sep: string): [string, string] => (v.includes(sep) ? [v.slice(0, v.indexOf(sep)), v.slice(v.indexOf(sep) + 1)] : [v, '']);
  compareHardening(r, s, spec, 'docker run', flag('sysctl').map((v) => cut(v, '=')), flag('add-host').map((v) => cut(v, ':')));
  const words = [...(spec.entrypoint ?? []).slice(1), ...(spec.command ?? []), ...(spec.args ?? [])];
  compareWords(r, name, 'docker run COMMAND', words.map((w, i) => [w, argCases[i]]), run.args, argCases);
}

/** The spec's one sysctl and one extra host, as `what` holds them: exactly these, nothing else. */
function compareHardening(r: Reading, s: Settled, spec: WorkloadSpec, what: string, sysctls: Array<[string, string]>, hosts: Array<[string, string]>) {
  const name = s.shape.name;
  const wantSysctls = Object.entries(spec.sysctls ?? {});
  if (JSON.stringify(sysctls) !== JSON.stringify(wantSysctls)) r.fail(name, casesOf(s, 'sysctls'), `${what} sysctls: not read back`, `expected ${show(wantSysctls)}, read ${show(sysctls)}`);
  const wantHosts = (spec.extraHosts ?? []).map((h) => [h.host, h.ip]);
  if (JSON.stringify(hosts) !== JSON.stringify(wantHosts)) r.fail(name, casesOf(s, 'extraHosts'), `${what} extra hosts: not read back`, `expected ${show(wantHosts)}, read ${show(hosts)}`);
}

/** User=, Group=, WorkingDirectory= of a native service. */
function checkNativeSettings(r: Reading, s: Settled, spec: WorkloadSpec, entries: R.UnitEntry[]) {
  const name = s.shape.name;
  const get = (key: string) => entries.filter((e) => e.section === 'Service' && e.key === key).map((e) => e.value);
  const [userCase] = casesOf(s, 'user');
  const parts = (spec.user ?? '').split(':');
  if (parts.length > 2) r.fail(name, [userCase], 'user: text after the second ":" is dropped', `${show(spec.user)} → User=${show(get('User'))} Group=${show(get('Group'))}`);
  for (const [key, want] of [['User', parts[0]], ['Group', parts[1] ?? '']] as const) {
    const got = get(key).map(R.readSystemdValue);
    if (!want) {
      if (got.length) r.fail(name, [userCase], `${key}= added`, show(got));
      continue;
    }
    if (got.length !== 1 || got[0].problems.length || got[0].value !== want) {
      r.fail(name, [userCase], `${key}=: not read back`, `expected ${show(want)}, systemd reads ${show(got)}`);
      continue;
    }
    const refused = R.systemdRefusesUser(got[0].value);
    if (refused) r.fail(name, [userCase], `${key}=: systemd refuses the name`, `${show(want)}: ${refused}`);
  }
  const [wdCase] = casesOf(s, 'workingDir');
  const wd = get('WorkingDirectory').map(R.readSystemdValue);
  if (wd.length !== 1 || wd[0].problems.length) r.fail(name, [wdCase], 'WorkingDirectory=: not read back', `expected ${show(spec.workingDir)}, systemd reads ${show(wd)}`);
  else {
    const refused = R.systemdRefusesPath(wd[0].value);
    if (refused) r.fail(name, [wdCase], 'WorkingDirectory=: systemd refuses the path', `${show(spec.workingDir)}: ${refused}`);
    else if (R.pathSimplify(wd[0].value) !== R.pathSimplify(spec.workingDir!)) r.fail(name, [wdCase], 'WorkingDirectory=: not read back', `expected ${show(spec.workingDir)}, systemd reads ${show(wd[0].value)}`);
  }
}

/** A native recipe's files, packages, mounts, first-boot script and health probe. */
function checkNativeConfig(r: Reading, s: Settled, spec: WorkloadSpec, config: R.YamlRead) {
  const name = s.shape.name;
  const files: any[] = config.value.write_files ?? [];
  const recipe = spec.native!;
  // Native files follow the env file, in the spec's order.
  const pathCases = casesOf(s, 'native.files.path');
  const contentCases = casesOf(s, 'native.files.content');
  (recipe.files ?? []).forEach((f, i) => {
    const entry = files[1 + i];
    if (!entry || entry.path !== f.path) r.fail(name, [pathCases[i]], 'write_files path: not read back', `expected ${show(f.path)}, cloud-init reads ${show(entry?.path)}`);
    if (config.files?.[1 + i] !== f.content) r.fail(name, [contentCases[i]], 'write_files content: not read back', `expected ${show(f.content)}, read ${show(config.files?.[1 + i])}`);
  });
  const packages: any[] = config.value.packages ?? [];
  casesOf(s, 'native.packages').forEach((c) => {
    if (!packages.includes(value(s, c))) r.fail(name, [c], 'packages: not read back as a string', `expected ${show(value(s, c))}, read ${show(packages)}`);
  });
  // mounts, as cloud-init writes them to /etc/fstab and mount reads them.
  const mounts: any[] = config.value.mounts ?? [];
  const device = (m: any) => (Array.isArray(m) ? m[0] : undefined);
  for (const [cls, want, dev] of [
    ['volumes.mountPath', spec.volumes![0].mountPath, (d: any) => typeof d === 'string' && d.includes(`virtio-${name}_`)],
    ['tmpfs.mountPath', spec.tmpfs![0].mountPath, (d: any) => d === 'tmpfs'],
  ] as const) {
    const entry = mounts.find((m) => dev(device(m)));
    const cases = casesOf(s, cls);
    if (!entry || !entry.every((x: any) => typeof x === 'string')) { r.fail(name, cases, 'mounts: entry missing or not strings', show(entry)); continue; }
    const fields = R.fstabRoundTrip(entry);
    if (fields.length !== 6 || fields[1] !== want) r.fail(name, cases, 'mounts: /etc/fstab line not read back', `expected mount point ${show(want)}, mount reads ${show(fields)}`);
  }
  // sysctl.d as systemd-sysctl reads it (name = value, blanks around both stripped), /etc/hosts as the resolver does.
  const sysctlText = file(config, `/etc/sysctl.d/60-cdktf-workloads-${name}.conf`)?.content ?? '';
  const sysctlPairs = sysctlText.split('\n').filter((l) => l.trim() && !/^[#;]/.test(l)).map((l): [string, string] => [l.slice(0, l.indexOf('=')).trim(), l.slice(l.indexOf('=') + 1).trim()]);
  const hostsText = file(config, '/etc/hosts')?.content ?? '';
  const hostLines = hostsText.split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.trim().split(/\s+/));
  // cloud-init's template lines come first (the host name on 127.0.1.1, localhost, the IPv6 names).
  const template = [['127.0.1.1', name], ['127.0.0.1', 'localhost'], ['::1', 'localhost', 'ip6-localhost', 'ip6-loopback'], ['ff02::1', 'ip6-allnodes'], ['ff02::2', 'ip6-allrouters']];
  if (hostsText && JSON.stringify(hostLines.slice(0, template.length)) !== JSON.stringify(template)) r.fail(name, casesOf(s, 'extraHosts'), '/etc/hosts: the template lines differ', show(hostsText, 400));
  const extra = hostLines.slice(template.length);
  compareHardening(r, s, spec, 'guest files', sysctlPairs, extra.map((l): [string, string] => [l.slice(1).join(' '), l[0]]));
  if (config.value.manage_etc_hosts !== false) r.fail(name, casesOf(s, 'extraHosts'), 'extraHosts: cloud-init would rewrite /etc/hosts', show(config.value.manage_etc_hosts));
  // The first-boot script: the library's lines run by sh, the install commands verbatim.
  const setup = file(config, `${LIB}/${name}-setup`);
  const installCases = casesOf(s, 'native.installCommands');
  const header = '#!/bin/sh\nset -e\n';
  const tail = `${(recipe.installCommands ?? []).join('\n')}\n`;
  if (!setup?.content || !setup.content.startsWith(header) || !setup.content.endsWith(tail)) {
    r.fail(name, installCases, 'setup script: install commands not read back', show(setup?.content, 400));
  } else {
    const library = setup.content.slice(header.length, setup.content.length - tail.length);
    const [user] = (spec.user ?? '').split(':');
    const want: string[][] = [];
    if (user && !/^\d+$/.test(user)) want.push(['id', '-u', user], ['useradd', '--system', '--no-create-home', '--shell', '/usr/sbin/nologin', user]);
    if (user) want.push(['chown', spec.user!, spec.volumes![0].mountPath]);
    want.push(['systemctl', 'restart', 'systemd-sysctl'], ['systemctl', 'restart', 'systemd-journald']);
    r.shell.push({
      shell: 'sh',
      job: { mode: 'source', text: `${header}${library}`, stubs: { id: 1, useradd: 0, chown: 0, systemctl: 0 } },
      then: (read) => {
        if (read.error || JSON.stringify(read.calls) !== JSON.stringify(want)) {
          r.fail(name, [...casesOf(s, 'user'), ...casesOf(s, 'volumes.mountPath')], 'setup script: sh runs other commands than asked', `expected ${show(want, 300)}, sh ran ${show(read.calls, 300)} ${read.error ?? ''}`);
        }
      },
    });
  }
  // The health probe script, run by bash with timeout stubbed.
  const health = file(config, `${LIB}/${name}-health`);
  const probeCases = [...casesOf(s, 'healthCheck.command'), ...casesOf(s, 'healthCheck.http.path')];
  if (!health?.content) { r.fail(name, probeCases, 'health script missing', ''); return; }
  const probe = s.shape.http ? ['curl', '-fsS', '-o', '/dev/null', httpUrl(spec.healthCheck!.http!.path!)] : spec.healthCheck!.command!;
  r.shell.push({
    shell: 'bash',
    job: { mode: 'source', text: health.content, stubs: { mkdir: 0, timeout: 'exit' } },
    then: (read) => {
      const calls = read.calls.filter((c) => c[0] === 'timeout');
      const got = calls[0];
      if (read.error || calls.length !== 1) r.fail(name, probeCases, 'health script: bash does not run the probe', `${show(read.calls, 300)} ${read.error ?? ''}`);
      else if (s.shape.http) {
        if (JSON.stringify(got) !== JSON.stringify(['timeout', '5', ...probe])) r.fail(name, probeCases, 'health script: probe URL not read back', `expected ${show(probe)}, bash ran ${show(got)}`);
      } else compareWords(r, name, 'health script probe', [['timeout', undefined], ['5', undefined], ...probe.map((w, i): [string, Case] => [w, probeCases[i]])], got, probeCases);
    },
  });
}

// ---------------------------------------------------------------------------------------------
// A whole target

/**
 * Runs a target's specs. On the hybrid target specs share VMs: those with the same `groupOf`
 * key are containers of one VM.
 */
export function runTarget(target: Target, shapes: Shape[], groupOf: (s: Shape) => string = (s) => String(Math.floor(s.index / 4))): TargetRun {
  const findings: Finding[] = [];
  const timings: { [phase: string]: number } = {};
  const time = <T>(phase: string, f: () => T): T => { const t = Date.now(); try { return f(); } finally { timings[phase] = (timings[phase] ?? 0) + Date.now() - t; } };
  const settled = time('validate and synthesize', () => shapes.map((shape) => settle(shape, findings)));
  time('synthesize twins', () => {
    if (target === 'hybrid') {
      const groups = new Map<string, Settled[]>();
      for (const s of settled.filter((x) => x.spec)) groups.set(groupOf(s.shape), [...(groups.get(groupOf(s.shape)) ?? []), s]);
      for (const [key, members] of groups) {
        const group = `g${key}`;
        const a = attempt(target, members.map((m) => m.spec!), group);
        const b = attempt(target, members.map((m) => m.twin!), group);
        if (!('json' in a) || !('json' in b)) {
          for (const m of members) findings.push({ cases: [], spec: m.shape.name, kind: 'hybrid VM of settled specs does not synthesize', detail: show('json' in a ? b : a, 600) });
          continue;
        }
        for (const m of members) { m.json = a.json; m.twinJson = b.json; m.group = group; }
      }
    } else {
      for (const s of settled.filter((x) => x.json)) {
        const b = attempt(target, [s.twin!]);
        if ('json' in b) s.twinJson = b.json;
        else findings.push({ cases: [], spec: s.shape.name, kind: 'the benign twin does not synthesize', detail: `${show(b, 600)} (twin ${show(s.twin, 600)})` });
      }
    }
  });
  // Values that made the library throw without naming their field.
  for (const s of settled) {
    for (const c of s.shape.cases) {
      const o = s.outcomes.get(c.id);
      if (o?.kind === 'threw' && !o.named) findings.push({ cases: [c], spec: s.shape.name, kind: 'the library throws instead of a validation message naming the field', detail: o.message.split('\n')[0] });
    }
  }
  const unitsOf = new Map<string, Array<{ name: string; content: string }>>();
  time('read back', () => {
    const reading = new Reading(findings);
    if (target === 'container') checkContainers(reading, settled);
    else checkGuests(reading, settled, target, unitsOf);
    reading.run();
  });
  // systemd-analyze verify cross-checks units of sampled specs that these readers accept.
  const sampleUnits = settled.filter((s) => sampled(s.shape.index)).flatMap((s) => unitsOf.get(s.shape.name) ?? [])
    .filter((u) => unitAcceptable(u.content)).slice(0, 60);
  return { target, settled, findings, timings, sampleUnits };
}

/**
 * Does the unit reader accept a unit: every line parsed, each Exec line one command that systemd
 * takes as it is, User=/Group= names systemd accepts without a notice (its strict rules),
 * WorkingDirectory= a path it accepts.
 */
function unitAcceptable(text: string): boolean {
  const { entries, errors } = R.readUnitFile(text);
  if (errors.length) return false;
  return entries.every((e) => {
    if (/^Exec/.test(e.key)) {
      const cmds = R.readExecLine(e.value);
      return cmds.length === 1 && !cmds[0].problems.length;
    }
    const v = R.readSystemdValue(e.value);
    if (e.key === 'User' || e.key === 'Group') return !v.problems.length && /^([a-zA-Z_][a-zA-Z0-9_-]{0,30}|\d+)$/.test(v.value);
    if (e.key === 'WorkingDirectory') return !v.problems.length && !R.systemdRefusesPath(v.value);
    return true;
  });
}

/** Sampled specs only: explicit cases have shape indexes from 10000. */
const sampled = (index: number) => index < 10000;

/** Per field class over the sampled specs: how many values, rejected, threw, read back, with findings. */
export function tally(run: TargetRun): { [cls: string]: { values: number; rejected: number; threw: number; readBack: number; failing: number } } {
  const failing = new Set(run.findings.flatMap((f) => f.cases.map((c) => c.id)));
  const out: { [cls: string]: { values: number; rejected: number; threw: number; readBack: number; failing: number } } = {};
  for (const s of run.settled.filter((x) => sampled(x.shape.index))) {
    for (const c of s.shape.cases) {
      const t = (out[c.cls] = out[c.cls] ?? { values: 0, rejected: 0, threw: 0, readBack: 0, failing: 0 });
      t.values++;
      const o = s.outcomes.get(c.id);
      if (o?.kind === 'rejected') t.rejected++;
      else if (o?.kind === 'threw') t.threw++;
      else if (s.json) t.readBack++;
      if (failing.has(c.id)) t.failing++;
    }
  }
  return out;
}

/** Findings of one field class, grouped by kind, each with its shortest value as the example. */
export function summarize(run: TargetRun, cls?: FieldClass): string[] {
  const explicit = new Set(run.settled.filter((x) => !sampled(x.shape.index)).map((x) => x.shape.name));
  const relevant = run.findings.filter((f) => (cls ? f.cases.some((c) => c.cls === cls && sampled(c.spec)) : f.cases.length === 0 && !explicit.has(f.spec)));
  const byKind = new Map<string, Finding[]>();
  for (const f of relevant) byKind.set(f.kind, [...(byKind.get(f.kind) ?? []), f]);
  return [...byKind].map(([kind, list]) => {
    const scored = list.map((f) => ({ f, c: f.cases.find((x) => !cls || x.cls === cls) }))
      .sort((a, b) => (a.c?.hostile.length ?? 0) - (b.c?.hostile.length ?? 0));
    const { f, c } = scored[0];
    const values = new Set(list.flatMap((x) => x.cases.filter((y) => !cls || y.cls === cls).map((y) => y.id)));
    return `${kind}: ${cls ? `${values.size} value(s)` : `${list.length} spec(s)`}; e.g. spec ${c?.specName ?? f.spec}${c ? ` ${c.path}=${show(c.hostile)}` : ''}: ${f.detail.slice(0, 700)}`;
  });
}

/** Everything found about one spec, one line each. */
export function findingsOf(run: TargetRun, spec: string): string[] {
  return run.findings.filter((f) => f.spec === spec || f.cases.some((c) => c.specName === spec))
    .map((f) => `${f.kind}${f.cases.length ? ` [${f.cases.filter((c) => c.specName === spec).map((c) => `${c.path}=${show(c.hostile)}`).join(', ')}]` : ''}: ${f.detail.slice(0, 500)}`);
}
