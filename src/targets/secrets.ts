import { TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';

const SECRETS_ID = 'workload-secrets';

/** A Go regexp class (as HCL string text) of what no destination can carry. */
const UNCARRIABLE_CLASS = (() => {
  const cps = ['0', 'FEFF', 'FDD0}-\\\\x{FDEF'];
  for (let plane = 0; plane <= 16; plane++) cps.push(`${(plane * 0x10000 + 0xfffe).toString(16).toUpperCase()}`, `${(plane * 0x10000 + 0xffff).toString(16).toUpperCase()}`);
  return `[${cps.map((c) => `\\\\x{${c}}`).join('')}]`;
})();

/**
 * The stack's sensitive variable of that name, created once and shared by every workload that
 * references it. Its logical id is the plain name so users set it as TF_VAR_<name>.
 */
export function secretVariable(scope: Construct, name: string): TerraformVariable {
  const stack = TerraformStack.of(scope);
  const group = (stack.node.tryFindChild(SECRETS_ID) as Construct | undefined) ?? new Construct(stack, SECRETS_ID);
  const existing = group.node.tryFindChild(name) as TerraformVariable | undefined;
  if (existing) return existing;
  const variable = new TerraformVariable(group, name, {
    type: 'string',
    sensitive: true,
    nullable: false,
    description: `Secret value for workloads (set TF_VAR_${name}); never written to the synthesized configuration.`,
    // Checked by Terraform at plan: no destination (process environment, systemd env file, YAML)
    // can hold NUL, U+FEFF or a Unicode noncharacter.
    validation: [{
      condition: `\${!can(regex("${UNCARRIABLE_CLASS}", var.${name}))}`,
      errorMessage: `The secret ${name} holds NUL, U+FEFF or a Unicode noncharacter, which no workload can receive; remove it from the value.`,
    }],
  });
  variable.overrideLogicalId(name);
  return variable;
}
