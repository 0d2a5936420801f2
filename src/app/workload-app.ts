import { Construct } from 'constructs';
import { chooseTarget } from './target-choice';
import { AppSpec } from '../model/app-spec';
import { Problems } from '../model/problems';
import { WorkloadTarget } from '../model/target';
import { ContainerWorkload } from '../targets/docker/container-workload';
import { DockerHost } from '../targets/docker/docker-host';
import type { HybridVm } from '../targets/hybrid/hybrid-vm';
import type { LibvirtHost } from '../targets/libvirt/libvirt-host';
import type { SwarmCluster } from '../targets/swarm/swarm-cluster';
import { Workload } from '../targets/workload';

// The vm and hybrid targets (cloud-init rendering, yaml, the libvirt bindings) load when a workload
// is placed on one: an app whose workloads all stay containers does not pay for them.
const vmTarget = (): typeof import('../targets/libvirt/vm-workload') => require('../targets/libvirt/vm-workload');
const hybridTarget = (): typeof import('../targets/hybrid/hybrid-vm') => require('../targets/hybrid/hybrid-vm');
const swarmTarget = (): typeof import('../targets/swarm/swarm-workload') => require('../targets/swarm/swarm-workload');

export interface WorkloadAppProps {
  /** The app: its workloads and the settings of the VMs it may create. */
  readonly app: AppSpec;
  /**
   * The target of every workload. Wins over everything else.
   * @default - each workload's `target`, else WORKLOADS_TARGET, else the cdktf.json context key `target`, else container
   */
  readonly target?: WorkloadTarget;
  /** @default - the stack's default Docker host (`DockerHost.defaultFor`) */
  readonly dockerHost?: DockerHost;
  /** @default - the stack's default libvirt host (`LibvirtHost.defaultFor`) */
  readonly libvirtHost?: LibvirtHost;
  /** @default - the stack's default swarm (`SwarmCluster.defaultFor`) */
  readonly swarmCluster?: SwarmCluster;
}

/**
 * One app whose target is a configuration value: each workload becomes a ContainerWorkload, a
 * VmWorkload, a container in the app's one HybridVm, or a SwarmWorkload, with the hosts and
 * networks those need. Endpoint and volume outputs have the same names on every target.
 */
export class WorkloadApp extends Construct {
  /** Every workload, in the app's order. */
  public readonly workloads: Workload[];
  /** The shared VM (construct id `hybrid_vm`), when some workload's target is hybrid. */
  public readonly hybridVm?: HybridVm;
  /** The target each workload got, by name. */
  public readonly targets: { [name: string]: WorkloadTarget };
  /** Where each workload's target came from, by name (props, spec, env, context, default). */
  public readonly targetSources: { [name: string]: string };

  constructor(scope: Construct, id: string, props: WorkloadAppProps) {
    super(scope, id);
    const { app } = props;
    // Only the first workload of each name is created: a second one would be a construct id taken
    // twice, which constructs reports without saying which spec or why.
    const duplicates: string[] = [];
    const firstIndex = new Map<string, number>();
    const workloads = app.workloads.filter((spec, i) => {
      const first = firstIndex.get(spec.name);
      if (first === undefined) {
        firstIndex.set(spec.name, i);
        return true;
      }
      const p = new Problems(spec.name);
      p.add(`workloads[${i}].name`, spec.name, `is already the name of workloads[${first}]`, 'give every workload of the app its own name');
      duplicates.push(...p.all);
      return false;
    });
    const choices = workloads.map((spec) => ({ spec, choice: chooseTarget(this, spec, props.target) }));
    this.targets = {};
    this.targetSources = {};
    for (const { spec, choice } of choices) {
      this.targets[spec.name] = choice.target;
      this.targetSources[spec.name] = choice.source;
    }
    const problems = [...duplicates, ...new Set(choices.flatMap(({ choice }) => (choice.problem ? [choice.problem] : [])))];
    this.node.addValidation({ validate: () => problems });

    // Each workload sees the target it got, so its own check of `spec.target` agrees.
    const placed = choices.map(({ spec, choice }) => ({ ...spec, target: choice.target }));

    this.workloads = [];
    for (const spec of placed) {
      if (spec.target === WorkloadTarget.CONTAINER) {
        this.workloads.push(new ContainerWorkload(this, spec.name, { spec, host: props.dockerHost }));
      } else if (spec.target === WorkloadTarget.VM) {
        this.workloads.push(new (vmTarget().VmWorkload)(this, spec.name, { spec, host: props.libvirtHost, vm: app.vm }));
      } else if (spec.target === WorkloadTarget.SWARM) {
        this.workloads.push(new (swarmTarget().SwarmWorkload)(this, spec.name, { spec, cluster: props.swarmCluster }));
      }
    }
    const hybridSpecs = placed.filter((s) => s.target === WorkloadTarget.HYBRID);
    if (hybridSpecs.length) {
      // An id no workload name can take (names have no underscore).
      this.hybridVm = new (hybridTarget().HybridVm)(this, 'hybrid_vm', {
        specs: hybridSpecs,
        host: props.libvirtHost,
        vm: app.vm,
        hybrid: app.hybrid,
      });
      this.workloads.push(...this.hybridVm.workloads);
    }
  }
}
