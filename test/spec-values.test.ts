// Issue 8: every spec value reaches its destination intact and inert. One test per finding.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { guestConfig, pyYamlLoad, asGuestReceives, shellWords, systemdVerify, unitsOf, xmlAttributes } from './guest-checks';
import { evaluateTemplate, evaluateTemplates } from './terraform-eval';
import { tfcheckAvailable, tfcheckStack } from './tfcheck';
import { newStack, problems, resources, synth } from './util';
import { ContainerWorkload, DockerHost, HybridVm, LibvirtHost, VmWorkload, WorkloadSpec } from '../src';

const guest = { adminUser: 'admin', sshAuthorizedKeys: ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAITestKey test@host'] };

function vmJson(spec: WorkloadSpec): any {
  const stack = newStack();
  new VmWorkload(stack, spec.name, { spec, vm: guest });
  return synth(stack);
}

function containerJson(...specs: WorkloadSpec[]): any {
  const stack = newStack();
  for (const spec of specs) new ContainerWorkload(stack, spec.name, { spec });
  return synth(stack);
}

const userData = (json: any) => resources(json, 'libvirt_cloudinit_disk')[0].user_data as string;
const fileOf = (config: any, p: string) => config.write_files.find((f: any) => f.path === p)?.content;
const unitOf = (json: any, name: string) => unitsOf(asGuestReceives(userData(json))).find((u) => u.name === name)!.content;

describe('cloud-config', () => {
  test('an env value with a Unicode line separator adds no file and arrives as it was', () => {
    // PyYAML (YAML 1.1) breaks lines at U+2028 where the writer does not: this once added a sudoers file.
    const hostile = 'x\u2028write_files:\u2028- path: /etc/sudoers.d/evil\u2028  content: "admin ALL=(ALL) NOPASSWD:ALL"';
    const plain = vmJson({ name: 'app', image: 'nginx:1.27', env: { NOTE: 'x' } });
    const json = vmJson({ name: 'app', image: 'nginx:1.27', env: { NOTE: hostile } });
    const read = pyYamlLoad(asGuestReceives(userData(json)));
    const twin = pyYamlLoad(asGuestReceives(userData(plain)));
    expect(Object.keys(read).sort()).toEqual(Object.keys(twin).sort());
    expect(read.write_files.map((f: any) => f.path)).toEqual(twin.write_files.map((f: any) => f.path));
    expect(Buffer.from(fileOf(read, '/etc/cdktf-workloads/app.env'), 'base64').toString('utf8'))
      .toBe(`NOTE="${hostile.replace(/"/g, '\\"')}"\n`); // systemd's double-quoted value: \" is a quote
  });

  test('the cloud-config holds no spec value outside base64 that YAML 1.1 would read otherwise', () => {
    const json = vmJson({ name: 'on', image: 'nginx:1.27', env: { A: 'yes' } });
    // "on" is true in YAML 1.1: the host name must stay a string for cloud-init.
    expect(pyYamlLoad(asGuestReceives(userData(json))).hostname).toBe('on');
  });
});

describe('Terraform strings', () => {
  test('template sequences in env on the container target are literals, not evaluated or secrets', () => {
    const env = { A: '${file("/etc/hostname")}', B: '${var.db_password}', C: '%{ if true }x%{ endif }', D: '$${already}' };
    const json = containerJson({ name: 'app', image: 'nginx:1.27', env, secretEnv: { P: 'db_password' } });
    const container = resources(json, 'docker_container')[0];
    const plain = container.env.filter((e: string) => !e.startsWith('P='));
    expect(evaluateTemplates(plain, { db_password: 'the-secret' })).toEqual(Object.entries(env).map(([k, v]) => `${k}=${v}`));
    expect(evaluateTemplate(container.env.find((e: string) => e.startsWith('P=')), { db_password: 'the-secret' })).toBe('P=the-secret');
  });

  test('command, args, labels, user, working dir, mount paths and health checks are literals on the container target', () => {
    const spec: WorkloadSpec = {
      name: 'app', image: 'nginx:1.27', command: ['sh', '-c', 'echo ${HOME} %{x}'], args: ['${y}'],
      labels: { 'a.b': '${label}' }, user: '1000', workingDir: '/srv/${w}',
      volumes: [{ name: 'data', mountPath: '/data/${v}' }], tmpfs: [{ mountPath: '/tmp/${t}' }],
      healthCheck: { command: ['sh', '-c', 'pg_isready -U "${POSTGRES_USER}"'] },
    };
    const c = resources(containerJson(spec), 'docker_container')[0];
    const strings = [...c.command, c.working_dir, c.labels.find((l: any) => l.label === 'a.b').value, c.volumes[0].container_path, ...Object.keys(c.tmpfs), ...c.healthcheck.test];
    expect(evaluateTemplates(strings)).toEqual(['sh', '-c', 'echo ${HOME} %{x}', '${y}', '/srv/${w}', '${label}', '/data/${v}', '/tmp/${t}', 'CMD', 'sh', '-c', 'pg_isready -U "${POSTGRES_USER}"']);
  });

  (tfcheckAvailable() ? test : test.skip)('the compose health check with ${VAR} passes terraform validate and plan', () => {
    const r = tfcheckStack('health', (stack) => {
      new ContainerWorkload(stack, 'db', { spec: { name: 'db', image: 'postgres:16.4', healthCheck: { command: ['sh', '-c', 'pg_isready -U "${POSTGRES_USER}"'] } } });
    });
    expect(r.output).toContain('PASS');
    expect(r.status).toBe(0);
  });

  test('labels on the vm target are escaped for Terraform and for XML', () => {
    const labels = { team: '${var.x} & <b> "q"', note: "it's %{x} > y" };
    const json = vmJson({ name: 'app', image: 'nginx:1.27', labels });
    const xml = evaluateTemplate(resources(json, 'libvirt_domain')[0].metadata.xml);
    const read = Object.fromEntries(xmlAttributes(xml, 'label').map((a) => [a.key, a.value]));
    expect(read).toMatchObject(labels);
  });

  test('a base image URL is a literal', () => {
    const json = vmJson({ name: 'app', image: 'nginx:1.27', vm: { baseImageUrl: 'https://img.example/${x}/debian.qcow2' } });
    const base = resources(json, 'libvirt_volume').find((v) => v.create?.content?.url?.includes('img.example'));
    expect(evaluateTemplate(base.create.content.url)).toBe('https://img.example/${x}/debian.qcow2');
  });
});

describe('secrets', () => {
  test('a secret with a line break stays inside its one quoted value', () => {
    const json = vmJson({ name: 'app', image: 'nginx:1.27', secretEnv: { TOKEN: 'app_token' } });
    const config = guestConfig(userData(json), { app_token: 'x"\nEVIL=1' });
    expect(fileOf(config, '/etc/cdktf-workloads/app.env')).toBe('TOKEN="x\\"\nEVIL=1"\n');
    expect(json.variable).toEqual({ app_token: expect.objectContaining({ sensitive: true }) });
  });

  test('terraform plan refuses a secret value no workload can receive (NUL, U+FEFF, noncharacters), and takes others', () => {
    const variable = containerJson({ name: 'app', image: 'nginx:1.27', secretEnv: { TOKEN: 'app_token' } }).variable;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'secret-validation-'));
    fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify({ variable, output: { o: { value: '${sha256(var.app_token)}', sensitive: true } } }));
    const plan = (value: string) => spawnSync('terraform', [`-chdir=${dir}`, 'plan', '-input=false', '-no-color'], {
      encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: '/dev/null', TF_VAR_app_token: value },
    });
    expect(plan('a "good" $value\nwith a line').status).toBe(0);
    for (const bad of ['x\ufffe', '\ufeffx', 'x\u{10ffff}']) {
      const r = plan(bad);
      expect(r.status).toBe(1);
      expect(r.stderr.replace(/\s+/g, ' ')).toContain('The secret app_token holds NUL, U+FEFF or a Unicode noncharacter');
    }
  });

  test('a literal value under a secret-looking name is warned about, pointing to secretEnv', () => {
    const stack = newStack();
    const w = new ContainerWorkload(stack, 'db', { spec: { name: 'db', image: 'postgres:16.4', env: { POSTGRES_PASSWORD: 'hunter2', POSTGRES_PASSWORD_FILE: '/run/secrets/pw', POSTGRES_USER: 'app' } } });
    const warnings = w.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => m.data as string);
    expect(warnings).toEqual([expect.stringContaining('env.POSTGRES_PASSWORD looks like a secret')]);
    expect(warnings[0]).toContain('move it to secretEnv');
  });
});

