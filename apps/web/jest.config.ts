export default {
  displayName: 'web',
  preset: '../../jest.preset.js',
  rootDir: '.',
  testEnvironment: '<rootDir>/src/test/jsdom-environment.cjs',
  testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/src/**/*.test.tsx', '<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
  // UI specs drive real Mantine components; 2-core CI boxes need more than the 5 s default.
  testTimeout: 15000,
  setupFilesAfterEnv: ['<rootDir>/src/test/setup-tests.ts'],
  moduleNameMapper: {
    '^@mandate/domain$': '<rootDir>/../../libs/domain/src/index.ts',
    '\\.(css|less|scss)$': '<rootDir>/src/test/style-mock.cjs',
  },
};
