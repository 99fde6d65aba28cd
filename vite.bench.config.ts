import { defineConfig } from "vite";

// The benchmark page: the app's real worker and client, built like the app, into dist-bench/.
export default defineConfig({
  base: "./",
  root: "test/bench/page",
  publicDir: false,
  worker: { format: "es" },
  build: {
    outDir: "../../../dist-bench",
    emptyOutDir: true,
    target: "es2022",
    rolldownOptions: { input: "test/bench/page/bench.html" },
  },
});
