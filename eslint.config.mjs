// @ts-check
/**
 * The linter `npm run lint` and `npm test` run: ESLint's and typescript-eslint's recommended
 * rules (syntax only, no type information: the type-check already runs in `npm test`, and a
 * typed lint would double its cost), plus React's rules of hooks for app/.
 */
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: ["node_modules/**", ".next/**", "server/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "e2e/artifacts/**", "bench/out/**", "data/**"],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,mts,cts}"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      // The code marks a deliberately unused parameter or binding with a leading underscore
      // (an interface's argument, the rest of a destructured row): that is the signal, not a slip.
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          caughtErrorsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
  },
  {
    // A spec that imported Playwright's own `test` would run without the CSP guard (e2e/support/test.ts).
    files: ["e2e/**/*.spec.ts"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "@playwright/test", importNames: ["test"], message: "Import test and expect from ./support/test: its fixture fails a spec on any CSP violation." }] }],
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },
);
