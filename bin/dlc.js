#!/usr/bin/env node
// Runs the TypeScript CLI directly: tsx compiles the .ts sources on the fly, so there is no build step.
import { register as registerHooks } from "node:module";
import { register } from "tsx/esm/api";

register();
// Registered last so it runs first: sends `chevrotain` to its single-file bundle (fast start).
registerHooks("./resolve-hooks.mjs", import.meta.url);
await import("../cli/main.ts");
