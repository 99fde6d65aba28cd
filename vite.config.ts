import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import { VitePWA } from "vite-plugin-pwa";
import { contentSecurityPolicy } from "./scripts/content-security-policy.ts";
import { seedSummary } from "./scripts/seed-summary-plugin.ts";

const SHARED_MODULES =
  /[\\/]src[\\/](model|queries|components[\\/](?!chart|zrender)|lib[\\/](?!echarts|pinyin|map[\\/]))|[\\/]node_modules[\\/](@tanstack|comlink)[\\/]/;

// `base: "./"` keeps every URL relative, so the built app (and its service worker scope) work when
// served under any sub-path, e.g. https://example.org/tools/tifa/.
export default defineConfig({
  base: "./",
  plugins: [
    contentSecurityPolicy(),
    seedSummary(),
    react(),
    tailwindcss(),
    VitePWA({
      // Never swap versions under a user mid-work: a new service worker waits until the user
      // accepts the "update available" prompt.
      registerType: "prompt",
      injectRegister: null,
      includeAssets: ["icons/icon.svg", "icons/apple-touch-icon.png"],
      manifest: {
        id: "./",
        name: "Tifa · 提法 — Chinese policy meetings dashboard",
        short_name: "Tifa",
        description: "Meetings, leaders and formulations in Chinese provincial reports, offline.",
        lang: "zh-CN",
        start_url: "./",
        scope: "./",
        display: "standalone",
        background_color: "#fafaf9",
        theme_color: "#9f1239",
        icons: [
          { src: "icons/icon-192.png", sizes: "192x192", type: "image/png" },
          { src: "icons/icon-512.png", sizes: "512x512", type: "image/png" },
          { src: "icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
        ],
      },
      workbox: {
        // The app shell, the map data and the bundled articles are all build assets: precache them all.
        globPatterns: ["**/*.{js,css,html,svg,png,json,txt,woff2,webmanifest}"],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: "index.html",
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  worker: { format: "es" },
  build: {
    target: "es2022",
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The small modules the shell and the views share travel as one chunk, not twenty: each
          // request costs its headers. ECharts, the map and pinyin stay apart (lib/echarts, lib/pinyin).
          groups: [{ name: "shared", test: SHARED_MODULES, minShareCount: 2 }],
        },
      },
    },
  },
});
