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

const HYBRID_CONTAINER_SYMBOL = Symbol.for('cdktf-workloads.HybridContainer');

export interface HybridContainerProps {
  /** What to run. */
  readonly spec: WorkloadSpec;
  /** The libvirt host of the shared VM it runs in. */
  readonly host: LibvirtHost;
}

/**
 * One workload of a HybridVm: a container in the shared VM's Docker engine. Others in the VM reach
 * it by name; ports with a hostPort are published on the VM and forwarded from the host. Created
 * by HybridVm, one per spec.
 */
export class HybridContainer extends Workload {
  /** True if `x` is a HybridContainer (of any copy of this package). */
  public static isHybridContainer(x: any): x is HybridContainer {
    return x !== null && typeof x === 'object' && HYBRID_CONTAINER_SYMBOL in x;
  }

  /** The libvirt host of the shared VM. */
  public readonly host: LibvirtHost;
  /** @internal */
  public readonly _resolved: ResolvedSpec;
  /** The config files with their text, read once. @internal */
  public readonly _configFiles: { files: LoadedConfigFile[]; problems: string[] };

  private sharedVm?: VirtualMachine;

  constructor(scope: Construct, id: string, props: HybridContainerProps) {
    super(scope, id, props.spec, WorkloadTarget.HYBRID);
    Object.defineProperty(this, HYBRID_CONTAINER_SYMBOL, { value: true });
    this.host = props.host;
    this._resolved = resolveSpec(props.spec);
    this._configFiles = loadConfigFiles(this._resolved);
    registerSharedVolumes(this, this._resolved.volumes);
  }

  /** The shared VM it runs in (disks, cloud-init seed, domain), as `VmWorkload.vm` is a VM workload's own. */
  public get vm(): VirtualMachine {
    if (this.sharedVm === undefined) throw new Error(`${this.node.path}: the HybridVm that runs this container has not created its VM yet`);
    return this.sharedVm;
  }

  /** Published ports on the libvirt host; the others by name inside the VM, as on Docker. */
  public get endpoints(): WorkloadEndpoint[] {
    return this._resolved.ports.map((p) => portEndpoint(p, this.host.address, this.name));
  }

  public get volumes(): WorkloadVolume[] {
    return uniqueByName(this._resolved.volumes).map((v) => {
      const disk = this.vm.dataVolumes[v.shared ? sharedDiskKey(v.name) : diskKey(v.name, this.name)];
      return { name: v.name, storageName: attributeOf(disk, 'name'), mountPath: v.mountPath, location: attributeOf(disk, 'path'), shared: v.shared || undefined };
    });
  }

  /** Called by the HybridVm once the shared VM exists: the container runs in it. @internal */
  public _attach(vm: VirtualMachine): void {
    this.sharedVm = vm;
    this.addOutputs();
  }

  /** The shared VM: its workloads share its shared volumes' disks. @internal */
  public _sharedVolumePlace(): SharedVolumePlace {
    // The HybridVm that created this container (its `workloads` group's parent), by its name.
    const vm = this.node.scope?.node.scope as (IConstruct & { vmName?: string }) | undefined;
    return { key: vm?.node.path ?? this.node.path, label: `hybrid VM "${vm?.vmName ?? vm?.node.id}"` };
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
    return { spec: this._resolved, target: this.target, guest: this.sharedVm?.node.path };
  }

  protected wireDependency(other: Workload): void {
    // In the same VM the order is the guest's (systemd units); Terraform only orders VMs.
    if (HybridContainer.isHybridContainer(other) && this.sharedVm !== undefined && other.sharedVm === this.sharedVm) return;
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
