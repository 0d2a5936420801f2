#!/usr/bin/env node
// Import cost of the built package (lib/, from `npm run build`): programs that use it in different
// ways against the baseline of loading cdktf + constructs alone, each run in a fresh node process.
// The programs take turns (baseline, container, …, baseline, container, …) so that load from
// other processes on the machine falls on all of them alike; each ratio is the median of the
// per-round ratios to that round's baseline. Figures, not a test: no thresholds.
"use strict";
const { spawnSync } = require("child_process");
const path = require("path");

const root = path.resolve(__dirname, "..");
const RUNS = Number(process.env.RUNS || 9);
const stack = "const { App, TerraformStack } = require('cdktf'); const s = new TerraformStack(new App(), 's');";
const programs = {
  "baseline (cdktf + constructs)": "require('cdktf'); require('constructs');",
  "container only": `const w = require('./lib'); ${stack}
    new w.ContainerWorkload(s, 'a', { spec: { name: 'a', image: 'nginx' } });`,
  "WorkloadApp, containers only": `const w = require('./lib'); ${stack}
    new w.WorkloadApp(s, 'app', { app: { workloads: [{ name: 'a', image: 'nginx' }] }, target: w.WorkloadTarget.CONTAINER });`,
  "with a VM": `const w = require('./lib'); ${stack}
    new w.VmWorkload(s, 'a', { spec: { name: 'a', image: 'nginx' } });`,
};

function timeOnce(code) {
  const wrapped = `const t = process.hrtime.bigint(); const c = process.cpuUsage(); ${code}
    const ms = Number(process.hrtime.bigint() - t) / 1e6; const cpu = process.cpuUsage(c);
    const domain = Object.keys(require.cache).some((k) => k.includes('providers/libvirt/domain'));
    process.stdout.write(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, domain }));`;
  const r = spawnSync(process.execPath, ["-e", wrapped], { cwd: root, encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const names = Object.keys(programs);
const rounds = Array.from({ length: RUNS }, () => Object.fromEntries(names.map((name) => [name, timeOnce(programs[name])])));
const [baseline] = names;
// Wall time is what a user waits; CPU time (all the process's threads) is the work done, which
// other processes' load on a shared machine disturbs less.
console.log(`medians of ${RUNS} rounds, each program once per round in a fresh process`);
console.log(`${"".padEnd(30)} ${"wall".padStart(14)} ${"CPU".padStart(14)}  libvirt domain bindings loaded`);
for (const name of names) {
  const figure = (key) => {
    const ms = median(rounds.map((r) => r[name][key]));
    const ratio = median(rounds.map((r) => r[name][key] / r[baseline][key]));
    return `${ms.toFixed(0).padStart(5)} ms ×${ratio.toFixed(2)}`;
  };
  const domain = rounds.every((r) => r[name].domain) ? "yes" : rounds.some((r) => r[name].domain) ? "sometimes" : "no";
  console.log(`${name.padEnd(30)} ${figure("ms")} ${figure("cpuMs")}  ${domain}`);
}
