import * as crypto from 'crypto';
import { compactParts, ContentPart, secretVariablesOf } from './content';
import { DATA_DISK_FILESYSTEM, formatBlankDisksCommand } from './data-disks';
import { GuestApp, GuestFile, GuestFilesystem, GUEST_PATHS } from './guest';
import { legacyUnitsCommand } from './legacy-units';
import { yamlText } from './yaml';
import { shellWord } from '../encoding/shell';
import { Problems } from '../model/problems';

export interface CloudConfigOptions {
  readonly hostname: string;
  /** A login user with sudo; only with SSH keys. @default - no login user */
  readonly adminUser?: string;
  /** @default - none */
  readonly sshAuthorizedKeys?: string[];
  /** Static network settings are rendered separately (network-config); this is user-data only. */
  readonly apps: GuestApp[];
  /** Disks of the guest's shared volumes, mounted once for every app that uses them. @default - none */
  readonly sharedFilesystems?: GuestFilesystem[];
}

/** A write_files content that holds secrets: `marker` in `text` stands for base64 of `parts`. */
export interface SecretFileContent {
  readonly marker: string;
  readonly parts: ContentPart[];
}

/**
 * A rendered cloud-config. `text` is complete except for files with secrets, whose base64
 * content only Terraform can compute: each is a marker, unique in the text, that the targets
 * replace with a Terraform expression.
 */
export interface RenderedCloudConfig {
  readonly text: string;
  readonly secretFiles: SecretFileContent[];
  /** Secret variables the guest receives, sorted. */
  readonly secretVariables: string[];
  /** Hash of everything but the secrets' values: part of cloud-init's instance-id. */
  readonly fingerprint: string;
  /**
   * Characters a spec value brought outside base64 that YAML cannot carry safely, as "U+XXXX"
   * (each replaced by U+FFFD in `text`). Validation refuses them field by field; the targets
   * report any left here as a problem, so such a config is never synthesized.
   */
  readonly unsafeCharacters: string[];
}

/**
 * Characters the YAML must never hold outside base64: YAML 1.1 readers (PyYAML, which cloud-init
 * uses) break lines at U+0085, U+2028 and U+2029 where YAML 1.2 writers do not, and control
 * characters end scalars. Spec values that could carry them travel base64-encoded, and
 * single-line fields are validated; this is the last guard.
 */
const UNSAFE_IN_YAML = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/g;

/**
 * The cloud-config (user-data) of a hardened guest running `apps`: no passwords anywhere, SSH keys
 * only, root login disabled, packages upgraded on first boot, data disks formatted (only when
 * they hold no filesystem, checked at every boot) and mounted, then the apps' units enabled.
 * Every file, script and unit travels base64-encoded, so no value in it is read as YAML.
 */
export function renderCloudConfig(options: CloudConfigOptions): RenderedCloudConfig {
  const { apps } = options;
  const hosts = etcHosts(options);
  const files = [...apps.flatMap((a) => [
    ...a.files,
    ...a.units.map((u) => ({ path: `${GUEST_PATHS.units}/${u.name}`, content: [u.content], permissions: '0644', owner: 'root:root', defer: false })),
    // The app's first-boot commands as one script, run by runcmd (set -e: a failing one is an error).
    ...(a.commands.length ? [{
      path: setupScriptPath(a.name), content: [['#!/bin/sh', 'set -e', ...a.commands, ''].join('\n')],
      permissions: '0700', owner: 'root:root', defer: true,
    }] : []),
  ]), ...(hosts ? [hosts] : [])];
  // Markers stand for contents only Terraform can compute; the salt changes until each is unique.
  for (let salt = 0; ; salt++) {
    const rendered = renderWithMarkers(options, files, salt);
    if (rendered) return rendered;
  }
}

