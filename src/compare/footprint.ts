import { containerSettings } from '../containers/container-settings';
import { WorkloadTarget } from '../model/target';
import { ContainerWorkload } from '../targets/docker/container-workload';
import { HybridWorkload } from '../targets/hybrid/hybrid-workload';
import { HybridVm } from '../targets/hybrid/hybrid-vm';
import { diskKey, VirtualMachine } from '../targets/libvirt/virtual-machine';
import { VmWorkload } from '../targets/libvirt/vm-workload';
import { SwarmWorkload } from '../targets/swarm/swarm-workload';
import { Workload } from '../targets/workload';

/** A disk the host provides, or an image whose size the library cannot know (sizeGiB undefined). */
export interface DiskItem {
  readonly kind: 'image' | 'base image' | 'root disk' | 'data disk' | 'volume' | 'seed';
  readonly what: string;
  /** Allocated size (a copy-on-write disk's most); undefined where the library cannot know it. */
  readonly sizeGiB?: number;
}

/** What one workload, or the whole app, takes from the host on one target. */
export interface Footprint {
  /** Memory the host must reserve. */
  readonly memoryMiB: number;
  /** How memoryMiB is made up, e.g. "256 MiB limit". */
  readonly memory: string;
  /** vCPUs the host gives; undefined where none are reserved (a container without `cpus`). */
  readonly vcpus?: number;
  readonly disks: DiskItem[];
  /** The sum of the disks of known size. */
  readonly diskGiB: number;
}

/**
 * The footprint of a built workload, read from the constructs the target made: a container's
 * memory limit per replica, a VM's domain memory and disks, a hybrid container's limit in the
 * shared VM (the guest's and engine's overheads are the shared VM's, in `hybridFootprint`).
 */
export function workloadFootprint(w: Workload): Footprint {
  if (w instanceof ContainerWorkload) {
    const limits = w.containers.map((c) => c.memoryInput ?? 0);
    const cpus = w.containers.map((c) => Number(c.cpusInput));
    const memoryMiB = limits.reduce((a, b) => a + b, 0);
    return {
      memoryMiB,
      memory: limits.length === 1 ? `${memoryMiB} MiB limit` : `${limits.length} × ${limits[0] ?? 0} MiB limit`,
      vcpus: cpus.length && cpus.every(Number.isFinite) ? cpus.reduce((a, b) => a + b, 0) : undefined,
      disks: [
        { kind: 'image' as const, what: `image ${w.spec.image ?? ''} (size unknown)` },
        ...Object.keys(w.dockerVolumes).map((name) => ({ kind: 'volume' as const, what: `Docker volume ${name} (no size quota)` })),
      ],
      diskGiB: 0,
    };
  }
  if (w instanceof SwarmWorkload) {
    // The limits of every replica: the swarm may place them all on one node.
    const replicas = w.service.modeInput?.replicated?.replicas ?? 1;
    const limits = w.service.taskSpecInput?.resources?.limits;
    const perReplica = (limits?.memoryBytes ?? 0) / (1024 * 1024);
    const nano = limits?.nanoCpus;
    return {
      memoryMiB: replicas * perReplica,
      memory: replicas === 1 ? `${perReplica} MiB limit` : `${replicas} × ${perReplica} MiB limit, on the nodes the swarm picks`,
      vcpus: nano === undefined ? undefined : (replicas * nano) / 1e9,
      disks: [
        { kind: 'image' as const, what: `image ${w.spec.image ?? ''} on each node that runs it (size unknown)` },
        ...w.volumes.map((v) => ({ kind: 'volume' as const, what: `local volume ${v.name} on one node (no size quota)` })),
      ],
      diskGiB: 0,
    };
  }
  if (w instanceof VmWorkload) {
    const vm = vmFootprint(w.vm, w.userData !== undefined);
    const running = w.vm.domain.runningInput !== false;
    const image = w.spec.native === undefined && w.userData !== undefined ? [{ kind: 'image' as const, what: `image ${w.spec.image ?? ''} in the guest (size unknown)` }] : [];
    return {
      ...vm,
      memoryMiB: running ? vm.memoryMiB : 0,
      memory: running ? `${vm.memoryMiB} MiB domain (the workload's memory + guest overhead)`
        : 'not running (replicas 0)',
      disks: [...vm.disks, ...image],
    };
  }
  if (w instanceof HybridWorkload) {
    const memoryMiB = containerSettings(w._resolved).memoryMiB;
    const disks = w.volumes.map((v) => {
      const disk = w.vm.dataVolumes[diskKey(v.name, w.name)];
      return { kind: 'data disk' as const, what: `data disk ${v.name}`, sizeGiB: gibibytes(disk.capacityInput, disk.capacityUnitInput) };
    });
    return {
      memoryMiB,
      memory: `${memoryMiB} MiB limit in the shared VM`,
      vcpus: undefined,
      disks: [{ kind: 'image' as const, what: `image ${w.spec.image ?? ''} in the shared VM (size unknown)` }, ...disks],
      diskGiB: sum(disks),
    };
  }
  throw new Error(`${w.node.path}: no footprint for a ${w.constructor.name}`);
}

