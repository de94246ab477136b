import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Two cores: forks keep each test file isolated; end-to-end files get generous timeouts.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL("..", import.meta.url)),
    include: ["tests/**/*.test.ts"],
    pool: "forks",
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
