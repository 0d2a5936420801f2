import { WorkloadTarget } from '../model/target';
import { DEFAULTS } from '../model/defaults';
import { isNamespacedSysctl, isSysctlName, NAMESPACED_SYSCTLS_TEXT } from '../model/hardening';
import { EndpointMode, OperatingSystem, PublishMode, WorkloadSpec } from '../model/workload-spec';
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
  /** A fix that keeps the target, by target, where there is one (the message also names the targets that can). */
  readonly fix?: { [target: string]: string };
}

const { CONTAINER, VM, HYBRID, SWARM } = WorkloadTarget;
/** What the swarm target's docker_service of kreuzwerker/docker 3.6.2 lacks, said once. */
const NO_SERVICE_FIELD = (what: string) => `the docker_service of kreuzwerker/docker 3.6.2 has no ${what} setting`;

/** Every field that not all targets honour. The README's support table is generated from these. */
export const CAPABILITY_RULES: CapabilityRule[] = [
  {
    field: 'native',
    targets: [VM],
    why: {
      [CONTAINER]: 'a container runs its image; there is no guest to install packages in',
      [HYBRID]: 'the shared VM runs images only',
      [SWARM]: 'a swarm service runs its image; there is no guest to install packages in',
    },
    find: (s) => (s.native !== undefined ? [{ path: 'native', value: undefined }] : []),
  },
  {
    field: 'vm',
    targets: [VM],
    why: {
      [CONTAINER]: 'a container has no VM of its own',
      [HYBRID]: 'the shared VM takes its guest settings from the app\'s `vm` (HybridVm\'s `vm` prop)',
      [SWARM]: 'a swarm service\'s containers have no VM of their own',
    },
    find: (s) => (s.vm !== undefined ? [{ path: 'vm', value: undefined }] : []),
  },
  {
    field: 'os (other than linux)',
    targets: [VM],
    why: {
      [CONTAINER]: 'containers share the host\'s Linux kernel',
      [HYBRID]: 'the shared VM runs Linux containers',
      [SWARM]: 'this library\'s swarm services run Linux containers',
    },
    find: (s) => (s.os !== undefined && s.os !== OperatingSystem.LINUX ? [{ path: 'os', value: s.os }] : []),
  },
  {
    field: 'volumes[].sizeGiB',
    targets: [VM, HYBRID],
    why: { [CONTAINER]: 'Docker\'s local volumes have no size quota', [SWARM]: 'Docker\'s local volumes have no size quota' },
    find: (s) => (s.volumes ?? []).flatMap((v, i) => (v.sizeGiB !== undefined && v.shared !== true ? [{ path: `volumes[${i}].sizeGiB`, value: v.sizeGiB }] : [])),
  },
  {
    field: 'volumes[].sizeGiB (of a shared volume)',
    targets: [HYBRID],
    why: {
      [CONTAINER]: 'Docker\'s local volumes have no size quota',
      [VM]: 'a shared volume is a directory on the libvirt host, shared into the VMs with virtiofs, which has no size quota',
      [SWARM]: 'Docker\'s local volumes have no size quota',
    },
    find: (s) => (s.volumes ?? []).flatMap((v, i) => (v.sizeGiB !== undefined && v.shared === true ? [{ path: `volumes[${i}].sizeGiB`, value: v.sizeGiB }] : [])),
  },
  {
    field: 'networks (other than "default")',
    targets: [CONTAINER, HYBRID, SWARM],
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
      [SWARM]: 'a swarm has no scheduled services; the vm and hybrid guests run a systemd timer',
    },
    find: (s) => (s.job?.schedule !== undefined ? [{ path: 'job.schedule', value: s.job.schedule }] : []),
  },
  {
    field: 'job.timeoutSeconds',
    targets: [VM, HYBRID],
    why: {
      [CONTAINER]: 'Docker has no run deadline; the Docker provider waits for a run-once container at most 20 minutes (its create timeout), then fails the apply without stopping it',
      [SWARM]: 'a swarm service has no run deadline',
    },
    find: (s) => (s.job?.timeoutSeconds !== undefined ? [{ path: 'job.timeoutSeconds', value: s.job.timeoutSeconds }] : []),
  },
  {
    field: 'sysctls (not namespaced)',
    targets: [VM],
    why: {
      [CONTAINER]: `Docker lets a container set only the sysctls of its own namespaces (${NAMESPACED_SYSCTLS_TEXT}); the others belong to the host's kernel`,
      [HYBRID]: `Docker lets a container set only the sysctls of its own namespaces (${NAMESPACED_SYSCTLS_TEXT}); the others belong to the kernel of the VM every workload shares`,
      [SWARM]: `Docker lets a container set only the sysctls of its own namespaces (${NAMESPACED_SYSCTLS_TEXT}); the others belong to the nodes' kernels`,
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
      [SWARM]: 'a swarm service runs its image, never a native recipe',
    },
    find: (s) => (s.native !== undefined && s.shmSizeMiB !== undefined ? [{ path: 'shmSizeMiB', value: s.shmSizeMiB }] : []),
  },
  {
    field: 'replicas (more than 1)',
    targets: [CONTAINER, SWARM],
    why: {
      [VM]: 'each workload is one VM',
      [HYBRID]: 'each workload is one container in the shared VM',
    },
    find: (s) => (s.replicas !== undefined && s.replicas > 1 ? [{ path: 'replicas', value: s.replicas }] : []),
  },
  {
    field: 'job',
    targets: [CONTAINER, VM, HYBRID],
    why: { [SWARM]: 'a swarm service runs continuously: the docker_service of kreuzwerker/docker 3.6.2 has no run-once mode (mode.replicated_job)' },
    find: (s) => (s.job !== undefined ? [{ path: 'job', value: undefined }] : []),
  },
  {
    field: 'secretEnv (without readsSecretEnvFiles)',
    targets: [CONTAINER, VM, HYBRID],
    why: { [SWARM]: 'a swarm gives secrets to a service as files only: its environment is part of the service\'s spec, which `docker service inspect` shows' },
    fix: { [SWARM]: 'set readsSecretEnvFiles: true if the image reads NAME_FILE (the secret is then the file /run/secrets/<variable>)' },
    find: (s) => (s.readsSecretEnvFiles !== true && s.secretEnv !== undefined && Object.keys(s.secretEnv).length > 0
      ? [{ path: 'secretEnv', value: Object.keys(s.secretEnv) }] : []),
  },
  {
    field: 'ports[].hostPort (on one address)',
    targets: [CONTAINER, VM, HYBRID],
    why: { [SWARM]: 'a swarm publishes a port on every address of its nodes (all of them in ingress mode, the task\'s in host mode) and cannot bind it to one address' },
    fix: { [SWARM]: 'set public: true to publish it on every address, or leave hostPort unset (other workloads still reach the port by name)' },
    find: (s) => (Array.isArray(s.ports) ? s.ports : []).flatMap((port, i) => {
      if (port?.hostPort === undefined) return [];
      const address = port.bindAddress ?? (port.public ? DEFAULTS.anyAddress : DEFAULTS.loopback);
      return address === DEFAULTS.anyAddress || address === '::' ? [] : [{ path: `ports[${i}].hostPort`, value: port.hostPort }];
    }),
  },
  {
    field: 'ports[].publishMode (ingress)',
    targets: [SWARM],
    why: {
      [CONTAINER]: 'the routing mesh is a swarm\'s; a container is published on its one Docker host (host mode)',
      [VM]: 'the routing mesh is a swarm\'s; a VM\'s port is forwarded on its one libvirt host (host mode)',
      [HYBRID]: 'the routing mesh is a swarm\'s; the shared VM\'s port is forwarded on its one libvirt host (host mode)',
    },
    find: (s) => (Array.isArray(s.ports) ? s.ports : []).flatMap((port, i) => (port?.publishMode === PublishMode.INGRESS ? [{ path: `ports[${i}].publishMode`, value: port.publishMode }] : [])),
  },
  {
    field: 'endpointMode (vip)',
    targets: [SWARM],
    why: {
      [CONTAINER]: 'only a swarm balances a virtual IP; the name resolves to the containers\' own addresses (dnsrr)',
      [VM]: 'only a swarm balances a virtual IP; the name resolves to the VM\'s address',
      [HYBRID]: 'only a swarm balances a virtual IP; the name resolves to the container\'s own address in the shared VM',
    },
    find: (s) => (s.endpointMode === EndpointMode.VIP ? [{ path: 'endpointMode', value: s.endpointMode }] : []),
  },
  {
    field: 'update',
    targets: [SWARM],
    why: {
      [CONTAINER]: 'the Docker provider replaces a changed container: it stops the old one, then starts the new one, and nothing rolls back',
      [VM]: 'Terraform replaces a changed VM or re-runs its guest configuration; nothing rolls back',
      [HYBRID]: 'a changed container is replaced in the shared VM; nothing rolls back',
    },
    find: (s) => (s.update !== undefined ? [{ path: 'update', value: undefined }] : []),
  },
  {
    field: 'reservations',
    targets: [SWARM],
    why: {
      [CONTAINER]: 'no scheduler places a container: it runs on the Docker host it names',
      [VM]: 'no scheduler places a VM: it runs on the libvirt host it names, with all of its memory',
      [HYBRID]: 'no scheduler places the shared VM\'s containers: the VM is sized for their limits',
    },
    find: (s) => (s.reservations !== undefined ? [{ path: 'reservations', value: undefined }] : []),
  },
  {
    field: 'restart.delaySeconds',
    targets: [SWARM],
    why: {
      [CONTAINER]: 'Docker restarts a container after its own delay, from 100 ms doubling, which cannot be set',
      [VM]: 'the guest\'s restarts (systemd Restart= or Docker) use their own delays, which this version does not set',
      [HYBRID]: 'Docker in the shared VM restarts a container after its own delay, from 100 ms doubling, which cannot be set',
    },
    find: (s) => (s.restart?.delaySeconds !== undefined ? [{ path: 'restart.delaySeconds', value: s.restart.delaySeconds }] : []),
  },
  {
    field: 'init',
    targets: [CONTAINER, VM, HYBRID],
    why: { [SWARM]: NO_SERVICE_FIELD('init') },
    find: (s) => (s.init === true ? [{ path: 'init', value: true }] : []),
  },
  {
    field: 'ulimits',
    targets: [CONTAINER, VM, HYBRID],
    why: { [SWARM]: NO_SERVICE_FIELD('ulimit') },
    find: (s) => (Array.isArray(s.ulimits) && s.ulimits.length > 0 ? [{ path: 'ulimits', value: undefined }] : []),
  },
];

/** `workload "w": field value cannot be honoured by the T target (why); remove it, or use a target that can: …` */
export function capabilityProblems(spec: WorkloadSpec, target: WorkloadTarget): string[] {
  const p = new Problems(spec.name);
  for (const rule of CAPABILITY_RULES) {
    if (rule.targets.includes(target)) continue;
    for (const o of rule.find(spec)) {
      const own = rule.fix?.[target];
      p.add(o.path, o.value, `cannot be honoured by the ${target} target (${rule.why[target]})`,
        `${own ? `${own}; or ` : ''}remove it, or use a target that can: ${rule.targets.join(', ')}`);
    }
  }
  return p.all;
}
