import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  // Relative base so the built app also works when opened from a sub-path (course pages, iframes).
  base: './',
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 2500 },
  worker: { format: 'es' },
});
