import * as crypto from 'crypto';
import { Lazy, TerraformResource } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { defaultNamePrefix, namePrefixProblems, scopedName, stackPrefix } from '../host-names';
import { machineClashProblems, markHostOnMachine, SubnetRange } from '../host-collisions';
import { defaultHost, duplicateAliasProblems, remoteHostName } from '../hosts';
import { joinStackIndex, stackIndex } from '../stack-index';
import { tfLiteral } from '../terraform-text';
import { LibvirtPlatform, PLATFORM_FACTS, WITHOUT_PASST_FIX } from './platform';
import { Network } from '../../generated/providers/libvirt/network';
import { Pool } from '../../generated/providers/libvirt/pool';
import { LibvirtProvider } from '../../generated/providers/libvirt/provider';
import { Volume } from '../../generated/providers/libvirt/volume';
import { HOST_DEFAULTS } from '../../model/defaults';
import { Problems } from '../../model/problems';

export interface LibvirtHostProps {
  /**
   * The libvirt connection: `qemu:///system` locally, `qemu+ssh://user@host/system` remotely.
   * @default "qemu:///system"
   */
  readonly uri?: string;
  /**
   * Provider alias. Needed when a stack has more than one libvirt host.
   * @default - the default (unaliased) libvirt provider
   */
  readonly alias?: string;
  /** Existing storage pool for the VMs' disks. @default "default" */
  readonly pool?: string;
  /**
   * Name of an existing libvirt network to attach VMs to, instead of creating one.
   * @default - a NAT network with DHCP is created (see `networkName`)
   */
  readonly existingNetwork?: string;
  /**
   * Name of the NAT network the host creates (not with `existingNetwork`).
   * @default "<stack name>-workloads", the stack's name as in the README's "Names on a host"
   */
  readonly networkName?: string;
  /**
   * Prefix of the names of the base image volumes the host downloads, `<prefix>-base-<hash of the
   * url>.qcow2`, so two stacks sharing a pool never share one (destroying one stack would delete
   * the backing file of the other's disks).
   * @default - the stack's name, as in the README's "Names on a host"
   */
  readonly baseImagePrefix?: string;
  /**
   * IPv4 subnet of the created NAT network, as "a.b.c.0/prefix" (prefix 16-28). Give each stack
   * on one host its own subnet.
   * @default "192.168.150.0/24"
   */
  readonly networkCidr?: string;
  /**
   * Host name clients use to reach ports published on all addresses (0.0.0.0).
   * @default - the host of a remote uri, else "localhost"
   */
  readonly address?: string;
  /**
   * Prefix of the names of the containers and volumes (Docker) or domains and volumes (libvirt)
   * this host's workloads create, so two apps or stacks on one host never share one: a Docker
   * volume handed to the wrong app hands it the other app's data. "" keeps the bare names.
   * @default - the stack's name where it is a valid prefix (up to 40 lowercase letters, digits, "."
   * and "-"), else the name lowercased and cut, with a hash of it: `web_app` → `web-app-<8 hex>`
   */
  readonly namePrefix?: string;
  /**
   * The host's distribution, when its libvirt differs in what the library needs: Debian 12's
   * libvirt 9.0 has no passt, so VMs there cannot have host ports (a synth error says so).
   * @default - not stated: a libvirt with passt, as every current release but Debian 12's own ships
   */
  readonly platform?: LibvirtPlatform;
  /**
   * Whether the host's libvirt forwards host ports with the passt backend.
   * @default - what `platform` ships; true when no platform is given
   */
  readonly passt?: boolean;
  /**
   * Directory on the host under which the shared volumes of VM workloads (`volumes[].shared` on
   * the vm target) get their directories, each a libvirt `dir` pool shared into the VMs with virtiofs.
   * @default "/var/lib/libvirt/shared-volumes"
   */
  readonly sharedVolumesPath?: string;
  /**
   * Whether the host's libvirt can make a virtiofs share read-only (libvirt 11 or newer passes
   * `--readonly` to virtiofsd; older releases refuse such a domain). Without it a read-only
   * shared volume is read-only by the guest's mount only.
   * @default - what `platform` ships; false when no platform is given
   */
  readonly virtiofsReadOnly?: boolean;
}

const LIBVIRT_HOST_SYMBOL = Symbol.for('cdktf-workloads.LibvirtHost');

/** The host directory of a shared volume (vm target): root's, and no one else's on the host. */
export const SHARED_DIRECTORY_PERMISSIONS = { owner: '0', group: '0', mode: '0750' } as const;

/**
 * A libvirt/KVM host: the provider configuration, the storage pool, the network its VMs share (so
 * they reach each other by workload name through the network's DNS) and the base images, each
 * downloaded once per host.
 */