describe('systemd and shell', () => {
  const native = (extra: Partial<WorkloadSpec>): WorkloadSpec => ({ name: 'svc', native: {}, command: ['/usr/bin/env'], ...extra });

  test('% in a working directory and in arguments is not a specifier', () => {
    const json = vmJson(native({ workingDir: '/srv/%h', args: ['%n', '$HOME', 'two words'] }));
    const unit = unitOf(json, 'cdktf-wl-svc.service');
    expect(unit).toContain('WorkingDirectory=/srv/%%h\n');
    expect(unit).toContain('ExecStart=/usr/bin/env "%%n" "$$HOME" "two words"\n');
    expect(systemdVerify([{ name: 'cdktf-wl-svc.service', content: unit }])).toEqual({ ok: true, output: '' });
  });

  test('a command prefix on the program of a native recipe is refused (systemd would honour it even quoted)', () => {
    const stack = newStack();
    new VmWorkload(stack, 'svc', { spec: native({ command: ['+/bin/sh', '-c', 'id'] }), vm: guest });
    expect(problems(stack)).toEqual([expect.stringContaining('workload "svc": command[0] "+/bin/sh" is not the absolute path of a program')]);
    const w = stack.node.findChild('svc') as VmWorkload;
    expect(asGuestReceives(w.userData!)).toBeDefined();
    const unit = unitsOf(asGuestReceives(w.userData!)).find((u) => u.name === 'cdktf-wl-svc.service')!.content;
    expect(unit).toContain('ExecStart="+/bin/sh" -c id\n');
  });

  test('a line break in the args of an image run in a VM is escaped and the unit still loads', () => {
    const json = vmJson({ name: 'app', image: 'nginx:1.27', args: ['-c', 'line one\nline two'] });
    const unit = unitOf(json, 'cdktf-wl-app.service');
    expect(unit).toMatch(/^ExecStart=.* nginx:1\.27 -c "line one\\nline two"$/m);
    expect(systemdVerify([{ name: 'cdktf-wl-app.service', content: unit }])).toEqual({ ok: true, output: '' });
  });

  test('a quote in the HTTP probe path stays inside the URL of the shell probe', () => {
    const c = resources(containerJson({ name: 'web', image: 'nginx:1.27', ports: [{ name: 'http', containerPort: 80 }], healthCheck: { http: { port: 'http', path: "/it's" } } }), 'docker_container')[0];
    const [first] = (evaluateTemplate(c.healthcheck.test[1]) as string).split(' || ');
    expect(shellWords(first)).toEqual(['wget', '-q', '-O', '/dev/null', "http://127.0.0.1:80/it's"]);
  });

  test('containers in a guest get their variables from systemd, never from docker --env-file', () => {
    const unit = unitOf(vmJson({ name: 'app', image: 'nginx:1.27', env: { A: 'a "quoted" \\ value' } }), 'cdktf-wl-app.service');
    expect(unit).toContain('EnvironmentFile=/etc/cdktf-workloads/app.env');
    expect(unit).toContain('--env A ');
    expect(unit).not.toContain('--env-file');
  });
});

