import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';
import { firstLoadPlugin } from './first-load.plugin.mts';

const appRoot = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));
const apiTarget = process.env.API_URL ?? 'http://127.0.0.1:3000';

// Libraries every screen needs get their own long-cached chunks; everything else (charts, date pickers, ...) is left
// to the bundler, so it lands in the chunk of the screens that import it instead of in the first load.
const vendorGroups = [
  { name: 'vendor-react', priority: 3, test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-i18next|i18next|@tanstack[\\/]react-query|@tanstack[\\/]query-core)[\\/]/ },
  // What the entry itself needs, in one file rather than a dozen small ones (one request, better compression).
  { name: 'app-shell', priority: 2, tags: ['$initial' as const] },
];

const config = {
  root: appRoot,
  cacheDir: `${workspaceRoot}/node_modules/.vite/apps/web`,
  // The sign-in page is the one screen outside the signed-in frame (app/routes.tsx).
  plugins: [react(), firstLoadPlugin({ frame: 'AppLayout', outsideFrame: ['SignInPage'] })],
  resolve: { tsconfigPaths: true },
  css: { postcss: appRoot },
  server: {
    host: '127.0.0.1',
    port: 4200,
    strictPort: true,
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  preview: {
    host: '127.0.0.1',
    port: 4300,
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  build: {
    outDir: `${workspaceRoot}/dist/apps/web`,
    emptyOutDir: true,
    // No public source maps: the production build ships none (WEB_SOURCEMAP=true writes them for local debugging).
    sourcemap: process.env.WEB_SOURCEMAP === 'true',
    rolldownOptions: {
      output: { codeSplitting: { groups: vendorGroups } },
    },
  },
} satisfies UserConfig;

export default defineConfig(({ command }) => {
  // A build is what people get: React's production code whatever NODE_ENV the caller exports (scripts/start.sh exports
  // development for the API, the test scripts test, and Vite builds React's development code for any value but
  // production). Vite reads NODE_ENV after loading this file; the first-load plugin fails a build that still has it.
  if (command === 'build') process.env.NODE_ENV = 'production';
  // React Router's package exports only its development build (route-matching warnings, dev-only checks); a build
  // takes the production one it ships beside it.
  if (command === 'build') return { ...config, resolve: { ...config.resolve, alias: [{ find: /^react-router$/, replacement: `${workspaceRoot}/node_modules/react-router/dist/production/index.mjs` }] } };
  return config;
});
