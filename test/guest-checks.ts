// Real checks of what guests receive: `cloud-init schema` on cloud-configs and
// `systemd-analyze verify` on unit files, with the text taken from synthesized stacks.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';
import { evaluateTemplate } from './terraform-eval';

export function hasCommand(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

/**
 * user_data as the guest receives it: evaluated by Terraform (escapes undone, secrets merged in by
 * its functions) with every variable set to a sample value unless given.
 */
export function asGuestReceives(terraformText: string, vars: { [name: string]: string } = {}): string {
  return evaluateTemplate(terraformText, vars);
}

/** A cloud-config as cloud-init sees it, with the b64 contents of write_files decoded. */
export function guestConfig(terraformText: string, vars: { [name: string]: string } = {}): any {
  const config = parse(asGuestReceives(terraformText, vars).replace(/^#cloud-config\n/, ''));
  for (const f of config.write_files ?? []) {
    if (f.encoding === 'b64') f.content = Buffer.from(f.content, 'base64').toString('utf8');
  }
  return config;
}

/** Runs `cloud-init schema --config-file`; ok only with exit 0 and no deprecation notes. */
export function cloudInitSchema(userData: string): { ok: boolean; output: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cloud-config-'));
  const file = path.join(dir, 'user-data.yaml');
  fs.writeFileSync(file, userData);
  const r = spawnSync('cloud-init', ['schema', '--config-file', file], { encoding: 'utf8' });
  const output = `${r.stdout}${r.stderr}`;
  return { ok: r.status === 0 && !/deprecat/i.test(output.replace(/Cloud config schema deprecations: *\n?/, '')), output };
}

/** The systemd units a cloud-config writes to /etc/systemd/system. */
export function unitsOf(userData: string): { name: string; content: string }[] {
  const config = parse(userData.replace(/^#cloud-config\n/, ''));
  return (config.write_files ?? [])
    .filter((f: any) => f.path.startsWith('/etc/systemd/system/'))
    .map((f: any) => ({ name: path.basename(f.path), content: f.encoding === 'b64' ? Buffer.from(f.content, 'base64').toString('utf8') : f.content }));
}

/**
 * `systemd-analyze verify` on units in a scratch root holding this machine's system units and a
 * stub for every program the units start (the guest has them; this machine may not). ok only
 * with exit 0 and no output: verify prints unknown keys and bad values as warnings.
 */
export function systemdVerify(units: { name: string; content: string }[]): { ok: boolean; output: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'units-'));
  fs.mkdirSync(path.join(root, 'usr/lib/systemd'), { recursive: true });
  fs.cpSync('/usr/lib/systemd/system', path.join(root, 'usr/lib/systemd/system'), { recursive: true });
  // Units the guest's packages bring (docker.io), as minimal stand-ins.
  fs.writeFileSync(path.join(root, 'usr/lib/systemd/system/docker.service'), '[Service]\nExecStart=/usr/bin/true\n');
  const unitDir = path.join(root, 'etc/systemd/system');
  fs.mkdirSync(unitDir, { recursive: true });
  for (const u of units) {
    fs.writeFileSync(path.join(unitDir, u.name), u.content);
    for (const m of u.content.matchAll(/^Exec[A-Za-z]*=[-@+!:]*(\/\S+)/gm)) {
      const program = path.join(root, m[1]);
      fs.mkdirSync(path.dirname(program), { recursive: true });
      fs.writeFileSync(program, '#!/bin/sh\n', { mode: 0o755 });
    }
  }
  const r = spawnSync('systemd-analyze', ['verify', `--root=${root}`, ...units.map((u) => `/etc/systemd/system/${u.name}`)], { encoding: 'utf8' });
  const output = `${r.stdout}${r.stderr}`.trim();
  return { ok: r.status === 0 && output === '', output };
}

/** Asserts that a synthesized user_data passes cloud-init schema and its units systemd-analyze verify. */
export function expectGuestChecksPass(terraformUserData: string): void {
  const text = asGuestReceives(terraformUserData);
  const schema = cloudInitSchema(text);
  expect(schema.output).toContain('Valid cloud-config');
  expect(schema.ok).toBe(true);
  expect(systemdVerify(unitsOf(text))).toEqual({ ok: true, output: '' });
}

/** The words of a shell command line as `sh` itself splits and unquotes them. */
export function shellWords(commandLine: string): string[] {
  const r = spawnSync('sh', ['-c', `printf '%s\\0' ${commandLine}`], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`sh could not read ${JSON.stringify(commandLine)}: ${r.stderr}`);
  return r.stdout.split('\0').slice(0, -1);
}

/** YAML as cloud-init reads it: PyYAML's safe loader (Debian's python3-yaml), values as JSON. */
export function pyYamlLoad(text: string): any {
  // Debian's python3 (with the python3-yaml cloud-init uses) when it is there.
  const python = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
  const r = spawnSync(python, ['-c', 'import sys, yaml, json; print(json.dumps(yaml.safe_load(sys.stdin.read()), default=str))'], { input: text, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`PyYAML could not read the document: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** Attribute values of the elements of an XML document, as Python's XML parser reads them. */
export function xmlAttributes(xml: string, tag: string): Array<{ [name: string]: string }> {
  const script = 'import sys, json, xml.etree.ElementTree as ET\nroot = ET.fromstring(sys.stdin.read())\n'
    + `print(json.dumps([dict(e.attrib) for e in root.iter() if e.tag.split("}")[-1] == ${JSON.stringify(tag)}]))`;
  const r = spawnSync('python3', ['-c', script], { input: xml, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`not well-formed XML: ${r.stderr}`);
  return JSON.parse(r.stdout);
}
