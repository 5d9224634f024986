#!/usr/bin/env node
// The `dlc` binary. Installed from the package it runs the compiled CLI (dist/cli.js). In a
// source checkout (cli/main.ts is there) it runs the TypeScript sources through tsx instead,
// so the repository needs no build step and can never run a stale one.
import { existsSync } from "node:fs";

if (existsSync(new URL("../cli/main.ts", import.meta.url))) {
  const { register: registerHooks } = await import("node:module");
  const { register } = await import("tsx/esm/api");
  register();
  // Registered last so it runs first: sends `chevrotain` to its single-file bundle (fast start).
  registerHooks("./resolve-hooks.mjs", import.meta.url);
  await import("../cli/main.ts");
} else {
  await import("../dist/cli.js");
}
