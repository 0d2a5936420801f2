import { ITerraformDependable } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { LoadedConfigFile, loadConfigFiles } from '../../model/config-files';
import { ResolvedSpec, resolveSpec, uniqueByName } from '../../model/defaults';
import { Problems } from '../../model/problems';
import { WorkloadTarget } from '../../model/target';
import { WorkloadSpec } from '../../model/workload-spec';
import { capabilityProblems } from '../capabilities';
import { DependencyEnd } from '../dependency-conditions';
import { portEndpoint, WorkloadEndpoint, WorkloadVolume } from '../endpoint';
import { LibvirtHost } from '../libvirt/libvirt-host';
import { diskKey, sharedDiskKey, VirtualMachine } from '../libvirt/virtual-machine';
import { registerSharedVolumes, SharedVolumePlace, sharedVolumeProblems } from '../shared-volumes';
import { PublishedPort, publishedPorts } from '../stack-checks';
import { attributeOf } from '../terraform-text';
import { addDependsOn, Workload } from '../workload';

// The marker names the class, as every other marker does. It never reaches Terraform, and no
// copy of the package ever put it on another class: the shared VM was called HybridWorkload
// before markers existed, and has carried 'cdktf-workloads.HybridVm' since.
const HYBRID_WORKLOAD_SYMBOL = Symbol.for('cdktf-workloads.HybridWorkload');

/**
 * The shared VM a HybridWorkload runs in: a `HybridVm`. (An interface, so that the HybridVm, which
 * creates the workloads of its `specs`, and the workload do not import each other.)
 */
export interface IHybridVm extends IConstruct {
  /** The libvirt host of the VM. */
  readonly host: LibvirtHost;
  /** Name of the VM. */
  readonly vmName: string;
  /** The shared VM (disks, cloud-init seed, domain). */
  readonly vm: VirtualMachine;
  /** Takes `workload` in: the VM is sized for it, gets its disks and a unit for it. @internal */
  _join(workload: HybridWorkload): void;
}

export interface HybridWorkloadProps {
  /** What to run. */
  readonly spec: WorkloadSpec;
  /** The shared VM to run it in: a `HybridVm`. */
  readonly vm: IHybridVm;
}

/**
 * One workload as a container in a HybridVm's Docker engine, as a ContainerWorkload is one on a
 * DockerHost: `new HybridWorkload(stack, 'web', { spec, vm })`, or `HybridVm.addWorkload`, or
 * one per spec of `HybridVmProps.specs`. The VM is sized for it, its volumes are data disks of the
 * VM, and cloud-init runs it as a systemd unit there. Others in the VM reach it by name; ports
 * with a hostPort are published on the VM and forwarded from the host.
 */
export class HybridWorkload extends Workload {
  /** True if `x` is a HybridWorkload (of any copy of this package). */
  public static isHybridWorkload(x: any): x is HybridWorkload {
    return x !== null && typeof x === 'object' && HYBRID_WORKLOAD_SYMBOL in x;
  }

  /** The libvirt host of the shared VM. */
  public readonly host: LibvirtHost;
  /** The HybridVm it runs in. */
  public readonly hybridVm: IHybridVm;
  /** @internal */
  public readonly _resolved: ResolvedSpec;
  /** The config files with their text, read once. @internal */
  public readonly _configFiles: { files: LoadedConfigFile[]; problems: string[] };

  constructor(scope: Construct, id: string, props: HybridWorkloadProps) {
    super(scope, id, props.spec, WorkloadTarget.HYBRID);
    Object.defineProperty(this, HYBRID_WORKLOAD_SYMBOL, { value: true });
    this.hybridVm = props.vm;
    this.host = props.vm.host;
    this._resolved = resolveSpec(props.spec);
    this._configFiles = loadConfigFiles(this._resolved);
    registerSharedVolumes(this, this._resolved.volumes);
    props.vm._join(this);
  }

  /** The shared VM it runs in (disks, cloud-init seed, domain), as `VmWorkload.vm` is a VM workload's own. */
  public get vm(): VirtualMachine {
    return this.hybridVm.vm;
  }

  /** Published ports on the libvirt host; the others by name inside the VM, as on Docker. */
  public get endpoints(): WorkloadEndpoint[] {
    return this._resolved.ports.map((p) => portEndpoint(p, this.host.address, this.name));
  }

  public get volumes(): WorkloadVolume[] {
    return uniqueByName(this._resolved.volumes).flatMap((v) => {
      const disk = this.vm.dataVolumes[v.shared ? sharedDiskKey(v.name) : diskKey(v.name, this.name)];
      // None for a second workload of a name in one VM: the first's disks are the VM's (the stack checks report the name).
      if (disk === undefined) return [];
      return [{ name: v.name, storageName: attributeOf(disk, 'name'), mountPath: v.mountPath, location: attributeOf(disk, 'path'), shared: v.shared || undefined }];
    });
  }

  /** Called by the HybridVm once the VM has its disks: the uniform outputs. @internal */
  public _attach(): void {
    this.addOutputs();
  }

  /** The shared VM: its workloads share its shared volumes' disks. @internal */
  public _sharedVolumePlace(): SharedVolumePlace {
    return { key: this.hybridVm.node.path, label: `hybrid VM "${this.hybridVm.vmName}"` };
  }

  /** @internal */
  public _publishedPorts(): PublishedPort[] {
    return publishedPorts(this.host, this._resolved.ports);
  }

  /** @internal */
  public _dependables(): ITerraformDependable[] {
    return [this.vm.domain];
  }

  /** @internal */
  public _dependencyEnd(): DependencyEnd {
    return { spec: this._resolved, target: this.target, guest: this.vm.node.path };
  }

  protected wireDependency(other: Workload): void {
    // In the same VM the order is the guest's (systemd units); Terraform only orders VMs.
    if (HybridWorkload.isHybridWorkload(other) && other.hybridVm === this.hybridVm) return;
    addDependsOn([this.vm.domain], other);
  }

  protected validateForTarget(): string[] {
    const spec = this._resolved;
    const p = new Problems(spec.name);
    if (spec.image === undefined) {
      p.add('image', undefined, 'is missing', 'the hybrid target runs an image in the shared VM\'s Docker engine: set image, e.g. "nginx:1.27"');
    }
    return [...capabilityProblems(this.spec, WorkloadTarget.HYBRID), ...p.all, ...this._configFiles.problems, ...sharedVolumeProblems(this)];
  }
}
