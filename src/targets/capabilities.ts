import { WorkloadTarget } from '../model/target';
import { DEFAULTS } from '../model/defaults';
import { isNamespacedSysctl, isSysctlName, NAMESPACED_SYSCTLS_TEXT } from '../model/hardening';
import { OperatingSystem, WorkloadSpec } from '../model/workload-spec';
import { Problems } from '../model/problems';

/** One use of a spec field that only some targets can honour. */
interface Occurrence {
  readonly path: string;
  readonly value: unknown;
}

/** A spec field only some targets honour, and why the others cannot. */
export interface CapabilityRule {
  /** The field as the README names it, e.g. "volumes[].sizeGiB". */
  readonly field: string;
  /** The targets that honour it. */
  readonly targets: WorkloadTarget[];
  /** Why a target outside `targets` cannot (by target). */
  readonly why: { [target: string]: string };
  /** Where the spec uses the field in a way that needs one of `targets`. */
  readonly find: (spec: WorkloadSpec) => Occurrence[];
}

const { CONTAINER, VM, HYBRID } = WorkloadTarget;

/** Every field that not all targets honour. The README's support table is generated from these. */
export const CAPABILITY_RULES: CapabilityRule[] = [
  {
    field: 'native',
    targets: [VM],
    why: {
      [CONTAINER]: 'a container runs its image; there is no guest to install packages in',
      [HYBRID]: 'the shared VM runs images only',
    },
    find: (s) => (s.native !== undefined ? [{ path: 'native', value: undefined }] : []),
  },
  {
    field: 'vm',
    targets: [VM],
    why: {
      [CONTAINER]: 'a container has no VM of its own',
      [HYBRID]: 'the shared VM takes its guest settings from the app\'s `vm` (HybridVm\'s `vm` prop)',
    },
    find: (s) => (s.vm !== undefined ? [{ path: 'vm', value: undefined }] : []),
  },
  {
    field: 'os (other than linux)',
    targets: [VM],
    why: {
      [CONTAINER]: 'containers share the host\'s Linux kernel',
      [HYBRID]: 'the shared VM runs Linux containers',
    },
    find: (s) => (s.os !== undefined && s.os !== OperatingSystem.LINUX ? [{ path: 'os', value: s.os }] : []),
  },
  {
    field: 'volumes[].sizeGiB',
    targets: [VM, HYBRID],
    why: { [CONTAINER]: 'Docker\'s local volumes have no size quota' },
    find: (s) => (s.volumes ?? []).flatMap((v, i) => (v.sizeGiB !== undefined && v.shared !== true ? [{ path: `volumes[${i}].sizeGiB`, value: v.sizeGiB }] : [])),
  },
  {
    field: 'volumes[].sizeGiB (of a shared volume)',
    targets: [HYBRID],
    why: {
      [CONTAINER]: 'Docker\'s local volumes have no size quota',
      [VM]: 'a shared volume is a directory on the libvirt host, shared into the VMs with virtiofs, which has no size quota',
    },
    find: (s) => (s.volumes ?? []).flatMap((v, i) => (v.sizeGiB !== undefined && v.shared === true ? [{ path: `volumes[${i}].sizeGiB`, value: v.sizeGiB }] : [])),
  },
  {
    field: 'networks (other than "default")',
    targets: [CONTAINER, HYBRID],
    why: { [VM]: 'each workload is its own VM on the libvirt host\'s one network' },
    // By value, not index: the targets read the networks sorted.
    find: (s) => {
      const others = (s.networks ?? []).filter((n) => n !== DEFAULTS.network);
      return others.length ? [{ path: 'networks', value: others }] : [];
    },
  },
  {
    field: 'job.schedule',
    targets: [VM, HYBRID],
    why: {
      [CONTAINER]: 'Docker has no scheduler, so nothing would start the container at its times; the vm and hybrid guests run a systemd timer',
    },
    find: (s) => (s.job?.schedule !== undefined ? [{ path: 'job.schedule', value: s.job.schedule }] : []),
  },
  {
    field: 'job.timeoutSeconds',
    targets: [VM, HYBRID],
    why: {
      [CONTAINER]: 'Docker has no run deadline; the Docker provider waits for a run-once container at most 20 minutes (its create timeout), then fails the apply without stopping it',
    },
    find: (s) => (s.job?.timeoutSeconds !== undefined ? [{ path: 'job.timeoutSeconds', value: s.job.timeoutSeconds }] : []),
  },
  {
    field: 'sysctls (not namespaced)',
    targets: [VM],
    why: {
      [CONTAINER]: `Docker lets a container set only the sysctls of its own namespaces (${NAMESPACED_SYSCTLS_TEXT}); the others belong to the host's kernel`,
      [HYBRID]: `Docker lets a container set only the sysctls of its own namespaces (${NAMESPACED_SYSCTLS_TEXT}); the others belong to the kernel of the VM every workload shares`,
    },
    // Malformed names are reported by validation as such.
    find: (s) => Object.keys(s.sysctls ?? {}).filter((k) => isSysctlName(k) && !isNamespacedSysctl(k))
      .map((k) => ({ path: `sysctls.${k}`, value: undefined })),
  },
  {
    field: 'shmSizeMiB (with native)',
    targets: [CONTAINER, HYBRID],
    why: {
      [VM]: 'a native service uses the guest\'s own /dev/shm, which every process of the guest shares and the kernel sizes to half the VM\'s memory; the vm target sets --shm-size only for an image',
    },
    find: (s) => (s.native !== undefined && s.shmSizeMiB !== undefined ? [{ path: 'shmSizeMiB', value: s.shmSizeMiB }] : []),
  },
  {
    field: 'replicas (more than 1)',
    targets: [CONTAINER],
    why: {
      [VM]: 'each workload is one VM',
      [HYBRID]: 'each workload is one container in the shared VM',
    },
    find: (s) => (s.replicas !== undefined && s.replicas > 1 ? [{ path: 'replicas', value: s.replicas }] : []),
  },
];

/** `workload "w": field value cannot be honoured by the T target (why); remove it, or use a target that can: …` */
export function capabilityProblems(spec: WorkloadSpec, target: WorkloadTarget): string[] {
  const p = new Problems(spec.name);
  for (const rule of CAPABILITY_RULES) {
    if (rule.targets.includes(target)) continue;
    for (const o of rule.find(spec)) {
      p.add(o.path, o.value, `cannot be honoured by the ${target} target (${rule.why[target]})`,
        `remove it, or use a target that can: ${rule.targets.join(', ')}`);
    }
  }
  return p.all;
}
