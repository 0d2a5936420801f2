import { Lazy } from 'cdktf';
import { Construct } from 'constructs';
import { HybridWorkload, IHybridVm } from './hybrid-workload';
import { RenderedCloudConfig, renderCloudConfig, unsafeInCloudConfig } from '../../cloudinit/cloud-config';
import { secretVariablesOf } from '../../cloudinit/content';
import { diskSerial, GuestApp, guestPort, guestPortClashes, GuestRuntime, GuestWait, sharedDiskSerial, sharedVolumeGuestPath } from '../../cloudinit/guest';
import { guestApp } from '../../cloudinit/guest-app';
import { healthWaitSeconds } from '../../containers/health-probe';
import { HybridVmSpec } from '../../model/app-spec';
import { HYBRID_LABEL } from '../../model/contracts';
import { HYBRID_DEFAULTS, ResolvedSpec, ResolvedVm, ResolvedVolume, resolveVm, sortedByName, uniqueByName, VM_DEFAULTS, volumeSizeGiB } from '../../model/defaults';
import { Problems } from '../../model/problems';
import { checkHybridSizing, validateSpec } from '../../model/validate';
import { DependencyCondition, VmSpec, WorkloadSpec } from '../../model/workload-spec';
import { LibvirtHost } from '../libvirt/libvirt-host';
import { VirtualMachine } from '../libvirt/virtual-machine';
import { guestProblems } from '../libvirt/vm-settings';
import { secretVariable } from '../secrets';
import { instanceId, userDataText } from '../terraform-text';

const HYBRID_VM_SYMBOL = Symbol.for('cdktf-workloads.HybridVm');

export interface HybridVmProps {
  /**
   * The workloads to run as containers in the shared VM, one `HybridWorkload` each (construct id
   * `workloads/<name>`). More can join later: `addWorkload(spec)`, or a `HybridWorkload` given
   * this VM.
   * @default - none yet: the workloads join with addWorkload or HybridWorkload
   */
  readonly specs?: WorkloadSpec[];
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

/** A rendered cloud-config and what the seed takes of it, as Terraform text. */
interface GuestText {
  readonly rendered: RenderedCloudConfig;
  readonly instanceId: string;
  readonly userData: string;
}

/**
 * The hybrid target's shared VM: several workloads as containers inside one libvirt VM, container
 * packaging and density with a kernel boundary between them and the host. cloud-init installs
 * Docker in the VM and one systemd unit per workload that starts its container after the ones it
 * depends on; the engine applies restart policies and health checks. Volumes are VM data disks
 * bind-mounted into the containers. It is no Workload itself: each of its `workloads` is one, a
 * `HybridWorkload`, given in `specs` or joining later; the VM's size, disks and cloud-config are
 * those of the workloads it has when the stack synthesizes.
 */
export class HybridVm extends Construct implements IHybridVm {
  /** True if `x` is a HybridVm (of any copy of this package). */
  public static isHybridVm(x: any): x is HybridVm {
    return x !== null && typeof x === 'object' && HYBRID_VM_SYMBOL in x;
  }

  /** The libvirt host of the VM. */
  public readonly host: LibvirtHost;
  /** The shared VM (disks, cloud-init seed, domain). */
  public readonly vm: VirtualMachine;
  /** Name of the VM. */
  public readonly vmName: string;

  private readonly sizing: HybridVmSpec;
  private readonly guest: ResolvedVm;
  private readonly group: Construct;
  /** Every workload that joined, in the order it did. */
  private readonly joined: HybridWorkload[] = [];
  /** How many of `joined` have their disks, secrets and outputs; none while the constructor adds `specs`. */
  private settled = 0;
  private building = true;
  /** The cloud-config of the workloads joined so far (rendered again when one more joins). */
  private rendered?: { readonly joined: number; readonly text: GuestText };

