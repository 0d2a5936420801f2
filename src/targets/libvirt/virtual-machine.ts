import * as crypto from 'crypto';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { domainBindings } from './bindings';
import { LibvirtHost } from './libvirt-host';
import { CloudinitDisk } from '../../generated/providers/libvirt/cloudinit-disk';
import { DataLibvirtDomainInterfaceAddresses } from '../../generated/providers/libvirt/data-libvirt-domain-interface-addresses';
import type { Domain, DomainDevices, DomainDevicesDisks, DomainDevicesFilesystems, DomainDevicesInterfaces } from '../../generated/providers/libvirt/domain';
import { Volume } from '../../generated/providers/libvirt/volume';
import { renderMetaData, renderNetworkConfig } from '../../cloudinit/cloud-config';
import { DEFAULT_BASE_IMAGE_URL, ResolvedVm, resolveVm } from '../../model/defaults';
import { VmSpec } from '../../model/workload-spec';
import { joinStackIndex, stackIndex } from '../stack-index';
import { attributeOf, tfLiteral } from '../terraform-text';
import { Workload } from '../workload';

/** A data disk of a VM. */
export interface VirtualMachineDisk {
  /** The volume's name; with `owner`, unique per owner, else within the VM. */
  readonly name: string;
  /** The workload the disk belongs to, in a VM shared by several. @default - the VM's own workload */
  readonly owner?: string;
  /** A shared volume's disk (`volumes[].shared`), the VM's and not one workload's; no owner then. @default false */
  readonly shared?: boolean;
  /** virtio serial: the guest finds the disk at /dev/disk/by-id/virtio-<serial>. */
  readonly serial: string;
  readonly sizeGiB: number;
  readonly preventDestroy: boolean;
}

/** A host directory shared into the VM with virtiofs (a shared volume on the vm target). */
export interface VirtualMachineSharedDirectory {
  /** The directory on the libvirt host (Terraform text: a reference to its pool's path). */
  readonly hostPath: string;
  /** The mount tag the guest mounts it by (at most 36 bytes). */
  readonly tag: string;
  /**
   * Read-only for the guest, enforced by virtiofsd on the host (libvirt 11 or newer); the guest
   * also mounts it read-only. @default false
   */
  readonly readOnly?: boolean;
}

/** A host port forwarded into the VM by the passt user-mode NIC. */
export interface VirtualMachinePortForward {
  readonly protocol: string;
  /** Host address to listen on. */
  readonly bindAddress: string;
  readonly hostPort: number;
  readonly guestPort: number;
}

export interface VirtualMachineProps {
  readonly host: LibvirtHost;
  /** Domain name, also the prefix of its volumes' names. */
  readonly name: string;
  /** The guest's host name, by which other guests find it. @default - name */
  readonly hostname?: string;
  /** Memory of the domain (app plus guest overhead). */
  readonly memoryMiB: number;
  readonly vcpus: number;
  /** Guest settings (disk size, base image, static address, VNC). */
  readonly vm: VmSpec;
  /** cloud-config text for a Linux guest; Terraform text (escaped, secrets as references). @default - no cloud-init */
  readonly userData?: string;
  /**
   * cloud-init's instance-id (Terraform text); a new one makes cloud-init apply the config again
   * on the next boot. @default - the name and a hash of userData
   */
  readonly instanceId?: string;
  /** @default - none */
  readonly dataDisks?: VirtualMachineDisk[];
  /** @default - none */
  readonly portForwards?: VirtualMachinePortForward[];
  /** Host directories shared in with virtiofs; the domain then has shared memory (memfd). @default - none */
  readonly sharedDirectories?: VirtualMachineSharedDirectory[];
  /** Start with the host. */
  readonly autostart: boolean;
  /** Keep the domain running. @default true */
  readonly running?: boolean;
  /** Labels kept in the domain's metadata. @default - none */
  readonly labels?: { [key: string]: string };
}

/** What a VM's size, disks and forwards are, as `_reconfigure` takes them. */
interface VirtualMachineShape {
  readonly memoryMiB: number;
  readonly vcpus: number;
  readonly dataDisks: VirtualMachineDisk[];
  readonly portForwards: VirtualMachinePortForward[];
}

const METADATA_NS = 'https://cdktf-workloads.dev/xmlns/labels/1';
const VIRTUAL_MACHINE_SYMBOL = Symbol.for('cdktf-workloads.VirtualMachine');

/**
 * One libvirt/KVM guest: a copy-on-write root disk over a base image, data disks, a cloud-init
 * seed uploaded to the host's pool, and a q35 domain with virtio devices, a serial console, no
 * graphics (VNC on loopback only when asked), on the host's network, plus a passt NIC when host
 * ports are forwarded in.
 */
