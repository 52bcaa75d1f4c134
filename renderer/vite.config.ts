import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { join } from 'node:path';

const root = import.meta.dirname;

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: join(root, '..', 'dist', 'renderer'),
    emptyOutDir: true,
    // Sections are lazy chunks (routes.tsx); the largest are echarts and exceljs (about 1.1 MB and 0.9 MB),
    // each loaded only by the screens that use it. A chunk above this means something heavy went eager.
    chunkSizeWarningLimit: 1200,
    sourcemap: false,
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
});
