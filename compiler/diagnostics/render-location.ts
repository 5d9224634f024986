// Span → line/column arithmetic shared by the text and JSON renderers. Spans are clamped to the
// file, so a slightly-off span from a buggy stage still renders instead of crashing the CLI.
import type { SourceFile, Span } from "../source.ts";

export interface Range {
  line: number;
  column: number;
  /** Position just after the span (exclusive), 1-based like `line`/`column`. */
  endLine: number;
  endColumn: number;
}

export function clampSpan(span: Span, source: SourceFile | undefined): { start: number; end: number } {
  const max = source ? source.text.length : 0;
  const start = clamp(Number.isFinite(span.start) ? Math.trunc(span.start) : 0, 0, max);
  const end = clamp(Number.isFinite(span.end) ? Math.trunc(span.end) : start, start, max);
  return { start, end };
}

export function spanRange(span: Span, source: SourceFile | undefined): Range {
  if (!source) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  const { start, end } = clampSpan(span, source);
  const a = source.lineCol(start);
  const b = source.lineCol(end);
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}
