#!/usr/bin/env node
// After the jsii build: turn lib/generated/providers/libvirt/index.js into the lazy form the
// generator emits next to it (lazy-index.js), so `require('cdktf-workloads')` loads no libvirt
// binding until one is used. The domain bindings alone take ~190 ms to load; a program that
// only uses containers should not pay for them. Types (index.d.ts) are unchanged.
"use strict";
const fs = require("fs");
const path = require("path");

const dir = path.resolve(__dirname, "..", "lib", "generated", "providers", "libvirt");
const lazy = fs.readFileSync(path.join(dir, "lazy-index.js"), "utf8");
const getters = lazy.match(/^Object\.defineProperty\(exports, '[A-Za-z0-9]+', \{ get: .*$/gm);
if (!getters || getters.length === 0) {
  throw new Error(`no lazy getters found in ${path.join(dir, "lazy-index.js")}: has the generator changed?`);
}
fs.writeFileSync(
  path.join(dir, "index.js"),
  [
    '"use strict";',
    "// Written by scripts/lazy-libvirt-index.js from the generator's lazy-index.js.",
    'Object.defineProperty(exports, "__esModule", { value: true });',
    // enumerable, so that namespace imports and Object.keys see every member
    ...getters.map((line) => line.replace("{ get:", "{ enumerable: true, get:")),
    "",
  ].join("\n"),
);
