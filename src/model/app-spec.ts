import { VmSpec, WorkloadSpec } from './workload-spec';

/**
 * A whole application: the workloads of one stack, as loaded from an app file (YAML or JSON) by
 * `AppSpecFile.load` or written in TypeScript.
 */
export interface AppSpec {
  /** The workloads. */
  readonly workloads: WorkloadSpec[];
  /**
   * Guest settings applied to every VM the app creates (each workload's own VM on the vm target,
   * the shared VM on the hybrid target); a workload's own `vm` fields win.
   * @default - the VmSpec defaults
   */
  readonly vm?: VmSpec;
  /** Sizing of the shared VM of the hybrid target. @default - see HybridVmSpec */
  readonly hybrid?: HybridVmSpec;
}

/** The shared VM of the hybrid target: its name and, when the computed size does not fit, its size. */
export interface HybridVmSpec {
  /** Name of the VM (libvirt domain). @default "hybrid" */
  readonly name?: string;
  /**
   * Memory of the VM in MiB.
   * @default - the sum of the workloads' memoryMiB + engineOverheadMiB + the guest's memoryOverheadMiB
   */
  readonly memoryMiB?: number;
  /** vCPUs of the VM. @default - the sum of the workloads' cpus (1 for each that sets none), rounded up */
  readonly vcpus?: number;
  /** Memory for the container engine (dockerd, containerd) in MiB. @default 256 */
  readonly engineOverheadMiB?: number;
}
