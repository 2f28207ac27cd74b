const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('node:path');

// Bundles the API's own code and libs/domain; node_modules stay external and come from the generated package.json.
module.exports = {
  // API_OUTPUT_PATH lets a second build (e.g. a developer's private copy) land elsewhere than dist/.
  output: { path: process.env.API_OUTPUT_PATH ?? join(__dirname, '../../dist/apps/api'), clean: true },
  devtool: 'source-map',
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      additionalEntryPoints: [
        { entryName: 'worker', entryPath: './src/worker.ts' },
        { entryName: 'cli', entryPath: './src/cli.ts' },
      ],
      tsConfig: './tsconfig.app.json',
      assets: [],
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: true,
      sourceMap: true,
      skipTypeChecking: true,
    }),
  ],
};
