#!/usr/bin/env node
// Runs ../shared/tfcheck (real `terraform validate` + `plan`) on synthesized stacks. Secrets are
// variables without a default, and plan cannot run without a value, so each variable a stack
// declares gets a placeholder through TF_VAR_<name> (never a real secret).
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const TFCHECK = process.env.TFCHECK || path.resolve(__dirname, '..', '..', 'shared', 'tfcheck', 'tfcheck');

/** Stack folders below a cdktf.out folder, or the given folders themselves. */
function stackDirs(dirs) {
  return dirs.flatMap((d) => (fs.existsSync(path.join(d, 'stacks'))
    ? fs.readdirSync(path.join(d, 'stacks')).sort().map((s) => path.join(d, 'stacks', s))
    : [d]));
}

function available() {
  return spawnSync('terraform', ['version'], { stdio: 'ignore' }).status === 0 && fs.existsSync(TFCHECK);
}

function run(dirs, stdio = 'pipe') {
  const stacks = stackDirs(dirs);
  const env = { ...process.env };
  for (const dir of stacks) {
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'cdk.tf.json'), 'utf8'));
    for (const name of Object.keys(json.variable || {})) {
      if (env[`TF_VAR_${name}`] === undefined) env[`TF_VAR_${name}`] = 'placeholder-for-plan';
    }
  }
  const r = spawnSync(TFCHECK, stacks, { encoding: 'utf8', env, stdio, timeout: 900000 });
  return { status: r.status, output: `${r.stdout || ''}${r.stderr || ''}`, stacks };
}

module.exports = { TFCHECK, available, run, stackDirs };

if (require.main === module) {
  if (!available()) {
    console.error(`!!!!!!!! terraform or ${TFCHECK} is missing (set TFCHECK to shared/tfcheck/tfcheck): SKIPPING terraform validate/plan of the synthesized stacks !!!!!!!!`);
    process.exit(process.env.CI ? 1 : 0);
  }
  const { status } = run(process.argv.slice(2).length ? process.argv.slice(2) : ['cdktf.out'], 'inherit');
  process.exit(status === null ? 1 : status);
}
