import { defineConfig } from "vitest/config";

// End-to-end tests: real headless Chromium against the built app (`npm run build` first).
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.e2e.ts"],
    environment: "node",
    globalSetup: ["test/e2e/serve-built-app.ts"],
    fileParallelism: false,
    testTimeout: 60000,
    hookTimeout: 60000,
  },
});