/** The shared VM of the hybrid target: its domain memory (workloads, engine and guest) and disks. */
export function hybridFootprint(h: HybridVm): Footprint {
  const vm = vmFootprint(h.vm, true);
  const members = h.workloads.map(workloadFootprint);
  const limits = members.reduce((a, w) => a + w.memoryMiB, 0);
  // The data disks are the VM's own; the images are the containers'.
  const images = members.flatMap((m) => m.disks.filter((d) => d.kind === 'image'));
  return { ...vm, memory: `${h.memoryMiB} MiB domain (${limits} MiB of containers + engine and guest overhead)`, disks: [...vm.disks, ...images] };
}

function vmFootprint(vm: VirtualMachine, cloudInit: boolean): Footprint {
  const root = gibibytes(vm.rootDisk.capacityInput, vm.rootDisk.capacityUnitInput);
  const data = Object.entries(vm.dataVolumes).map(([key, v]) => ({ kind: 'data disk' as const, what: `data disk ${key.replace('_', '/')}`, sizeGiB: gibibytes(v.capacityInput, v.capacityUnitInput) }));
  const disks: DiskItem[] = [
    { kind: 'base image' as const, what: 'base image, shared by the VMs of one host (size unknown)' },
    { kind: 'root disk' as const, what: 'root disk (copy-on-write over the base image)', sizeGiB: root },
    ...data,
    ...(cloudInit ? [{ kind: 'seed' as const, what: 'cloud-init seed ISO (a few KiB)' }] : []),
  ];
  const memoryMiB = mebibytes(vm.domain.memoryInput, vm.domain.memoryUnitInput);
  return { memoryMiB, memory: `${memoryMiB} MiB domain`, vcpus: vm.domain.vcpuInput, disks, diskGiB: sum(disks) };
}

function sum(disks: DiskItem[]): number {
  return disks.reduce((a, d) => a + (d.sizeGiB ?? 0), 0);
}

/** The library writes MiB and GiB; any other unit means this reader is out of date. */
function mebibytes(value: number | undefined, unit: string | undefined): number {
  if (unit !== 'MiB' || value === undefined) throw new Error(`domain memory ${value} ${unit}: expected MiB`);
  return value;
}

function gibibytes(value: number | undefined, unit: string | undefined): number {
  if (unit !== 'GiB' || value === undefined) throw new Error(`volume capacity ${value} ${unit}: expected GiB`);
  return value;
}

/** The targets, in the order every output lists them. */
export const TARGETS: WorkloadTarget[] = [WorkloadTarget.CONTAINER, WorkloadTarget.VM, WorkloadTarget.HYBRID, WorkloadTarget.SWARM];
