import { stringify } from 'yaml';
import { DATA_DISK_FILESYSTEM, formatBlankDisksCommand } from './data-disks';
import { GuestApp, GUEST_PATHS } from './guest-app';

export interface CloudConfigOptions {
  readonly hostname: string;
  /** A login user with sudo; only with SSH keys. @default - no login user */
  readonly adminUser?: string;
  /** @default - none */
  readonly sshAuthorizedKeys?: string[];
  /** Static network settings are rendered separately (network-config); this is user-data only. */
  readonly apps: GuestApp[];
}

/**
 * The cloud-config (user-data) of a hardened guest running `apps`: no passwords anywhere, SSH keys
 * only, root login disabled, packages upgraded on first boot, data disks formatted (only when
 * they hold no filesystem, checked at every boot) and mounted, then the apps' units enabled.
 */
export function renderCloudConfig(options: CloudConfigOptions): string {
  const { apps } = options;
  const packages = [...new Set(apps.flatMap((a) => a.packages))].sort();
  const filesystems = apps.flatMap((a) => a.filesystems);
  const enable = apps.flatMap((a) => a.enable);
  const config: { [key: string]: unknown } = {
    hostname: options.hostname,
    manage_etc_hosts: true,
    // Our admin user only, with keys and a locked password. Without one, cloud-init's schema
    // wants `users` left out; Debian's default user then exists locked and without keys.
    users: options.adminUser ? [{
      name: options.adminUser,
      groups: ['sudo'],
      shell: '/bin/bash',
      sudo: 'ALL=(ALL) NOPASSWD:ALL',
      lock_passwd: true,
      ssh_authorized_keys: [...(options.sshAuthorizedKeys ?? [])],
    }] : undefined,
    disable_root: true,
    ssh_pwauth: false,
    package_update: true,
    package_upgrade: true,
    packages: packages.length ? packages : undefined,
    // Every boot, before the mounts module: blank data disks get a filesystem, others are kept
    // (not cloud-init's fs_setup, which formats disks that hold data; see data-disks.ts).
    bootcmd: filesystems.length ? [formatBlankDisksCommand(filesystems.map((f) => f.device))] : undefined,
    mounts: filesystems.length || apps.some((a) => a.tmpfs.length) ? [
      ...filesystems.map((f) => [f.device, f.mountPath, DATA_DISK_FILESYSTEM, `defaults,nofail${f.readOnly ? ',ro' : ''}`, '0', '2']),
      ...apps.flatMap((a) => a.tmpfs),
    ] : undefined,
    write_files: apps.flatMap((a) => [
      ...a.files.map((f) => ({
        path: f.path, content: f.content, permissions: f.permissions, owner: f.owner, defer: f.defer || undefined,
      })),
      ...a.units.map((u) => ({ path: `${GUEST_PATHS.units}/${u.name}`, content: u.content, permissions: '0644', owner: 'root:root' })),
    ]),
    runcmd: [
      ...apps.flatMap((a) => a.commands),
      'systemctl daemon-reload',
      ...(enable.length ? [`systemctl enable --now ${enable.join(' ')}`] : []),
    ],
  };
  for (const key of Object.keys(config)) if (config[key] === undefined) delete config[key];
  return `#cloud-config\n${stringify(config, { lineWidth: 0, blockQuote: 'literal' })}`;
}

/** The guest's NICs, in the order of the domain's interfaces. */
export interface GuestNetwork {
  /** MAC of the NIC on the libvirt network (VM-to-VM traffic and the VM's address). */
  readonly lanMac: string;
  /** Static "address/prefix" on the lan NIC. @default - DHCP */
  readonly address?: string;
  /** Gateway and DNS server of a static address. */
  readonly gateway?: string;
  /** MAC of the user-mode (passt) NIC that receives host port forwards. @default - no such NIC */
  readonly forwardMac?: string;
}

/**
 * cloud-init network-config (version 2). With a port-forwarding NIC, that NIC carries the default
 * route, so replies to forwarded connections leave the way they came in, and the lan NIC keeps
 * only its subnet (other VMs, the host) and the network's DNS, which knows the workloads' names.
 */
export function renderNetworkConfig(net: GuestNetwork): string {
  const forwarding = net.forwardMac !== undefined;
  const lan: { [key: string]: unknown } = { match: { macaddress: net.lanMac } };
  if (net.address) {
    lan.addresses = [net.address];
    lan.nameservers = { addresses: [net.gateway] };
    if (!forwarding) lan.routes = [{ to: 'default', via: net.gateway }];
  } else {
    lan.dhcp4 = true;
    if (forwarding) lan['dhcp4-overrides'] = { 'use-routes': false };
  }
  const ethernets: { [name: string]: unknown } = { lan };
  if (forwarding) {
    ethernets.forwarded = { match: { macaddress: net.forwardMac }, dhcp4: true, 'dhcp4-overrides': { 'use-dns': false } };
  }
  return stringify({ version: 2, ethernets }, { lineWidth: 0 });
}
