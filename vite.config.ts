import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  plugins: [
    react(),
    // Installable and offline after the first visit: a service worker precaches the built app. `prompt`: a new
    // build waits until the user reloads from the banner (src/ui/UpdatePrompt.tsx), never a silent reload.
    // The base is relative, so the site works from any static host or sub-path.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'VNet Peering Designer',
        short_name: 'VNet Designer',
        description: 'Design Azure virtual-network topologies and see what Azure will do before you deploy',
        theme_color: '#0f6cbd',
        background_color: '#f3f2f1',
        display: 'standalone',
        start_url: './',
        scope: './',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,wasm,json}'],
        // lazily loaded chunks (export views, parsers) are precached too: the app works offline in full
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  base: './',
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 1500 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          environment: 'node',
          include: ['src/{model,engine,export,import,share,plan,cli}/**/*.test.ts', 'test/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['src/{store,ui}/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup-dom.ts'],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
