import { WorkloadTarget } from './target';
import { Risk, WorkloadSpec } from './workload-spec';

/** Env names that usually hold a secret. `_FILE` names (a path to a secret file) do not. */
export const SECRET_LOOKING = /(PASSWORD|PASSWD|SECRET|TOKEN|CREDENTIAL|PRIVATE_KEY|API_KEY|ACCESS_KEY|_KEY$|^KEY$)/i;

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
