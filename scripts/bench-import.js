#!/usr/bin/env node
// Import cost of the built package (lib/, from `npm run build`): a container-only program against
// one that creates a VM, each in fresh node processes, against the same run's baseline of loading
// cdktf + constructs alone. Prints medians and ratios; no thresholds (figures, not a test).
"use strict";
const { spawnSync } = require("child_process");
const path = require("path");

const root = path.resolve(__dirname, "..");
const RUNS = Number(process.env.RUNS || 7);
const programs = {
  "baseline (cdktf + constructs)": "require('cdktf'); require('constructs');",
  "container only": `require('cdktf'); const w = require('./lib'); const { App, TerraformStack } = require('cdktf');
    const s = new TerraformStack(new App(), 's'); new w.ContainerWorkload(s, 'a', { spec: { name: 'a', image: 'nginx' } });`,
  "with a VM": `require('cdktf'); const w = require('./lib'); const { App, TerraformStack } = require('cdktf');
    const s = new TerraformStack(new App(), 's'); new w.VmWorkload(s, 'a', { spec: { name: 'a', image: 'nginx' } });`,
};

function timeOnce(code) {
  const wrapped = `const t = process.hrtime.bigint(); ${code}
    const domain = Object.keys(require.cache).some((k) => k.includes('providers/libvirt/domain'));
    process.stdout.write(JSON.stringify({ ms: Number(process.hrtime.bigint() - t) / 1e6, domain }));`;
  const r = spawnSync(process.execPath, ["-e", wrapped], { cwd: root, encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = {};
for (const [name, code] of Object.entries(programs)) {
  const runs = Array.from({ length: RUNS }, () => timeOnce(code));
  results[name] = { ms: median(runs.map((r) => r.ms)), domain: runs[0].domain };
}
const base = results["baseline (cdktf + constructs)"].ms;
for (const [name, r] of Object.entries(results)) {
  console.log(`${name.padEnd(32)} ${r.ms.toFixed(0).padStart(6)} ms  ×${(r.ms / base).toFixed(2)} of baseline  libvirt domain bindings loaded: ${r.domain}`);
}
