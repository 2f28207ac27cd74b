/**
 * The floor under the board's first card: what this machine's Chromium costs before any of our code, measured the
 * same way as the board (first-load.bench.ts: fresh context, cache disabled, time to the first `board-card` on screen).
 * Three pages, built with the project's Vite and served brotli-compressed from memory, as the product serves its build:
 * - `static`: plain HTML, one card, no script;
 * - `react`: React 19 renders one card into a div;
 * - `mantine`: React + MantineProvider with the app's global CSS (@mantine/core styles) and a board-like screen of
 *   Mantine components (6 columns of 6 cards: Paper, Text, Badge, Progress), no router, no data.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, relative } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

export const FLOOR_PAGES = ['static', 'react', 'mantine'] as const;
export type FloorPage = (typeof FLOOR_PAGES)[number];

const html = (body: string) => `<!doctype html>
<html lang="vi">
  <head><meta charset="UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>Floor</title></head>
  <body>${body}</body>
</html>
`;

const SOURCES: Record<string, string> = {
  'static/index.html': html('<div id="root"><h1>Bảng công việc</h1><div data-testid="board-card">Thẻ đầu tiên</div></div>'),
  'react/index.html': html('<div id="root"></div><script type="module" src="./main.tsx"></script>'),
  'react/main.tsx': `import { createRoot } from 'react-dom/client';
createRoot(document.getElementById('root')!).render(<div data-testid="board-card">Thẻ đầu tiên</div>);
`,
  'mantine/index.html': html('<div id="root"></div><script type="module" src="./main.tsx"></script>'),
  'mantine/main.tsx': `import '@mantine/core/styles.css';
import { Badge, Group, MantineProvider, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { createRoot } from 'react-dom/client';
const columns = ['Chưa bắt đầu', 'Đang thực hiện', 'Chờ duyệt', 'Bị trả lại', 'Hoàn thành', 'Đã hủy'];
createRoot(document.getElementById('root')!).render(
  <MantineProvider>
    <Title order={1} size="h3" mb="md">Bảng công việc</Title>
    <Group align="flex-start" wrap="nowrap" gap={8}>
      {columns.map((column) => (
        <Paper key={column} withBorder p={6} radius="md" style={{ flex: '1 0 176px' }}>
          <Group justify="space-between" mb={6}><Text fw={600} size="sm" truncate>{column}</Text><Badge variant="default">6</Badge></Group>
          <Stack gap={6}>
            {[1, 2, 3, 4, 5, 6].map((n) => (
              <Paper key={n} withBorder p={8} radius="sm" h={132} data-testid="board-card">
                <Stack gap={4}>
                  <Text size="sm" fw={500} lineClamp={2}>Gói công việc số {n} của cột {column}</Text>
                  <Text size="xs" c="dimmed" truncate>Mục 1.{n} · Sở Tài chính</Text>
                  <Text size="xs">Còn {n} ngày · 31/12/2026</Text>
                  <Badge variant="light" color="green">Đúng hạn</Badge>
                  <Progress value={n * 15} size="sm" />
                </Stack>
              </Paper>
            ))}
          </Stack>
        </Paper>
      ))}
    </Group>
  </MantineProvider>,
);
`,
};

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

const filesUnder = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));

/** Builds the floor pages (production React, minified) and serves them on 127.0.0.1:`port` (0: any free port). */
export async function serveFloorPages(port: number): Promise<{ url: (page: FloorPage) => string; close: () => Promise<void> }> {
  // Inside the repository, so the pages resolve its node_modules.
  const root = mkdtempSync(join(process.cwd(), 'tmp-first-load-floor-'));
  try {
    for (const [path, text] of Object.entries(SOURCES)) {
      const file = join(root, path);
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, text);
    }
    process.env.NODE_ENV = 'production';
    const outDir = join(root, 'dist');
    await build({
      root,
      configFile: false,
      logLevel: 'error',
      plugins: [react()],
      css: { postcss: join(process.cwd(), 'apps/web') },
      build: { outDir, emptyOutDir: true, modulePreload: { polyfill: false }, rolldownOptions: { input: Object.fromEntries(FLOOR_PAGES.map((page) => [page, join(root, page, 'index.html')])) } },
    });
    // Brotli, as the product's server sends its precompressed build.
    const files = new Map(filesUnder(outDir).map((file) => [`/${relative(outDir, file)}`, brotliCompressSync(readFileSync(file))]));
    const server: Server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://floor').pathname;
      const body = files.get(path.endsWith('/') ? `${path}index.html` : path);
      if (!body) return void response.writeHead(404).end();
      response.writeHead(200, { 'Content-Type': TYPES[extname(path.endsWith('/') ? 'index.html' : path)] ?? 'application/octet-stream', 'Content-Encoding': 'br', 'Cache-Control': 'no-cache' });
      response.end(body);
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    const address = server.address();
    const bound = typeof address === 'object' && address ? address.port : port;
    return {
      url: (page) => `http://127.0.0.1:${bound}/${page}/`,
      close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
