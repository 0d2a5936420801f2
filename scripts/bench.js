#!/usr/bin/env node
// npm run bench: the built library (lib/, from `npm run build`) against hand-written plain cdktf
// that synthesizes the same Terraform, for N container workloads and N VM workloads. Each run is a
// fresh node process; the two programs alternate (A B A B …) so a change in the machine's load hits
// both alike. Prints medians of construct time (the program's constructs, its modules already
// loaded), synth time (`app.synth()`: aspects, validations, JSON), their sum and its CPU time, peak
// RSS, and the ratios; the time to load the modules is printed apart (`npm run bench:import`
// measures it). Figures, not a test: no thresholds. Exits non-zero when the two programs did not
// synthesize the same Terraform.
//
// Knobs: BENCH_PAIRS (pairs per size, default 3), BENCH_ONLY ("containers:1000,vms:30"),
// BENCH_PROFILE=DIR (each run writes a V8 CPU profile there), BENCH_KEEP=1 (keep the outdirs).
"use strict";
const { spawnSync } = require("child_process");
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.resolve(__dirname, "..");
const STACK = "bench";
const IMAGES = 20; // distinct images: workloads share them, as real apps share a few base images
const GROUP = 10; // the first workload of every ten is a dependency of the other nine
const BASE_IMAGE_URL = "https://cloud.debian.org/images/cloud/trixie/latest/debian-13-genericcloud-amd64.qcow2";
const WORKLOAD_LABEL = "cdktf-workloads.workload";
const SEXAGESIMAL = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;

// ---------------------------------------------------------------------------------------------
// The workloads, as specs for the library.

const imageOf = (i) => `example/app-${i % IMAGES}:1.0`;
const headOf = (i) => i - (i % GROUP);

function containerSpec(i) {
  return {
    name: `w${i}`,
    image: imageOf(i),
    env: { LOG_LEVEL: "info" },
    ports: [{ name: "http", containerPort: 8080, hostPort: 20000 + i }],
    volumes: [{ name: "data", mountPath: "/data" }],
    dependsOn: i % GROUP ? [`w${headOf(i)}`] : [],
  };
}

function vmSpec(i) {
  return {
    name: `vm${i}`,
    image: imageOf(i),
    env: { LOG_LEVEL: "info" },
    ports: [{ name: "http", containerPort: 8080 }],
    volumes: [{ name: "data", mountPath: "/data" }],
    dependsOn: i % GROUP ? [`vm${headOf(i)}`] : [],
  };
}

/** Loads what the library program needs (the libvirt domain bindings too, which it loads on first use). */
function loadLibrary(kind) {
  const w = require(path.join(root, "lib"));
  if (kind === "vms") require(path.join(root, "lib", "generated", "providers", "libvirt", "domain"));
  return w;
}

function libraryProgram(w, kind, n, stack) {
  for (let i = 0; i < n; i++) {
    if (kind === "containers") new w.ContainerWorkload(stack, `w${i}`, { spec: containerSpec(i) });
    else new w.VmWorkload(stack, `vm${i}`, { spec: vmSpec(i) });
  }
}

// ---------------------------------------------------------------------------------------------
// The baselines: plain cdktf, written as someone would write these resources by hand (one loop,
// literal attribute values, a reference such as `volume.name` written where it is used), with the
// construct ids the library uses so that both synthesize the same document, which `compare` checks.

function loadDocker() {
  return {
    ...require("@cdktf/provider-docker/lib/provider"), ...require("@cdktf/provider-docker/lib/network"), ...require("@cdktf/provider-docker/lib/image"),
    ...require("@cdktf/provider-docker/lib/volume"), ...require("@cdktf/provider-docker/lib/container"),
  };
}

