// One temp folder per jest run, removed at the end: every test (and cdktf's Testing.app, which
// writes a cdktf.outdir.* per stack) uses os.tmpdir(), which follows TMPDIR into this folder.
// globalSetup runs in jest's parent process before the workers start, so they inherit TMPDIR.
const fs = require('fs');
const os = require('os');
const path = require('path');

module.exports.setup = async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-workloads-test-'));
  process.env.CDKTF_WORKLOADS_TEST_TMP = dir;
  process.env.TMPDIR = dir;
};

module.exports.teardown = async () => {
  const dir = process.env.CDKTF_WORKLOADS_TEST_TMP;
  if (dir && path.basename(dir).startsWith('cdktf-workloads-test-')) fs.rmSync(dir, { recursive: true, force: true });
};