export class VirtualMachine extends Construct {
  /** True if `x` is a VirtualMachine (of any copy of this package). */
  public static isVirtualMachine(x: any): x is VirtualMachine {
    return x !== null && typeof x === 'object' && VIRTUAL_MACHINE_SYMBOL in x;
  }

  /** Escape hatch: the root disk (an overlay of the base image). */
  public readonly rootDisk: Volume;
  /** Escape hatch: data disks by `<volume>`, or `<owner>_<volume>` for disks with an owner. */
  public readonly dataVolumes: { [name: string]: Volume };
  /** Escape hatch: the cloud-init seed ISO (undefined for guests without cloud-init). */
  public readonly seed?: CloudinitDisk;
  /** Escape hatch: the pool volume the seed is uploaded to. */
  public readonly seedVolume?: Volume;
  /** Escape hatch: the domain. */
  public readonly domain: Domain;
  /** Escape hatch: the data source that reads the VM's DHCP address (undefined with a static address). */
  public readonly addresses?: DataLibvirtDomainInterfaceAddresses;
  /** The VM's address on the host's network (a Terraform expression when it comes from DHCP). */
  public readonly address: string;
  /** MAC of the NIC on the host's network. */
  public readonly mac: string;
  /** The domain's name. */
  public readonly vmName: string;
  /** The libvirt host. */
  public readonly host: LibvirtHost;

  private readonly guest: ResolvedVm;
  /** MAC of the passt NIC, used once some host port is forwarded in. */
  private readonly forwardMac: string;
  private forwards: VirtualMachinePortForward[];
  private readonly filesystems: DomainDevicesFilesystems[];
  private readonly dataGroup: Construct;
  /** The virtio serial of each data disk, by its key in `dataVolumes`. */
  private readonly serials = new Map<string, string>();

  constructor(scope: Construct, id: string, props: VirtualMachineProps) {
    super(scope, id);
    Object.defineProperty(this, VIRTUAL_MACHINE_SYMBOL, { value: true });
    const { host, name } = props;
    const hostname = props.hostname ?? name;
    this.vmName = name;
    this.host = host;
    this.node.addValidation({ validate: () => this.duplicateName() });
    joinStackIndex(this);
    const guest = resolveVm(props.vm, undefined);
    const provider = host.provider;
    const pool = host.pool;
    const stackName = TerraformStack.of(this).node.id;
    this.mac = deterministicMac(`${stackName}/${this.node.path}/lan`);
    this.forwardMac = deterministicMac(`${stackName}/${this.node.path}/forward`);
    this.guest = guest;
    this.forwards = [...(props.portForwards ?? [])];
    // virtiofs: one device per shared directory, sorted by tag (order-independent device
    // addresses); virtiofsd maps guest memory, so the domain's memory is shared (memfd).
    this.filesystems = [...(props.sharedDirectories ?? [])].sort((a, b) => (a.tag < b.tag ? -1 : 1)).map((d) => ({
      accessMode: 'passthrough',
      driver: { type: 'virtiofs' },
      source: { mount: { dir: d.hostPath } },
      target: { dir: d.tag },
      readOnly: d.readOnly ? true : undefined,
    }));

    const backingPath = guest.baseImagePath ?? attributeOf(host.baseImage(guest.baseImageUrl ?? DEFAULT_BASE_IMAGE_URL), 'path');
    this.rootDisk = new Volume(this, 'root-disk', {
      provider,
      name: `${name}-root.qcow2`,
      pool,
      capacity: guest.diskGiB,
      capacityUnit: 'GiB',
      target: { format: { type: 'qcow2' } },
      backingStore: { path: backingPath, format: { type: 'qcow2' } },
    });

    this.dataGroup = new Construct(this, 'data-disks');
    this.dataVolumes = {};
    this.addDataDisks(props.dataDisks ?? []);

    if (props.userData !== undefined) {
      const seedGroup = new Construct(this, 'cloud-init');
      const instanceId = props.instanceId ?? `${name}-${crypto.createHash('sha256').update(props.userData).digest('hex').slice(0, 12)}`;
      this.seed = new CloudinitDisk(seedGroup, 'seed', {
        provider,
        name: `${name}-seed`,
        userData: props.userData,
        metaData: metaDataText(instanceId, hostname),
        networkConfig: this.networkConfig(),
      });
      this.seedVolume = new Volume(seedGroup, 'volume', {
        provider,
        name: `${name}-seed.iso`,
        pool,
        create: { content: { url: this.seed.path } },
      });
    }

    const { Domain: DomainClass } = domainBindings();
    this.domain = new DomainClass(this, 'domain', {
      provider,
      name,
      type: 'kvm',
      memory: props.memoryMiB,
      memoryUnit: 'MiB',
      vcpu: props.vcpus,
      autostart: props.autostart && (props.running ?? true),
      running: props.running ?? true,
      description: 'Managed by cdktf-workloads',
      metadata: { xml: tfLiteral(labelsXml(props.labels ?? {})) },
      memoryBacking: this.filesystems.length ? { memorySource: { type: 'memfd' }, memoryAccess: { mode: 'shared' } } : undefined,
      os: { type: 'hvm', typeArch: 'x86_64', typeMachine: 'q35', bootDevices: [{ dev: 'hd' }] },
      cpu: { mode: 'host-model' },
      devices: this.devices(),
    });

    const staticAddress = guest.ipAddress;
    if (staticAddress) {
      this.address = staticAddress.split('/')[0];
      if (guest.gateway === undefined) host._addStaticHost(hostname, staticAddress);
    } else {
      this.addresses = new DataLibvirtDomainInterfaceAddresses(this, 'addresses', { provider, domain: this.domain.name, source: 'lease', dependsOn: [this.domain] });
      // The address of the NIC on the host's network, found by its MAC.
      this.address = `\${try([for i in ${this.addresses.fqn}.interfaces : i.addrs[0].addr if lower(i.hwaddr) == "${this.mac}" && length(i.addrs) > 0][0], "")}`;
    }
  }

