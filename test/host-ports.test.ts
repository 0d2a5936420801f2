// Issue 10: host ports on the libvirt a user runs, and which Debian guests get by default.
import { newStack, problems, resources, synth } from './util';
import { DEBIAN_12_BASE_IMAGE_URL, DEFAULT_BASE_IMAGE_URL, HybridVm, LibvirtHost, LibvirtPlatform, VmWorkload, WorkloadSpec } from '../src';

const guest = { adminUser: 'admin', sshAuthorizedKeys: ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAITestKey test@host'] };
const web: WorkloadSpec = { name: 'web', image: 'nginx:1.27', ports: [{ name: 'http', containerPort: 80, hostPort: 8080 }] };

function onHost(props: ConstructorParameters<typeof LibvirtHost>[2], spec: WorkloadSpec = web) {
  const stack = newStack();
  const host = new LibvirtHost(stack, 'libvirt-host', props);
  new VmWorkload(stack, spec.name, { spec, host, vm: guest });
  return stack;
}

describe('host ports and passt', () => {
  test('a host port on Debian 12\'s libvirt, which has no passt, is a synth error naming the libvirt and the fix', () => {
    expect(problems(onHost({ platform: LibvirtPlatform.DEBIAN_12 }))).toEqual([
      'workload "web": ports[0].hostPort 8080 needs libvirt\'s passt backend to be forwarded from the host, which libvirt host "libvirt-host" (qemu:///system) lacks '
      + '(Debian 12\'s libvirt 9.0, passt: false); on Debian 12 install libvirt 11.3 from bookworm-backports (apt install -t bookworm-backports libvirt-daemon-system passt) '
      + 'and set platform: DEBIAN_12_BACKPORTS, or leave hostPort unset and reach the port at the VM\'s address',
    ]);
  });

  test('the same VM without a host port is fine on Debian 12', () => {
    expect(problems(onHost({ platform: LibvirtPlatform.DEBIAN_12 }, { ...web, ports: [{ name: 'http', containerPort: 80 }] }))).toEqual([]);
  });

  test.each([LibvirtPlatform.DEBIAN_12_BACKPORTS, LibvirtPlatform.DEBIAN_13, LibvirtPlatform.UBUNTU_24_04, LibvirtPlatform.RHEL_9, LibvirtPlatform.FEDORA, undefined])(
    'on %s the host port is forwarded by a passt NIC', (platform) => {
      const json = synth(onHost({ platform }));
      const nics = resources(json, 'libvirt_domain')[0].devices.interfaces;
      expect(nics[1]).toMatchObject({ backend: { type: 'passt' }, port_forward: [{ proto: 'tcp', address: '127.0.0.1', ranges: [{ start: 8080, to: 80 }] }] });
    });

  test('claiming passt on Debian 12\'s own libvirt is refused', () => {
    expect(problems(onHost({ platform: LibvirtPlatform.DEBIAN_12, passt: true }, { ...web, ports: [] }))).toEqual([
      expect.stringMatching(/^libvirt host "libvirt-host" \(qemu:\/\/\/system\): passt is true, but Debian 12's libvirt 9.0 is built without passt/),
    ]);
  });

  test('a shared VM\'s host ports are checked the same way', () => {
    const stack = newStack();
    const host = new LibvirtHost(stack, 'libvirt-host', { passt: false });
    new HybridVm(stack, 'hybrid', { specs: [web], host, vm: guest });
    expect(problems(stack)).toEqual([expect.stringContaining('hybrid VM "hybrid": workload "web" ports[0].hostPort 8080 needs libvirt\'s passt backend')]);
  });
});

describe('the guests\' Debian', () => {
  test('Linux guests boot Debian 13, the current stable, unless pinned', () => {
    expect(DEFAULT_BASE_IMAGE_URL).toBe('https://cloud.debian.org/images/cloud/trixie/latest/debian-13-genericcloud-amd64.qcow2');
    const urls = (spec: WorkloadSpec) => resources(synth(onHost({}, spec)), 'libvirt_volume').flatMap((v) => (v.create?.content?.url?.startsWith('https://') ? [v.create.content.url] : []));
    expect(urls(web)).toEqual([DEFAULT_BASE_IMAGE_URL]);
    expect(urls({ ...web, vm: { baseImageUrl: DEBIAN_12_BASE_IMAGE_URL } })).toEqual([DEBIAN_12_BASE_IMAGE_URL]);
  });
});
