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
    // The formula parser (mathjs) loads on demand in the app; tests compile formulas synchronously.
    setupFiles: [
      'test/unit/setupFormulaParser.ts',
      'test/unit/setupSections.ts',
      'test/unit/setupLocales.ts',
    ],
    testTimeout: 60_000,
  },
});
