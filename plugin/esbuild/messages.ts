// Compiler diagnostics as esbuild messages: file, line, column, the source line and the
// code, plus the labels, hint and notes as notes. esbuild counts columns in UTF-8 bytes from 0;
// the compiler in UTF-16 units from 1, so columns are converted on the line's own text.
import type { PartialMessage, PartialNote } from "esbuild";
import type { Diagnostic } from "../../compiler/diagnostics/diagnostic.ts";
import type { SourceFile, Span } from "../../compiler/source.ts";

const utf8Length = (s: string): number => new TextEncoder().encode(s).length;

type Where = NonNullable<PartialMessage["location"]>;

export function locate(span: Span, sources: ReadonlyMap<string, SourceFile>, shownPath: (hostPath: string) => string): Where | null {
  const src = sources.get(span.file);
  if (!src) return span.file ? { file: shownPath(span.file) } : null;
  const start = src.lineCol(span.start);
  const end = src.lineCol(Math.max(span.end, span.start));
  const lineText = src.lineText(start.line);
  const col = start.column - 1;
  const endCol = end.line === start.line ? end.column - 1 : lineText.length;
  return {
    file: shownPath(span.file),
    line: start.line,
    column: utf8Length(lineText.slice(0, col)),
    length: utf8Length(lineText.slice(col, Math.max(col, endCol))),
    lineText,
  };
}

export function toMessage(d: Diagnostic, sources: ReadonlyMap<string, SourceFile>, shownPath: (hostPath: string) => string): PartialMessage {
  const notes: PartialNote[] = [];
  if (d.primaryLabel) notes.push({ text: d.primaryLabel });
  for (const l of d.labels) notes.push({ text: l.message, location: locate(l.span, sources, shownPath) });
  if (d.hint) notes.push({ text: `hint: ${d.hint}` });
  for (const n of d.notes ?? []) notes.push({ text: `note: ${n}` });
  return { id: d.code, text: `${d.code}: ${d.message}`, location: locate(d.span, sources, shownPath), notes, detail: { code: d.code } };
}
