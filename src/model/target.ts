/** Where a workload runs: the virtualization model. */
export enum WorkloadTarget {
  /** A Docker container on a Docker host: shared kernel, fast start, small footprint. */
  CONTAINER = 'container',
  /** A libvirt/KVM virtual machine of its own: own kernel and OS, strong isolation. */
  VM = 'vm',
  /** A container inside a libvirt VM shared with other workloads. */
  HYBRID = 'hybrid',
  /** A Docker Swarm service: containers the swarm places on its nodes, keeps running and updates in rolling steps. */
  SWARM = 'swarm',
}
