/** @type {import('jest').Config} Tests that run generated stacks for real on ../shared/runtime-lab (slow; `npm run test:runtime`). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/runtime'],
  testMatch: ['**/*.runtime.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  globalSetup: '<rootDir>/test/global-setup.js',
  globalTeardown: '<rootDir>/test/global-teardown.js',
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
  testTimeout: 45 * 60 * 1000,
  maxWorkers: 1,
};
