import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// End-to-end in Firefox ESR: the built Firefox add-on, one browser per file (Firefox starts slowly), files in turn.
export default defineConfig({
  resolve: { alias: { '@': resolve(import.meta.dirname) } },
  test: {
    include: process.env.E2E_INCLUDE ? [process.env.E2E_INCLUDE] : ['tests/firefox/**/*.firefox.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 180_000,
    retry: process.env.CI ? 1 : 0,
  },
});