  constructor(scope: Construct, id: string, props: HybridVmProps) {
    super(scope, id);
    Object.defineProperty(this, HYBRID_VM_SYMBOL, { value: true });
    this.host = props.host ?? LibvirtHost.defaultFor(this);
    this.sizing = props.hybrid ?? {};
    this.vmName = this.sizing.name ?? HYBRID_DEFAULTS.name;
    this.guest = resolveVm({ diskGiB: HYBRID_DEFAULTS.diskGiB, ...(props.vm ?? {}) }, undefined);
    this.group = new Construct(this, 'workloads');

    this.vm = new VirtualMachine(this, 'vm', {
      host: this.host,
      name: this.host.scopedName(this.vmName),
      hostname: this.vmName,
      ...this.shape(),
      vm: this.guest,
      // What the guest receives is rendered at synth, for the workloads the VM has then.
      userData: Lazy.stringValue({ produce: () => this.guestText().userData }),
      instanceId: Lazy.stringValue({ produce: () => this.guestText().instanceId }),
      autostart: true,
      labels: { [HYBRID_LABEL]: this.vmName },
    });
    for (const spec of props.specs ?? []) this.addWorkload(spec);
    this.building = false;
    this.settle();
    this.node.addValidation({ validate: () => this.validate(props) });
  }

  /** One workload per spec or joined later, in the order they came, each with the uniform outputs. */
  public get workloads(): HybridWorkload[] {
    return [...this.joined];
  }

  /** The VM's cloud-config as Terraform text. */
  public get userData(): string {
    return this.guestText().userData;
  }

  /** Memory of the VM in MiB, as computed or given. */
  public get memoryMiB(): number {
    return this.shape().memoryMiB;
  }

  /** vCPUs of the VM, as computed or given. */
  public get vcpus(): number {
    return this.shape().vcpus;
  }

  /**
   * Runs `spec` as one more container in the VM: a HybridWorkload with construct id
   * `workloads/<name>`, as a spec of `specs` gets.
   */
  public addWorkload(spec: WorkloadSpec): HybridWorkload {
    return new HybridWorkload(this.group, spec.name, { spec, vm: this });
  }

  /** @internal */
  public _join(workload: HybridWorkload): void {
    this.joined.push(workload);
    if (!this.building) this.settle();
  }

  /** The workloads the VM runs: the first of each name, by name, so their order changes nothing the VM receives. */
  private members(): HybridWorkload[] {
    return sortedByName(uniqueByName(this.joined));
  }

  /**
   * The VM as its workloads need it: sized from the sum of theirs, a data disk per private volume
   * and one per shared volume name, their published ports forwarded.
   */
  private shape() {
    const members = this.members();
    const appsMemory = members.reduce((sum, m) => sum + m._resolved.memoryMiB, 0);
    return {
      memoryMiB: this.sizing.memoryMiB ?? appsMemory + this.engineOverheadMiB() + this.guest.memoryOverheadMiB,
      vcpus: this.sizing.vcpus ?? Math.max(1, Math.ceil(members.reduce((sum, m) => sum + (m._resolved.cpus ?? HYBRID_DEFAULTS.cpusPerWorkload), 0))),
      dataDisks: [
        ...members.flatMap((m) => uniqueByName(m._resolved.volumes).filter((v) => !v.shared).map((v) => ({
          name: v.name,
          owner: m.name,
          serial: diskSerial(m.name, v.name),
          sizeGiB: volumeSizeGiB(v),
          preventDestroy: v.preventDestroy,
        }))),
        ...sharedVolumesOf(members).map((v) => ({
          name: v.name, shared: true, serial: sharedDiskSerial(v.name), sizeGiB: volumeSizeGiB(v), preventDestroy: v.preventDestroy,
        })),
      ],
      // The container publishes hostPort in the VM (22 on 10022: the guest's sshd keeps 22); the
      // host forwards hostPort to it.
      portForwards: members.flatMap((m) => m._resolved.ports.filter((p) => p.hostPort !== undefined).map((p) => ({
        protocol: p.protocol, bindAddress: p.bindAddress, hostPort: p.hostPort!, guestPort: guestPort(p.hostPort!),
      }))),
    };
  }

  private engineOverheadMiB(): number {
    return this.sizing.engineOverheadMiB ?? HYBRID_DEFAULTS.engineOverheadMiB;
  }

  /**
   * Gives the workloads that joined since the last call what they need before synth: the VM's
   * size, disks and forwards; their outputs, which name the disks; and the sensitive variables
   * their files in the guest read (the only parts of a GuestApp that carry secrets). The
   * cloud-config itself is rendered once, at synth, when no construct can be added any more;
   * rendering it at every join instead made adding 100 workloads one by one take 35 s.
   */
  private settle(): void {
    const fresh = this.joined.slice(this.settled);
    this.settled = this.joined.length;
    if (fresh.length === 0) return;
    this.vm._reconfigure(this.shape());
    for (const w of fresh) w._attach();
    const members = this.members();
    const names = new Set(members.map((m) => m.name));
    const isFresh = new Set(fresh);
    for (const m of members.filter((x) => isFresh.has(x))) {
      for (const variable of secretVariablesOf(guestAppOf(m, members, names).files.flatMap((f) => f.content))) secretVariable(this, variable);
    }
  }

