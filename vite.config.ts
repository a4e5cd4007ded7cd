import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// tfjs ships one licence header per source file: hundreds of copies of the same Apache text in the
// training worker alone (888 KiB). The licences stay in node_modules and LICENSE covers our code.
const output = { comments: { legal: false } } as const;
/**
 * The first screen as a few files rather than forty: every source module index.html's entry
 * imports statically goes into one chunk (each gzip stream restarts its dictionary, and rolldown
 * would otherwise split off every module a lazy section shares). Libraries are not captured: they
 * follow their importers by what is used, because a captured library module is kept whole (the
 * `d3` barrel would bring every colour ramp). The test pages' own modules stay out, and so does the
 * entry module itself: a test page that shares a module must not run the app.
 */
function firstScreenChunk(entry: string): { plugin: Plugin; test: (id: string) => boolean } {
  const modules = new Set<string>();
  const plugin: Plugin = {
    name: 'first-screen-chunk',
    apply: 'build',
    buildEnd() {
      modules.clear();
      const queue = [entry];
      while (queue.length > 0) {
        const id = queue.pop() as string;
        if (modules.has(id)) continue;
        modules.add(id);
        queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
      modules.delete(entry);
    },
  };
  return { plugin, test: (id) => modules.has(id) && !/[\\/]node_modules[\\/]/.test(id) };
}
const firstScreen = firstScreenChunk(fileURLToPath(new URL('./src/main.tsx', import.meta.url)));

export default defineConfig({
  plugins: [
    react(),
    firstScreen.plugin,
    // Offline after the first visit: the service worker precaches the shell, every lazily loaded
    // section, the tfjs wasm binaries and the datasets the network screen reads, all from this
    // origin. It registers only in a built page (src/app/UpdateNotice.tsx), never in dev or tests,
    // and waits to take over until the user accepts the update notice.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icon-192.png', 'icon-512.png'],
      manifest: {
        name: 'BO Playground',
        short_name: 'BO Playground',
        description: 'Watch Bayesian optimization find the best hyperparameters, live.',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#2d64c8',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,wasm,svg,png,csv,gz,webmanifest}'],
        // The test pages are not the app: they stay network-only.
        globIgnores: ['gpu-check.html', 'network-bench.html', '**/gpuCheck-*', '**/networkBench-*'],
        // The tfjs wasm binaries and the training worker are several MB each.
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/gpu-check\.html/, /network-bench\.html/],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  // Relative base so the built app also works when opened from a sub-path (course pages, iframes).
  base: './',
  build: {
    target: 'es2022',
    // 36 MiB of maps are no part of the served app; `vite build --sourcemap` makes them on demand.
    sourcemap: false,
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
      output: { ...output, codeSplitting: { groups: [{ name: 'app', test: firstScreen.test }] } },
    },
  },
  worker: { format: 'es', rolldownOptions: { output } },
});
