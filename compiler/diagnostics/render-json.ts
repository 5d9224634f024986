// Diagnostics as JSON for tools (editors, CI annotations). Lines and columns are 1-based;
// columns count UTF-16 code units; endLine/endColumn point just past the span.
import type { SourceFile } from "../source.ts";
import { sortDiagnostics, type Diagnostic } from "./diagnostic.ts";
import { spanRange } from "./render-location.ts";

export interface JsonLabel {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

export interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  code: string;
  severity: "error" | "warning";
  message: string;
  /** Text under the primary span, when the diagnostic has one. */
  primaryLabel?: string;
  labels: JsonLabel[];
  hint?: string;
  notes?: string[];
}

export function toJsonDiagnostics(diags: readonly Diagnostic[], sources: ReadonlyMap<string, SourceFile>): JsonDiagnostic[] {
  return sortDiagnostics(diags).map((d) => {
    const out: JsonDiagnostic = {
      file: d.span.file,
      ...spanRange(d.span, sources.get(d.span.file)),
      code: d.code,
      severity: d.severity,
      message: d.message,
      labels: d.labels.map((l) => ({ file: l.span.file, ...spanRange(l.span, sources.get(l.span.file)), message: l.message })),
    };
    if (d.primaryLabel !== undefined) out.primaryLabel = d.primaryLabel;
    if (d.hint !== undefined) out.hint = d.hint;
    if (d.notes !== undefined && d.notes.length > 0) out.notes = [...d.notes];
    return out;
  });
}

/** Pretty-printed JSON array with a trailing newline (stable, so it can be a golden file). */
export function renderJson(diags: readonly Diagnostic[], sources: ReadonlyMap<string, SourceFile>): string {
  return JSON.stringify(toJsonDiagnostics(diags, sources), null, 2) + "\n";
}
