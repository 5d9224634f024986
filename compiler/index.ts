// The compiler's public face: check files through a host, render what it found.
// Everything here runs in the browser too (no node: imports anywhere under compiler/).
import { checkProgram } from "./check/checker.ts";
import type { ModelInfo } from "./check/result.ts";
import { dedupeDiagnostics, diag, sortDiagnostics, type Diagnostic } from "./diagnostics/diagnostic.ts";
import { loadProgram } from "./modules/loader.ts";
import type { CompilerHost, LoadResult } from "./modules/types.ts";
import { SourceFile } from "./source.ts";
import { decodeSource } from "./modules/decode.ts";
import { parse } from "./syntax/parse.ts";

export interface CheckFilesResult {
  /** Sorted, without exact duplicates. */
  diagnostics: Diagnostic[];
  /** Models and wired graphs of the entry files, in declaration order. */
  models: ModelInfo[];
  /** Every file read, by host path, for rendering. */
  sources: Map<string, SourceFile>;
}

/** Load, parse and check `entries` and everything they import. Never throws. */
export async function checkFiles(entries: string[], host: CompilerHost): Promise<CheckFilesResult> {
  const load = await loadProgram(entries, host);
  return checkLoaded(load, await stdlibIndex(host, load));
}

/**
 * What each standard-library module declares, so that an unknown name can be answered with
 * "`Linear` is in std.nn: add `use std.nn.Linear`" even when the program never imported std.nn.
 * Modules the program loaded are not read again.
 */
export async function stdlibIndex(host: CompilerHost, load: LoadResult): Promise<Record<string, string[]>> {
  const index: Record<string, string[]> = {};
  let names: string[] = [];
  try {
    names = host.listStdlib?.() ?? [];
  } catch {
    return index;
  }
  for (const name of names) {
    try {
      const path = host.stdlibPath(name.split("."));
      if (path === undefined) continue;
      let program = load.modules.get(path)?.ast;
      if (program === undefined) {
        const decoded = decodeSource(await host.readFile(path));
        if (!decoded.ok) continue;
        program = parse(new SourceFile(path, decoded.text)).program;
      }
      index[name] = program.decls.flatMap((d) => (d.kind !== "Use" && d.kind !== "Train" && d.name ? [d.name.name] : []));
    } catch {
      // An unreadable stdlib module only costs a hint; loading it for real reports the problem.
    }
  }
  return index;
}

/** The checking half of checkFiles, for callers that already hold a LoadResult. */
export function checkLoaded(load: LoadResult, stdIndex?: Record<string, string[]>): CheckFilesResult {
  const diagnostics = [...load.diagnostics];
  let models: ModelInfo[] = [];
  // Check whatever parsed, even next to load errors: one run should report as much as it can.
  try {
    const checked = checkProgram(load, stdIndex ? { stdIndex } : {});
    for (const d of checked.diagnostics) diagnostics.push(d);
    models = checked.models;
  } catch (e) {
    const file = load.entries[0] ?? "<input>";
    const why = e instanceof Error ? e.message : String(e);
    diagnostics.push(diag("E0901", { file, start: 0, end: 0 }, `internal error in the checker: ${why}`));
  }
  return { diagnostics: dedupeDiagnostics(sortDiagnostics(diagnostics)), models, sources: load.sources };
}


export { parse } from "./syntax/parse.ts";
export { checkProgram } from "./check/checker.ts";
export { loadProgram } from "./modules/loader.ts";
export { createMemoryHost, type MemoryHost, type MemoryHostOptions } from "./modules/memory-host.ts";
export { HostError, type CompilerHost, type LoadResult, type LoadedModule, type ResolvedUse } from "./modules/types.ts";
export { renderText, renderDiagnostic, renderSummary, renderReport, type TextRenderOptions } from "./diagnostics/render-text.ts";
export { renderJson, toJsonDiagnostics, type JsonDiagnostic, type JsonLabel } from "./diagnostics/render-json.ts";
export { dedupeDiagnostics, diag, hasErrors, sortDiagnostics, type Diagnostic, type Label, type Severity } from "./diagnostics/diagnostic.ts";
export { CATALOGUE, ALL_CODES, type DiagnosticCode } from "./diagnostics/catalogue.ts";
export { SourceFile, span, type Span } from "./source.ts";
export type { CheckResult, ModelInfo, TensorInfo, ShapeInfo } from "./check/result.ts";
export type * from "./syntax/ast.ts";
