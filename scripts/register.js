// Runs the TypeScript examples under `cdktf synth` (cdktf.json's app): compiles each .ts file with
// esbuild on first require and caches the JavaScript on disk by content hash. The generated libvirt
// bindings are 7 MB of TypeScript; compiling them on every run cost more than everything else.
"use strict";
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const Module = require("module");
const { transformSync } = require("esbuild");

const cacheDir = path.join(__dirname, "..", "node_modules", ".cache", "cdktf-workloads-register");
const VERSION = `esbuild-${require("esbuild/package.json").version}-v1`;

function compile(source, filename) {
  // Source maps only for our own code: stack traces point at .ts lines; the bindings do not need them.
  const generated = filename.includes(`${path.sep}generated${path.sep}`);
  const key = crypto.createHash("sha256").update(VERSION).update(filename).update(source).digest("hex");
  const cached = path.join(cacheDir, `${key}.js`);
  try {
    return fs.readFileSync(cached, "utf8");
  } catch {
    // not cached yet
  }
  const { code } = transformSync(source, {
    loader: "ts", format: "cjs", target: "node18", sourcefile: filename, sourcemap: generated ? false : "inline",
  });
  try {
    fs.mkdirSync(cacheDir, { recursive: true });
    const tmp = `${cached}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, code);
    fs.renameSync(tmp, cached); // atomic: parallel runs never read half a file
  } catch {
    // a read-only tree still works, just uncached
  }
  return code;
}

if (process.setSourceMapsEnabled) process.setSourceMapsEnabled(true);
Module._extensions[".ts"] = function loadTs(module, filename) {
  module._compile(compile(fs.readFileSync(filename, "utf8"), filename), filename);
};
