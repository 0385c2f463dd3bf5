// Builds the coordination desk (src/web) into dist/web, served by Fastify under /app/ (src/api/web-app.ts).
// TSX is compiled by Vite's built-in transform with React's automatic runtime; no plugin is needed for a build.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  root: resolve(import.meta.dirname, 'src/web'),
  base: '/app/',
  publicDir: false,
  build: {
    outDir: resolve(import.meta.dirname, 'dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 400,
  },
  oxc: { jsx: { runtime: 'automatic' } },
});