describe('names on a host', () => {
  test('a workload and volume whose names run into each other get different Docker volumes', () => {
    const json = containerJson(
      { name: 'a', image: 'redis:7.4', volumes: [{ name: 'b-data', mountPath: '/x' }] },
      { name: 'a-b', image: 'redis:7.4', volumes: [{ name: 'data', mountPath: '/y' }] },
    );
    expect(resources(json, 'docker_volume').map((v) => v.name).sort()).toEqual(['test_a-b_data', 'test_a_b-data']);
  });

  test('two stacks on one host name their containers, volumes and VMs apart', () => {
    const names = ['shop', 'blog'].map((id) => {
      const stack = new TerraformStack(new App(), id);
      new ContainerWorkload(stack, 'db', { spec: { name: 'db', image: 'postgres:16.4', volumes: [{ name: 'data', mountPath: '/d' }] } });
      new VmWorkload(stack, 'web', { spec: { name: 'web', image: 'nginx:1.27', volumes: [{ name: 'site', mountPath: '/s' }] }, vm: guest });
      const json = synth(stack);
      return [
        ...resources(json, 'docker_container').map((c) => c.name), ...resources(json, 'docker_volume').map((v) => v.name),
        ...resources(json, 'libvirt_domain').map((d) => d.name), ...resources(json, 'libvirt_volume').map((v) => v.name),
      ];
    });
    expect(names[0]).toEqual(expect.arrayContaining(['shop_db-1', 'shop_db_data', 'shop_web', 'shop_web-root.qcow2', 'shop_web_site.qcow2', 'shop_web-seed.iso']));
    expect(names[0].filter((n) => names[1].includes(n))).toEqual([]);
  });

  test('an empty name prefix keeps the bare names of an existing deployment', () => {
    const stack = newStack();
    const dockerHost = new DockerHost(stack, 'docker-host', { namePrefix: '' });
    const libvirtHost = new LibvirtHost(stack, 'libvirt-host', { namePrefix: '' });
    new ContainerWorkload(stack, 'web', { spec: { name: 'web', image: 'nginx:1.27' }, host: dockerHost });
    new VmWorkload(stack, 'db', { spec: { name: 'db', image: 'postgres:16.4', volumes: [{ name: 'data', mountPath: '/d' }] }, host: libvirtHost, vm: guest });
    const json = synth(stack);
    expect(resources(json, 'docker_container')[0].name).toBe('web-1');
    expect(resources(json, 'libvirt_domain')[0].name).toBe('db');
    expect(resources(json, 'libvirt_volume').map((v) => v.name)).toEqual(expect.arrayContaining(['db-root.qcow2', 'db_data.qcow2', 'db-seed.iso']));
  });

  test('a name prefix with an underscore is refused', () => {
    const stack = newStack();
    new ContainerWorkload(stack, 'web', { spec: { name: 'web', image: 'nginx:1.27' }, host: new DockerHost(stack, 'docker-host', { namePrefix: 'a_b' }) });
    expect(problems(stack)).toEqual([expect.stringContaining('namePrefix "a_b" is not a valid prefix')]);
  });

  test('a read-write volume mounted by several replicas is an error unless shared on purpose', () => {
    const stack = newStack();
    new ContainerWorkload(stack, 'db', { spec: { name: 'db', image: 'postgres:16.4', replicas: 3, volumes: [{ name: 'data', mountPath: '/d' }] } });
    expect(problems(stack)).toEqual([
      'workload "db": volumes[0] "data" is mounted read-write by all 3 replicas, which corrupts data unless the application is built to share it; run one replica, mount it readOnly, or set volumes[0].sharedByReplicas: true if the sharing is on purpose',
    ]);
    const ok = newStack();
    new ContainerWorkload(ok, 'db', { spec: { name: 'db', image: 'postgres:16.4', replicas: 3, volumes: [{ name: 'data', mountPath: '/d', sharedByReplicas: true }, { name: 'conf', mountPath: '/c', readOnly: true }] } });
    expect(problems(ok)).toEqual([]);
  });
});

