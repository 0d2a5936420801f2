// `npm run bench` compares the library with hand-written plain cdktf; its figures mean something
// only while both synthesize the same Terraform. This checks that at the smallest sizes (no
// timing: the bench prints figures, it has no thresholds). Runs the built package (lib/).
import { spawnSync } from 'child_process';
import * as path from 'path';

test('the bench\'s baselines synthesize the same Terraform as the library', () => {
  const root = path.resolve(__dirname, '..');
  const r = spawnSync(process.execPath, ['scripts/bench.js'], {
    cwd: root, encoding: 'utf8', env: { ...process.env, BENCH_PAIRS: '1', BENCH_ONLY: 'containers:100,vms:30' }, timeout: 300_000,
  });
  expect(r.stderr).toBe('');
  expect(r.stdout.match(/same Terraform.*$/gm)).toEqual([
    'same Terraform (all keys but cdktf\'s "//" metadata): yes',
    'same Terraform (all keys but cdktf\'s "//" metadata): yes',
  ]);
  expect(r.status).toBe(0);
}, 300_000);
