import { TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';

const SECRETS_ID = 'workload-secrets';

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
  });
  variable.overrideLogicalId(name);
  return variable;
}
