import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TerraformStack, Testing } from 'cdktf';
import { tfcheck, tfcheckAvailable } from './tfcheck';
import { newStack, problems, resources, synth } from './util';
import { SWITCH_TARGET_APP } from '../examples/switch-target/stack';
import { README, updatedReadme } from '../scripts/update-readme';
import {
  AppSpec, ContainerWorkload, loadAppSpec, TARGET_ENV, VmWorkload, WorkloadApp, WorkloadTarget,
} from '../src';
import { supportTableFields } from '../src/targets/support-table';

const app: AppSpec = {
  vm: { adminUser: 'admin', sshAuthorizedKeys: ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAITestKey test@host'] },
  workloads: [
    { name: 'web', image: 'nginx:1.27', ports: [{ name: 'http', containerPort: 80, hostPort: 8080 }] },
    { name: 'db', image: 'postgres:16.4', volumes: [{ name: 'data', mountPath: '/var/lib/postgresql/data' }] },
  ],
};

/** Runs `fn` with WORKLOADS_TARGET set (or unset), restoring it after. */
function withEnv<T>(value: string | undefined, fn: () => T): T {
  const before = process.env[TARGET_ENV];
  if (value === undefined) delete process.env[TARGET_ENV];
  else process.env[TARGET_ENV] = value;
  try {
    return fn();
  } finally {
    if (before === undefined) delete process.env[TARGET_ENV];
    else process.env[TARGET_ENV] = before;
  }
}

function build(options: { env?: string; context?: string; props?: WorkloadTarget; spec?: AppSpec } = {}) {
  return withEnv(options.env, () => {
    const stack = new TerraformStack(Testing.app({ context: options.context ? { target: options.context } : {} }), 'app');
    const workloads = new WorkloadApp(stack, 'app', { app: options.spec ?? app, target: options.props });
    return { stack, workloads };
  });
}

describe('the target of a WorkloadApp', () => {
  test('is container when nothing chooses one', () => {
    const { workloads } = build();
    expect(workloads.targets).toEqual({ web: 'container', db: 'container' });
    expect(workloads.targetSources.web).toBe('default');
  });

  test('comes from the cdktf.json context key "target"', () => {
    expect(build({ context: 'vm' }).workloads.targets).toEqual({ web: 'vm', db: 'vm' });
  });

  test('WORKLOADS_TARGET wins over the context', () => {
    const { workloads } = build({ context: 'vm', env: 'hybrid' });
    expect(workloads.targets).toEqual({ web: 'hybrid', db: 'hybrid' });
    expect(workloads.targetSources.db).toBe('env WORKLOADS_TARGET');
  });

  test('a workload\'s own target wins over the environment', () => {
    const spec = { ...app, workloads: [app.workloads[0], { ...app.workloads[1], target: WorkloadTarget.VM }] };
    const { workloads } = build({ env: 'container', spec });
    expect(workloads.targets).toEqual({ web: 'container', db: 'vm' });
    expect(workloads.workloads.map((w) => w.constructor.name)).toEqual(['ContainerWorkload', 'VmWorkload']);
  });

  test('the props win over everything', () => {
    const spec = { ...app, workloads: [{ ...app.workloads[0], target: WorkloadTarget.VM }, app.workloads[1]] };
    const { workloads, stack } = build({ env: 'vm', context: 'vm', props: WorkloadTarget.CONTAINER, spec });
    expect(workloads.targets).toEqual({ web: 'container', db: 'container' });
    expect(workloads.targetSources.web).toBe('props');
    expect(problems(stack)).toEqual([]);
  });

  test('a value that is not a target fails synth instead of falling through', () => {
    expect(problems(build({ env: 'vms', context: 'vm' }).stack)).toEqual([
      'env WORKLOADS_TARGET: target "vms" is not a target; use one of container, vm, hybrid, swarm',
    ]);
  });

  test('a spec whose target disagrees with the construct it is given to is reported', () => {
    const stack = newStack();
    new ContainerWorkload(stack, 'db', { spec: { ...app.workloads[1], target: WorkloadTarget.VM } });
    expect(problems(stack)).toEqual([
      'workload "db": target "vm" is set in the spec, but ContainerWorkload runs it on the container target; use the construct for the vm target, or WorkloadApp, which honours the spec\'s target',
    ]);
  });

  test('mixed targets in one stack: a VM waits for the container it depends on', () => {
    const spec: AppSpec = { ...app, workloads: [{ ...app.workloads[0], dependsOn: ['db'], target: WorkloadTarget.VM }, app.workloads[1]] };
    const { stack, workloads } = build({ spec });
    expect(workloads.workloads[0]).toBeInstanceOf(VmWorkload);
    expect(resources(synth(stack), 'libvirt_domain')[0].depends_on).toEqual([expect.stringMatching(/^docker_container\.app_db_containers_1_/)]);
  });
});

describe('one app file on every target', () => {
  const spec = loadAppSpec(SWITCH_TARGET_APP);
  const outputs = (target: WorkloadTarget) => synth(build({ props: target, spec }).stack).output;

  test.each(['vm', 'hybrid'] as WorkloadTarget[])('gives the same endpoint and volume names on %s as on container', (target) => {
    const container = outputs(WorkloadTarget.CONTAINER);
    const other = outputs(target);
    const names = (out: any) => Object.fromEntries(Object.entries(out).map(([k, v]: [string, any]) => [k, Object.keys(v.value).sort()]));
    expect(names(other)).toEqual(names(container));
    expect(names(container)).toEqual({
      endpoints_api: ['http'], endpoints_db: ['postgres'], endpoints_web: ['http'],
      volumes_api: [], volumes_db: ['data'], volumes_web: [],
    });
    expect(other.endpoints_web.value.http).toEqual(container.endpoints_web.value.http); // published: same host address and port
  });
});

describe('the README support table', () => {
  test('is the one the code generates (run npm run gen:readme when this fails)', () => {
    const text = fs.readFileSync(README, 'utf8');
    expect(updatedReadme(text)).toBe(text);
  });

  test('covers every field of the WorkloadSpec schema', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'schema', 'app-spec.schema.json'), 'utf8'));
    const fields = Object.keys(schema.definitions.WorkloadSpec.properties);
    expect(fields.filter((f) => !supportTableFields().includes(f))).toEqual([]);
  });
});

