import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Fuzz suites run thousands of cases and CLI tests spawn processes: give them room.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