export class LibvirtHost extends Construct {
  /**
   * The stack's default libvirt host (the local qemu:///system): the stack's child `libvirt-host`,
   * created on first use. A host you create with that id is not the default: a VM that names no
   * host next to it is a validation error (pass the host to it instead).
   */
  public static defaultFor(scope: IConstruct): LibvirtHost {
    return defaultHost(scope, {
      id: 'libvirt-host', kind: 'libvirt', className: 'LibvirtHost', appProp: 'libvirtHost',
      is: LibvirtHost.isLibvirtHost, create: (stack, id) => new LibvirtHost(stack, id),
    });
  }

  /** True if `x` is a LibvirtHost (of any copy of this package). */
  public static isLibvirtHost(x: any): x is LibvirtHost {
    return x !== null && typeof x === 'object' && LIBVIRT_HOST_SYMBOL in x;
  }

  /** Escape hatch: the provider configuration. */
  public readonly provider: LibvirtProvider;
  /** Escape hatch: the created network (undefined when an existing network is used). */
  public readonly network?: Network;
  /** Name of the network VMs attach to. */
  public readonly networkName: string;
  /** The storage pool. */
  public readonly pool: string;
  /** The libvirt uri. */
  public readonly uri: string;
  /** Host name clients use for ports published on all addresses. */
  public readonly address: string;
  /** Prefix of the names of the resources of this host's workloads ("" for none). */
  public readonly namePrefix: string;
  /** The host's platform, when given. */
  public readonly platform?: LibvirtPlatform;
  /** Whether VMs on this host can have host ports (libvirt with passt). */
  public readonly passt: boolean;
  /** Gateway (and DNS server) address of the created network; undefined for an existing one. */
  public readonly gateway?: string;
  /** Prefix length of the created network; undefined for an existing one. */
  public readonly prefixLength?: number;
  /** Where the shared volumes of VM workloads get their directories. */
  public readonly sharedVolumesPath: string;
  /** Whether virtiofs shares of read-only shared volumes are made read-only by the host. */
  public readonly virtiofsReadOnly: boolean;

  private readonly images: Construct;
  private readonly baseImagePrefix: string;
  private readonly cidr: string;
  private readonly staticHosts = new Map<string, string>();

  constructor(scope: Construct, id: string, props: LibvirtHostProps = {}) {
    super(scope, id);
    Object.defineProperty(this, LIBVIRT_HOST_SYMBOL, { value: true });
    this.uri = props.uri ?? HOST_DEFAULTS.libvirtUri;
    this.pool = props.pool ?? HOST_DEFAULTS.pool;
    this.address = props.address ?? remoteHostName(this.uri) ?? HOST_DEFAULTS.address;
    this.namePrefix = props.namePrefix ?? defaultNamePrefix(this);
    this.platform = props.platform;
    this.passt = props.passt ?? (props.platform ? PLATFORM_FACTS[props.platform].passt : true);
    this.cidr = props.networkCidr ?? HOST_DEFAULTS.networkCidr;
    this.sharedVolumesPath = props.sharedVolumesPath ?? HOST_DEFAULTS.sharedVolumesPath;
    this.virtiofsReadOnly = props.virtiofsReadOnly ?? (props.platform ? PLATFORM_FACTS[props.platform].virtiofsReadOnly : false);
    this.provider = new LibvirtProvider(this, 'provider', { uri: this.uri, alias: props.alias });
    this.images = new Construct(this, 'images');
    this.baseImagePrefix = props.baseImagePrefix ?? stackPrefix(this);
    const subnet = parseCidr(this.cidr);
    if (props.existingNetwork !== undefined) {
      this.networkName = props.existingNetwork;
    } else {
      this.networkName = props.networkName ?? `${stackPrefix(this)}-workloads`;
      if (subnet) {
        this.gateway = subnet.address(1);
        this.prefixLength = subnet.prefix;
      }
      this.network = new Network(this, 'network', {
        provider: this.provider,
        name: tfLiteral(this.networkName),
        autostart: true,
        forward: { mode: 'nat' },
        domain: { name: 'workloads', localOnly: 'yes' },
        // DHCP guests register their names themselves; static ones are listed here.
        dns: { enable: 'yes', host: Lazy.anyValue({ produce: () => this.dnsHosts() }, { omitEmptyArray: true }) },
        ips: [{
          address: this.gateway ?? '',
          prefix: subnet?.prefix,
          dhcp: { ranges: [{ start: subnet?.address(subnet.size / 2) ?? '', end: subnet?.address(subnet.size - 2) ?? '' }] },
        }],
      });
    }
    this.node.addValidation({ validate: () => [...this.validateAliases(), ...this.validateCidr(props), ...namePrefixProblems(this.label, this.namePrefix), ...this.validateOwnNames(props), ...this.validatePlatform(props), ...this.validateSharedPath(), ...machineClashProblems(this)] });
    markHostOnMachine(this);
    joinStackIndex(this);
  }

