import { parse } from 'yaml';
import { guestConfig, cloudInitSchema, expectGuestChecksPass, hasCommand, shellWords, systemdVerify } from './guest-checks';
import { evaluateTemplate } from './terraform-eval';
import { addresses, canonical, newStack, problems, resources, synth } from './util';
import {
  ContainerWorkload, DEFAULT_BASE_IMAGE_URL, LibvirtHost, OperatingSystem, RestartPolicy, VmSpec, VmWorkload, WorkloadSpec,
} from '../src';

const guest: VmSpec = { adminUser: 'admin', sshAuthorizedKeys: ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAITestKey test@host'] };

function synthVms(...specs: WorkloadSpec[]) {
  const stack = newStack();
  const workloads = specs.map((spec) => new VmWorkload(stack, spec.name, { spec, vm: guest }));
  return { json: synth(stack), workloads, stack };
}

function problemsOf(spec: WorkloadSpec, vm: VmSpec | undefined = guest): string[] {
  const stack = newStack();
  new VmWorkload(stack, spec.name, { spec, vm });
  return problems(stack);
}

function domain(json: any) {
  return resources(json, 'libvirt_domain')[0];
}

function cloudConfig(json: any, i = 0): any {
  return guestConfig(resources(json, 'libvirt_cloudinit_disk')[i].user_data as string);
}

function file(config: any, path: string): string {
  return config.write_files.find((f: any) => f.path === path)?.content;
}

const db: WorkloadSpec = {
  name: 'db',
  image: 'postgres:16.4',
  env: { POSTGRES_USER: 'app' },
  secretEnv: { POSTGRES_PASSWORD: 'db_password' },
  ports: [{ name: 'postgres', containerPort: 5432 }],
  volumes: [{ name: 'data', mountPath: '/var/lib/postgresql/data', sizeGiB: 20 }],
  memoryMiB: 1024,
  cpus: 1.5,
};

const site: WorkloadSpec = {
  name: 'site',
  native: { packages: ['nginx'], files: [{ path: '/etc/nginx/conf.d/app.conf', content: 'server { location / { return 200 "${host}"; } }\n' }] },
  command: ['/usr/sbin/nginx', '-g', 'daemon off;'],
  user: 'www-data',
  workingDir: '/srv',
  env: { GREETING: '50% off' },
  ports: [{ name: 'http', containerPort: 80, hostPort: 8080, urlScheme: 'http' }],
  restart: { policy: RestartPolicy.ON_FAILURE, maxRetries: 3 },
  healthCheck: { http: { port: 'http', path: '/health' }, intervalSeconds: 15, retries: 4, startPeriodSeconds: 20 },
};

describe('VmWorkload resources', () => {
  test('both providers are pinned to the versions the library is built against', () => {
    const stack = newStack();
    new VmWorkload(stack, 'db', { spec: db, vm: guest });
    new ContainerWorkload(stack, 'cache', { spec: { name: 'cache', image: 'redis:7.4' } });
    expect(synth(stack).terraform.required_providers).toEqual({
      docker: { source: 'kreuzwerker/docker', version: '3.6.2' },
      libvirt: { source: 'registry.terraform.io/dmacvicar/libvirt', version: '0.9.7' },
    });
  });

  test('the root disk is a copy-on-write overlay of the default Debian cloud image, downloaded once per host', () => {
    const { json } = synthVms(db, { ...db, name: 'db2', volumes: [] });
    const volumes = resources(json, 'libvirt_volume');
    const base = volumes.filter((v) => v.create?.content?.url === DEFAULT_BASE_IMAGE_URL);
    expect(base).toHaveLength(1);
    const root = volumes.find((v) => v.name === 'test_db-root.qcow2');
    expect(root).toMatchObject({ pool: 'default', capacity: 10, capacity_unit: 'GiB', target: { format: { type: 'qcow2' } } });
    expect(root.backing_store).toEqual({ path: expect.stringMatching(/^\$\{libvirt_volume\.[^.]+\.path\}$/), format: { type: 'qcow2' } });
  });

  test('the domain is a kvm q35 guest with the spec memory plus the guest overhead, whole vCPUs, virtio devices and a serial console', () => {
    const d = domain(synthVms(db).json);
    expect(d).toMatchObject({ name: 'test_db', type: 'kvm', memory: 1024 + 384, memory_unit: 'MiB', vcpu: 2, running: true, autostart: true });
    expect(d.os).toEqual({ type: 'hvm', type_arch: 'x86_64', type_machine: 'q35', boot_devices: [{ dev: 'hd' }] });
    expect(d.devices.disks[0]).toMatchObject({ target: { dev: 'vda', bus: 'virtio' }, driver: { type: 'qcow2' } });
    expect(d.devices.interfaces[0]).toMatchObject({ model: { type: 'virtio' }, source: { network: { network: 'test-workloads' } } });
    expect(d.devices.consoles).toEqual([{ target: { type: 'serial', port: 0 } }]);
    expect(d.devices.graphics).toBeUndefined();
  });

  test('VNC is offered only when asked, and only on the loopback address', () => {
    const d = domain(synthVms({ ...db, vm: { vnc: true } }).json);
    expect(d.devices.graphics).toEqual([{ vnc: { auto_port: true, listen: '127.0.0.1' } }]);
  });

  test('replicas: 0 keeps the disks but neither runs nor autostarts the VM', () => {
    const { json } = synthVms({ ...db, replicas: 0 });
    expect(domain(json)).toMatchObject({ running: false, autostart: false });
    expect(resources(json, 'libvirt_volume').find((v) => v.name === 'test_db_data.qcow2')).toBeDefined();
  });

  test('reordering a spec\'s volumes changes nothing the guest receives', () => {
    const a = { name: 'a', mountPath: '/a' };
    const b = { name: 'b', mountPath: '/b' };
    const forward = synthVms({ ...db, volumes: [a, b] }).json;
    const backward = synthVms({ ...db, volumes: [b, a] }).json;
    expect(addresses(backward)).toEqual(addresses(forward));
    expect(canonical(backward)).toBe(canonical(forward));
  });

  test('a restart policy of "no" does not start the VM with the host', () => {
    expect(domain(synthVms({ ...db, restart: { policy: RestartPolicy.NO } }).json).autostart).toBe(false);
  });

  test('each persistent volume is a data disk with its size, a serial for the guest, and prevent_destroy unless opted out', () => {
    const { json } = synthVms({ ...db, volumes: [{ name: 'data', mountPath: '/d', sizeGiB: 20 }, { name: 'cache', mountPath: '/c', preventDestroy: false }] });
    const data = resources(json, 'libvirt_volume').find((v) => v.name === 'test_db_data.qcow2');
    const cache = resources(json, 'libvirt_volume').find((v) => v.name === 'test_db_cache.qcow2');
    expect(data).toMatchObject({ capacity: 20, capacity_unit: 'GiB', lifecycle: { prevent_destroy: true } });
    expect(cache).toMatchObject({ capacity: 10, lifecycle: { prevent_destroy: false } });
    const disks = domain(json).devices.disks;
    // device letters follow the volume names, not the spec's order
    expect(disks.filter((d: any) => d.serial).map((d: any) => [d.serial, d.target.dev])).toEqual([['db_cache', 'vdb'], ['db_data', 'vdc']]);
  });

  test('the cloud-init seed is uploaded to a pool volume and attached read-only as a CD-ROM', () => {
    const { json } = synthVms(db);
    const seed = resources(json, 'libvirt_cloudinit_disk')[0];
    // The instance-id changes with the config and, computed by Terraform, with the secrets' values.
    // Quoted: the id is Terraform text in the YAML writer's placeholder (cloudinit/yaml.ts).
    expect(seed.meta_data).toMatch(/^instance-id: "db-[0-9a-f]{12}-\$\{substr\(sha256\(join\("\\n", \[var\.db_password\]\)\), 0, 12\)\}"\nlocal-hostname: db\n$/);
    const rotated = [evaluateTemplate(seed.meta_data, { db_password: 'one' }), evaluateTemplate(seed.meta_data, { db_password: 'two' })];
    expect(rotated[0]).toMatch(/^instance-id: "db-[0-9a-f]{12}-[0-9a-f]{12}"\n/);
    expect(rotated[1]).not.toBe(rotated[0]);
    expect(rotated.join('')).not.toMatch(/one|two/);
    const upload = resources(json, 'libvirt_volume').find((v) => v.name === 'test_db-seed.iso');
    expect(upload.create.content.url).toMatch(/^\$\{libvirt_cloudinit_disk\.[^.]+\.path\}$/);
    const cdrom = domain(json).devices.disks.find((d: any) => d.device === 'cdrom');
    expect(cdrom).toMatchObject({ read_only: true, target: { bus: 'sata' }, source: { volume: { volume: expect.stringContaining('libvirt_volume') } } });
  });

  test('host ports are forwarded by a passt NIC on their bind address, and that NIC carries the default route', () => {
    const { json } = synthVms(site);
    const [lan, fwd] = domain(json).devices.interfaces;
    expect(fwd).toMatchObject({ backend: { type: 'passt' }, source: { user: {} } });
    expect(fwd.port_forward).toEqual([{ proto: 'tcp', address: '127.0.0.1', ranges: [{ start: 8080, to: 80 }] }]);
    const net = parse(resources(json, 'libvirt_cloudinit_disk')[0].network_config);
    expect(net.ethernets.lan).toMatchObject({ match: { macaddress: lan.mac.address }, 'dhcp4-overrides': { 'use-routes': false } });
    expect(net.ethernets.forwarded.match.macaddress).toBe(fwd.mac.address);
  });

  test('a VM without host ports has one NIC and waits for its DHCP lease', () => {
    const d = domain(synthVms(db).json);
    expect(d.devices.interfaces).toHaveLength(1);
    expect(d.devices.interfaces[0].wait_for_ip).toEqual({ timeout: 300, source: 'lease' });
  });

  test('endpoints: published ports on the host, the others on the VM address read from its DHCP lease', () => {
    const { json } = synthVms(db, site);
    expect(json.output.endpoints_site.value.http).toEqual({ host: '127.0.0.1', port: 8080, url: 'http://127.0.0.1:8080', published: true });
    const pg = json.output.endpoints_db.value.postgres;
    expect(pg.host).toMatch(/data\.libvirt_domain_interface_addresses\.[^.]+\.interfaces/);
    expect(pg).toMatchObject({ port: 5432, published: false });
    expect(resources(json, 'data_libvirt_domain_interface_addresses')).toHaveLength(0); // data sources live under `data`
    expect(Object.values(json.data.libvirt_domain_interface_addresses)).toEqual([
      expect.objectContaining({ source: 'lease' }), expect.objectContaining({ source: 'lease' })]);
  });

  test('a static address is configured by cloud-init and reported without reading leases', () => {
    const { json } = synthVms({ ...db, vm: { ipAddress: '192.168.150.10/24' } });
    expect(json.data).toBeUndefined();
    expect(json.output.endpoints_db.value.postgres.host).toBe('192.168.150.10');
    const net = parse(resources(json, 'libvirt_cloudinit_disk')[0].network_config);
    expect(net.ethernets.lan).toMatchObject({ addresses: ['192.168.150.10/24'], routes: [{ to: 'default', via: '192.168.150.1' }] });
    // other guests find it by name, as they find DHCP guests
    expect(resources(json, 'libvirt_network')[0].dns).toEqual({ enable: 'yes', host: [{ ip: '192.168.150.10', hostnames: [{ hostname: 'db' }] }] });
  });

  test('without static addresses the network lists no DNS hosts', () => {
    expect(resources(synthVms(db).json, 'libvirt_network')[0].dns).toEqual({ enable: 'yes' });
  });

  test('a static address on the gateway or in the DHCP range is refused', () => {
    expect(problemsOf({ ...db, vm: { ipAddress: '192.168.150.1/24' } })).toEqual([
      'workload "db": vm.ipAddress "192.168.150.1/24" is the network\'s gateway; choose an address in the lower half of the subnet, above the gateway',
    ]);
    expect(problemsOf({ ...db, vm: { ipAddress: '192.168.150.200/24' } })).toEqual([
      'workload "db": vm.ipAddress "192.168.150.200/24" is in the DHCP range of the network created by libvirt host "libvirt-host" (qemu:///system) (its upper half); choose an address in the lower half of the subnet, above the gateway',
    ]);
  });

  test('outputs have the same shape as on the container target', () => {
    const vm = synthVms(db).json.output;
    const stack = newStack();
    new ContainerWorkload(stack, 'db', { spec: { ...db, volumes: [{ name: 'data', mountPath: '/var/lib/postgresql/data' }] } });
    const container = synth(stack).output;
    expect(Object.keys(vm).sort()).toEqual(Object.keys(container).sort());
    expect(Object.keys(vm.endpoints_db.value.postgres).sort()).toEqual(Object.keys(container.endpoints_db.value.postgres).sort());
    expect(Object.keys(vm.volumes_db.value.data).sort()).toEqual(Object.keys(container.volumes_db.value.data).sort());
    expect(vm.volumes_db.value.data).toMatchObject({ storage_name: expect.stringContaining('libvirt_volume'), mount_path: '/var/lib/postgresql/data' });
  });

  test('a secret reaches the guest only as a reference to its sensitive variable', () => {
    const { json } = synthVms(db);
    const text = JSON.stringify(json);
    expect(json.variable.db_password).toMatchObject({ sensitive: true });
    const userData = resources(json, 'libvirt_cloudinit_disk')[0].user_data;
    // Merged into the env file by Terraform (base64encode of the parts), escaped for systemd's
    // reader; the whole user_data is then one expression of base64 constants and that file.
    expect(userData).toMatch(/^\$\{join\("", \[base64decode\("[A-Za-z0-9+\/=]+"\), base64encode\(join\("", \[base64decode\("[A-Za-z0-9+\/=]+"\), replace\(var\.db_password, /);
    expect(text).not.toContain('sample-secret-value');
    const pem = '-----BEGIN KEY-----\nab"c$d`e\\f\n-----END KEY-----\n';
    expect(file(guestConfig(userData, { db_password: pem }), '/etc/cdktf-workloads/db.env'))
      .toBe('POSTGRES_PASSWORD="-----BEGIN KEY-----\nab\\"c\\$d\\`e\\\\f\n-----END KEY-----\n"\nPOSTGRES_USER="app"\n');
  });

  test('literal ${ and %{ in guest files are escaped for Terraform and arrive unchanged', () => {
    const { json } = synthVms(site);
    const userData = resources(json, 'libvirt_cloudinit_disk')[0].user_data;
    // File contents travel base64-encoded: no template sequence of the spec's is left in the text.
    expect(userData).not.toMatch(/[$%]\{/);
    expect(file(cloudConfig(json), '/etc/nginx/conf.d/app.conf')).toContain('return 200 "${host}"');
  });

  test('several libvirt hosts in one stack become provider aliases', () => {
    const stack = newStack();
    const remote = new LibvirtHost(stack, 'remote', { uri: 'qemu+ssh://ops@vm1.example.com/system', alias: 'vm1', networkCidr: '10.10.0.0/24' });
    new VmWorkload(stack, 'db', { spec: db, vm: guest });
    new VmWorkload(stack, 'db2', { spec: { ...db, name: 'db2' }, host: remote, vm: guest });
    const json = synth(stack);
    expect(json.provider.libvirt).toEqual(expect.arrayContaining([{ uri: 'qemu:///system' }, { alias: 'vm1', uri: 'qemu+ssh://ops@vm1.example.com/system' }]));
    expect(json.provider.libvirt).toHaveLength(2);
    expect(resources(json, 'libvirt_domain').map((d) => [d.name, d.provider]).sort()).toEqual([['test_db', 'libvirt'], ['test_db2', 'libvirt.vm1']]);
  });
});

describe('VmWorkload guest', () => {
  test('the guest is hardened: SSH keys only, no passwords, no root login, upgraded on first boot', () => {
    const config = cloudConfig(synthVms(db).json);
    expect(config).toMatchObject({ ssh_pwauth: false, disable_root: true, package_update: true, package_upgrade: true });
    expect(config.users).toEqual([expect.objectContaining({ name: 'admin', lock_passwd: true, ssh_authorized_keys: guest.sshAuthorizedKeys })]);
    expect(JSON.stringify(config)).not.toMatch(/"(passwd|password|hashed_passwd|plain_text_passwd)"|chpasswd/);
  });

  test('an image-only spec runs in the guest\'s Docker engine with the spec\'s ports, env, volumes and limits', () => {
    const config = cloudConfig(synthVms(db).json);
    expect(config.packages).toEqual(['docker.io']);
    const unit = file(config, '/etc/systemd/system/cdktf-wl-db.service');
    // Created, then started: a container with several networks is connected to all before it runs.
    const [run, ...rest] = [...unit.matchAll(/^ExecStart=(.*)$/mg)].map((m) => m[1]);
    expect(run).toMatch(/^\/usr\/bin\/docker create --name db /);
    expect(rest).toEqual(['/usr/bin/docker start db']);
    // Variables come from the unit's EnvironmentFile= (systemd is the one reader) and pass by name.
    expect(unit).toContain('EnvironmentFile=/etc/cdktf-workloads/db.env');
    expect(run).toContain('--env POSTGRES_PASSWORD --env POSTGRES_USER');
    expect(run).not.toContain('--env-file');
    expect(run).toContain('--publish 5432:5432/tcp');
    expect(run).toContain('--volume /var/lib/cdktf-workloads/db/data:/var/lib/postgresql/data');
    expect(run).toContain('--memory 1024m --memory-swap 1024m --security-opt no-new-privileges=true');
    expect(run).not.toMatch(/--security-opt [^ =]*:/); // the deprecated `:` separator (dockerd warns)
    expect(run).not.toContain('--privileged');
    expect(run).toMatch(/ postgres:16\.4$/);
    expect(file(config, '/etc/cdktf-workloads/db.env')).toBe('POSTGRES_PASSWORD="sample-secret-value"\nPOSTGRES_USER="app"\n');
    expect(config.write_files.find((f: any) => f.path.endsWith('db.env')).permissions).toBe('0600');
  });

  test('persistent volumes are formatted only when blank and mounted by their disk serial', () => {
    const config = cloudConfig(synthVms(db).json);
    // Not cloud-init's fs_setup: with partition "none" it formats disks that hold data (issue 7).
    expect(config.fs_setup).toBeUndefined();
    expect(config.disk_setup).toBeUndefined();
    expect(config.bootcmd).toHaveLength(1);
    // One shell command line: sh -c '<script>' <name> <devices…>, read back as the shell reads it.
    const [sh, flag, script, name, ...devices] = shellWords(config.bootcmd[0]);
    expect([sh, flag, name]).toEqual(['sh', '-c', 'cdktf-workloads-format-blank-disks']);
    expect(devices).toEqual(['/dev/disk/by-id/virtio-db_data']);
    // mkfs only in the branch where blkid's low-level probe found no signature (exit 2).
    expect(script).toMatch(/blkid -p "\$dev"[^]*elif \[ "\$rc" -eq 2 \]; then\n[^\n]*\n\s*mkfs\.ext4 -q -F "\$dev"/);
    expect(script.match(/mkfs/g)).toHaveLength(1); // no other path formats
    expect(config.mounts).toEqual([['/dev/disk/by-id/virtio-db_data', '/var/lib/cdktf-workloads/db/data', 'ext4', 'defaults,nofail', '0', '2']]);
  });

  test('a native recipe runs as a systemd service with the spec\'s command, env, user, working directory and restart policy', () => {
    const config = cloudConfig(synthVms(site).json);
    expect(config.packages).toEqual(['curl', 'nginx']);
    const unit = file(config, '/etc/systemd/system/cdktf-wl-site.service');
    expect(unit).toContain('ExecStart=/usr/sbin/nginx -g "daemon off;"');
    expect(unit).toContain('EnvironmentFile=/etc/cdktf-workloads/site.env');
    expect(unit).toContain('User=www-data');
    expect(unit).toContain('WorkingDirectory=/srv');
    expect(unit).toContain('Restart=on-failure');
    expect(unit).toContain('StartLimitBurst=4');
    expect(file(config, '/etc/cdktf-workloads/site.env')).toBe('GREETING="50% off"\n');
    expect(config.write_files.find((f: any) => f.path === '/etc/nginx/conf.d/app.conf').defer).toBe(true);
    expect(config.runcmd.at(-1)).toBe('systemctl enable --now cdktf-wl-site.service cdktf-wl-site-health.timer');
  });

  test('a native health check is a timer whose probe restarts the service after the given failures', () => {
    const config = cloudConfig(synthVms(site).json);
    const timer = file(config, '/etc/systemd/system/cdktf-wl-site-health.timer');
    expect(timer).toContain('OnActiveSec=35s');
    expect(timer).toContain('OnUnitActiveSec=15s');
    const script = file(config, '/usr/local/lib/cdktf-workloads/site-health');
    expect(script).toContain('curl -fsS -o /dev/null http://127.0.0.1:80/health');
    expect(script).toContain('if [ "$failures" -ge 4 ]; then echo 0 > /run/cdktf-workloads/site.failures; systemctl restart cdktf-wl-site.service; fi');
  });

  test('a non-Linux guest boots its own image with no cloud-init disk', () => {
    const stack = newStack();
    new VmWorkload(stack, 'ledger', { spec: {
      name: 'ledger', os: OperatingSystem.WINDOWS, memoryMiB: 4096,
      ports: [{ name: 'rdp', containerPort: 3389, hostPort: 13389 }],
      vm: { baseImagePath: '/var/lib/libvirt/images/win.qcow2', diskGiB: 60 },
    } });
    const json = synth(stack);
    expect(resources(json, 'libvirt_cloudinit_disk')).toHaveLength(0);
    const root = resources(json, 'libvirt_volume').find((v) => v.name === 'test_ledger-root.qcow2');
    expect(root.backing_store.path).toBe('/var/lib/libvirt/images/win.qcow2');
    expect(resources(json, 'libvirt_volume').some((v) => v.create)).toBe(false);
  });
});

describe('VmWorkload validation', () => {
  test('memory below what a guest needs is reported with the minimum', () => {
    expect(problemsOf({ ...db, memoryMiB: 64 })).toContain(
      'workload "db": memoryMiB 64 leaves the VM 448 MiB with the guest overhead of 384 MiB, below the 512 MiB a guest needs; use at least 128');
  });

  test('a login user without SSH keys is refused: passwords are never set', () => {
    expect(problemsOf(db, { adminUser: 'ops' })).toEqual([
      'workload "db": vm.sshAuthorizedKeys is empty but adminUser "ops" is asked for; add at least one public SSH key (passwords are never set), or remove adminUser',
    ]);
  });

  test('SSH keys without a login user, a malformed key and root as login are reported together', () => {
    expect(problemsOf({ ...db, vm: { adminUser: 'root', sshAuthorizedKeys: ['hunter2'] } }, {})).toEqual([
      'workload "db": vm.adminUser "root" is not a valid login name; use a lowercase name other than root, e.g. "admin"',
      'workload "db": vm.sshAuthorizedKeys[0] "hunter2" is not an OpenSSH public key; paste one line of a .pub file, e.g. "ssh-ed25519 AAAA… you@host"',
    ]);
    expect(problemsOf({ ...db, vm: { sshAuthorizedKeys: guest.sshAuthorizedKeys } }, {})).toEqual([
      'workload "db": vm.adminUser is missing but sshAuthorizedKeys are given; name the login user the keys are for, e.g. "admin"',
    ]);
  });

  test('fields that need cloud-init fail on a non-Linux guest, and it needs a base image', () => {
    expect(problemsOf({ name: 'win', os: OperatingSystem.WINDOWS, image: 'nginx', env: { A: '1' }, volumes: [{ name: 'd', mountPath: '/d' }] }, guest)).toEqual([
      'workload "win": image needs cloud-init, which the vm target only uses for Linux guests (os is "windows"); configure it inside the base image, or remove it',
      'workload "win": vm.adminUser needs cloud-init, which the vm target only uses for Linux guests (os is "windows"); configure it inside the base image, or remove it',
      'workload "win": env needs cloud-init, which the vm target only uses for Linux guests (os is "windows"); configure it inside the base image, or remove it',
      'workload "win": volumes needs cloud-init, which the vm target only uses for Linux guests (os is "windows") to format and mount them; attach and format disks inside the guest yourself, or remove them',
      'workload "win": vm.sshAuthorizedKeys needs cloud-init, which the vm target only uses for Linux guests (os is "windows"); configure it inside the base image, or remove it',
      'workload "win": vm.baseImageUrl is missing: there is no default image for os "windows"; set vm.baseImageUrl or vm.baseImagePath to a bootable qcow2 image',
    ]);
  });

  test('a Linux VM needs an image or a native recipe, and a native recipe needs a command', () => {
    expect(problemsOf({ name: 'x' })).toEqual([
      'workload "x": image is missing; the vm target runs an image in the guest\'s container engine, or a native recipe: set image or native',
    ]);
    expect(problemsOf({ name: 'x', native: { packages: ['nginx'] }, entrypoint: ['/bin/sh'] })).toEqual([
      'workload "x": command is missing for the native recipe; give the program the systemd service runs, e.g. ["/usr/sbin/nginx", "-g", "daemon off;"]',
      'workload "x": entrypoint ["/bin/sh"] has no meaning for a native recipe (it belongs to images); put the program in command instead',
    ]);
  });

  test('a native recipe\'s package names and commands are checked', () => {
    expect(problemsOf({ ...site, native: { packages: ['Apache 2'], installCommands: ['  '] } })).toEqual([
      'workload "site": native.packages[0] "Apache 2" is not a Debian package name; use the name apt knows, e.g. "apache2"',
      'workload "site": native.installCommands[0] "  " is empty; give a shell command, or remove the entry',
    ]);
  });

  test('guest settings are checked: disk size, base image, static address', () => {
    expect(problemsOf({ ...db, env: { A: 'a multi-line\nvalue is fine' }, vm: { diskGiB: 2, baseImageUrl: 'ftp://x', baseImagePath: 'rel.qcow2', ipAddress: '10.0.0.5/24' } })).toEqual([
      'workload "db": vm.diskGiB 2 is too small for a root disk; use a whole number of at least 3',
      'workload "db": vm.baseImagePath "rel.qcow2" is given together with baseImageUrl; set only one of them',
      'workload "db": vm.baseImageUrl "ftp://x" is not an http(s) or file URL; give the URL of a qcow2 image',
      'workload "db": vm.baseImagePath "rel.qcow2" is not an absolute path; give the image\'s path on the libvirt host, starting with "/"',
      'workload "db": vm.ipAddress "10.0.0.5/24" is not in the subnet of the network created by libvirt host "libvirt-host" (qemu:///system); choose an address in that subnet, or set gateway for an existing network',
    ]);
  });

  test('more than one replica is refused and names the target that can run them', () => {
    expect(problemsOf({ ...db, replicas: 2 })).toEqual([
      'workload "db": replicas 2 cannot be honoured by the vm target (each workload is one VM); remove it, or use a target that can: container, swarm',
    ]);
  });

  test('the container target refuses native recipes and VM settings, naming the vm target', () => {
    const stack = newStack();
    new ContainerWorkload(stack, 'site', { spec: { ...site, image: 'nginx:1.27', vm: { diskGiB: 5 } } });
    expect(problems(stack)).toEqual([
      'workload "site": native cannot be honoured by the container target (a container runs its image; there is no guest to install packages in); remove it, or use a target that can: vm',
      'workload "site": vm cannot be honoured by the container target (a container has no VM of its own); remove it, or use a target that can: vm',
    ]);
  });

  test('a host port published twice on one libvirt host is reported', () => {
    const stack = newStack();
    new VmWorkload(stack, 'a', { spec: { ...site, name: 'a' }, vm: guest });
    new VmWorkload(stack, 'b', { spec: { ...site, name: 'b' }, vm: guest });
    expect(problems(stack)).toContainEqual(expect.stringMatching(/^host port 8080\/tcp on libvirt host .* is published by both workload "a" \(ports\[0\]\) and workload "b" \(ports\[0\]\); give one of them another host port$/));
  });
});

const guestChecks = hasCommand('cloud-init') && hasCommand('systemd-analyze');
if (!guestChecks) {
  // eslint-disable-next-line no-console
  console.warn('!!! cloud-init or systemd-analyze missing: SKIPPING the real guest checks (.ci/run installs them) !!!');
}
(guestChecks ? describe : describe.skip)('real guest checks (cloud-init schema, systemd-analyze verify)', () => {
  test('the checkers fail on bad input (negative controls)', () => {
    expect(cloudInitSchema('#cloud-config\npackages: 5\n').ok).toBe(false);
    expect(systemdVerify([{ name: 'x.service', content: '[Service]\nExecStart=/usr/bin/x\nRestart=sometimes\n' }]).ok).toBe(false);
  });

  test('the cloud-configs and units of image, native and static-address guests pass', () => {
    const { json } = synthVms(db, site, { ...db, name: 'db3', vm: { ipAddress: '192.168.150.10/24' } });
    const seeds = resources(json, 'libvirt_cloudinit_disk');
    expect(seeds).toHaveLength(3);
    for (const seed of seeds) expectGuestChecksPass(seed.user_data);
  });
});

describe('LibvirtHost validation', () => {
  test('two libvirt hosts without distinct aliases and a malformed subnet are reported', () => {
    const stack = newStack();
    new LibvirtHost(stack, 'a', { uri: 'qemu+ssh://a/system' });
    new LibvirtHost(stack, 'b', { uri: 'qemu+ssh://b/system', networkCidr: '10.0.0.0/8' });
    expect(problems(stack)).toEqual([
      'libvirt host "b" (qemu+ssh://b/system): alias (none) is already used by libvirt host "test/a"; give every extra libvirt host of a stack its own alias',
      'libvirt host "b" (qemu+ssh://b/system): networkCidr "10.0.0.0/8" is not an IPv4 subnet with a prefix of 16-28; write it as e.g. "192.168.150.0/24"',
    ]);
  });
});
