import { Construct } from 'constructs';
import { secretVariable } from './secrets';
import { SECRET_PLACEHOLDER } from '../cloudinit/guest-app';

/**
 * Text for a Terraform string argument: literal `${` and `%{` escaped so Terraform leaves them
 * alone (shell scripts and configs use them), and secret placeholders replaced with references to
 * their sensitive variables, so the values never appear in the synthesized JSON.
 */
export function terraformText(scope: Construct, text: string): string {
  const escaped = text.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
  return escaped.replace(SECRET_PLACEHOLDER, (_match, variable: string) => secretVariable(scope, variable).stringValue);
}
