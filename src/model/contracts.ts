/**
 * Names the library writes into what it creates and that more than one layer writes or reads:
 * defined once here, at the bottom, so no layer reaches up or sideways for them.
 */

/** Label that marks every container, Docker volume and VM with the workload it belongs to. */
export const WORKLOAD_LABEL = 'cdktf-workloads.workload';

/** Label that marks the shared VM of the hybrid target with its name. */
export const HYBRID_LABEL = 'cdktf-workloads.hybrid';

/** Label that marks a Docker volume shared by the workloads of a host (`volumes[].shared`) with its name. */
export const SHARED_VOLUME_LABEL = 'cdktf-workloads.shared-volume';
