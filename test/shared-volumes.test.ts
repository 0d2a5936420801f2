import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { expectGuestChecksPass, guestConfig } from './guest-checks';
import { readExecLine } from './readback';
import { tfcheck, tfcheckAvailable } from './tfcheck';
import { addresses, canonical, newStack, problems, resources, synth } from './util';
import { ContainerWorkload, DockerHost, HybridVm, LibvirtHost, LibvirtPlatform, VmSpec, VmWorkload, WorkloadSpec, SEPARATE_MACHINES_CONTEXT } from '../src';

const guest: VmSpec = { adminUser: 'admin', sshAuthorizedKeys: ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAITestKey test@host'] };
const app: WorkloadSpec = { name: 'app', image: 'nginx:1.27', volumes: [{ name: 'media', mountPath: '/srv/media', shared: true }, { name: 'cache', mountPath: '/cache' }] };
const worker: WorkloadSpec = { name: 'worker', image: 'nginx:1.27', volumes: [{ name: 'media', mountPath: '/data', shared: true, readOnly: true }] };

function containers(...specs: WorkloadSpec[]) {
  const stack = newStack();
  for (const spec of specs) new ContainerWorkload(stack, spec.name, { spec });
  return stack;
}

describe('shared volumes on the container target', () => {
  test('one docker_volume per name under the host, mounted by every workload that shares it, each with its own readOnly', () => {
    const json = synth(containers(app, worker));
    const volumes = resources(json, 'docker_volume');
    expect(volumes.map((v) => v.name).sort()).toEqual(['test_app_cache', 'test_shared.media']);
    const shared = volumes.find((v) => v.name === 'test_shared.media');
    expect(shared.labels).toEqual([{ label: 'cdktf-workloads.shared-volume', value: 'media' }]);
    expect(shared.lifecycle).toEqual({ prevent_destroy: true });
    expect(addresses(json)).toContainEqual(expect.stringMatching(/^docker_volume\.docker-host_shared-volumes_media_[0-9A-F]{8}$/));
    const [a, w] = resources(json, 'docker_container');
    const ref = '${docker_volume.' + Object.keys(json.resource.docker_volume).find((k) => json.resource.docker_volume[k] === shared) + '.name}';
    expect(a.volumes).toEqual([
      { volume_name: ref, container_path: '/srv/media', read_only: false },
      { volume_name: expect.stringMatching(/app_volumes_cache/), container_path: '/cache', read_only: false },
    ]);
    expect(w.volumes).toEqual([{ volume_name: ref, container_path: '/data', read_only: true }]);
    expect(json.output.volumes_worker.value.media).toEqual({ storage_name: ref, mount_path: '/data', location: ref.replace('.name}', '.mountpoint}'), shared: true });
    // Private volumes keep the output they had.
    expect(json.output.volumes_app.value.cache.shared).toBeUndefined();
  });

  test('the shared volume\'s address and the whole stack do not depend on declaration order', () => {
    const forward = synth(containers(app, worker));
    const backward = synth(containers(worker, app));
    const sharedAddress = (json: any) => Object.keys(json.resource.docker_volume).filter((k) => k.startsWith('docker-host_shared-volumes_media'));
    expect(sharedAddress(forward)).toHaveLength(1);
    expect(sharedAddress(backward)).toEqual(sharedAddress(forward));
    expect(canonical(backward.resource)).toBe(canonical(forward.resource));
  });

  test('its name cannot be a workload-private volume\'s: a "." where those have a workload name', () => {
    const json = synth(containers({ name: 'shared', image: 'nginx:1.27', volumes: [{ name: 'media', mountPath: '/m' }] }, app));
    expect(resources(json, 'docker_volume').map((v) => v.name).sort()).toEqual(['test_app_cache', 'test_shared.media', 'test_shared_media']);
  });

  test('users that disagree on preventDestroy: one error on the one that differs from the first by name, naming both', () => {
    const stack = containers({ ...worker, volumes: [{ ...worker.volumes![0], preventDestroy: false }] }, app);
    expect(problems(stack)).toEqual([
      'workload "worker": volumes[0].preventDestroy false differs from workload "app"\'s (true) for the shared volume "media", which has one lifecycle; give every workload that shares the volume the same preventDestroy',
    ]);
  });

  test('workloads on two Docker hosts would not share the data: an error', () => {
    const stack = newStack();
    const remote = new DockerHost(stack, 'remote', { url: 'ssh://u@box', alias: 'remote' });
    new ContainerWorkload(stack, 'app', { spec: app });
    new ContainerWorkload(stack, 'worker', { spec: worker, host: remote });
    expect(problems(stack)).toEqual([
      'workload "worker": volumes[0] "media" is shared with workload "app" on docker host "docker-host" (unix:///var/run/docker.sock), but this workload runs on docker host "remote" (ssh://u@box), so they would not share its data; run the workloads that share a volume on one Docker host, in one hybrid VM, or as VMs of one libvirt host, or give the volumes different names',
    ]);
  });

  test('replicas rules as for any volume: read-write by several replicas needs sharedByReplicas', () => {
    const stack = containers({ ...app, replicas: 2 }, worker);
    expect(problems(stack)).toContainEqual(expect.stringMatching(/^workload "app": volumes\[0\] "media" is mounted read-write by all 2 replicas/));
  });
});

describe('shared volumes on the hybrid target', () => {
  const unitArgv = (config: any, name: string) => {
    const text = config.write_files.find((f: any) => f.path === `/etc/systemd/system/${name}`).content;
    return readExecLine(/^ExecStart=(.*)$/m.exec(text)![1])[0].argv;
  };

  test('one VM disk per name, mounted once in the VM, bind-mounted into each container', () => {
    const stack = newStack();
    new HybridVm(stack, 'apps', { vm: guest, specs: [worker, { ...app, volumes: [{ ...app.volumes![0], sizeGiB: 10 }, app.volumes![1]] }] });
    const json = synth(stack);
    const disks = resources(json, 'libvirt_volume').filter((v) => /_(shared\.|app_)/.test(v.name));
    expect(disks.map((d) => [d.name, d.capacity, d.lifecycle])).toEqual([
      ['test_hybrid_app_cache.qcow2', 10, { prevent_destroy: true }],
      ['test_hybrid_shared.media.qcow2', 10, { prevent_destroy: true }],
    ]);
    expect(addresses(json).filter((a) => a.includes('shared-disks'))).toEqual([expect.stringMatching(/^libvirt_volume\.apps_vm_shared-disks_media_/)]);
    const domain = resources(json, 'libvirt_domain')[0];
    expect(domain.devices.disks.map((d: any) => d.serial).filter(Boolean)).toEqual(['app_cache', 'shared.media']);
    const config = guestConfig(resources(json, 'libvirt_cloudinit_disk')[0].user_data);
    expect(config.mounts.filter((m: string[]) => m[0].includes('shared.media'))).toEqual([
      ['/dev/disk/by-id/virtio-shared.media', '/var/lib/cdktf-workloads/.shared/media', 'ext4', 'defaults,nofail', '0', '2'],
    ]);
    expect(unitArgv(config, 'cdktf-wl-app.service')).toEqual(expect.arrayContaining(['--volume', '/var/lib/cdktf-workloads/.shared/media:/srv/media', '--volume', '/var/lib/cdktf-workloads/app/cache:/cache']));
    expect(unitArgv(config, 'cdktf-wl-worker.service')).toEqual(expect.arrayContaining(['--volume', '/var/lib/cdktf-workloads/.shared/media:/data:ro']));
    expect(json.output.volumes_worker.value.media).toMatchObject({ storage_name: expect.stringContaining('shared-disks_media'), shared: true });
    expectGuestChecksPass(resources(json, 'libvirt_cloudinit_disk')[0].user_data);
  });

  test('users that disagree on sizeGiB: an error naming both (unset counts as the default)', () => {
    const stack = newStack();
    new HybridVm(stack, 'apps', { vm: guest, specs: [app, { ...worker, volumes: [{ ...worker.volumes![0], sizeGiB: 50 }] }] });
    expect(problems(stack)).toEqual([
      'workload "worker": volumes[0].sizeGiB 50 differs from workload "app"\'s (10 GiB) for the shared volume "media", which is one disk; give every workload that shares the volume the same sizeGiB (unset counts as the default, 10)',
    ]);
  });

  test('a container workload and a hybrid one cannot share a volume', () => {
    const stack = newStack();
    new ContainerWorkload(stack, 'app', { spec: app });
    new HybridVm(stack, 'apps', { vm: guest, specs: [worker] });
    expect(problems(stack)).toEqual([
      'workload "worker": volumes[0] "media" is shared with workload "app" on docker host "docker-host" (unix:///var/run/docker.sock), but this workload runs on hybrid VM "hybrid", so they would not share its data; run the workloads that share a volume on one Docker host, in one hybrid VM, or as VMs of one libvirt host, or give the volumes different names',
    ]);
  });
});

describe('shared volumes on the vm target', () => {
  const vms = (...specs: WorkloadSpec[]) => {
    const stack = newStack();
    for (const spec of specs) new VmWorkload(stack, spec.name, { spec, vm: guest });
    return stack;
  };

  test('one libvirt dir pool per name under the host; every VM that mounts it gets a virtiofs device and shared memory', () => {
    const json = synth(vms(app, worker, { name: 'other', image: 'nginx:1.27' }));
    const pools = resources(json, 'libvirt_pool');
    expect(pools).toEqual([expect.objectContaining({
      name: 'test_shared.media',
      type: 'dir',
      target: { path: '/var/lib/libvirt/shared-volumes/test_shared.media', permissions: { owner: '0', group: '0', mode: '0750' } },
      lifecycle: { prevent_destroy: true },
    })]);
    expect(addresses(json)).toContainEqual(expect.stringMatching(/^libvirt_pool\.libvirt-host_shared-volumes_media_[0-9A-F]{8}$/));
    const byName = Object.fromEntries(resources(json, 'libvirt_domain').map((d) => [d.name, d]));
    for (const name of ['test_app', 'test_worker']) {
      expect(byName[name].memory_backing).toEqual({ memory_source: { type: 'memfd' }, memory_access: { mode: 'shared' } });
      expect(byName[name].devices.filesystems).toEqual([{
        access_mode: 'passthrough', driver: { type: 'virtiofs' }, target: { dir: 'shared.media' },
        source: { mount: { dir: expect.stringMatching(/^\$\{libvirt_pool\.libvirt-host_shared-volumes_media_[0-9A-F]{8}\.target\.path\}$/) } },
      }]);
    }
    // A VM without shared volumes keeps private memory and no filesystem device.
    expect(byName.test_other.memory_backing).toBeUndefined();
    expect(byName.test_other.devices.filesystems).toBeUndefined();
    // The private volume stays a data disk; the shared one is no disk of any VM.
    expect(resources(json, 'libvirt_volume').map((v) => v.name).filter((n) => /^test_(app|worker)_/.test(n))).toEqual(['test_app_cache.qcow2']);
    expect(json.output.volumes_worker.value.media).toEqual({
      storage_name: expect.stringMatching(/^\$\{libvirt_pool\..*\.name\}$/), location: expect.stringMatching(/\.target\.path\}$/), mount_path: '/data', shared: true,
    });
  });

  test('the guest mounts the share by its tag before the container starts, read-only where the volume is', () => {
    const json = synth(vms(app, worker));
    const [a, w] = ['test_app', 'test_worker'].map((n) => guestConfig(resources(json, 'libvirt_cloudinit_disk').find((d) => d.name === `${n}-seed`).user_data));
    const mountOf = (config: any) => config.write_files.find((f: any) => f.path === '/etc/systemd/system/var-lib-cdktf\\x2dworkloads-.shared-media.mount').content;
    expect(mountOf(a)).toContain('[Mount]\nWhat=shared.media\nWhere=/var/lib/cdktf-workloads/.shared/media\nType=virtiofs\nOptions=rw,nosuid,nodev\n');
    expect(mountOf(w)).toContain('Options=ro,nosuid,nodev\n');
    const unit = w.write_files.find((f: any) => f.path === '/etc/systemd/system/cdktf-wl-worker.service').content;
    expect(unit).toContain('RequiresMountsFor=/var/lib/cdktf-workloads/.shared/media\n');
    expect(readExecLine(/^ExecStart=(.*)$/m.exec(unit)![1])[0].argv).toContain('/var/lib/cdktf-workloads/.shared/media:/data:ro');
    expect(w.runcmd.at(-1)).toBe("systemctl enable --now 'var-lib-cdktf\\x2dworkloads-.shared-media.mount' cdktf-wl-worker.service");
    // Neither formatted nor put in fstab by cloud-init: it is no disk.
    expect(w.bootcmd).toBeUndefined();
    expect(w.mounts).toBeUndefined();
    for (const d of resources(json, 'libvirt_cloudinit_disk')) expectGuestChecksPass(d.user_data);
  });

  test('a native service mounts the share at its mountPath', () => {
    const site = { name: 'site', native: { packages: ['nginx'] }, command: ['/usr/sbin/nginx'], volumes: [{ name: 'media', mountPath: '/srv/www', shared: true, readOnly: true }] };
    const json = synth(vms(app, site));
    const config = guestConfig(resources(json, 'libvirt_cloudinit_disk').find((d) => d.name === 'test_site-seed').user_data);
    expect(config.write_files.find((f: any) => f.path === '/etc/systemd/system/srv-www.mount').content).toContain('What=shared.media\nWhere=/srv/www\nType=virtiofs\nOptions=ro,nosuid,nodev\n');
    expect(config.write_files.find((f: any) => f.path === '/etc/systemd/system/cdktf-wl-site.service').content).toContain('RequiresMountsFor=/srv/www\n');
    for (const d of resources(json, 'libvirt_cloudinit_disk')) expectGuestChecksPass(d.user_data);
  });

  test('the host makes a read-only share read-only only where its libvirt can (11 and newer)', () => {
    for (const [props, readOnly] of [[{}, undefined], [{ platform: LibvirtPlatform.DEBIAN_12 }, undefined], [{ platform: LibvirtPlatform.DEBIAN_13 }, true], [{ virtiofsReadOnly: true }, true]] as const) {
      const stack = newStack();
      const host = new LibvirtHost(stack, 'h', props);
      new VmWorkload(stack, 'app', { spec: app, vm: guest, host });
      new VmWorkload(stack, 'worker', { spec: worker, vm: guest, host });
      const byName = Object.fromEntries(resources(synth(stack), 'libvirt_domain').map((d) => [d.name, d]));
      expect({ props, ro: byName.test_worker.devices.filesystems[0].read_only }).toEqual({ props, ro: readOnly });
      expect(byName.test_app.devices.filesystems[0].read_only).toBeUndefined();
    }
  });

  test('one VM workload alone marking a volume shared gets the host directory too, as the other targets give it their shared storage', () => {
    const json = synth(vms(app));
    expect(resources(json, 'libvirt_pool').map((p) => p.name)).toEqual(['test_shared.media']);
    expect(json.output.volumes_app.value.media.shared).toBe(true);
  });

  test('what cannot hold is refused: users on two hosts, disagreeing preventDestroy, a sizeGiB, a VM and a Docker host', () => {
    const stack = newStack();
    const other = new LibvirtHost(stack, 'other', { uri: 'qemu+ssh://u@box/system', alias: 'other', networkCidr: '192.168.151.0/24' });
    new VmWorkload(stack, 'app', { spec: app, vm: guest });
    new VmWorkload(stack, 'worker', { spec: worker, vm: guest, host: other });
    new VmWorkload(stack, 'thumbs', { spec: { name: 'thumbs', image: 'x:1', volumes: [{ name: 'media', mountPath: '/m', shared: true, preventDestroy: false, sizeGiB: 5 }] }, vm: guest });
    new ContainerWorkload(stack, 'cdn', { spec: { name: 'cdn', image: 'x:1', volumes: [{ name: 'media', mountPath: '/m', shared: true }] } });
    expect(problems(stack).sort()).toEqual([
      'workload "cdn": volumes[0] "media" is shared with workload "app" on the VMs of libvirt host "libvirt-host" (qemu:///system), but this workload runs on docker host "docker-host" (unix:///var/run/docker.sock), so they would not share its data; run the workloads that share a volume on one Docker host, in one hybrid VM, or as VMs of one libvirt host, or give the volumes different names',
      'workload "thumbs": volumes[0].preventDestroy false differs from workload "app"\'s (true) for the shared volume "media", which has one lifecycle; give every workload that shares the volume the same preventDestroy',
      'workload "thumbs": volumes[0].sizeGiB 5 cannot be honoured by the vm target (a shared volume is a directory on the libvirt host, shared into the VMs with virtiofs, which has no size quota); remove it, or use a target that can: hybrid',
      'workload "worker": volumes[0] "media" is shared with workload "app" on the VMs of libvirt host "libvirt-host" (qemu:///system), but this workload runs on the VMs of libvirt host "other" (qemu+ssh://u@box/system), so they would not share its data; run the workloads that share a volume on one Docker host, in one hybrid VM, or as VMs of one libvirt host, or give the volumes different names',
    ]);
  });

  test.each(['../etc', 'a b', 'x"$(reboot)"', 'Media', 'a_b', '-x'])('hostile volume name %j is refused at its field on each user (so nothing is synthesized)', (name) => {
    const stack = vms({ ...app, volumes: [{ name, mountPath: '/srv/media', shared: true }] }, { ...worker, volumes: [{ name, mountPath: '/data', shared: true }] });
    const found = problems(stack);
    expect(found).toContainEqual(expect.stringMatching(/^workload "app": volumes\[0\]\.name /));
    expect(found).toContainEqual(expect.stringMatching(/^workload "worker": volumes\[0\]\.name /));
  });

  test('a long name: the pool keeps it, the mount tag (36 bytes at most) is shortened with a hash that keeps names apart', () => {
    const long = (c: string) => `${'v'.repeat(50)}-${c}`;
    const json = synth(vms({ ...app, volumes: [{ name: long('a'), mountPath: '/a', shared: true }, { name: long('b'), mountPath: '/b', shared: true }] }));
    const tags = resources(json, 'libvirt_domain')[0].devices.filesystems.map((f: any) => f.target.dir);
    expect(tags).toHaveLength(2);
    expect(new Set(tags).size).toBe(2);
    for (const t of tags) expect(Buffer.byteLength(t)).toBeLessThanOrEqual(36);
    expect(resources(json, 'libvirt_pool').map((p) => p.name).sort()).toEqual([`test_shared.${long('a')}`, `test_shared.${long('b')}`]);
  });
});

