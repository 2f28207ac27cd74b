// Shared Jest settings: SWC compiles TypeScript (decorators and their metadata included), paths come from tsconfig.base.json.
const path = require('node:path');

const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  transform: { '^.+\\.(t|j)sx?$': swcTransform },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  moduleNameMapper: {
    '^@mandate/domain$': path.join(__dirname, 'libs/domain/src/index.ts'),
  },
  testEnvironment: 'node',
};
