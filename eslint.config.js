import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

export default tseslint.config(
  { ignores: ["dist", "dist-bench", "node_modules", "dev-dist", "docs", "coverage"] },
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
    // One-way imports: the parsing core knows nothing of the database, the views or the DOM.
    files: ["src/ingest/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["**/db/**", "**/features/**", "**/app/**", "**/queries/**", "dexie", "react"] },
      ],
    },
  },
  {
    files: ["src/db/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: ["**/features/**", "**/app/**", "react"] }] },
  },
);
