import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  // Relative base so the built app also works when opened from a sub-path (course pages, iframes).
  base: './',
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 2500,
    rolldownOptions: {
      // gpu-check.html is a test page (WebGL vs float64 surfaces), driven by test/e2e/gpu.e2e.mjs
      // and `npm run bench -- surface-browser`; the app does not link to it.
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        gpuCheck: fileURLToPath(new URL('./gpu-check.html', import.meta.url)),
        // The network tuner's backend bench page, driven by `npm run bench -- network`.
        networkBench: fileURLToPath(new URL('./network-bench.html', import.meta.url)),
      },
    },
  },
  worker: { format: 'es' },
});
