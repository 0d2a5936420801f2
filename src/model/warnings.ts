import { WorkloadSpec } from './workload-spec';

/** Env names that usually hold a secret. `_FILE` names (a path to a secret file) do not. */
const SECRET_LOOKING = /(PASSWORD|PASSWD|SECRET|TOKEN|CREDENTIAL|PRIVATE_KEY|API_KEY|ACCESS_KEY|_KEY$|^KEY$)/i;

/**
 * Risky but legal choices in a spec, one sentence each with the way to do better. They are
 * warnings (cdktf Annotations), not errors: the spec may mean it.
 */
export function specWarnings(spec: WorkloadSpec): string[] {
  const warnings: string[] = [];
  for (const [name, value] of Object.entries(spec.env ?? {})) {
    if (SECRET_LOOKING.test(name) && !/_FILE$/i.test(name) && typeof value === 'string' && value !== '') {
      warnings.push(`workload "${spec.name}": env.${name} looks like a secret but is a literal value, written in plain text into the Terraform configuration and state; `
        + `move it to secretEnv (e.g. secretEnv: { ${name}: "${spec.name.replace(/-/g, '_')}_${name.toLowerCase()}" }) and set it as TF_VAR_…`);
    }
  }
  return warnings;
}
