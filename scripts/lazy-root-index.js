#!/usr/bin/env node
// After the jsii build: make lib/index.js load each module of the public API on first use, so
// that `require('cdktf-workloads')` costs one small file and a program pays only for what it
// touches (a container-only program does not load the vm and hybrid targets, cloud-init, the
// app-spec file loader with yaml and ajv). Types (index.d.ts) are unchanged.
//
// tsc compiles `export { A } from './a'` to `var a_1 = require("./a");` plus a getter
// `get: function () { return a_1.A; }`. Only the `require` line changes: a_1 becomes an object
// that requires ./a when a getter first reads it. The getters keep tsc's exact form, which
// Node's ESM loader (cjs-module-lexer) reads to find the named exports for `import { A } from`.
"use strict";
const fs = require("fs");
const path = require("path");

/** The lazy form of compiled index.js text; throws if the text is not the shape this expects. */
function lazyIndex(text, file) {
  const fail = (why) => {
    throw new Error(`lazy-root-index: ${file}: ${why}; has the compiler's output changed? Update scripts/lazy-root-index.js`);
  };
  const requireLine = /^var (\w+) = require\("(\.\/[^"]+)"\);$/gm;
  const bindings = [...text.matchAll(requireLine)].map((m) => m[1]);
  if (bindings.length === 0) fail("no `var x_1 = require(\"./x\");` lines");
  // Each binding may be read only by export getters: anything else would run at load time and
  // defeat (or, on a Proxy, subtly change) the laziness.
  for (const b of bindings) {
    const uses = text.split("\n").filter((line) => new RegExp(`\\b${b}\\b`).test(line));
    const stray = uses.filter(
      (line) =>
        !line.startsWith(`var ${b} = require(`) &&
        !new RegExp(`^Object\\.defineProperty\\(exports, "\\w+", \\{ enumerable: true, get: function \\(\\) \\{ return ${b}\\.\\w+; \\} \\}\\);$`).test(line),
    );
    if (stray.length > 0) fail(`${b} is used other than by an export getter: ${stray[0]}`);
  }
  const helper =
    "// Written by scripts/lazy-root-index.js: an object that requires its module when first read.\n" +
    "function onFirstUse(load) { var m; return new Proxy({}, { get: function (_t, k) { return (m || (m = load()))[k]; } }); }\n";
  // The helper goes last (a hoisted function), before the inline source map, so that every other
  // line keeps its number and the map still fits.
  const lazy = text.replace(requireLine, 'var $1 = onFirstUse(function () { return require("$2"); });');
  const map = lazy.lastIndexOf("\n//# sourceMappingURL=");
  return map >= 0 ? `${lazy.slice(0, map + 1)}${helper}${lazy.slice(map + 1)}` : `${lazy}\n${helper}`;
}

if (require.main === module) {
  const file = path.resolve(__dirname, "..", "lib", "index.js");
  const text = fs.readFileSync(file, "utf8");
  // An incremental build that did not re-emit index.js leaves it as the last run wrote it.
  if (!text.includes("function onFirstUse(")) fs.writeFileSync(file, lazyIndex(text, file));
}

module.exports = { lazyIndex };
