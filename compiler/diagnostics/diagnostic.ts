// The one diagnostic type of the compiler. Every stage (loader, lexer, parser, checker)
// reports through it; renderers (text for people, JSON for tools) read only this.
import type { Span } from "../source.ts";
import { CATALOGUE, type DiagnosticCode } from "./catalogue.ts";

export type Severity = "error" | "warning";

export interface Label {
  span: Span;
  message: string;
}

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  /** Where the problem is. */
  span: Span;
  /** Text shown under the primary span (optional; defaults to nothing). */
  primaryLabel?: string;
  /** Secondary spans that explain why, e.g. where an expected type came from. */
  labels: Label[];
  hint?: string;
  notes?: string[];
}

export interface DiagnosticExtras {
  primaryLabel?: string;
  labels?: Label[];
  hint?: string;
  notes?: string[];
}

/** Build a diagnostic; severity comes from the catalogue so codes and severities never disagree. */
export function diag(code: DiagnosticCode, span: Span, message: string, extras: DiagnosticExtras = {}): Diagnostic {
  const d: Diagnostic = { code, severity: CATALOGUE[code].severity, message, span, labels: extras.labels ?? [] };
  if (extras.primaryLabel !== undefined) d.primaryLabel = extras.primaryLabel;
  if (extras.hint !== undefined) d.hint = extras.hint;
  if (extras.notes !== undefined && extras.notes.length > 0) d.notes = extras.notes;
  return d;
}

export function hasErrors(diags: readonly Diagnostic[]): boolean {
  return diags.some((d) => d.severity === "error");
}

/** Stable order for output and golden files: by file, then position, then code. */
export function sortDiagnostics(diags: readonly Diagnostic[]): Diagnostic[] {
  return [...diags].sort(
    (a, b) =>
      (a.span.file < b.span.file ? -1 : a.span.file > b.span.file ? 1 : 0) ||
      a.span.start - b.span.start ||
      a.span.end - b.span.end ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

/** Drops exact repeats (same code, span and message) from a sorted list, keeping the first. */
export function dedupeDiagnostics(sorted: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return sorted.filter((d) => {
    const key = `${d.code}\0${d.span.file}\0${d.span.start}\0${d.span.end}\0${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