  /**
   * Grows the VM to what it now runs (a shared VM whose workloads joined after it was created):
   * memory and vCPUs, data disks (new ones created, existing ones take the given size and
   * lifecycle; none is removed) and forwarded ports. @internal
   */
  public _reconfigure(shape: VirtualMachineShape): void {
    this.domain.memory = shape.memoryMiB;
    this.domain.vcpu = shape.vcpus;
    this.addDataDisks(shape.dataDisks);
    const forwarding = this.forwards.length > 0;
    this.forwards = [...shape.portForwards];
    if (this.seed && forwarding !== this.forwards.length > 0) this.seed.networkConfig = this.networkConfig();
    this.domain.putDevices(this.devices());
  }

  /** Creates the disks not made yet, under `data-disks/[<owner>/]<volume>` or `shared-disks/<volume>`; updates the others. */
  private addDataDisks(dataDisks: VirtualMachineDisk[]): void {
    for (const d of dataDisks) {
      const key = d.shared ? sharedDiskKey(d.name) : diskKey(d.name, d.owner);
      const existing = this.dataVolumes[key];
      if (existing !== undefined) {
        existing.capacity = d.sizeGiB;
        existing.lifecycle = { ...existing.lifecycle, preventDestroy: d.preventDestroy };
        continue;
      }
      const scope = d.shared ? (this.node.tryFindChild('shared-disks') as Construct | undefined) ?? new Construct(this, 'shared-disks')
        : d.owner === undefined ? this.dataGroup
        : (this.dataGroup.node.tryFindChild(d.owner) as Construct | undefined) ?? new Construct(this.dataGroup, d.owner);
      this.dataVolumes[key] = new Volume(scope, d.name, {
        provider: this.host.provider,
        name: `${this.vmName}_${key}.qcow2`,
        pool: this.host.pool,
        capacity: d.sizeGiB,
        capacityUnit: 'GiB',
        target: { format: { type: 'qcow2' } },
        lifecycle: { preventDestroy: d.preventDestroy },
      });
      this.serials.set(key, d.serial);
    }
  }

  /** The seed's network-config: the LAN NIC, and the passt NIC when ports are forwarded. */
  private networkConfig(): string {
    return tfLiteral(renderNetworkConfig({
      lanMac: this.mac,
      address: this.guest.ipAddress,
      gateway: this.guest.gateway ?? this.host.gateway,
      forwardMac: this.forwards.length ? this.forwardMac : undefined,
    }));
  }

