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
}