function renderWithMarkers(options: CloudConfigOptions, files: GuestFile[], salt: number): RenderedCloudConfig | undefined {
  const { apps } = options;
  const packages = [...new Set(apps.flatMap((a) => a.packages))].sort();
  const filesystems = [...(options.sharedFilesystems ?? []), ...apps.flatMap((a) => a.filesystems)];
  const enable = apps.flatMap((a) => a.enable);
  const secretFiles: SecretFileContent[] = [];
  const config: { [key: string]: unknown } = {
    hostname: options.hostname,
    // With extra hosts the guest's /etc/hosts is ours (etcHosts): cloud-init would rewrite it at every boot.
    manage_etc_hosts: !apps.some((a) => a.extraHosts?.length),
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
    write_files: files.map((f) => {
      const parts = compactParts(f.content);
      let content: string;
      if (parts.every((p) => typeof p === 'string')) {
        content = Buffer.from(parts.join(''), 'utf8').toString('base64');
      } else {
        content = `@@secret-file-${secretFiles.length}${salt ? `-${salt}` : ''}@@`;
        secretFiles.push({ marker: content, parts });
      }
      return { path: f.path, encoding: 'b64', content, permissions: f.permissions, owner: f.owner, defer: f.defer || undefined };
    }),
    runcmd: [
      ...apps.filter((a) => a.commands.length).map((a) => `sh ${shellWord(setupScriptPath(a.name))}`),
      ...[legacyUnitsCommand(apps.map((a) => a.name))].filter((c): c is string => c !== undefined),
      'systemctl daemon-reload',
      ...(enable.length ? [`systemctl enable --now ${enable.map(shellWord).join(' ')}`] : []),
    ],
  };
  for (const key of Object.keys(config)) if (config[key] === undefined) delete config[key];
  // YAML 1.1 rules for quoting: cloud-init's reader is YAML 1.1 (`yes`, `on`, `1:20` are not strings there).
  const yaml = `#cloud-config\n${yamlText(config)}`;
  if (secretFiles.some((f) => yaml.split(f.marker).length !== 2)) return undefined;
  const unsafeCharacters = [...new Set([...yaml.matchAll(UNSAFE_IN_YAML)].map((m) => `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`))];
  const text = yaml.replace(UNSAFE_IN_YAML, '\ufffd');
  const secretVariables = secretVariablesOf(secretFiles.flatMap((f) => f.parts));
  const fingerprint = crypto.createHash('sha256').update(JSON.stringify([text, secretFiles])).digest('hex').slice(0, 12);
  return { text, secretFiles, secretVariables, fingerprint, unsafeCharacters };
}

/** A problem for each character a spec value brought into the YAML that it cannot carry safely. */
export function unsafeInCloudConfig(p: Problems, unsafeCharacters: string[]): void {
  for (const c of unsafeCharacters) {
    p.add('(cloud-config)', undefined, `would hold ${c}, a control character or line separator that YAML 1.1 readers such as cloud-init's break lines at`,
      'remove it from the spec\'s names, paths, user names and keys (multi-line text belongs in env, files or commands)');
  }
}

/**
 * The guest's /etc/hosts when an app asks for extra hosts: what cloud-init's Debian template
 * writes (localhost, the host name on 127.0.1.1, the IPv6 names), then the entries in the spec's
 * order (the first of a name is the one lookups find).
 */
function etcHosts(options: CloudConfigOptions): GuestFile | undefined {
  const extra = options.apps.flatMap((a) => a.extraHosts ?? []);
  if (!extra.length) return undefined;
  const lines = [
    '# Written by cdktf-workloads (extraHosts); cloud-init does not manage this file (manage_etc_hosts: false).',
    `127.0.1.1 ${options.hostname}`, '127.0.0.1 localhost',
    '::1 localhost ip6-localhost ip6-loopback', 'ff02::1 ip6-allnodes', 'ff02::2 ip6-allrouters',
    ...extra.map((h) => `${h.ip} ${h.host}`), '',
  ];
  return { path: '/etc/hosts', content: [lines.join('\n')], permissions: '0644', owner: 'root:root', defer: false };
}

function setupScriptPath(app: string): string {
  return `${GUEST_PATHS.scripts}/${app}-setup`;
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
  return yamlText({ version: 2, ethernets });
}

/** cloud-init's meta-data (NoCloud): the instance's id and the guest's host name, through the one YAML writer. */
export function renderMetaData(meta: { instanceId: string; hostname: string }): string {
  return yamlText({ 'instance-id': meta.instanceId, 'local-hostname': meta.hostname });
}
