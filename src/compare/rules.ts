import { WorkloadTarget } from '../model/target';
import { OperatingSystem } from '../model/workload-spec';

/**
 * What `compare` says besides the numbers, as data: the isolation of each target, what a start
 * involves, the start times measured on the runtime lab, and the rules of the recommendation. The
 * README's "Command line" section states the same rules; a test holds the two together.
 */

const { CONTAINER, VM, HYBRID, SWARM } = WorkloadTarget;

/** The kind of isolation each target gives a workload. */
export const ISOLATION: { [target: string]: string } = {
  [CONTAINER]: 'shared kernel: the host\'s Linux kernel, process-level isolation (namespaces, cgroups)',
  [VM]: 'own kernel per workload: a VM of its own (hardware virtualization)',
  [HYBRID]: 'own kernel shared by the app: one VM between the app and the host, its containers share the guest\'s kernel',
  [SWARM]: 'shared kernel: the Linux kernel of the node the swarm picks, process-level isolation (namespaces, cgroups), next to other services\' tasks',
};

/** What starting a workload involves on a target; `native` and `linux` describe its spec. */
export function startSteps(target: WorkloadTarget, spec: { readonly os: OperatingSystem; readonly native: boolean }): string {
  if (target === CONTAINER) return 'image pull on the first apply, then a container start';
  if (target === SWARM) return 'the swarm places each replica on a node, which pulls the image and starts the task; Terraform waits until every replica runs (healthy, with a health check)';
  if (target === HYBRID) return 'the shared VM boots, cloud-init installs the Docker engine (docker.io) and pulls the images, then the containers start in dependency order';
  if (spec.os !== OperatingSystem.LINUX) return 'the VM boots the given image as it is (no cloud-init)';
  if (spec.native) return 'the VM boots, cloud-init installs the recipe\'s packages with apt, then a systemd service starts';
  return 'the VM boots, cloud-init installs the Docker engine (docker.io) and pulls the image, then the container starts';
}

/** A start measured for real; every figure is in the README's "Measured" section. */
export interface MeasuredStart {
  /** e.g. "243 s". */
  readonly figure: string;
  /** What was measured. */
  readonly what: string;
}

/** How every measured start is labelled: these were measured under software emulation. */
export const MEASURED_LABEL = 'measured on the runtime lab, TCG';

/**
 * Start times from the runtime lab's timing table (../shared/runtime-lab/README.md, 2-core machine,
 * QEMU without KVM: a VM boots much faster on KVM). Absent where nothing comparable was measured.
 */
export function measuredStart(target: WorkloadTarget, spec: { readonly os: OperatingSystem; readonly native: boolean }): MeasuredStart | undefined {
  if (target === CONTAINER) return { figure: '33 s', what: 'apply of the web-and-db containers until healthy (web\'s health interval is 30 s)' };
  if (target === HYBRID) return { figure: '442 s', what: 'switch-target-hybrid: boot, docker.io installed, images loaded, 3 containers healthy' };
  if (spec.os === OperatingSystem.LINUX && spec.native) {
    return { figure: '243 s', what: 'legacy-vm intranet: boot, package upgrade and apache2 by cloud-init, service active (kernel 10 s, login 70 s)' };
  }
  return undefined;
}

/** What the recommendation reads of one workload. */
export interface WorkloadFacts {
  readonly name: string;
  readonly os: OperatingSystem;
  readonly native: boolean;
  /** The targets on which its stack builds without a problem about it. */
  readonly feasible: WorkloadTarget[];
  /** Memory the host reserves for it, by target (on hybrid: its limit in the shared VM). */
  readonly memoryMiB: { [target: string]: number };
}

/** What the recommendation reads of the app. */
export interface AppFacts {
  readonly workloads: WorkloadFacts[];
  /** The app must not share the host's kernel (`compare --isolate`). */
  readonly isolate: boolean;
  /** Memory the host reserves for the whole app, by target. */
  readonly memoryMiB: { [target: string]: number };
}

/** A target for a workload and why; no target when none can run it as specified. */
export interface Decision {
  readonly target?: WorkloadTarget;
  readonly reason: string;
}

/** One rule of the recommendation. */
export interface RecommendationRule {
  readonly id: string;
  /** The rule as the README states it. */
  readonly text: string;
  /** The decision when the rule applies to the workload, else undefined. */
  readonly decide: (w: WorkloadFacts, app: AppFacts) => Decision | undefined;
}

const mib = (n: number | undefined) => `${n} MiB`;

/** Workloads that the rules before the isolation rules leave free to share one VM. */
function groupable(app: AppFacts): WorkloadFacts[] {
  return app.workloads.filter((w) => w.feasible.includes(HYBRID) && !RECOMMENDATION_RULES.slice(0, RECOMMENDATION_RULES.findIndex((r) => r.id === 'isolated-group')).some((r) => r.decide(w, app)));
}

