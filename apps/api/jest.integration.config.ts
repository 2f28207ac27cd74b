// Integration tests: the real API against the real PostgreSQL and Redis that scripts/test-all.sh starts.
export default {
  displayName: 'api-integration',
  preset: '../../jest.preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/test/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  testTimeout: 30000,
};
