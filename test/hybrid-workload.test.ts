import { guestConfig, expectGuestChecksPass, hasCommand, shellWords } from './guest-checks';
import { Testing } from 'cdktf';
import { addresses, canonical, newStack, problems, resources, synth } from './util';
import { ContainerWorkload, HybridVm, HybridWorkload, RestartPolicy, VmSpec, VmWorkload, Workload, WorkloadSpec } from '../src';

const guest: VmSpec = { adminUser: 'admin', sshAuthorizedKeys: ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAITestKey test@host'] };

const web: WorkloadSpec = { name: 'web', image: 'nginx:1.27', memoryMiB: 256, cpus: 0.5, ports: [{ name: 'http', containerPort: 80, hostPort: 8080 }], dependsOn: ['db'] };
const db: WorkloadSpec = {
  name: 'db', image: 'postgres:16.4', memoryMiB: 1024, secretEnv: { POSTGRES_PASSWORD: 'db_password' },
  ports: [{ name: 'postgres', containerPort: 5432 }], volumes: [{ name: 'data', mountPath: '/var/lib/postgresql/data', sizeGiB: 30 }],
};

function hybrid(specs: WorkloadSpec[], extra: Partial<ConstructorParameters<typeof HybridVm>[2]> = {}) {
  const stack = newStack();
  const group = new HybridVm(stack, 'shared', { specs, vm: guest, ...extra });
  return { stack, group };
}

function config(json: any): any {
  return guestConfig(resources(json, 'libvirt_cloudinit_disk')[0].user_data);
}

describe('HybridVm', () => {
  test('runs every workload as a container of one VM with Docker installed by cloud-init', () => {
    const json = synth(hybrid([web, db]).stack);
    expect(resources(json, 'libvirt_domain')).toHaveLength(1);
    const c = config(json);
    expect(c.packages).toEqual(['docker.io']);
    // by name; systemd orders the starts by After=
    expect(c.runcmd.at(-1)).toBe('systemctl enable --now cdktf-wl-db.service cdktf-wl-web.service');
  });

  test('reordering the specs changes no address and nothing the VM receives', () => {
    const forward = synth(hybrid([web, db]).stack);
    const backward = synth(hybrid([db, web]).stack);
    expect(addresses(backward)).toEqual(addresses(forward));
    expect(canonical(backward)).toBe(canonical(forward));
  });

  test('replicas: 0 installs the container\'s unit and keeps its disk, but does not start it', () => {
    const c = config(synth(hybrid([web, { ...db, replicas: 0 }]).stack));
    expect(c.write_files.map((f: any) => f.path)).toContain('/etc/systemd/system/cdktf-wl-db.service');
    expect(c.runcmd.at(-1)).toBe('systemctl enable --now cdktf-wl-web.service');
  });

  test('the VM is sized from the sum of its workloads plus engine and guest overhead', () => {
    const { stack, group } = hybrid([web, db]);
    const d = resources(synth(stack), 'libvirt_domain')[0];
    expect(group.memoryMiB).toBe(256 + 1024 + 256 + 384);
    expect(d.memory).toBe(1920);
    expect(d.vcpu).toBe(2); // 0.5 + 1 (db sets none), rounded up
  });

  test('the size can be given instead, and too little memory is refused', () => {
    expect(resources(synth(hybrid([web, db], { hybrid: { memoryMiB: 4096, vcpus: 4 } }).stack), 'libvirt_domain')[0]).toMatchObject({ memory: 4096, vcpu: 4 });
    expect(problems(hybrid([web, db], { hybrid: { memoryMiB: 1024 } }).stack)).toEqual([
      'hybrid VM "hybrid": hybrid.memoryMiB 1024 is less than its workloads and engine need (1536 MiB, at least 512); use at least 1536, or leave it unset to size the VM from its workloads',
    ]);
  });

  test('start order in the VM follows dependsOn', () => {
    const unit = config(synth(hybrid([web, db]).stack)).write_files.find((f: any) => f.path === '/etc/systemd/system/cdktf-wl-web.service').content;
    expect(unit).toContain('After=docker.service network-online.target cdktf-wl-db.service');
    expect(unit).toContain('Wants=network-online.target cdktf-wl-db.service');
  });

  test('health checks and restart policies are applied by the engine', () => {
    const spec = { ...db, healthCheck: { command: ['pg_isready'] }, restart: { policy: RestartPolicy.ALWAYS } };
    const unit = config(synth(hybrid([spec]).stack)).write_files.find((f: any) => f.path === '/etc/systemd/system/cdktf-wl-db.service').content;
    expect(unit).toContain('--restart always');
    expect(unit).toContain('--health-cmd pg_isready --health-interval 30s');
  });

  test('volumes are VM data disks bind-mounted into the containers, protected by prevent_destroy', () => {
    const json = synth(hybrid([web, db]).stack);
    const disk = resources(json, 'libvirt_volume').find((v) => v.name === 'test_hybrid_db_data.qcow2');
    expect(disk).toMatchObject({ capacity: 30, lifecycle: { prevent_destroy: true } });
    const c = config(json);
    expect(c.mounts[0].slice(0, 2)).toEqual(['/dev/disk/by-id/virtio-db_data', '/var/lib/cdktf-workloads/db/data']);
    const unit = c.write_files.find((f: any) => f.path === '/etc/systemd/system/cdktf-wl-db.service').content;
    expect(unit).toContain('--volume /var/lib/cdktf-workloads/db/data:/var/lib/postgresql/data');
  });

  test('disks of workloads whose names run into each other stay apart', () => {
    const json = synth(hybrid([
      { name: 'db', image: 'redis:7', volumes: [{ name: 'x-data', mountPath: '/a' }] },
      { name: 'db-x', image: 'redis:7', volumes: [{ name: 'data', mountPath: '/b' }] },
    ]).stack);
    expect(resources(json, 'libvirt_volume').map((v) => v.name).filter((n) => n.endsWith('data.qcow2')).sort()).toEqual(['test_hybrid_db-x_data.qcow2', 'test_hybrid_db_x-data.qcow2']);
    expect(shellWords(config(json).bootcmd[0]).slice(4).sort()).toEqual(['/dev/disk/by-id/virtio-db-x_data', '/dev/disk/by-id/virtio-db_x-data']);
  });

  test('host ports are published on the VM and forwarded from the host; other ports stay inside', () => {
    const json = synth(hybrid([web, db]).stack);
    const fwd = resources(json, 'libvirt_domain')[0].devices.interfaces[1];
    expect(fwd.port_forward).toEqual([{ proto: 'tcp', address: '127.0.0.1', ranges: [{ start: 8080, to: 8080 }] }]);
    const units = config(json).write_files.filter((f: any) => f.path.startsWith('/etc/systemd/system/')).map((f: any) => f.content).join('\n');
    expect(units).toContain('--publish 8080:80/tcp');
    expect(units).not.toContain('5432:5432');
  });

  test('outputs per workload have the same names and shape as on Docker', () => {
    const hybridOut = synth(hybrid([web, db]).stack).output;
    const stack = newStack();
    new ContainerWorkload(stack, 'web', { spec: web });
    new ContainerWorkload(stack, 'db', { spec: { ...db, volumes: [{ name: 'data', mountPath: '/var/lib/postgresql/data' }] } });
    const dockerOut = synth(stack).output;
    expect(Object.keys(hybridOut).sort()).toEqual(Object.keys(dockerOut).sort());
    expect(hybridOut.endpoints_web.value).toEqual(dockerOut.endpoints_web.value);
    expect(hybridOut.endpoints_db.value).toEqual(dockerOut.endpoints_db.value);
    expect(Object.keys(hybridOut.volumes_db.value)).toEqual(Object.keys(dockerOut.volumes_db.value));
  });

  test('a dependency on a workload outside the VM orders the VM after it', () => {
    const stack = newStack();
    new ContainerWorkload(stack, 'cache', { spec: { name: 'cache', image: 'redis:7' } });
    new HybridVm(stack, 'shared', { specs: [{ ...web, dependsOn: ['cache'] }], vm: guest });
    const d = resources(synth(stack), 'libvirt_domain')[0];
    expect(d.depends_on).toEqual([expect.stringMatching(/^docker_container\./)]);
  });

  test('fields the shared VM cannot honour are refused, naming the targets that can', () => {
    const { stack } = hybrid([{ ...db, native: { packages: ['x'] }, replicas: 2 }]);
    expect(problems(stack)).toEqual([
      'workload "db": native cannot be honoured by the hybrid target (the shared VM runs images only); remove it, or use a target that can: vm',
      'workload "db": replicas 2 cannot be honoured by the hybrid target (each workload is one container in the shared VM); remove it, or use a target that can: container, swarm',
    ]);
  });

  (hasCommand('cloud-init') && hasCommand('systemd-analyze') ? test : test.skip)('its cloud-config passes cloud-init schema and its units systemd-analyze verify', () => {
    expectGuestChecksPass(resources(synth(hybrid([web, db]).stack), 'libvirt_cloudinit_disk')[0].user_data);
  });
});

describe('HybridVm names', () => {
  test('a shared VM named like a workload\'s own VM is reported', () => {
    const stack = newStack();
    new VmWorkload(stack, 'hybrid', { spec: { name: 'hybrid', image: 'nginx:1.27' }, vm: guest });
    new HybridVm(stack, 'shared', { specs: [web, db], vm: guest });
    expect(problems(stack)).toEqual([
      'VM "test_hybrid" (test/shared/vm): name is already used by the VM at test/hybrid/vm on libvirt host "libvirt-host" (qemu:///system); give the shared VM another name (hybrid.name), or rename the workload',
    ]);
  });
});

describe('HybridWorkload', () => {
  // Two workloads that share a volume, one with a secret, a disk and a published port: every part
  // of the VM a workload adds to (size, disks, forwards, units, mounts, secrets, outputs).
  const files: WorkloadSpec = { name: 'files', image: 'busybox:1.36', memoryMiB: 128, volumes: [{ name: 'uploads', mountPath: '/srv/uploads', shared: true }] };
  const app: WorkloadSpec = { ...web, name: 'app', dependsOn: ['db'], volumes: [{ name: 'uploads', mountPath: '/var/www/uploads', shared: true }] };
  const specs = [app, db, files];

  /** The stack's cdk.tf.json as cdktf writes it, with validations run. */
  const cdkTfJson = (build: (stack: ReturnType<typeof newStack>) => void) => {
    const stack = newStack();
    build(stack);
    return Testing.synth(stack, true);
  };
  const fromSpecs = () => cdkTfJson((stack) => new HybridVm(stack, 'shared', { specs, vm: guest }));

  test('a HybridWorkload created by the user under its own scope gets the same Terraform as one created from specs', () => {
    const byUser = cdkTfJson((stack) => {
      const vm = new HybridVm(stack, 'shared', { vm: guest });
      for (const spec of specs) new HybridWorkload(stack, spec.name, { spec, vm });
    });
    expect(byUser).toBe(fromSpecs());
  });

  test('so does one joining in another order, or through addWorkload, or after some came in specs', () => {
    const expected = fromSpecs();
    expect(cdkTfJson((stack) => {
      const vm = new HybridVm(stack, 'shared', { vm: guest });
      for (const spec of [...specs].reverse()) new HybridWorkload(stack, spec.name, { spec, vm });
    })).toBe(expected);
    expect(cdkTfJson((stack) => {
      const vm = new HybridVm(stack, 'shared', { vm: guest });
      for (const spec of specs) vm.addWorkload(spec);
    })).toBe(expected);
    expect(cdkTfJson((stack) => {
      const vm = new HybridVm(stack, 'shared', { specs: [db], vm: guest });
      new HybridWorkload(stack, 'files', { spec: files, vm });
      new HybridWorkload(stack, 'app', { spec: app, vm });
    })).toBe(expected);
  });

  test('addWorkload gives the workload the id a spec of specs gets', () => {
    const stack = newStack();
    const vm = new HybridVm(stack, 'shared', { vm: guest });
    const w = vm.addWorkload(web);
    expect(w.node.path).toBe('test/shared/workloads/web');
    expect(vm.workloads).toEqual([w]);
  });

  test('a HybridWorkload added to a HybridVm after construction sizes the VM for it', () => {
    const stack = newStack();
    const vm = new HybridVm(stack, 'shared', { specs: [web], vm: guest });
    expect([vm.memoryMiB, vm.vcpus]).toEqual([256 + 256 + 384, 1]);
    new HybridWorkload(stack, 'db', { spec: db, vm });
    expect([vm.memoryMiB, vm.vcpus]).toEqual([256 + 1024 + 256 + 384, 2]);
    expect(resources(synth(stack), 'libvirt_domain')[0]).toMatchObject({ memory: 1920, vcpu: 2 });
  });

  test('a HybridWorkload added to a HybridVm after construction gets a data disk and a unit in the VM', () => {
    const stack = newStack();
    const vm = new HybridVm(stack, 'shared', { specs: [web], vm: guest });
    const added = new HybridWorkload(stack, 'db', { spec: db, vm });
    const json = synth(stack);
    expect(resources(json, 'libvirt_volume').find((v) => v.name === 'test_hybrid_db_data.qcow2')).toMatchObject({ capacity: 30, lifecycle: { prevent_destroy: true } });
    expect(resources(json, 'libvirt_domain')[0].devices.disks.map((d: any) => d.serial ?? d.device)).toEqual(['disk', 'db_data', 'cdrom']);
    expect(added.vm).toBe(vm.vm);
    expect(Object.keys(vm.vm.dataVolumes)).toEqual(['db_data']);
    const c = config(json);
    expect(c.write_files.map((f: any) => f.path)).toContain('/etc/systemd/system/cdktf-wl-db.service');
    expect(c.mounts[0].slice(0, 2)).toEqual(['/dev/disk/by-id/virtio-db_data', '/var/lib/cdktf-workloads/db/data']);
    expect(c.runcmd.at(-1)).toBe('systemctl enable --now cdktf-wl-db.service cdktf-wl-web.service');
    // web, in specs, waits for db, which joined later.
    const unit = c.write_files.find((f: any) => f.path === '/etc/systemd/system/cdktf-wl-web.service').content;
    expect(unit).toContain('After=docker.service network-online.target cdktf-wl-db.service');
    expect(Object.keys(json.variable)).toEqual(['db_password']);
    expect(json.output.volumes_db.value.data.storage_name).toMatch(/^\$\{libvirt_volume\.shared_vm_data-disks_db_data_[0-9A-F]+\.name\}$/);
  });

  test('the secret of a HybridWorkload that joined later is declared before synth, also when synth runs no validations (as compare builds)', () => {
    const stack = newStack();
    const vm = new HybridVm(stack, 'shared', { specs: [web], vm: guest });
    new HybridWorkload(stack, 'db', { spec: db, vm });
    // The cloud-config is rendered at synth, when no construct may be added: the variable exists already.
    const json = JSON.parse(Testing.synth(stack, false));
    expect(json.variable.db_password).toMatchObject({ sensitive: true, type: 'string' });
  });

  test('a HybridWorkload added to a HybridVm after construction has its host port forwarded into the VM', () => {
    const stack = newStack();
    const vm = new HybridVm(stack, 'shared', { specs: [db], vm: guest });
    new HybridWorkload(stack, 'web', { spec: web, vm });
    const json = synth(stack);
    const domain = resources(json, 'libvirt_domain')[0];
    expect(domain.devices.interfaces[1].port_forward).toEqual([{ proto: 'tcp', address: '127.0.0.1', ranges: [{ start: 8080, to: 8080 }] }]);
    // The guest is told about the second NIC too.
    expect(resources(json, 'libvirt_cloudinit_disk')[0].network_config).toContain(domain.devices.interfaces[1].mac.address);
    expect(json.output.endpoints_web.value.http).toMatchObject({ port: 8080, published: true });
  });

  test('a HybridWorkload added to a HybridVm after construction is reported like the others when its spec is invalid', () => {
    const bad: WorkloadSpec = { ...db, memoryMiB: -1, native: { packages: ['postgresql'] } };
    const fromSpec = newStack();
    new HybridVm(fromSpec, 'shared', { specs: [web, bad], vm: guest });
    const added = newStack();
    new HybridWorkload(added, 'db', { spec: bad, vm: new HybridVm(added, 'shared', { specs: [web], vm: guest }) });
    const reported = problems(added);
    expect(reported).toEqual(problems(fromSpec));
    expect(reported).toEqual(expect.arrayContaining([
      'workload "db": native cannot be honoured by the hybrid target (the shared VM runs images only); remove it, or use a target that can: vm',
      expect.stringMatching(/^workload "db": memoryMiB -1 /),
    ]));
  });

  test('a HybridVm that no workload joined is reported', () => {
    const stack = newStack();
    new HybridVm(stack, 'shared', { vm: guest });
    expect(problems(stack)).toEqual([
      'hybrid VM "hybrid": specs is unset and no workload joined the VM; give it at least one: in specs, with addWorkload(spec), or with new HybridWorkload(scope, id, { spec, vm })',
    ]);
  });

  test('two HybridWorkloads of one name in one VM are reported, and the VM keeps the first', () => {
    const stack = newStack();
    const vm = new HybridVm(stack, 'shared', { specs: [db], vm: guest });
    const second = new HybridWorkload(stack, 'other', { spec: { ...db, volumes: [{ name: 'logs', mountPath: '/logs' }] }, vm });
    expect(second.volumes).toEqual([]);
    expect(Object.keys(vm.vm.dataVolumes)).toEqual(['db_data']);
    expect(problems(stack)).toEqual(['workload "db": name "db" is already used by the workload at test/shared/workloads/db; give every workload of a stack its own name']);
  });

  test('is a Workload, placed on its host as the other two are', () => {
    const stack = newStack();
    const vm = new HybridVm(stack, 'shared', { vm: guest });
    const w = new HybridWorkload(stack, 'web', { spec: web, vm });
    expect(Workload.isWorkload(w)).toBe(true);
    expect(HybridWorkload.isHybridWorkload(w)).toBe(true);
    expect([w.hybridVm, w.host, w.vm]).toEqual([vm, vm.host, vm.vm]);
    expect(vm.workloads).toEqual([w]);
  });
});
