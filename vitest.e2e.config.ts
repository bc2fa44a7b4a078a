import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// End-to-end: the built extension in real Chromium, one browser per file, files one after another.
export default defineConfig({
  resolve: { alias: { '@': resolve(import.meta.dirname) } },
  test: {
    include: process.env.E2E_INCLUDE ? [process.env.E2E_INCLUDE] : ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    retry: process.env.CI ? 1 : 0,
  },
});
