import { Construct } from 'constructs';
import { HybridContainer } from './hybrid-container';
import { renderCloudConfig, unsafeInCloudConfig } from '../../cloudinit/cloud-config';
import { diskSerial, guestPort, guestPortClashes, GuestRuntime, GuestWait, sharedDiskSerial, sharedVolumeGuestPath } from '../../cloudinit/guest';
import { guestApp } from '../../cloudinit/guest-app';
import { healthWaitSeconds } from '../../containers/health-probe';
import { HybridVmSpec } from '../../model/app-spec';
import { HYBRID_LABEL } from '../../model/contracts';
import { HYBRID_DEFAULTS, ResolvedSpec, ResolvedVm, resolveVm, sortedByName, uniqueByName, VM_DEFAULTS, volumeSizeGiB } from '../../model/defaults';
import { Problems } from '../../model/problems';
import { checkHybridSizing, validateSpec } from '../../model/validate';
import { DependencyCondition, VmSpec, WorkloadSpec } from '../../model/workload-spec';
import { LibvirtHost } from '../libvirt/libvirt-host';
import { VirtualMachine } from '../libvirt/virtual-machine';
import { guestProblems } from '../libvirt/vm-settings';
import { instanceId, userDataText } from '../terraform-text';

const HYBRID_VM_SYMBOL = Symbol.for('cdktf-workloads.HybridVm');

export interface HybridVmProps {
  /** The workloads to run as containers in the shared VM. */
  readonly specs: WorkloadSpec[];
  /**
   * The libvirt host of the VM.
   * @default - the stack's default host, the local qemu:///system (`LibvirtHost.defaultFor`)
   */
  readonly host?: LibvirtHost;
  /**
   * Guest settings of the shared VM (login, base image, disk, address): an app file's `vm`.
   * @default - the VM_DEFAULTS, with a 20 GiB root disk for the images
   */
  readonly vm?: VmSpec;
  /** Name and size of the shared VM: an app file's `hybrid`. @default - see HybridVmSpec */
  readonly hybrid?: HybridVmSpec;
}

/**
 * The hybrid target's shared VM: several workloads as containers inside one libvirt VM, container
 * packaging and density with a kernel boundary between them and the host. cloud-init installs
 * Docker in the VM and one systemd unit per workload that starts its container after the ones it
 * depends on; the engine applies restart policies and health checks. Volumes are VM data disks
 * bind-mounted into the containers. It is no Workload itself: each of its `workloads` is one.
 */
export class HybridVm extends Construct {
  /** True if `x` is a HybridVm (of any copy of this package). */
  public static isHybridVm(x: any): x is HybridVm {
    return x !== null && typeof x === 'object' && HYBRID_VM_SYMBOL in x;
  }

  /** The libvirt host of the VM. */
  public readonly host: LibvirtHost;
  /** The shared VM (disks, cloud-init seed, domain). */
  public readonly vm: VirtualMachine;
  /** One workload per spec, each with the uniform outputs. */
  public readonly workloads: HybridContainer[];
  /** The VM's cloud-config as Terraform text. */
  public readonly userData: string;
  /** Name of the VM. */
  public readonly vmName: string;
  /** Memory of the VM in MiB, as computed or given. */
  public readonly memoryMiB: number;
  /** vCPUs of the VM, as computed or given. */
  public readonly vcpus: number;

