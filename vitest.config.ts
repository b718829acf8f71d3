import { defineConfig } from 'vitest/config';

// Unit and integration tests. End-to-end tests have their own config in e2e/.
export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'bench/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The suite passes on any date: the server's clock is held at one fixed instant.
    setupFiles: ['src/kernel/testing/hold-test-clock.ts'],
  },
});
