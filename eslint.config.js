// ESLint: typescript-eslint's recommended rules, and the house's stage boundaries (see README "How it works").
// Formatting is Prettier's (npm run lint runs both).
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Only these folders may import these packages: each library has one stage that owns it. */
const OWNED_PACKAGES = [
  { name: "compromise", owner: "src/nlp" },
  { name: "graphology-layout-forceatlas2", owner: "src/layout" },
  { name: "graphology-layout-noverlap", owner: "src/layout" },
  { name: "graphology-layout", owner: "src/layout" },
  { name: "graphology-communities-louvain", owner: "src/layout" },
];

/** An import of another stage's file other than its index.ts, from a file `depth` folders below src/. */
function deepImport(depth) {
  const up = depth === 0 ? "\\./" : "(?:\\.\\./){" + depth + "}";
  return {
    // A stage folder other than util/ (shared helpers, not a stage), then anything but its index.js.
    regex: `^${up}(?!util/)[^./][^/]*/(?!index\\.js$)`,
    message: "Stages import each other only through their index.ts (README: How it works).",
  };
}

/** The package patterns a file outside `owner` may not import. */
function ownedPackagesExcept(owner) {
  return OWNED_PACKAGES.filter((p) => p.owner !== owner).map((p) => ({
    regex: `^${p.name}(?:/.*)?$`,
    message: `Only ${p.owner} imports ${p.name}.`,
  }));
}

/** The boundary rules for the files matching `files` (at `depth` below src/, in stage `owner`). */
function boundaries(files, depth, owner) {
  return {
    files,
    rules: {
      "no-restricted-imports": ["error", { patterns: [deepImport(depth), ...ownedPackagesExcept(owner)] }],
    },
  };
}

const STAGES_OWNING_PACKAGES = ["src/nlp", "src/layout"];

export default tseslint.config(
  { ignores: ["dist/", "viewer/dist/", "node_modules/", "graph-output/", "test-output/", ".scratch/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-duplicate-imports": "error",
    },
  },
  { files: ["viewer/src/**/*.ts"], languageOptions: { globals: { ...globals.browser } } },
  // Stage boundaries. src/scripts (training and benchmark tools) reach into stages' internals by design.
  boundaries(["src/*.ts"], 0, undefined),
  ...["src/*/*.ts", "src/*/*/*.ts", "src/*/*/*/*.ts"].flatMap((files, i) => [
    ...STAGES_OWNING_PACKAGES.map((owner) => ({ ...boundaries([files.replace("src/*", owner)], i + 1, owner) })),
    {
      ...boundaries([files], i + 1, undefined),
      ignores: ["src/scripts/**", ...STAGES_OWNING_PACKAGES.map((owner) => `${owner}/**`)],
    },
  ]),
  {
    files: ["src/scripts/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: ownedPackagesExcept() }] },
  },
  // Only the command line (and the scripts) talk to the terminal and the process.
  {
    files: ["src/**/*.ts"],
    ignores: ["src/cli/**", "src/scripts/**"],
    rules: {
      "no-console": "error",
      "no-restricted-properties": [
        "error",
        ...["argv", "exit", "exitCode", "stdout", "stderr", "stdin"].map((property) => ({
          object: "process",
          property,
          message: "Only src/cli and src/scripts touch argv, exit codes and the terminal.",
        })),
      ],
    },
  },
);