function baselineContainers({ DockerProvider, Network, Image, Volume, Container }, n, stack) {
  const { Construct } = require("constructs");

  const host = new Construct(stack, "docker-host");
  const provider = new DockerProvider(host, "provider", { host: "unix:///var/run/docker.sock" });
  const network = new Network(host, "network", { provider, name: `${STACK}-workloads`, driver: "bridge" });
  const imageGroup = new Construct(host, "images");
  const images = new Map();
  const containers = [];
  for (let i = 0; i < n; i++) {
    const name = `w${i}`;
    const ref = imageOf(i);
    if (!images.has(ref)) {
      const id = ref.replace(/%/g, "%25").replace(/\//g, "%2F");
      images.set(ref, new Image(imageGroup, id, { provider, name: ref, keepLocally: true }));
    }
    const labels = [{ label: WORKLOAD_LABEL, value: name }];
    const workload = new Construct(stack, name);
    const volume = new Volume(new Construct(workload, "volumes"), "data", {
      provider, name: `${STACK}_${name}_data`, labels, lifecycle: { preventDestroy: true },
    });
    const container = new Container(new Construct(workload, "containers"), "1", {
      provider,
      name: `${STACK}_${name}-1`,
      hostname: `${name}-1`,
      image: images.get(ref).imageId,
      env: ["LOG_LEVEL=info"],
      memory: 512,
      memorySwap: 512,
      restart: "on-failure",
      maxRetryCount: 5,
      ports: [{ internal: 8080, external: 20000 + i, ip: "127.0.0.1", protocol: "tcp" }],
      volumes: [{ volumeName: volume.name, containerPath: "/data", readOnly: false }],
      labels,
      networksAdvanced: [{ name: network.name, aliases: [name] }],
      stopTimeout: 10,
      destroyGraceSeconds: 10,
      readOnly: false,
      shmSize: 64,
      init: false,
      logDriver: "json-file",
      logOpts: { "max-size": "10m", "max-file": "3" },
      privileged: false,
      ipcMode: "private",
      securityOpts: ["no-new-privileges=true"],
      mustRun: true,
      dependsOn: i % GROUP ? [containers[headOf(i)]] : undefined,
    });
    containers.push(container);
    const address = "127.0.0.1";
    outputs(workload, name, { host: address, port: 20000 + i, url: `tcp://${address}:${20000 + i}`, published: true },
      { storage_name: volume.name, mount_path: "/data", location: volume.mountpoint });
  }
}

/** The outputs the library gives every workload: its one endpoint and its one volume. */
function outputs(workload, name, http, data) {
  const { TerraformOutput } = require("cdktf");
  const { Construct } = require("constructs");
  const group = new Construct(workload, "outputs");
  new TerraformOutput(group, "endpoints", { value: { http }, description: `How to reach the named ports of workload ${name}` })
    .overrideLogicalId(`endpoints_${name}`);
  new TerraformOutput(group, "volumes", { value: { data }, description: `Where workload ${name} keeps its persistent data` })
    .overrideLogicalId(`volumes_${name}`);
}

/**
 * VMs by hand. Each guest's cloud-config comes from a file, as a hand-written setup keeps its
 * cloud-config files (prepared by `prepare`, untimed, from the library's output, so that the
 * texts are the same); everything else is written here.
 */
function loadLibvirt() {
  const lv = path.join(root, "lib", "generated", "providers", "libvirt");
  return Object.assign({}, ...["provider", "network", "volume", "cloudinit-disk", "domain", "data-libvirt-domain-interface-addresses"]
    .map((m) => require(path.join(lv, m))));
}

function baselineVms({ LibvirtProvider, Network, Volume, CloudinitDisk, Domain, DataLibvirtDomainInterfaceAddresses }, n, stack, prepared) {
  const { Construct } = require("constructs");
  const seeds = JSON.parse(fs.readFileSync(prepared, "utf8"));

  const host = new Construct(stack, "libvirt-host");
  const provider = new LibvirtProvider(host, "provider", { uri: "qemu:///system" });
  const hash = crypto.createHash("sha256").update(BASE_IMAGE_URL).digest("hex").slice(0, 12);
  const base = new Volume(new Construct(host, "images"), hash, {
    provider, name: `${STACK}-base-${hash}.qcow2`, pool: "default",
    target: { format: { type: "qcow2" } }, create: { content: { url: BASE_IMAGE_URL } },
  });
  new Network(host, "network", {
    provider,
    name: `${STACK}-workloads`,
    autostart: true,
    forward: { mode: "nat" },
    domain: { name: "workloads", localOnly: "yes" },
    dns: { enable: "yes" },
    ips: [{ address: "192.168.150.1", prefix: 24, dhcp: { ranges: [{ start: "192.168.150.128", end: "192.168.150.254" }] } }],
  });
  const domains = [];
  for (let i = 0; i < n; i++) {
    const name = `vm${i}`;
    const domainName = `${STACK}_${name}`;
    const workload = new Construct(stack, name);
    const vm = new Construct(workload, "vm");
    const mac = ["52", "54", "00", ...crypto.createHash("sha256").update(`${STACK}/${STACK}/${name}/vm/lan`).digest().subarray(0, 3)
      .toString("hex").match(/../g)].join(":");
    const qcow2 = { format: { type: "qcow2" } };
    const rootDisk = new Volume(vm, "root-disk", {
      provider, name: `${domainName}-root.qcow2`, pool: "default", capacity: 10, capacityUnit: "GiB",
      target: qcow2, backingStore: { path: base.path, format: { type: "qcow2" } },
    });
    const data = new Volume(new Construct(vm, "data-disks"), "data", {
      provider, name: `${domainName}_data.qcow2`, pool: "default", capacity: 10, capacityUnit: "GiB",
      target: qcow2, lifecycle: { preventDestroy: true },
    });
    const seedGroup = new Construct(vm, "cloud-init");
    const seed = new CloudinitDisk(seedGroup, "seed", {
      provider,
      name: `${domainName}-seed`,
      userData: seeds[name].userData,
      metaData: seeds[name].metaData,
      // Quoted where YAML 1.1 (cloud-init's reader) would read the MAC as a base-60 number.
      networkConfig: `version: 2\nethernets:\n  lan:\n    match:\n      macaddress: ${SEXAGESIMAL.test(mac) ? `"${mac}"` : mac}\n    dhcp4: true\n`,
    });
    const seedVolume = new Volume(seedGroup, "volume", { provider, name: `${domainName}-seed.iso`, pool: "default", create: { content: { url: seed.path } } });
    const disk = (volume, dev, serial) => ({
      device: "disk", driver: { type: "qcow2" }, source: { volume: { pool: "default", volume: volume.name } }, target: { dev, bus: "virtio" }, serial,
    });
    const domain = new Domain(vm, "domain", {
      provider,
      name: domainName,
      type: "kvm",
      memory: 896,
      memoryUnit: "MiB",
      vcpu: 1,
      autostart: true,
      running: true,
      description: "Managed by cdktf-workloads",
      metadata: { xml: `<labels xmlns="https://cdktf-workloads.dev/xmlns/labels/1"><label key="${WORKLOAD_LABEL}" value="${name}"/></labels>` },
      os: { type: "hvm", typeArch: "x86_64", typeMachine: "q35", bootDevices: [{ dev: "hd" }] },
      cpu: { mode: "host-model" },
      devices: {
        disks: [
          disk(rootDisk, "vda"),
          disk(data, "vdb", `${name}_data`),
          { device: "cdrom", driver: { type: "raw" }, source: { volume: { pool: "default", volume: seedVolume.name } }, target: { dev: "sda", bus: "sata" }, readOnly: true },
        ],
        interfaces: [{
          model: { type: "virtio" }, mac: { address: mac }, source: { network: { network: `${STACK}-workloads` } }, waitForIp: { timeout: 300, source: "lease" },
        }],
        serials: [{ target: { port: 0 } }],
        consoles: [{ target: { type: "serial", port: 0 } }],
        rngs: [{ model: "virtio", backend: { random: "/dev/urandom" } }],
      },
      dependsOn: i % GROUP ? [domains[headOf(i)]] : undefined,
    });
    domains.push(domain);
    const addresses = new DataLibvirtDomainInterfaceAddresses(vm, "addresses", { provider, domain: domain.name, source: "lease", dependsOn: [domain] });
    const address = `\${try([for i in ${addresses.fqn}.interfaces : i.addrs[0].addr if lower(i.hwaddr) == "${mac}" && length(i.addrs) > 0][0], "")}`;
    outputs(workload, name, { host: address, port: 8080, url: `tcp://${address}:8080`, published: false },
      { storage_name: data.name, mount_path: "/data", location: data.path });
  }
}

// ---------------------------------------------------------------------------------------------
// One run, in a fresh process.

/** The synthesized document without cdktf's "//" metadata, keys sorted: what Terraform reads. */
function terraformOf(outdir) {
  const file = path.join(outdir, "stacks", STACK, "cdk.tf.json");
  const strip = (v) => (Array.isArray(v) ? v.map(strip)
    : v && typeof v === "object" ? Object.fromEntries(Object.keys(v).filter((k) => k !== "//").sort().map((k) => [k, strip(v[k])])) : v);
  return strip(JSON.parse(fs.readFileSync(file, "utf8")));
}

/** Blocks by kind: `resource.docker_image` → count, `output` → count, … */
function countsOf(doc) {
  const counts = {};
  for (const kind of ["resource", "data"]) {
    for (const [type, byName] of Object.entries(doc[kind] ?? {})) counts[`${kind}.${type}`] = Object.keys(byName).length;
  }
  for (const kind of ["output", "variable"]) if (doc[kind]) counts[kind] = Object.keys(doc[kind]).length;
  for (const [type, list] of Object.entries(doc.provider ?? {})) counts[`provider.${type}`] = list.length;
  return counts;
}

function run([variant, kind, nText, outdir, prepared]) {
  const n = Number(nText);
  const t0 = process.hrtime.bigint();
  const { App, TerraformStack } = require("cdktf");
  require("constructs");
  const modules = variant === "library" ? loadLibrary(kind) : kind === "containers" ? loadDocker() : loadLibvirt();
  const t1 = process.hrtime.bigint();
  const c1 = process.cpuUsage();
  const app = new App({ outdir });
  const stack = new TerraformStack(app, STACK);
  if (variant === "library") libraryProgram(modules, kind, n, stack);
  else if (kind === "containers") baselineContainers(modules, n, stack);
  else baselineVms(modules, n, stack, prepared);
  const t2 = process.hrtime.bigint();
  const c2 = process.cpuUsage();
  app.synth();
  const t3 = process.hrtime.bigint();
  const c3 = process.cpuUsage();
  const maxRssMiB = process.resourceUsage().maxRSS / 1024;
  const doc = terraformOf(outdir);
  const digest = crypto.createHash("sha256").update(JSON.stringify(doc)).digest("hex");
  const ms = (a, b) => Number(b - a) / 1e6;
  const cpuMs = (a, b) => (b.user + b.system - a.user - a.system) / 1000;
  process.stdout.write(JSON.stringify({
    loadMs: ms(t0, t1), constructMs: ms(t1, t2), synthMs: ms(t2, t3), constructCpuMs: cpuMs(c1, c2), synthCpuMs: cpuMs(c2, c3), maxRssMiB, counts: countsOf(doc), digest,
  }));
}

/** The guests' cloud-config texts for the VM baseline, taken from a library synth (untimed). */
function prepare([n, outdir, file]) {
  const { App, TerraformStack } = require("cdktf");
  const app = new App({ outdir });
  libraryProgram(loadLibrary("vms"), "vms", Number(n), new TerraformStack(app, STACK));
  app.synth();
  const seeds = {};
  for (const seed of Object.values(terraformOf(outdir).resource.libvirt_cloudinit_disk)) {
    const name = seed.name.slice(`${STACK}_`.length, -"-seed".length);
    seeds[name] = { userData: seed.user_data, metaData: seed.meta_data };
  }
  fs.writeFileSync(file, JSON.stringify(seeds));
}

// ---------------------------------------------------------------------------------------------
// The parent: alternate the two programs in fresh processes, then report.

function child(args, profileName) {
  const flags = process.env.BENCH_PROFILE ? ["--cpu-prof", "--cpu-prof-dir", process.env.BENCH_PROFILE, "--cpu-prof-name", `${profileName}.cpuprofile`] : [];
  const r = spawnSync(process.execPath, [...flags, __filename, ...args], { cwd: root, encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${args.join(" ")} failed:\n${r.stderr}`);
  return r.stdout === "" ? undefined : JSON.parse(r.stdout);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function compare(kind, n, pairs, tmp) {
  const prepared = path.join(tmp, `${kind}-${n}-seeds.json`);
  if (kind === "vms") child(["--prepare", String(n), path.join(tmp, "prepare"), prepared]);
  const runs = { baseline: [], library: [] };
  for (let p = 0; p < pairs; p++) {
    for (const variant of ["library", "baseline"]) {
      const outdir = path.join(tmp, `${variant}-${kind}-${n}-${p}`);
      runs[variant].push(child(["--run", variant, kind, String(n), outdir, prepared], `${variant}-${kind}-${n}-${p}`));
      if (!process.env.BENCH_KEEP) fs.rmSync(outdir, { recursive: true, force: true });
    }
  }
  const [lib, base] = [runs.library[0], runs.baseline[0]];
  const kinds = [...new Set([...Object.keys(base.counts), ...Object.keys(lib.counts)])].sort();
  const total = (c) => Object.values(c).reduce((a, b) => a + b, 0);
  console.log(`\n${n} ${kind === "containers" ? "container" : "VM"} workloads, ${pairs} pairs (load average ${os.loadavg()[0].toFixed(1)})`);
  console.log(`  blocks: library ${total(lib.counts)}, baseline ${total(base.counts)}; ${kinds.map((k) => `${k} ${lib.counts[k] ?? 0}/${base.counts[k] ?? 0}`).join(", ")}`);
  const same = runs.library.every((r) => r.digest === base.digest) && runs.baseline.every((r) => r.digest === base.digest);
  console.log(`  same Terraform (all keys but cdktf's "//" metadata): ${same ? "yes" : "NO: the figures below compare different work"}`);
  const row = (label, key, unit, digits) => {
    const [l, b] = [median(runs.library.map((r) => r[key])), median(runs.baseline.map((r) => r[key]))];
    console.log(`  ${label.padEnd(20)} ${l.toFixed(digits).padStart(9)} ${unit.padEnd(3)} ${b.toFixed(digits).padStart(9)} ${unit.padEnd(3)} ×${(l / b).toFixed(2)}`);
  };
  for (const r of [...runs.library, ...runs.baseline]) {
    r.totalMs = r.constructMs + r.synthMs;
    r.totalCpuMs = r.constructCpuMs + r.synthCpuMs;
  }
  console.log(`  ${"".padEnd(20)} ${"library".padStart(13)} ${"baseline".padStart(13)}  ratio`);
  row("construct", "constructMs", "ms", 0);
  row("synth", "synthMs", "ms", 0);
  row("construct + synth", "totalMs", "ms", 0);
  row("  CPU time of it", "totalCpuMs", "ms", 0);
  row("peak RSS", "maxRssMiB", "MiB", 0);
  row("(load modules)", "loadMs", "ms", 0);
  return same;
}

function main() {
  if (!fs.existsSync(path.join(root, "lib", "index.js"))) {
    console.error("bench: lib/ is missing; run `npm run build` first");
    process.exit(2);
  }
  const pairs = Number(process.env.BENCH_PAIRS || 3);
  const all = [["containers", 100], ["containers", 1000], ["containers", 3000], ["vms", 30], ["vms", 300]];
  const only = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(",").map((s) => s.trim()) : undefined;
  const sizes = only ? all.filter(([k, n]) => only.includes(`${k}:${n}`)) : all;
  if (only && sizes.length !== only.length) {
    console.error(`bench: BENCH_ONLY names ${only.join(", ")}; known: ${all.map(([k, n]) => `${k}:${n}`).join(", ")}`);
    process.exit(2);
  }
  console.log(`node ${process.version}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; medians of ${pairs} pairs (library, baseline alternating, fresh processes)`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cdktf-workloads-bench-"));
  let allSame = true;
  try {
    for (const [kind, n] of sizes) allSame = compare(kind, n, pairs, tmp) && allSame;
  } finally {
    if (!process.env.BENCH_KEEP) fs.rmSync(tmp, { recursive: true, force: true });
  }
  if (!allSame) process.exitCode = 1;
}

if (require.main === module) {
  const [mode, ...rest] = process.argv.slice(2);
  if (mode === "--run") run(rest);
  else if (mode === "--prepare") prepare(rest);
  else main();
}

// For profiling a program in a process of one's own.
module.exports = { STACK, loadLibrary, libraryProgram, loadDocker, baselineContainers, loadLibvirt, baselineVms };
