#!/usr/bin/env node
// After the jsii build: drop the inline source maps (with their embedded sources) from the
// compiled generated libvirt bindings. They are two thirds of lib/ (17 of 28 MB) and map code
// nobody steps through; the library's own files keep theirs.
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..", "lib", "generated");
let saved = 0;
const walk = (dir) => {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(p);
    else if (entry.name.endsWith(".js")) {
      const text = fs.readFileSync(p, "utf8");
      const i = text.lastIndexOf("\n//# sourceMappingURL=data:");
      if (i >= 0) {
        saved += text.length - i - 1;
        fs.writeFileSync(p, text.slice(0, i + 1));
      }
    }
  }
};
walk(root);
console.log(`strip-generated-maps: ${(saved / 1e6).toFixed(1)} MB of inline source maps removed from lib/generated`);