(tfcheckAvailable() ? describe : describe.skip)('config files and shared volumes with the real terraform', () => {
  test('a stack of each target passes tfcheck (terraform validate and plan against the providers\' schemas)', () => {
    const files = [{ mountPath: '/etc/nginx/nginx.conf', content: 'events {}\n${x} %{y}\n' }, { mountPath: '/etc/a"b', content: 'q', mode: '0440' }];
    const specs = [{ ...app, configFiles: files }, worker];
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'fv-tfcheck-'));
    // Samples of each target, not one deployment: their default libvirt networks need not differ.
    const cdkApp = new App({ outdir, context: { [SEPARATE_MACHINES_CONTEXT]: true } });
    const c = new TerraformStack(cdkApp, 'containers');
    for (const spec of specs) new ContainerWorkload(c, spec.name, { spec });
    new HybridVm(new TerraformStack(cdkApp, 'hybrid'), 'apps', { specs, vm: guest });
    const v = new TerraformStack(cdkApp, 'vms');
    new VmWorkload(v, 'app', { spec: specs[0], vm: guest });
    new VmWorkload(v, 'site', { vm: guest, spec: { name: 'site', native: { packages: ['nginx'] }, command: ['/usr/sbin/nginx'], configFiles: files.slice(0, 1) } });
    cdkApp.synth();
    const r = tfcheck([outdir]);
    expect(r.output).not.toMatch(/FAIL/);
    expect(r.status).toBe(0);
    expect(r.stacks).toHaveLength(3);
  });
});
