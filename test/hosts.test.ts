import { Construct } from 'constructs';
import { newStack, problems, resources, synth } from './util';
import {
  ContainerWorkload, DockerHost, HybridWorkload, HybridVm, LibvirtHost, VirtualMachine, VmSpec, VmWorkload, Workload, WorkloadApp, WorkloadTarget,
} from '../src';

const guest: VmSpec = { adminUser: 'admin', sshAuthorizedKeys: ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAITestKey test@host'] };
const web = { name: 'web', image: 'nginx:1.27' };

describe('default hosts', () => {
  test('are created once per stack, under the ids every existing address depends on', () => {
    const stack = newStack();
    const docker = DockerHost.defaultFor(stack);
    expect(DockerHost.defaultFor(new Construct(stack, 'deep'))).toBe(docker);
    expect(docker.node.path).toBe('test/docker-host');
    expect(docker.url).toBe('unix:///var/run/docker.sock');
    const libvirt = LibvirtHost.defaultFor(stack);
    expect(LibvirtHost.defaultFor(stack)).toBe(libvirt);
    expect(libvirt.node.path).toBe('test/libvirt-host');
    expect([libvirt.uri, libvirt.pool]).toEqual(['qemu:///system', 'default']);
  });

  test('a Docker host you create under the default\'s id is not taken for the default', () => {
    const stack = newStack();
    const remote = new DockerHost(stack, 'docker-host', { url: 'ssh://ops@build.example.com' });
    new ContainerWorkload(stack, 'web', { spec: web });
    new ContainerWorkload(stack, 'api', { spec: { ...web, name: 'api' } });
    expect(problems(stack)).toEqual([
      'test/docker-host: the id "docker-host" belongs to the stack\'s default Docker host (DockerHost.defaultFor), which test/web, test/api use as they name no host; '
      + 'a host you create is never taken for the default: pass it to them (host, or WorkloadApp\'s dockerHost), or give it another id',
    ]);
    // Given to the workloads, the same host under the same id is fine (and keeps its addresses).
    const ok = newStack();
    const host = new DockerHost(ok, 'docker-host', { url: 'ssh://ops@build.example.com' });
    new ContainerWorkload(ok, 'web', { spec: web, host });
    expect(resources(synth(ok), 'docker_network')).toHaveLength(1);
    expect(remote.url).toBe(host.url);
  });

  test('a libvirt host you create under the default\'s id is not taken for the default either', () => {
    const stack = newStack();
    new LibvirtHost(stack, 'libvirt-host', { uri: 'qemu+ssh://ops@kvm.example.com/system' });
    new VmWorkload(stack, 'web', { spec: web, vm: guest });
    expect(problems(stack)).toEqual([
      'test/libvirt-host: the id "libvirt-host" belongs to the stack\'s default libvirt host (LibvirtHost.defaultFor), which test/web uses as it names no host; '
      + 'a host you create is never taken for the default: pass it to them (host, or WorkloadApp\'s libvirtHost), or give it another id',
    ]);
    const ok = newStack();
    const host = new LibvirtHost(ok, 'libvirt-host', { uri: 'qemu+ssh://ops@kvm.example.com/system' });
    new WorkloadApp(ok, 'app', { app: { workloads: [web], vm: guest }, target: WorkloadTarget.VM, libvirtHost: host });
    expect(problems(ok)).toEqual([]);
  });

  test('something else under the default\'s id is an error at once', () => {
    const stack = newStack();
    new Construct(stack, 'docker-host');
    expect(() => new ContainerWorkload(stack, 'web', { spec: web })).toThrow(/^test\/docker-host: the id "docker-host" belongs to the stack's default Docker host/);
  });
});

describe('is* checks', () => {
  test('know every construct by a marker, not by its class', () => {
    const stack = newStack();
    const hybrid = new HybridVm(stack, 'shared', { specs: [web], vm: guest });
    const container = new ContainerWorkload(stack, 'api', { spec: { ...web, name: 'api' } });
    expect(HybridVm.isHybridVm(hybrid)).toBe(true);
    expect(Workload.isWorkload(hybrid)).toBe(false); // the shared VM is no workload; its containers are
    expect(HybridWorkload.isHybridWorkload(hybrid.workloads[0])).toBe(true);
    expect(Workload.isWorkload(hybrid.workloads[0])).toBe(true);
    expect(VirtualMachine.isVirtualMachine(hybrid.vm)).toBe(true);
    expect(hybrid.workloads[0].vm).toBe(hybrid.vm);
    expect(LibvirtHost.isLibvirtHost(hybrid.host)).toBe(true);
    expect(DockerHost.isDockerHost(container.host)).toBe(true);
    for (const x of [container, hybrid.vm, stack, undefined, null, {}]) {
      expect([HybridVm.isHybridVm(x), HybridWorkload.isHybridWorkload(x), DockerHost.isDockerHost(x), LibvirtHost.isLibvirtHost(x)])
        .toEqual([false, false, false, false]);
    }
  });

  test('hold across two copies of the package (the built one in lib/ next to the sources)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const copy = require('../lib') as typeof import('../src');
    expect(copy.DockerHost).not.toBe(DockerHost);
    const stack = newStack();
    const hybrid = new copy.HybridVm(stack, 'shared', { specs: [web], vm: guest });
    const container = new copy.ContainerWorkload(stack, 'api', { spec: { ...web, name: 'api' } });
    expect(HybridVm.isHybridVm(hybrid)).toBe(true);
    expect(HybridWorkload.isHybridWorkload(hybrid.workloads[0])).toBe(true);
    expect(Workload.isWorkload(container)).toBe(true);
    expect(VirtualMachine.isVirtualMachine(hybrid.vm)).toBe(true);
    expect(LibvirtHost.isLibvirtHost(hybrid.host)).toBe(true);
    expect(DockerHost.isDockerHost(container.host)).toBe(true);
    // The other copy's default hosts are this copy's default hosts too.
    expect(DockerHost.defaultFor(stack)).toBe(container.host);
    expect(LibvirtHost.defaultFor(stack)).toBe(hybrid.host);
    new ContainerWorkload(stack, 'db', { spec: { ...web, name: 'db' } });
    expect(problems(stack)).toEqual([]);
  });
});
