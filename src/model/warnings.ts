import { ALL_CAPABILITIES, capabilityNames } from './hardening';
import { WorkloadTarget } from './target';
import { Risk, WorkloadSpec } from './workload-spec';

/** Env names that usually hold a secret. `_FILE` names (a path to a secret file) do not. */
export const SECRET_LOOKING = /(PASSWORD|PASSWD|SECRET|TOKEN|CREDENTIAL|PRIVATE_KEY|API_KEY|ACCESS_KEY|_KEY$|^KEY$)/i;

/**
 * Added capabilities that let a process leave its container or take over the kernel (why, finishing
 * "which …"). Not warned about: NET_ADMIN and NET_RAW (the workload's own network namespace),
 * SYS_TIME and SYS_NICE (disturb the host, but give no way out), the defaults Docker grants.
 */
const ESCAPE_CAPABILITIES: { readonly [cap: string]: string } = {
  CAP_SYS_ADMIN: 'mounts file systems and is the capability most container escapes use',
  CAP_SYS_MODULE: 'loads kernel modules, i.e. runs any code in the host\'s (or VM\'s) kernel',
  CAP_SYS_RAWIO: 'gives raw access to I/O ports and devices, and with them the kernel\'s memory',
  CAP_SYS_PTRACE: 'traces and rewrites other processes it can see, and with a shared PID namespace or a kernel bug those outside',
  CAP_DAC_READ_SEARCH: 'opens files by handle (open_by_handle_at), which reads files outside the container\'s root',
  CAP_BPF: 'loads eBPF programs into the shared kernel',
  CAP_PERFMON: 'reads the shared kernel\'s performance data and, with BPF, loads tracing programs',
};

/** Host addresses that mean "every address of the host". */
const EVERY_ADDRESS = ['0.0.0.0', '::'];

/** A risky choice found in a spec: the risk and the warning's text. */
export interface SpecWarning {
  readonly risk: Risk;
  readonly message: string;
}

/**
 * Risky but legal choices in a spec, one sentence each with the way to do better and the way to
 * accept the risk. They are warnings (cdktf Annotations), not errors: the spec may mean it, and
 * then says so in `acceptRisks`, which drops the warnings of the risks it names.
 * `target` is where the spec runs (an HTTP probe runs inside a container everywhere but in a
 * native service of the vm target).
 */
export function specWarnings(spec: WorkloadSpec, target: WorkloadTarget): string[] {
  const accepted = Array.isArray(spec.acceptRisks) ? spec.acceptRisks : [];
  return allWarnings(spec, target).filter((w) => !accepted.includes(w.risk)).map((w) => w.message);
}

function allWarnings(spec: WorkloadSpec, target: WorkloadTarget): SpecWarning[] {
  const warnings: SpecWarning[] = [];
  const prefix = `workload "${spec.name}": `;
  const add = (risk: Risk, text: string) => warnings.push({ risk, message: `${prefix}${text}, or, if it is on purpose, add "${risk}" (Risk.${riskMember(risk)}) to acceptRisks` });

  const image = spec.native === undefined && typeof spec.image === 'string' ? unpinned(spec.image) : undefined;
  if (image) {
    add(Risk.LATEST_IMAGE, `image ${JSON.stringify(spec.image)} ${image}, so what runs can change while the spec does not (and differ between replicas and hosts); `
      + 'pin a version tag or a digest, e.g. "nginx:1.27" or "nginx@sha256:…"');
  }

  (Array.isArray(spec.ports) ? spec.ports : []).forEach((p, i) => {
    if (p.hostPort === undefined) return;
    const address = p.bindAddress ?? (p.public ? EVERY_ADDRESS[0] : undefined);
    if (address === undefined || !EVERY_ADDRESS.includes(address)) return;
    add(Risk.PUBLIC_PORT, `ports[${i}] is published on every address of the host (${address}:${p.hostPort}), so other machines can reach it unless a firewall stops them; `
      + 'leave public and bindAddress unset to publish it on 127.0.0.1 only, or give a bindAddress of one interface');
  });

  const inContainer = target !== WorkloadTarget.VM || spec.native === undefined;
  if (spec.healthCheck?.http !== undefined && inContainer) {
    add(Risk.HTTP_PROBE_TOOLS, 'healthCheck.http is probed from inside the container with wget or curl, and the container counts as unhealthy when the image has neither '
      + '(distroless and scratch images have not even a shell); check that the image has one, or give a healthCheck.command the image can run');
  }

  const added = capabilityNames(spec.capAdd);
  if (added.includes(ALL_CAPABILITIES)) {
    add(Risk.ALL_CAPABILITIES, 'capAdd holds "ALL": the workload gets every Linux capability, which is as good as privileged (it can mount file systems, load kernel modules and reach raw devices); '
      + 'add only the capabilities it needs, e.g. ["NET_BIND_SERVICE"]');
  }
  for (const cap of added.filter((c) => ESCAPE_CAPABILITIES[c] !== undefined)) {
    add(Risk.ESCAPE_CAPABILITY, `capAdd holds ${cap}, which ${ESCAPE_CAPABILITIES[cap]}; `
      + 'remove it, or grant the narrower capability the workload needs');
  }
  const user = typeof spec.user === 'string' ? spec.user.split(':')[0] : undefined;
  if (user === 'root' || (user !== undefined && /^0+$/.test(user))) {
    add(Risk.ROOT_USER, `user ${JSON.stringify(spec.user)} runs the workload as root, with root's rights over everything it can reach (its volumes, the files of its guest or container); `
      + 'run it as an unprivileged user, e.g. "1000:1000" or a name the image or package creates');
  }

  for (const [name, value] of Object.entries(spec.env ?? {})) {
    if (SECRET_LOOKING.test(name) && !/_FILE$/i.test(name) && typeof value === 'string' && value !== '') {
      add(Risk.SECRET_IN_ENV, `env.${name} looks like a secret but is a literal value, written in plain text into the Terraform configuration and state; `
        + `move it to secretEnv (e.g. secretEnv: { ${name}: "${spec.name.replace(/-/g, '_')}_${name.toLowerCase()}" }) and set it as TF_VAR_…`);
    }
  }
  return warnings;
}

/** Why an image reference is not pinned ("has no tag", "has the tag \"latest\""), or undefined when it is. */
function unpinned(image: string): string | undefined {
  if (image.includes('@')) return undefined; // a digest pins it, whatever the tag says
  const last = image.slice(image.lastIndexOf('/') + 1); // a registry's ":port" is before the last "/"
  const colon = last.indexOf(':');
  if (colon < 0) return 'has no tag (Docker pulls "latest")';
  return last.slice(colon + 1) === 'latest' ? 'has the tag "latest"' : undefined;
}

function riskMember(risk: Risk): string {
  return Object.keys(Risk).find((k) => Risk[k as keyof typeof Risk] === risk) ?? risk;
}