  /** The cloud-config of the workloads joined so far, and its Terraform text; made once per set of workloads. */
  private guestText(): GuestText {
    if (this.rendered?.joined === this.joined.length) return this.rendered.text;
    const members = this.members();
    const names = new Set(members.map((m) => m.name));
    // One disk per shared volume name, mounted once in the VM.
    const rendered = renderCloudConfig({
      sharedFilesystems: sharedVolumesOf(members).map((v) => ({
        device: `/dev/disk/by-id/virtio-${sharedDiskSerial(v.name)}`, mountPath: sharedVolumeGuestPath(v.name), readOnly: false,
      })),
      hostname: this.vmName,
      adminUser: this.guest.adminUser,
      sshAuthorizedKeys: this.guest.sshAuthorizedKeys,
      apps: members.map((m) => guestAppOf(m, members, names)),
    });
    const text = { rendered, instanceId: instanceId(this, this.vmName, rendered), userData: userDataText(this, rendered) };
    this.rendered = { joined: this.joined.length, text };
    return text;
  }

  private validate(props: HybridVmProps): string[] {
    const p = new Problems(this.vmName, 'hybrid VM');
    const sizing = this.sizing;
    const members = this.members();
    // `needed` is NaN when a workload's or the engine's memory is not a number, which is reported
    // on its own; then only the general bounds apply.
    const needed = members.reduce((sum, m) => sum + m._resolved.memoryMiB, 0) + this.engineOverheadMiB();
    const minMemory = Math.max(needed, VM_DEFAULTS.minGuestMemoryMiB);
    const tooLittle = () => p.add('hybrid.memoryMiB', sizing.memoryMiB,
      `is less than its workloads and engine need (${needed} MiB, at least ${VM_DEFAULTS.minGuestMemoryMiB})`,
      `use at least ${minMemory}, or leave it unset to size the VM from its workloads`);
    const sized = { ...sizing, name: this.vmName };
    if (Number.isFinite(needed)) checkHybridSizing(p, sized, minMemory, tooLittle);
    else checkHybridSizing(p, sized);
    if (this.joined.length === 0) {
      if (props.specs !== undefined) p.add('specs', undefined, 'is empty', 'give the shared VM at least one workload');
      else p.add('specs', undefined, 'is unset and no workload joined the VM', 'give it at least one: in specs, with addWorkload(spec), or with new HybridWorkload(scope, id, { spec, vm })');
    }
    guestProblems(p, this.guest, 'vm', this.host, true);
    const published = members.flatMap((m) => m._resolved.ports.flatMap((port, i) => (port.hostPort === undefined ? []
      : [{ field: `workload "${m.name}" ports[${i}].hostPort`, hostPort: port.hostPort }])));
    this.host._addHostPortProblems(p, published);
    guestPortClashes(published.map(({ field, hostPort }) => ({ field, port: guestPort(hostPort) })), p);
    // The last guard, reported only when no field's own check explains it.
    if (p.all.length === 0 && this.joined.every((w) => validateSpec(w.spec).length === 0)) unsafeInCloudConfig(p, this.guestText().rendered.unsafeCharacters);
    return p.all;
  }
}

/** What `m` runs in the guest: its unit, files and setup, after the members it depends on. */
function guestAppOf(m: HybridWorkload, members: HybridWorkload[], names: ReadonlySet<string>): GuestApp {
  return guestApp({
    spec: m._resolved,
    configFiles: m._configFiles.files,
    runtime: GuestRuntime.DOCKER,
    shareVolumes: true,
    publishAllPorts: false,
    after: m._resolved.dependsOn.filter((d) => names.has(d)),
    waitFor: guestWaits(m._resolved, members),
  });
}

/** The shared volumes of `members`, one per name; its first user by name gives the size and lifecycle (users that disagree are an error, see shared-volumes.ts). */
function sharedVolumesOf(members: HybridWorkload[]): ResolvedVolume[] {
  return sortedByName(uniqueByName(members.flatMap((m) => uniqueByName(m._resolved.volumes).filter((v) => v.shared))));
}

/** What `spec` waits for in the shared VM beyond the start of its dependencies there (dependencyConditions). */
function guestWaits(spec: ResolvedSpec, members: HybridWorkload[]): GuestWait[] {
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
