import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** The JavaScript a screen needs on a cold load (its chunk, the entry and everything both import statically), gzipped. */
export const FIRST_LOAD_BUDGET_BYTES = 250 * 1024;

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|map|webmanifest)$/;
const MIN_BYTES = 1024;

interface ChunkInfo {
  fileName: string;
  code: string;
  isEntry: boolean;
  isDynamicEntry: boolean;
  imports: string[];
  facadeModuleId: string | null;
  name: string;
}

/** Text only React's development builds contain (react-dom's DevTools banner, the dev JSX runtime's stack frames). */
const REACT_DEVELOPMENT_MARKERS = ['Download the React DevTools for a better development experience', 'react-stack-top-frame'];

/** The chunks that carry React's development code: a build that serves people must have none (several times slower). */
export function chunksWithReactDevelopmentCode(chunks: { fileName: string; code: string }[]): string[] {
  return chunks.filter((chunk) => REACT_DEVELOPMENT_MARKERS.some((marker) => chunk.code.includes(marker))).map((chunk) => chunk.fileName);
}

const gzipSize = (text: string | Buffer): number => gzipSync(text, { level: 9 }).length;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;

/**
 * Three build steps for a fast first screen:
 * - fails the build when a chunk carries React's development code (NODE_ENV leaking into the build);
 * - prints, for the entry and for every lazily loaded screen (a chunk named *Page), the gzipped JavaScript a cold visit
 *   to it downloads (entry + `frame`, the signed-in layout, unless the screen is in `outsideFrame` + the screen, with
 *   everything they import statically), and flags any over FIRST_LOAD_BUDGET_BYTES;
 * - writes a .gz and a .br beside every compressible file, so the server sends them as they are (no compression per
 *   request, brotli at its best level).
 */
export function firstLoadPlugin({ frame, outsideFrame }: { frame: string; outsideFrame: string[] }): Plugin {
  return {
    name: 'mandate-first-load',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [output] : []));
      const development = chunksWithReactDevelopmentCode(chunks);
      if (development.length > 0) {
        this.error(`React's development code in ${development.join(', ')} (NODE_ENV=${process.env.NODE_ENV ?? ''}): a production build must not ship it`);
      }
    },
    writeBundle: {
      sequential: true,
      order: 'post',
      handler(options, bundle) {
        const chunks = new Map<string, ChunkInfo>();
        for (const output of Object.values(bundle)) {
          if (output.type === 'chunk') chunks.set(output.fileName, output as unknown as ChunkInfo);
        }
        const closure = (start: string, seen = new Set<string>()): Set<string> => {
          if (seen.has(start)) return seen;
          seen.add(start);
          for (const imported of chunks.get(start)?.imports ?? []) closure(imported, seen);
          return seen;
        };
        const sizes = new Map<string, number>();
        const sizeOf = (fileName: string): number => {
          if (!sizes.has(fileName)) sizes.set(fileName, gzipSize(chunks.get(fileName)?.code ?? ''));
          return sizes.get(fileName) ?? 0;
        };
        const total = (files: Set<string>): number => [...files].reduce((sum, file) => sum + sizeOf(file), 0);

        const entries = [...chunks.values()].filter((chunk) => chunk.isEntry);
        const entryFiles = new Set(entries.flatMap((entry) => [...closure(entry.fileName)]));
        const rows: [string, number][] = entries.map((entry) => [`${entry.name} (entry: ${[...closure(entry.fileName)].length} files)`, total(closure(entry.fileName))]);
        const frameChunk = [...chunks.values()].find((chunk) => chunk.isDynamicEntry && chunk.name === frame);
        const screens = [...chunks.values()].filter((chunk) => chunk.isDynamicEntry && chunk.name.endsWith('Page')).sort((a, b) => a.name.localeCompare(b.name));
        for (const screen of screens) {
          const framed = frameChunk !== undefined && !outsideFrame.includes(screen.name);
          const files = closure(screen.fileName, framed ? closure(frameChunk.fileName, new Set(entryFiles)) : new Set(entryFiles));
          rows.push([`${screen.name} (entry${framed ? ` + ${frame}` : ''} + screen: ${files.size} files)`, total(files)]);
        }
        const width = Math.max(...rows.map(([label]) => label.length));
        const lines = rows.map(([label, bytes]) => `  ${label.padEnd(width)}  ${kb(bytes).padStart(9)}${bytes > FIRST_LOAD_BUDGET_BYTES ? `  OVER the ${kb(FIRST_LOAD_BUDGET_BYTES)} budget` : ''}`);
        this.info(`\nJavaScript a cold visit downloads, gzipped, per screen:\n${lines.join('\n')}`);
        if (rows.some(([, bytes]) => bytes > FIRST_LOAD_BUDGET_BYTES)) this.warn(`a screen needs more than ${kb(FIRST_LOAD_BUDGET_BYTES)} of JavaScript gzipped`);

        const outDir = options.dir ?? '';
        let written = 0;
        for (const file of walk(outDir)) {
          if (!COMPRESSIBLE.test(file)) continue;
          const content = readFileSync(file);
          if (content.length < MIN_BYTES) continue;
          writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
          writeFileSync(
            `${file}.br`,
            brotliCompressSync(content, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: content.length } }),
          );
          written += 1;
        }
        this.info(`precompressed ${written} files in ${relative(process.cwd(), outDir) || outDir} (.gz and .br)`);
      },
    },
  };
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}
