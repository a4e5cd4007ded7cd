import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'src/**/*.test.tsx',
      'test/unit/**/*.test.ts',
      'test/unit/**/*.test.tsx',
    ],
    environment: 'node',
    testTimeout: 60_000,
  },
});