  /**
   * The directory of the shared volume `name` of VM workloads: a libvirt `dir` pool (libvirt
   * creates its directory when the pool is built, and refuses to delete it while it holds files),
   * one per name on this host, at an address that does not depend on which workload declares it
   * first. Named like the Docker target's shared volumes, `<prefix>_shared.<name>`. Protected from
   * destruction when any user asks for it (disagreement is an error).
   * @internal
   */
  public _sharedVolume(name: string, preventDestroy: boolean): Pool {
    const group = (this.node.tryFindChild('shared-volumes') as Construct | undefined) ?? new Construct(this, 'shared-volumes');
    const existing = group.node.tryFindChild(name) as Pool | undefined;
    const poolName = this.scopedName(`shared.${name}`);
    const pool = existing ?? new Pool(group, name, {
      provider: this.provider,
      name: poolName,
      type: 'dir',
      // virtiofs passes guest ids through unmapped (no id map: libvirt 9.0 has none for virtiofs), so
      // the guests' root, which writes the share first, needs it root's; 0750 keeps the host's other
      // users out of the data (README, Security).
      target: { path: `${this.sharedVolumesPath.replace(/\/+$/, '')}/${poolName}`, permissions: SHARED_DIRECTORY_PERMISSIONS },
      lifecycle: { preventDestroy },
    });
    if (preventDestroy) pool.lifecycle = { preventDestroy: true };
    return pool;
  }

  /**
   * The created network's subnet ("a.b.c.0/prefix"), to which a VM's readiness answer is open;
   * undefined for an existing network.
   * @internal
   */
  public _privateSubnet(): string | undefined {
    if (this.network === undefined) return undefined;
    const subnet = parseCidr(this.cidr);
    return subnet ? `${subnet.address(0)}/${subnet.prefix}` : undefined;
  }

  private validateSharedPath(): string[] {
    const p = this.sharedVolumesPath;
    if (typeof p === 'string' && /^\/[A-Za-z0-9._/-]*$/.test(p) && !p.split('/').includes('..')) return [];
    return [`${this.label}: sharedVolumesPath ${JSON.stringify(p)} is not an absolute path of letters, digits, ".", "_", "-" and "/"; give a directory such as "/var/lib/libvirt/shared-volumes"`];
  }

  /** The name of a resource of this host's workloads: the prefix and `parts`, joined by "_". */
  public scopedName(...parts: string[]): string {
    return scopedName(this.namePrefix, ...parts);
  }

  /** How messages name this host. */
  public get label(): string {
    return `libvirt host "${this.node.id}" (${this.uri})`;
  }

  /** @internal */
  public _machine(): { kind: string; url: string } {
    return { kind: 'libvirt', url: this.uri };
  }

  /** @internal */
  public _nameSettingOf(resource: TerraformResource): string {
    if (resource === this.network) return 'LibvirtHostProps.networkName';
    if (resource.node.scope === this.images) return 'LibvirtHostProps.baseImagePrefix';
    return 'LibvirtHostProps.namePrefix';
  }

  /** @internal */
  public _subnetRange(): SubnetRange | undefined {
    const subnet = this.network === undefined ? undefined : parseCidr(this.cidr);
    if (subnet === undefined) return undefined;
    const first = toInt(subnet.address(0))!;
    return { first, last: first + subnet.size - 1, cidr: `${subnet.address(0)}/${subnet.prefix}`, network: this.networkName };
  }

  /**
   * Where a static address ("a.b.c.d/prefix") stands in the created network: "ok", or why it
   * cannot be used ("outside", "gateway", "dhcp" for the upper half the DHCP server hands out).
   * @internal
   */
  public _staticAddressProblem(address: string): string | undefined {
    const subnet = parseCidr(this.cidr);
    const ip = address.split('/')[0];
    if (this.network === undefined || subnet === undefined || !subnet.contains(ip)) return 'outside';
    if (ip === this.gateway) return 'gateway';
    if (subnet.offsetOf(ip) >= subnet.size / 2) return 'dhcp';
    return undefined;
  }

  /**
   * Lets other guests resolve `name` to a static address through the network's DNS.
   * @internal
   */
  public _addStaticHost(name: string, address: string): void {
    this.staticHosts.set(name, address.split('/')[0]);
  }