  constructor(scope: Construct, id: string, props: HybridVmProps) {
    super(scope, id);
    Object.defineProperty(this, HYBRID_VM_SYMBOL, { value: true });
    this.host = props.host ?? LibvirtHost.defaultFor(this);
    const sizing = props.hybrid ?? {};
    this.vmName = sizing.name ?? HYBRID_DEFAULTS.name;
    const guest = resolveVm({ diskGiB: HYBRID_DEFAULTS.diskGiB, ...(props.vm ?? {}) }, undefined);

    const group = new Construct(this, 'workloads');
    this.workloads = props.specs.map((spec) => new HybridContainer(group, spec.name, { spec, host: this.host }));
    // By name: reordering the specs must change nothing the VM receives.
    const members = sortedByName(uniqueByName(this.workloads));
    const names = new Set(members.map((m) => m.name));

    const engineOverhead = sizing.engineOverheadMiB ?? HYBRID_DEFAULTS.engineOverheadMiB;
    const appsMemory = members.reduce((sum, m) => sum + m._resolved.memoryMiB, 0);
    this.memoryMiB = sizing.memoryMiB ?? appsMemory + engineOverhead + guest.memoryOverheadMiB;
    this.vcpus = sizing.vcpus ?? Math.max(1, Math.ceil(members.reduce((sum, m) => sum + (m._resolved.cpus ?? HYBRID_DEFAULTS.cpusPerWorkload), 0)));

    // One disk per shared volume name, mounted once in the VM; its first user by name gives the
    // size and lifecycle (users that disagree are an error, see shared-volumes.ts).
    const sharedVolumes = sortedByName(uniqueByName(members.flatMap((m) => uniqueByName(m._resolved.volumes).filter((v) => v.shared))));
    const cloudConfig = renderCloudConfig({
      sharedFilesystems: sharedVolumes.map((v) => ({
        device: `/dev/disk/by-id/virtio-${sharedDiskSerial(v.name)}`, mountPath: sharedVolumeGuestPath(v.name), readOnly: false,
      })),
      hostname: this.vmName,
      adminUser: guest.adminUser,
      sshAuthorizedKeys: guest.sshAuthorizedKeys,
      apps: members.map((m) => guestApp({
        spec: m._resolved,
        configFiles: m._configFiles.files,
        runtime: GuestRuntime.DOCKER,
        shareVolumes: true,
        publishAllPorts: false,
        after: m._resolved.dependsOn.filter((d) => names.has(d)),
        waitFor: guestWaits(m._resolved, members),
      })),
    });
    this.userData = userDataText(this, cloudConfig);
    const unsafe = cloudConfig.unsafeCharacters;

    this.vm = new VirtualMachine(this, 'vm', {
      host: this.host,
      name: this.host.scopedName(this.vmName),
      hostname: this.vmName,
      memoryMiB: this.memoryMiB,
      vcpus: this.vcpus,
      vm: guest,
      userData: this.userData,
      instanceId: instanceId(this, this.vmName, cloudConfig),
      dataDisks: [
        ...members.flatMap((m) => uniqueByName(m._resolved.volumes).filter((v) => !v.shared).map((v) => ({
          name: v.name,
          owner: m.name,
          serial: diskSerial(m.name, v.name),
          sizeGiB: volumeSizeGiB(v),
          preventDestroy: v.preventDestroy,
        }))),
        ...sharedVolumes.map((v) => ({
          name: v.name, shared: true, serial: sharedDiskSerial(v.name), sizeGiB: volumeSizeGiB(v), preventDestroy: v.preventDestroy,
        })),
      ],
      // The container publishes hostPort in the VM (22 on 10022: the guest's sshd keeps 22); the
      // host forwards hostPort to it.
      portForwards: members.flatMap((m) => m._resolved.ports.filter((p) => p.hostPort !== undefined).map((p) => ({
        protocol: p.protocol, bindAddress: p.bindAddress, hostPort: p.hostPort!, guestPort: guestPort(p.hostPort!),
      }))),
      autostart: true,
      labels: { [HYBRID_LABEL]: this.vmName },
    });
    for (const m of this.workloads) m._attach(this.vm);
    this.node.addValidation({ validate: () => this.validate(props, guest, appsMemory + engineOverhead, unsafe) });
  }

  private validate(props: HybridVmProps, guest: ResolvedVm, needed: number, unsafe: string[]): string[] {
    const p = new Problems(this.vmName, 'hybrid VM');
    const sizing = props.hybrid ?? {};
    // `needed` is NaN when a workload's or the engine's memory is not a number, which is reported
    // on its own; then only the general bounds apply.
    const minMemory = Math.max(needed, VM_DEFAULTS.minGuestMemoryMiB);
    const tooLittle = () => p.add('hybrid.memoryMiB', sizing.memoryMiB,
      `is less than its workloads and engine need (${needed} MiB, at least ${VM_DEFAULTS.minGuestMemoryMiB})`,
      `use at least ${minMemory}, or leave it unset to size the VM from its workloads`);
    const sized = { ...sizing, name: this.vmName };
    if (Number.isFinite(needed)) checkHybridSizing(p, sized, minMemory, tooLittle);
    else checkHybridSizing(p, sized);
    if (props.specs.length === 0) p.add('specs', undefined, 'is empty', 'give the shared VM at least one workload');
    guestProblems(p, guest, 'vm', this.host, true);
    const published = sortedByName(uniqueByName(this.workloads)).flatMap((m) => m._resolved.ports.flatMap((port, i) => (port.hostPort === undefined ? []
      : [{ field: `workload "${m.name}" ports[${i}].hostPort`, hostPort: port.hostPort }])));
    this.host._addHostPortProblems(p, published);
    guestPortClashes(published.map(({ field, hostPort }) => ({ field, port: guestPort(hostPort) })), p);
    // The last guard, reported only when no field's own check explains it.
    if (p.all.length === 0 && this.workloads.every((w) => validateSpec(w.spec).length === 0)) unsafeInCloudConfig(p, unsafe);
    return p.all;
  }
}

/** What `spec` waits for in the shared VM beyond the start of its dependencies there (dependencyConditions). */
function guestWaits(spec: ResolvedSpec, members: HybridContainer[]): GuestWait[] {
  return Object.entries(spec.dependencyConditions).flatMap(([name, condition]): GuestWait[] => {
    const dep = members.find((m) => m.name === name)?._resolved;
    if (!dep || condition === DependencyCondition.STARTED) return [];
    if (condition === DependencyCondition.HEALTHY) {
      // Without a health check there is nothing to wait for; validation reports it.
      return dep.healthCheck ? [{ app: name, condition, healthWaitSeconds: healthWaitSeconds(dep.healthCheck) }] : [];
    }
    return [{ app: name, condition }];
  });
}