/** The rules, first that applies wins. */
export const RECOMMENDATION_RULES: RecommendationRule[] = [
  {
    id: 'no-target',
    text: 'A workload that no target can build as specified gets no recommendation: fix the problems `compare` lists first.',
    decide: (w) => (w.feasible.length === 0 ? { reason: 'no target builds it without a problem (see the problems listed for each target)' } : undefined),
  },
  {
    id: 'not-linux',
    text: 'A workload whose `os` is not linux → **vm**: containers share the host\'s Linux kernel and the hybrid VM runs Linux containers; only a VM of its own boots another OS.',
    decide: (w) => (w.os !== OperatingSystem.LINUX && w.feasible.includes(VM)
      ? { target: VM, reason: `os "${w.os}" needs a kernel of its own; containers and the hybrid VM run Linux containers` } : undefined),
  },
  {
    id: 'native-recipe',
    text: 'A workload with a `native` recipe (legacy software installed from packages) → **vm**: the recipe is installed in a guest of its own; the container and hybrid targets run images only.',
    decide: (w) => (w.native && w.feasible.includes(VM)
      ? { target: VM, reason: 'its native recipe installs packages in a guest of its own; containers and the hybrid VM run images only' } : undefined),
  },
  {
    id: 'one-target',
    text: 'A workload that only one target builds without a problem (e.g. `update`, a rolling update, which only the swarm target honours) → that target.',
    decide: (w) => (w.feasible.length === 1 ? { target: w.feasible[0], reason: `only the ${w.feasible[0]} target builds it without a problem` } : undefined),
  },
  {
    id: 'isolated-group',
    text: 'With `--isolate` (the app must not share the host\'s kernel), two or more workloads that can run as containers → **hybrid**: one guest kernel and engine for the group instead of a guest per workload.',
    decide: (w, app) => {
      const group = groupable(app);
      if (!app.isolate || group.length < 2 || !group.includes(w)) return undefined;
      return {
        target: HYBRID,
        reason: `kept apart from the host with ${group.length - 1} other workload(s) in one VM; the whole app reserves ${mib(app.memoryMiB[HYBRID])} on hybrid, ${mib(app.memoryMiB[VM])} on vm`,
      };
    },
  },
  {
    id: 'isolated-alone',
    text: 'With `--isolate`, any other workload a VM can run → **vm**.',
    decide: (w, app) => (app.isolate && w.feasible.includes(VM)
      ? { target: VM, reason: `kept apart from the host: a VM of its own reserves ${mib(w.memoryMiB[VM])}` } : undefined),
  },
  {
    id: 'plain-image',
    text: 'Otherwise a workload that runs as a container → **container**: no guest to boot, nothing reserved beyond its own memory limit, a start in seconds.',
    decide: (w) => (w.feasible.includes(CONTAINER)
      ? { target: CONTAINER, reason: `a plain image: reserves ${mib(w.memoryMiB[CONTAINER])} as a container, ${mib(w.memoryMiB[VM])} in a VM of its own, and starts without a boot` } : undefined),
  },
  {
    id: 'least-memory',
    text: 'Otherwise → the target that builds it and reserves the least memory for the whole app.',
    decide: (w, app) => {
      const target = [...w.feasible].sort((a, b) => app.memoryMiB[a] - app.memoryMiB[b])[0];
      return { target, reason: `of the targets that build it, ${target} reserves the least for the app (${mib(app.memoryMiB[target])})` };
    },
  },
];

/** A workload's recommendation: the first rule that applies. */
export interface WorkloadRecommendation extends Decision {
  readonly workload: string;
  readonly rule: string;
}

/** The app's recommendation: one target when every workload gets the same, else none (mixed). */
export interface AppRecommendation {
  readonly target?: WorkloadTarget;
  readonly reasons: string[];
  readonly workloads: WorkloadRecommendation[];
}

export function recommend(app: AppFacts): AppRecommendation {
  const workloads = app.workloads.map((w) => {
    for (const rule of RECOMMENDATION_RULES) {
      const d = rule.decide(w, app);
      if (d) return { workload: w.name, rule: rule.id, ...d };
    }
    // least-memory always decides; kept for the type.
    return { workload: w.name, rule: 'none', reason: 'no rule applies' };
  });
  const targets = [...new Set(workloads.map((w) => w.target))];
  if (targets.length === 1 && targets[0] !== undefined) {
    return { target: targets[0], reasons: [...new Set(workloads.map((w) => `${w.workload}: ${w.reason}`))], workloads };
  }
  const reasons = targets.includes(undefined)
    ? ['some workload cannot run on any target as specified: fix its problems first']
    : ['the workloads are best on different targets: set each one\'s `target` in the app file (WorkloadApp honours it)'];
  return { reasons, workloads };
}
