import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { precompress } from './vite-precompress';

/**
 * `source` resolves @fazhi/shared to its TypeScript sources, so the web build does not depend on the
 * shared package having been compiled first. The shared package is declared free of side effects:
 * its zod schemas (for the server) are then left out of the browser bundle when unused (~20 kB gzip).
 */
export default defineConfig({
  plugins: [react(), precompress()],
  resolve: { conditions: ['source', ...defaultClientConditions] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      treeshake: {
        moduleSideEffects: [{ test: /[\\/]packages[\\/]shared[\\/]src[\\/]/, sideEffects: false }],
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
