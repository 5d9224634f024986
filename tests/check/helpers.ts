// Test helper: check in-memory programs against the real standard library (stdlib/*.dl).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkProgram, type CheckOutput } from "../../compiler/check/checker.ts";
import type { Diagnostic } from "../../compiler/diagnostics/diagnostic.ts";
import { createMemoryHost } from "../../compiler/modules/memory-host.ts";
import { loadProgram } from "../../compiler/modules/loader.ts";
import type { LoadResult } from "../../compiler/modules/types.ts";

const STDLIB_DIR = join(import.meta.dirname, "../../stdlib");

export function stdlibFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(STDLIB_DIR)) if (f.endsWith(".dl")) out[f] = readFileSync(join(STDLIB_DIR, f), "utf8");
  return out;
}

export interface Checked extends CheckOutput {
  load: LoadResult;
  /** Source text a diagnostic's span covers. */
  text(span: { file: string; start: number; end: number }): string;
  errors: Diagnostic[];
  warnings: Diagnostic[];
  codes: string[];
}

export async function check(main: string, extra: Record<string, string> = {}, stdlib: Record<string, string> = stdlibFiles()): Promise<Checked> {
  const host = createMemoryHost({ files: { "main.dl": main, ...extra }, stdlib });
  const load = await loadProgram(["main.dl"], host);
  const res = checkProgram(load);
  const all = [...load.diagnostics, ...res.diagnostics];
  return {
    ...res,
    diagnostics: all,
    load,
    text: (s) => load.sources.get(s.file)?.text.slice(s.start, s.end) ?? "",
    errors: all.filter((d) => d.severity === "error"),
    warnings: all.filter((d) => d.severity === "warning"),
    codes: all.map((d) => d.code),
  };
}

/** A one-line rendering for failure messages. */
export function show(c: Checked): string {
  return c.diagnostics
    .map((d) => `${d.code} ${d.span.file}@${d.span.start} \`${c.text(d.span)}\`: ${d.message}${d.primaryLabel ? ` [${d.primaryLabel}]` : ""}${d.labels.map((l) => ` {${c.text(l.span)}: ${l.message}}`).join("")}${d.hint ? ` hint: ${d.hint}` : ""}`)
    .join("\n");
}