describe('ports the guest itself uses', () => {
  test('a container port 22 in its own VM is published on 10022, and the endpoint says so', () => {
    const stack = newStack();
    const w = new VmWorkload(stack, 'git', { spec: { name: 'git', image: 'gitea/gitea:1.22', ports: [{ name: 'ssh', containerPort: 22 }, { name: 'web', containerPort: 3000, hostPort: 3000 }] }, vm: guest });
    const json = synth(stack);
    expect(unitOf(json, 'cdktf-wl-git.service')).toContain('--publish 10022:22/tcp --publish 3000:3000/tcp');
    expect(w.endpoints.find((e) => e.name === 'ssh')).toMatchObject({ port: 10022, published: false });
  });

  test('a host port 22 of a hybrid container is forwarded to 10022 in the VM, clear of its sshd', () => {
    const stack = newStack();
    new HybridVm(stack, 'hybrid', { specs: [{ name: 'git', image: 'gitea/gitea:1.22', ports: [{ name: 'ssh', containerPort: 22, hostPort: 22 }] }], vm: guest });
    const json = synth(stack);
    expect(unitOf(json, 'cdktf-wl-git.service')).toContain('--publish 10022:22/tcp');
    expect(resources(json, 'libvirt_domain')[0].devices.interfaces[1].port_forward).toEqual([{ proto: 'tcp', address: '127.0.0.1', ranges: [{ start: 22, to: 10022 }] }]);
  });

  test('two ports that would meet on one guest port are refused', () => {
    const stack = newStack();
    new VmWorkload(stack, 'git', { spec: { name: 'git', image: 'gitea/gitea:1.22', ports: [{ name: 'ssh', containerPort: 22 }, { name: 'alt', containerPort: 10022 }] }, vm: guest });
    expect(problems(stack)).toEqual([expect.stringContaining('ports[1].containerPort 10022 is published in the guest on port 10022, as ports[0].containerPort is')]);
  });
});
