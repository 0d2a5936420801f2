/**
 * @type {import('jest').Config} Tests that run generated stacks for real on ../shared/runtime-lab
 * (slow; `npm run test:runtime`). One worker per file: the three VM files boot side by side (a TCG
 * guest keeps about one core busy and waits on the mirror and on sleeps for the rest) and the
 * container file runs beside them, then the hardening file on its worker (test/runtime/sequencer.js),
 * so the run takes about as long as its longest file.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/runtime'],
  testMatch: ['**/*.runtime.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  globalSetup: '<rootDir>/test/runtime/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.js',
  testSequencer: '<rootDir>/test/runtime/sequencer.js',
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
  testTimeout: 45 * 60 * 1000,
  maxWorkers: 4,
};
