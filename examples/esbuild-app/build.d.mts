// Types of build.mjs, for the repository's tests that reuse its options.
import type { BuildOptions, Plugin } from "esbuild";
export function appOptions(dlc: (options: Record<string, unknown>) => Plugin, overrides?: Record<string, unknown>): BuildOptions & { plugins: Plugin[] };
