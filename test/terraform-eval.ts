// Terraform strings read back by Terraform itself: `terraform console` evaluates templates from a
// synthesized stack (escapes undone, functions run, variables set) as `apply` would.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const cache = new Map<string, string[]>();

/** The variable names a template references (`var.NAME`). */
export function referencedVariables(template: string): string[] {
  return [...new Set([...template.matchAll(/\bvar\.([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]))].sort();
}

/**
 * Evaluates Terraform templates (JSON-syntax strings, as in cdk.tf.json) with the given variable
 * values, all in one `terraform console` run.
 */
export function evaluateTemplates(templates: string[], vars: { [name: string]: string } = {}): string[] {
  const key = JSON.stringify([templates, vars]);
  const hit = cache.get(key);
  if (hit) return hit;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tf-eval-'));
  try {
    const names = [...new Set([...Object.keys(vars), ...templates.flatMap(referencedVariables)])];
    const variable = Object.fromEntries(names.map((n) => [n, { type: 'string', sensitive: true }]));
    fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify({ ...(names.length ? { variable } : {}), locals: { v: templates } }));
    fs.writeFileSync(path.join(dir, 'terraform.tfvars.json'), JSON.stringify(Object.fromEntries(names.map((n) => [n, vars[n] ?? '']))));
    const r = spawnSync('terraform', [`-chdir=${dir}`, 'console'], {
      input: 'base64encode(try(nonsensitive(jsonencode(local.v)), jsonencode(local.v)))\n',
      encoding: 'utf8',
      env: { ...process.env, CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: '/dev/null' },
    });
    const out = r.stdout.trim();
    if (r.status !== 0 || !/^"[A-Za-z0-9+/=]*"$/.test(out)) throw new Error(`terraform console failed (${r.status}): ${r.stdout}\n${r.stderr}`);
    const values = JSON.parse(Buffer.from(JSON.parse(out), 'base64').toString('utf8')) as string[];
    cache.set(key, values);
    return values;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** One template, each variable it references set to `sample` unless given. */
export function evaluateTemplate(template: string, vars: { [name: string]: string } = {}, sample = 'sample-secret-value'): string {
  const all = Object.fromEntries(referencedVariables(template).map((n) => [n, vars[n] ?? sample]));
  return evaluateTemplates([template], all)[0];
}
