import { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import type { HybridWorkload } from './hybrid-workload';
import { diskKey } from '../libvirt/virtual-machine';
import { ResolvedSpec, resolveSpec, uniqueByName } from '../../model/defaults';
import { Problems } from '../../model/problems';
import { WorkloadTarget } from '../../model/target';
import { WorkloadSpec } from '../../model/workload-spec';
import { capabilityProblems } from '../capabilities';
import { portEndpoint, WorkloadEndpoint, WorkloadVolume } from '../endpoint';
import { addDependsOn, PublishedPort, publishedPorts, Workload } from '../workload';

export interface HybridContainerProps {
  /** What to run. */
  readonly spec: WorkloadSpec;
  /** The shared VM it runs in. */
  readonly group: HybridWorkload;
}

/**
 * One workload of a HybridWorkload: a container in the shared VM's Docker engine. Others in the
 * VM reach it by name; ports with a hostPort are published on the VM and forwarded from the host.
 */
export class HybridContainer extends Workload {
  /** The shared VM it runs in. */
  public readonly group: HybridWorkload;
  /** @internal */
  public readonly _resolved: ResolvedSpec;

  constructor(scope: Construct, id: string, props: HybridContainerProps) {
    super(scope, id, props.spec, WorkloadTarget.HYBRID);
    this.group = props.group;
    this._resolved = resolveSpec(props.spec);
  }

  /** Published ports on the libvirt host; the others by name inside the VM, as on Docker. */
  public get endpoints(): WorkloadEndpoint[] {
    return this._resolved.ports.map((p) => portEndpoint(p, this.group.host.address, this.name));
  }

  public get volumes(): WorkloadVolume[] {
    return uniqueByName(this._resolved.volumes).map((v) => {
      const disk = this.group.vm.dataVolumes[diskKey(v.name, this.name)];
      return { name: v.name, storageName: disk.name, mountPath: v.mountPath, location: disk.path };
    });
  }

  /** Called by the group once the VM exists. @internal */
  public _addOutputs(): void {
    this.addOutputs();
  }

  /** @internal */
  public _publishedPorts(): PublishedPort[] {
    return publishedPorts(this.group.host, this._resolved.ports);
  }

  /** @internal */
  public _dependables(): ITerraformDependable[] {
    return [this.group.vm.domain];
  }

  protected wireDependency(other: Workload): void {
    // In the same VM the order is the guest's (systemd units); Terraform only orders VMs.
    if (other instanceof HybridContainer && other.group === this.group) return;
    addDependsOn([this.group.vm.domain], other);
  }

  protected validateForTarget(): string[] {
    const spec = this._resolved;
    const p = new Problems(spec.name);
    if (spec.image === undefined) {
      p.add('image', undefined, 'is missing', 'the hybrid target runs an image in the shared VM\'s Docker engine: set image, e.g. "nginx:1.27"');
    }
    return [...capabilityProblems(spec, WorkloadTarget.HYBRID), ...p.all];
  }
}
