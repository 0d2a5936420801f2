import { TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { ResolvedVolume, volumeSizeGiB } from '../model/defaults';
import { Problems } from '../model/problems';
import { WorkloadTarget } from '../model/target';

/** Where a workload's shared volumes live: one Docker host, one hybrid VM, or the VMs of one libvirt host. */
export interface SharedVolumePlace {
  /** Identifies the place (construct path of the DockerHost, the hybrid VM, or the LibvirtHost of VM workloads). */
  readonly key: string;
  /** How messages name it. */
  readonly label: string;
}

/** What the check reads of a workload that mounts shared volumes. */
export interface SharedVolumeMember extends IConstruct {
  readonly name: string;
  readonly target: WorkloadTarget;
  /** Where its shared volumes live; asked at validation, when every construct exists. */
  _sharedVolumePlace(): SharedVolumePlace;
}

interface Use {
  readonly member: SharedVolumeMember;
  readonly index: number;
  readonly volume: ResolvedVolume;
}

/** Per stack: the uses of each shared volume name, registered as the workloads are constructed. */
const usesByStack = new WeakMap<TerraformStack, Map<string, Use[]>>();
/** The shared volume names of each member. */
const namesByMember = new WeakMap<SharedVolumeMember, string[]>();

/**
 * Records the shared volumes of `member`, so the check finds the other users of a name without
 * walking the stack: registering and checking are linear in the number of uses.
 */
export function registerSharedVolumes(member: SharedVolumeMember, volumes: ResolvedVolume[]): void {
  const stack = TerraformStack.of(member);
  let byName = usesByStack.get(stack);
  if (byName === undefined) usesByStack.set(stack, byName = new Map());
  volumes.forEach((volume, index) => {
    if (!volume.shared || typeof volume.name !== 'string') return;
    const uses = byName!.get(volume.name) ?? [];
    if (uses.some((u) => u.member === member)) return;
    uses.push({ member, index, volume });
    byName!.set(volume.name, uses);
    namesByMember.set(member, [...(namesByMember.get(member) ?? []), volume.name]);
  });
}

const byWorkloadName = (a: Use, b: Use) => (a.member.name < b.member.name ? -1 : a.member.name > b.member.name ? 1 : a.member.node.path < b.member.node.path ? -1 : 1);

/**
 * The problems of `self`'s shared volumes with the other workloads that mount one of the same name:
 * workloads in different places would not share the data (VMs of their own share a host directory
 * over virtiofs, which a Docker host or a hybrid VM does not see); those in one place must agree on
 * preventDestroy and, where it is one disk (hybrid), sizeGiB. Each disagreement is reported on the
 * workload that differs from the first user by name, so the report does not depend on declaration order.
 */
export function sharedVolumeProblems(self: SharedVolumeMember): string[] {
  const byName = usesByStack.get(TerraformStack.of(self));
  const p = new Problems(self.name);
  for (const name of namesByMember.get(self) ?? []) {
    const unsorted = byName!.get(name)!;
    const own = unsorted.find((u) => u.member === self);
    if (own === undefined || unsorted.length < 2) continue;
    const uses = [...unsorted].sort(byWorkloadName);
    const field = `volumes[${own.index}]`;
    const place = self._sharedVolumePlace();
    const first = uses[0];
    const firstPlace = first.member._sharedVolumePlace();
    if (firstPlace.key !== place.key) {
      p.add(field, name, `is shared with workload "${first.member.name}" on ${firstPlace.label}, but this workload runs on ${place.label}, so they would not share its data`,
        'run the workloads that share a volume on one Docker host, in one hybrid VM, or as VMs of one libvirt host, or give the volumes different names');
      continue;
    }
    if (first === own) continue;
    if (first.volume.preventDestroy !== own.volume.preventDestroy) {
      p.add(`${field}.preventDestroy`, own.volume.preventDestroy, `differs from workload "${first.member.name}"'s (${first.volume.preventDestroy}) for the shared volume "${name}", which has one lifecycle`,
        'give every workload that shares the volume the same preventDestroy');
    }
    if (self.target === WorkloadTarget.HYBRID && volumeSizeGiB(first.volume) !== volumeSizeGiB(own.volume)) {
      p.add(`${field}.sizeGiB`, volumeSizeGiB(own.volume), `differs from workload "${first.member.name}"'s (${volumeSizeGiB(first.volume)} GiB) for the shared volume "${name}", which is one disk`,
        'give every workload that shares the volume the same sizeGiB (unset counts as the default, 10)');
    }
  }
  return p.all;
}

/**
 * A read-write volume mounted by more than one replica corrupts data unless the application is
 * built for it: a problem per such volume unless `sharedByReplicas` says the sharing is on purpose.
 * `where` says where the replicas share it, e.g. " (on the one node that keeps it)".
 */
export function replicaVolumeProblems(p: Problems, spec: { readonly replicas: number; readonly volumes: ResolvedVolume[] }, where = ''): void {
  if (spec.replicas <= 1) return;
  spec.volumes.forEach((v, i) => {
    if (!v.readOnly && !v.sharedByReplicas) {
      p.add(`volumes[${i}]`, v.name, `is mounted read-write by all ${spec.replicas} replicas${where}, which corrupts data unless the application is built to share it`,
        `run one replica, mount it readOnly, or set volumes[${i}].sharedByReplicas: true if the sharing is on purpose`);
    }
  });
}
