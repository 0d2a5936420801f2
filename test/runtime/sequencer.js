// The runtime files in a fixed order, longest first (the native VM's two boots, one after the
// other), should jest get fewer workers than files. Results are not cached: the order does not
// depend on them.
const path = require('path');

const ORDER = ['native-vm', 'hybrid', 'image-vm', 'containers', 'hardening', 'swarm'];

function rank(test) {
  const i = ORDER.indexOf(path.basename(test.path, '.runtime.ts'));
  return i === -1 ? ORDER.length : i;
}

class RuntimeSequencer {
  sort(tests) {
    return [...tests].sort((a, b) => rank(a) - rank(b) || a.path.localeCompare(b.path));
  }

  cacheResults() {}

  allFailedTests(tests) {
    return tests;
  }
}

module.exports = RuntimeSequencer;