  /** The domain's devices as the VM now stands. */
  private devices(): DomainDevices {
    const pool = this.host.pool;
    const disks: DomainDevicesDisks[] = [{
      device: 'disk',
      driver: { type: 'qcow2' },
      source: { volume: { pool, volume: this.rootDisk.name } },
      target: { dev: 'vda', bus: 'virtio' },
    }];
    // Sorted by key so device letters do not depend on the spec's order; the guest mounts by serial.
    Object.keys(this.dataVolumes).sort().forEach((key, i) => disks.push({
      device: 'disk',
      driver: { type: 'qcow2' },
      source: { volume: { pool, volume: attributeOf(this.dataVolumes[key], 'name') } },
      target: { dev: `vd${String.fromCharCode('b'.charCodeAt(0) + i)}`, bus: 'virtio' },
      serial: this.serials.get(key),
    }));
    if (this.seedVolume) {
      disks.push({
        device: 'cdrom',
        driver: { type: 'raw' },
        source: { volume: { pool, volume: this.seedVolume.name } },
        target: { dev: 'sda', bus: 'sata' },
        readOnly: true,
      });
    }
    const interfaces: DomainDevicesInterfaces[] = [{
      model: { type: 'virtio' },
      mac: { address: this.mac },
      source: { network: { network: this.host.networkName } },
      waitForIp: this.guest.ipAddress ? undefined : { timeout: 300, source: 'lease' },
    }];
    if (this.forwards.length) {
      interfaces.push({
        model: { type: 'virtio' },
        mac: { address: this.forwardMac },
        source: { user: {} },
        backend: { type: 'passt' },
        portForward: this.forwards.map((f) => ({
          proto: f.protocol,
          address: f.bindAddress,
          ranges: [{ start: f.hostPort, to: f.guestPort }],
        })),
      });
    }
    return {
      disks,
      filesystems: this.filesystems.length ? this.filesystems : undefined,
      interfaces,
      // A character device without a source is a pty: `virsh console <name>` reaches the guest.
      serials: [{ target: { port: 0 } }],
      consoles: [{ target: { type: 'serial', port: 0 } }],
      graphics: this.guest.vnc ? [{ vnc: { autoPort: true, listen: '127.0.0.1' } }] : undefined,
      rngs: [{ model: 'virtio', backend: { random: '/dev/urandom' } }],
    };
  }

  /** Domain and volume names must be unique on a host. */
  private duplicateName(): string[] {
    const index = stackIndex(this);
    const first = index.memo(firstVmKey, () => {
      const firsts = new Map<LibvirtHost, Map<string, VirtualMachine>>();
      for (const vm of index.of(VirtualMachine.isVirtualMachine)) {
        const byName = firsts.get(vm.host) ?? new Map<string, VirtualMachine>();
        if (!byName.has(vm.vmName)) byName.set(vm.vmName, vm);
        firsts.set(vm.host, byName);
      }
      return firsts;
    }).get(this.host)!.get(this.vmName)!;
    if (first === this) return [];
    // Two workloads of one name are already reported by the stack checks.
    if (Workload.isWorkload(first.node.scope) && Workload.isWorkload(this.node.scope)) return [];
    return [`VM "${this.vmName}" (${this.node.path}): name is already used by the VM at ${first.node.path} on ${this.host.label}; `
      + 'give the shared VM another name (hybrid.name), or rename the workload'];
  }
}

/** The index key of the first VM of each name on each host. */
const firstVmKey = Symbol('firstVm');

/**
 * The seed's meta_data as Terraform text. The instance-id is Terraform text (a hash of secrets is
 * computed at apply), so the YAML is written with a placeholder the writer must quote (it starts
 * with "@", a reserved indicator), which the id then replaces inside the quotes; the id evaluates
 * to the VM's name and hex digits, which need no escaping there.
 */
function metaDataText(instanceId: string, hostname: string): string {
  const placeholder = '@instance-id@';
  const parts = tfLiteral(renderMetaData({ instanceId: placeholder, hostname })).split(placeholder);
  if (parts.length !== 2) throw new Error(`meta_data of ${hostname}: the instance-id placeholder must occur once`);
  return parts.join(instanceId);
}

/** The key of a data disk in `dataVolumes` and its volume's name. Names have no underscore, so it separates owner and volume unambiguously. */
export function diskKey(name: string, owner?: string): string {
  return owner === undefined ? name : `${owner}_${name}`;
}

/** The key of a shared volume's disk: a "." where owner_volume keys have "_", so they never meet. */
export function sharedDiskKey(name: string): string {
  return `shared.${name}`;
}

/** A locally administered MAC in QEMU's 52:54:00 range, stable for a given seed. */
export function deterministicMac(seed: string): string {
  const h = crypto.createHash('sha256').update(seed).digest();
  return ['52', '54', '00', ...[0, 1, 2].map((i) => h[i].toString(16).padStart(2, '0'))].join(':');
}

function labelsXml(labels: { [key: string]: string }): string {
  // Attribute values: line breaks and tabs as references, or XML parsers turn them into spaces.
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
    .replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
  const items = Object.keys(labels).sort().map((k) => `<label key="${esc(k)}" value="${esc(labels[k])}"/>`);
  return `<labels xmlns="${METADATA_NS}">${items.join('')}</labels>`;
}
