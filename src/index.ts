// The public API of cdktf-workloads, name by name: everything a user program needs, nothing the
// library uses only inside. Internal helpers stay importable from their modules (the tests do),
// but are not part of the package's API (API.md is generated from what this file exports).

// The spec: plain data, the same on every target (src/model/).
export {
  type ConfigFileSpec, DependencyCondition, type ExtraHostSpec, type FileSpec, type HealthCheckSpec, type HttpProbeSpec, type JobSpec, type LoggingSpec, type NativeRecipeSpec,
  OperatingSystem, type PortSpec, Protocol, RestartPolicy,
  type RestartSpec, Risk, type TcpProbeSpec, type TmpfsSpec, type UlimitSpec, type VmSpec, type VolumeSpec, type WorkloadSpec,
  EndpointMode, PublishMode, type ReservationsSpec, UpdateFailureAction, UpdateOrder, type UpdateSpec,
} from './model/workload-spec';
export { WorkloadTarget } from './model/target';
export type { AppSpec, HybridVmSpec } from './model/app-spec';
export { APP_FILE_LIMITS, AppSpecError, AppSpecFile, loadAppSpec } from './model/app-spec-file';
// Compose files: this module is small; the loader it calls is loaded on first use.
export { ComposeFile, loadComposeFile } from './model/compose-file';
export type { ComposeFileOptions, ComposeLoadResult } from './model/compose-options';
export { WORKLOAD_LABEL } from './model/contracts';
export { DEBIAN_12_BASE_IMAGE_URL, DEBIAN_13_BASE_IMAGE_URL, DEFAULT_BASE_IMAGE_URL } from './model/defaults';

// What every target's workload has: the base class and its uniform outputs (src/targets/).
export { Workload } from './targets/workload';
export type { WorkloadEndpoint, WorkloadVolume } from './targets/endpoint';

// Names on a host, checked across the stacks of an App (src/targets/host-collisions.ts).
export { SEPARATE_MACHINES_CONTEXT } from './targets/host-collisions';

// The container target.
export { DockerHost, type DockerHostProps } from './targets/docker/docker-host';
export { ContainerWorkload, type ContainerWorkloadProps } from './targets/docker/container-workload';

// The vm target.
export { LibvirtHost, type LibvirtHostProps } from './targets/libvirt/libvirt-host';
export { LibvirtPlatform } from './targets/libvirt/platform';
export { VirtualMachine, type VirtualMachineDisk, type VirtualMachinePortForward, type VirtualMachineProps, type VirtualMachineSharedDirectory } from './targets/libvirt/virtual-machine';
export { VmWorkload, type VmWorkloadProps } from './targets/libvirt/vm-workload';

// The hybrid target: one shared VM, and a HybridWorkload for each workload that runs in it as a container.
export { HybridVm, type HybridVmProps } from './targets/hybrid/hybrid-vm';
export { HybridWorkload, type HybridWorkloadProps, type IHybridVm } from './targets/hybrid/hybrid-workload';

// The swarm target: a Docker Swarm service per workload.
export { SwarmCluster, type SwarmClusterProps } from './targets/swarm/swarm-cluster';
export { SwarmWorkload, type SwarmWorkloadProps } from './targets/swarm/swarm-workload';

// The target as a configuration value (src/app/).
export { WorkloadApp, type WorkloadAppProps } from './app/workload-app';
export { TARGET_CONTEXT, TARGET_ENV } from './app/target-choice';

// The typed libvirt 0.9.7 bindings (generated) — the escape hatch's types for the vm and hybrid
// targets. `npm run build` makes this namespace load its members on first use.
export * as libvirt from './generated/providers/libvirt';