  private dnsHosts() {
    return [...this.staticHosts.entries()].sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([name, ip]) => ({ ip, hostnames: [{ hostname: name }] }));
  }

  /** The base image volume downloaded from `url`, created once per host and url. */
  public baseImage(url: string): Volume {
    const hash = crypto.createHash('sha256').update(url).digest('hex').slice(0, 12);
    const existing = this.images.node.tryFindChild(hash) as Volume | undefined;
    if (existing) return existing;
    return new Volume(this.images, hash, {
      provider: this.provider,
      name: tfLiteral(`${this.baseImagePrefix}-base-${hash}.qcow2`),
      pool: this.pool,
      target: { format: { type: 'qcow2' } },
      create: { content: { url: tfLiteral(url) } },
    });
  }

  private validateAliases(): string[] {
    const hosts = stackIndex(this).of(LibvirtHost.isLibvirtHost);
    return duplicateAliasProblems(this, hosts, (h) => h.provider.alias, 'libvirt');
  }

  /**
   * Adds a problem, naming the host's libvirt and the fix, for each host port of a VM on this host
   * that it cannot forward (none when its libvirt has passt).
   * @internal
   */
  public _addHostPortProblems(p: Problems, ports: Array<{ field: string; hostPort: number }>): void {
    if (this.passt) return;
    const libvirt = this.platform ? PLATFORM_FACTS[this.platform].libvirt : 'its libvirt';
    for (const port of ports) {
      p.add(port.field, port.hostPort, `needs libvirt's passt backend to be forwarded from the host, which ${this.label} lacks (${libvirt}, passt: false)`, WITHOUT_PASST_FIX);
    }
  }

  private validatePlatform(props: LibvirtHostProps): string[] {
    if (props.platform === undefined || props.passt !== true || PLATFORM_FACTS[props.platform].passt) return [];
    return [`${this.label}: passt is true, but ${PLATFORM_FACTS[props.platform].libvirt} is built without passt, so libvirt refuses any VM with a host port; ${WITHOUT_PASST_FIX}`];
  }

  private validateOwnNames(props: LibvirtHostProps): string[] {
    const out: string[] = [];
    if (props.networkName !== undefined && props.existingNetwork !== undefined) {
      out.push(`${this.label}: networkName ${JSON.stringify(props.networkName)} names a network the host creates, and existingNetwork ${JSON.stringify(props.existingNetwork)} one it attaches to instead; give one of them`);
    } else if (props.networkName !== undefined && !/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(props.networkName)) {
      out.push(`${this.label}: networkName ${JSON.stringify(props.networkName)} is not a network name; use letters, digits, "_", "." and "-", starting with a letter or digit`);
    }
    if (props.baseImagePrefix !== undefined && !/^[a-z0-9_.-]+$/.test(props.baseImagePrefix)) {
      out.push(`${this.label}: baseImagePrefix ${JSON.stringify(props.baseImagePrefix)} is not a prefix of volume names; use lowercase letters, digits, "_", "." and "-"`);
    }
    return out;
  }

  private validateCidr(props: LibvirtHostProps): string[] {
    if (props.existingNetwork !== undefined || parseCidr(this.cidr)) return [];
    return [`${this.label}: networkCidr ${JSON.stringify(this.cidr)} is not an IPv4 subnet with a prefix of 16-28; write it as e.g. "192.168.150.0/24"`];
  }
}

interface Subnet {
  readonly prefix: number;
  readonly size: number;
  address(offset: number): string;
  contains(ip: string): boolean;
  offsetOf(ip: string): number;
}

function toInt(ip: string): number | undefined {
  const parts = ip.split('.').map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isInteger(n) || n < 0 || n > 255)) return undefined;
  return ((parts[0] << 24) >>> 0) + (parts[1] << 16) + (parts[2] << 8) + parts[3];
}

/** An IPv4 subnet "a.b.c.d/p" with 16 <= p <= 28, or undefined. */
export function parseCidr(cidr: string): Subnet | undefined {
  const m = /^([0-9.]+)\/(\d+)$/.exec(cidr);
  if (!m) return undefined;
  const base = toInt(m[1]);
  const prefix = Number(m[2]);
  if (base === undefined || prefix < 16 || prefix > 28) return undefined;
  const size = 2 ** (32 - prefix);
  const network = base - (base % size);
  const fmt = (n: number) => [24, 16, 8, 0].map((s) => (n >>> s) & 255).join('.');
  return {
    prefix,
    size,
    address: (offset: number) => fmt(network + offset),
    contains: (ip: string) => {
      const n = toInt(ip);
      return n !== undefined && n > network && n < network + size - 1;
    },
    offsetOf: (ip: string) => (toInt(ip) ?? network) - network,
  };
}