// The acceptance: only the variable changes between the three runs of the real CLI.
(tfcheckAvailable() ? describe : describe.skip)('WORKLOADS_TARGET with the real cdktf synth', () => {
  test.each(['container', 'vm', 'hybrid'])('WORKLOADS_TARGET=%s npx cdktf synth gives a switch-target stack that passes tfcheck', (target) => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), `switch-${target}-`));
    const r = spawnSync('npx', ['cdktf', 'synth', '--output', out], {
      cwd: path.join(__dirname, '..'), encoding: 'utf8', env: { ...process.env, WORKLOADS_TARGET: target, CHECKPOINT_DISABLE: '1' },
    });
    expect(r.status).toBe(0);
    const stackDir = path.join(out, 'stacks', 'switch-target');
    const json = JSON.parse(fs.readFileSync(path.join(stackDir, 'cdk.tf.json'), 'utf8'));
    const types = Object.keys(json.resource).sort();
    if (target === 'container') expect(types).toEqual(['docker_container', 'docker_image', 'docker_network', 'docker_volume']);
    else expect(types).toEqual(['libvirt_cloudinit_disk', 'libvirt_domain', 'libvirt_network', 'libvirt_volume']);
    expect(resources(json, 'libvirt_domain')).toHaveLength(target === 'vm' ? 3 : target === 'hybrid' ? 1 : 0);
    const result = tfcheck([stackDir]);
    expect(result.output).toMatch(/^PASS/m);
    expect(result.status).toBe(0);
  }, 120_000);
});
