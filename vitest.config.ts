import { defineConfig } from 'vitest/config';

// One project per process kind (design.md): pure shared code, the database layer, the renderer.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'shared', environment: 'node', include: ['test/unit/{domain,docs,contract}/**/*.test.ts'], testTimeout: 60_000 } },
      { test: { name: 'db', environment: 'node', include: ['test/unit/db/**/*.test.ts', 'test/integration/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 60_000 } },
      { test: { name: 'renderer', environment: 'jsdom', include: ['test/unit/renderer/**/*.test.{ts,tsx}'], testTimeout: 30_000 } },
    ],
  },
});
