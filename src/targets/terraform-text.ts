import { Fn } from 'cdktf';
import { Construct } from 'constructs';
import { secretVariable } from './secrets';
import { RenderedCloudConfig } from '../cloudinit/cloud-config';
import { ContentPart, SecretEncoding } from '../cloudinit/content';
import { ENV_FILE_TF_PATTERN, ENV_FILE_TF_REPLACEMENT } from '../encoding/env-file';

/**
 * The Terraform boundary. Every string argument of a resource is a Terraform template, so a spec
 * value containing `${…}` or `%{…}` would be evaluated (a file read, a secret copied into plain
 * text). Every string that comes from a spec goes through `tfLiteral`; only the library's own
 * references (resource attributes, secret variables) stay live.
 */
export function tfLiteral(text: string): string {
  return text.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
}

/** `tfLiteral` on each item; undefined stays undefined. */
export function tfLiterals(list: string[] | undefined): string[] | undefined {
  return list?.map(tfLiteral);
}

/**
 * Content with secrets, base64-encoded by Terraform at apply: literal parts travel as base64
 * constants, secrets as their variables (escaped for their destination by Terraform's replace),
 * so the value never appears in the synthesized JSON and arrives byte for byte.
 */
export function base64ContentExpression(scope: Construct, parts: ContentPart[]): string {
  const pieces = parts.map((part) => {
    if (typeof part === 'string') return Fn.base64decode(Buffer.from(part, 'utf8').toString('base64'));
    const value = secretVariable(scope, part.secretVariable).stringValue;
    return part.encoding === SecretEncoding.ENV_FILE
      ? Fn.replace(value, Fn.rawString(ENV_FILE_TF_PATTERN), Fn.rawString(ENV_FILE_TF_REPLACEMENT))
      : value;
  });
  return Fn.base64encode(Fn.join('', pieces));
}

/** A short hash of secret values computed by Terraform, for cloud-init's instance-id. */
export function secretsFingerprint(scope: Construct, variables: string[]): string {
  const values = variables.map((v) => secretVariable(scope, v).stringValue);
  return Fn.substr(Fn.sha256(Fn.join('\n', values)), 0, 12);
}

/**
 * A rendered cloud-config as the Terraform string of a seed's user_data: the YAML as a literal,
 * each file with secrets replaced by the expression Terraform computes its base64 content with.
 */
export function userDataText(scope: Construct, rendered: RenderedCloudConfig): string {
  if (rendered.secretFiles.length === 0) return tfLiteral(rendered.text);
  // With secrets the whole user_data is one expression: literal YAML as base64 constants, joined
  // with the files Terraform computes. A literal text next to a reference would leave cdktf to
  // split the string at "${", which a spec value's escaped "$${" can confuse.
  const pieces: string[] = [];
  let rest = rendered.text;
  for (const f of rendered.secretFiles) {
    const [before, after] = rest.split(f.marker);
    pieces.push(Fn.base64decode(Buffer.from(before, 'utf8').toString('base64')), base64ContentExpression(scope, f.parts));
    rest = after;
  }
  pieces.push(Fn.base64decode(Buffer.from(rest, 'utf8').toString('base64')));
  return Fn.join('', pieces);
}

/**
 * cloud-init's instance-id: the VM's name, a hash of the rendered config, and a hash Terraform
 * computes of the secrets it carries, so a rotated secret is applied again too.
 */
export function instanceId(scope: Construct, name: string, rendered: RenderedCloudConfig): string {
  const secrets = rendered.secretVariables.length ? `-${secretsFingerprint(scope, rendered.secretVariables)}` : '';
  return `${name}-${rendered.fingerprint}${secrets}`;
}

const attributes = new WeakMap<object, Map<PropertyKey, unknown>>();

/**
 * `resource[key]`, an attribute reference such as `volume.name`, read once per resource and key:
 * cdktf captures a stack trace for every reference it makes, which cost a tenth of a synth when
 * every container, disk and output made its own.
 */
export function attributeOf<T extends object, K extends keyof T>(resource: T, key: K): T[K] {
  let read = attributes.get(resource);
  if (read === undefined) attributes.set(resource, read = new Map());
  if (!read.has(key)) read.set(key, resource[key]);
  return read.get(key) as T[K];
}
