// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import { importX } from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";

/**
 * The layers, lowest first. Imports point only down this list: a layer may import the layers
 * before it, never one after it. `cli` is a Node entry over the parser; nothing imports it.
 */
export const LAYERS = [
  "model",
  "ingest",
  "db",
  "analytics",
  "services",
  "worker",
  "queries",
  "lib",
  "components",
  "features",
  "app",
  "cli",
];

const layerZones = LAYERS.slice(0, -1).map((layer, i) => ({
  target: `./src/${layer}`,
  from: LAYERS.slice(i + 1).map((above) => `./src/${above}`),
  message: `${layer}/ sits below these layers and must not import them (model ← ingest ← db ← analytics ← services ← worker ← queries ← lib ← components ← features ← app).`,
}));

/** Views stay independent: one feature never imports another (shared code goes down a layer). */
const FEATURES = ["articles", "compare", "filters", "import", "network", "phrases", "provinces"];
const featureZones = FEATURES.map((feature) => ({
  target: `./src/features/${feature}`,
  from: "./src/features",
  except: [`./${feature}`],
  message: "A feature never imports another feature.",
}));

export default tseslint.config(
  { ignores: ["dist", "dist-bench", "node_modules", "dev-dist", "docs", "coverage", "test/corpus/*/texts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "./tsconfig.json" })],
      // Without a parser for .ts files the cycle check cannot read the modules it follows, and finds nothing.
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/extensions": [".ts", ".tsx", ".js"],
    },
    rules: {
      "import-x/no-restricted-paths": ["error", { zones: [...layerZones, ...featureZones] }],
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  {
    // The parsing core and the domain model run anywhere: no database, no framework, no DOM.
    files: ["src/model/**/*.ts", "src/ingest/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { paths: ["dexie", "react", "react-dom", "comlink", "echarts"] }],
      "no-restricted-globals": ["error", "window", "document", "navigator", "localStorage", "indexedDB"],
    },
  },
  {
    files: ["src/db/**/*.ts", "src/analytics/**/*.ts", "src/services/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { paths: ["react", "react-dom", "echarts"] }] },
  },
);
