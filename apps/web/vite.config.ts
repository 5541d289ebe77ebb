import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The web console, built into dist/web and served by the gateway at `/`. JSX is
 * compiled by Vite's own transformer (tsconfig `jsx: react-jsx`); no React plugin, as
 * the console is developed against a running stack rather than with hot reload.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  resolve: { alias: { '@web': fileURLToPath(new URL('./src', import.meta.url)) } },
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    reportCompressedSize: false,
    // The dashboard's chart chunk (ECharts: bar, line, grid, legend, tooltip, SVG renderer) is
    // about 535 kB minified and loads only with the chart; BENCHMARKS.md section 9 measures it.
    chunkSizeWarningLimit: 600,
  },
  server: { proxy: { '/graphql': 'http://localhost:4000', '/auth': 'http://localhost:4000' } },
});
