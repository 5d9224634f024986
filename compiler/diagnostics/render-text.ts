// Diagnostics as text for people, in the rustc/Gleam style:
//
//   error[E0403]: dimension mismatch: expected 784, found 785
//    --> main.dl:3:8
//     |
//   3 |   h1 = Linear(785, 300)(x)
//     |        ^^^^^^^^^^^^^^^^ expects 785 features
//     |
//     = hint: ...
//
// Output is deterministic (diagnostics sorted, no time or path of the machine in it), so
// golden files can hold it verbatim.
import type { SourceFile, Span } from "../source.ts";
import { sortDiagnostics, type Diagnostic } from "./diagnostic.ts";
import { clampSpan } from "./render-location.ts";
import { escapeControls as esc } from "./escape.ts";

export interface TextRenderOptions {
  /** ANSI colours; off unless asked for (the CLI turns them on for terminals). */
  color?: boolean;
}

const TAB_WIDTH = 4;

type Style = "error" | "warning" | "gutter" | "secondary" | "bold";
const ANSI: Record<Style, string> = {
  error: "\x1b[1;31m",
  warning: "\x1b[1;33m",
  gutter: "\x1b[1;34m",
  secondary: "\x1b[1;34m",
  bold: "\x1b[1m",
};
const RESET = "\x1b[0m";

export function renderText(
  diags: readonly Diagnostic[],
  sources: ReadonlyMap<string, SourceFile>,
  options: TextRenderOptions = {},
): string {
  return sortDiagnostics(diags)
    .map((d) => renderDiagnostic(d, sources, options))
    .join("\n");
}

interface Annotation {
  span: Span;
  primary: boolean;
  label?: string;
}

/** One underline under one source line; columns are display columns, 0-based, `to` exclusive. */
interface Mark {
  line: number;
  from: number;
  to: number;
  primary: boolean;
  label?: string;
}

export function renderDiagnostic(d: Diagnostic, sources: ReadonlyMap<string, SourceFile>, options: TextRenderOptions = {}): string {
  const paint = (style: Style, s: string): string => (options.color && s !== "" ? ANSI[style] + s + RESET : s);
  const severityStyle: Style = d.severity === "error" ? "error" : "warning";
  const out: string[] = [];
  out.push(paint(severityStyle, `${d.severity}[${d.code}]`) + paint("bold", `: ${esc(d.message)}`));

  // Group annotations by file: the primary span's file first, the others by name.
  const byFile = new Map<string, Annotation[]>();
  const add = (a: Annotation): void => {
    const list = byFile.get(a.span.file);
    if (list) list.push(a);
    else byFile.set(a.span.file, [a]);
  };
  add({ span: d.span, primary: true, label: d.primaryLabel === undefined ? undefined : esc(d.primaryLabel) });
  for (const l of d.labels) add({ span: l.span, primary: false, label: esc(l.message) });
  const files = [d.span.file, ...[...byFile.keys()].filter((f) => f !== d.span.file).sort()];

  const notes: string[] = [];
  const snippets = files.map((file) => {
    const source = sources.get(file);
    const anns = byFile.get(file)!;
    if (!source) {
      for (const a of anns) if (!a.primary && a.label) notes.push(`${esc(file)}: ${a.label}`);
      return { file, source, anns, marks: [] as Mark[] };
    }
    return { file, source, anns, marks: anns.flatMap((a) => marksFor(a, source)) };
  });

  const maxLine = snippets.reduce((m, s) => s.marks.reduce((k, mark) => Math.max(k, mark.line + 1), m), 1);
  const width = String(maxLine).length;
  const pad = " ".repeat(width);
  const bar = paint("gutter", "|");
  const emptyGutter = `${pad} ${bar}`;

  snippets.forEach((snip, i) => {
    if (i > 0 && !snip.source) return; // its labels went into the notes
    if (i > 0) out.push(emptyGutter);
    const arrow = paint("gutter", i === 0 ? "-->" : ":::");
    const first = i === 0 ? snip.anns[0] : [...snip.anns].sort((a, b) => a.span.start - b.span.start)[0];
    if (!snip.source) {
      out.push(`${pad}${arrow} ${esc(snip.file)}`);
      return;
    }
    const pos = snip.source.lineCol(clampSpan(first.span, snip.source).start);
    out.push(`${pad}${arrow} ${esc(snip.file)}:${pos.line}:${pos.column}`);
    out.push(emptyGutter);
    const lines = [...new Set(snip.marks.map((m) => m.line))].sort((a, b) => a - b);
    let prev = -1;
    for (const line of lines) {
      if (prev >= 0 && line - prev === 2) out.push(sourceLine(prev + 1));
      else if (prev >= 0 && line - prev > 2) out.push(paint("gutter", "..."));
      out.push(sourceLine(line));
      const marks = snip.marks
        .filter((m) => m.line === line)
        .sort((a, b) => Number(b.primary) - Number(a.primary) || a.from - b.from || a.to - b.to);
      for (const m of marks) {
        const style: Style = m.primary ? severityStyle : "secondary";
        const underline = (m.primary ? "^" : "-").repeat(m.to - m.from);
        const label = m.label ? " " + m.label : "";
        out.push(rtrim(`${pad} ${bar} ${" ".repeat(m.from)}${paint(style, underline + label)}`));
      }
      prev = line;
    }

    function sourceLine(line: number): string {
      const text = displayLine(snip.source!.lineText(line)).text;
      return rtrim(`${paint("gutter", String(line).padStart(width) + " |")} ${text}`);
    }
  });

  const trailer: string[] = [];
  if (d.hint !== undefined) trailer.push(`${pad} ${paint("gutter", "=")} ${paint("bold", "hint:")} ${esc(d.hint)}`);
  for (const n of [...(d.notes ?? []).map(esc), ...notes]) trailer.push(`${pad} ${paint("gutter", "=")} ${paint("bold", "note:")} ${n}`);
  if (trailer.length > 0) {
    if (snippets[0].source) out.push(emptyGutter);
    out.push(...trailer);
  }
  return out.join("\n") + "\n";
}

/** Underlines for one annotation: one mark, or two (first and last line) for a span over several lines. */
function marksFor(a: Annotation, source: SourceFile): Mark[] {
  let { start, end } = clampSpan(a.span, source);
  // A span that ends just after a newline really ends on the line before.
  if (end > start && source.text.charCodeAt(end - 1) === 10) end--;
  const s = source.lineCol(start);
  const e = source.lineCol(end);
  const startLine = displayLine(source.lineText(s.line));
  const from = startLine.cols[Math.min(s.column - 1, startLine.cols.length - 1)];
  if (s.line === e.line) {
    const to = startLine.cols[Math.min(e.column - 1, startLine.cols.length - 1)];
    return [{ line: s.line, from, to: Math.max(to, from + 1), primary: a.primary, label: a.label }];
  }
  const endText = source.lineText(e.line);
  const endLine = displayLine(endText);
  const indent = endText.length - endText.trimStart().length;
  const endFrom = endLine.cols[Math.min(indent, endLine.cols.length - 1)];
  const endTo = endLine.cols[Math.min(e.column - 1, endLine.cols.length - 1)];
  return [
    { line: s.line, from, to: Math.max(startLine.width, from + 1), primary: a.primary },
    { line: e.line, from: Math.min(endFrom, endTo), to: Math.max(endTo, Math.min(endFrom, endTo) + 1), primary: a.primary, label: a.label },
  ];
}

/**
 * A source line as shown: tabs expanded, control characters made visible as U+FFFD. `cols[i]` is
 * the display column where UTF-16 index `i` starts (wide characters and emoji take two).
 */
function displayLine(raw: string): { text: string; cols: number[]; width: number } {
  const cols = new Array<number>(raw.length + 1);
  let text = "";
  let col = 0;
  for (let i = 0; i < raw.length; ) {
    const cp = raw.codePointAt(i)!;
    const units = cp > 0xffff ? 2 : 1;
    for (let k = 0; k < units; k++) cols[i + k] = col;
    if (cp === 9) {
      text += " ".repeat(TAB_WIDTH);
      col += TAB_WIDTH;
    } else if (cp < 32 || cp === 127 || (cp >= 0x80 && cp < 0xa0)) {
      text += "\ufffd";
      col += 1;
    } else {
      text += String.fromCodePoint(cp);
      col += charWidth(cp);
    }
    i += units;
  }
  cols[raw.length] = col;
  return { text, cols, width: col };
}

/** Terminal columns a code point takes: 2 for East Asian wide characters and emoji, 0 for combining marks. */
function charWidth(cp: number): number {
  if ((cp >= 0x0300 && cp <= 0x036f) || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0xfe00 && cp <= 0xfe0f)) return 0;
  const wide =
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd);
  return wide ? 2 : 1;
}

function rtrim(s: string): string {
  return s.replace(/\s+$/, "");
}

/** The closing line: "error: could not check `a.dl` due to 2 previous errors; 1 warning emitted". */
export function renderSummary(diags: readonly Diagnostic[], entries: readonly string[], options: TextRenderOptions = {}): string {
  const paint = (style: Style, s: string): string => (options.color ? ANSI[style] + s + RESET : s);
  const errors = diags.filter((d) => d.severity === "error").length;
  const warnings = diags.length - errors;
  const what = entries.length === 0 ? "the input" : entries.length <= 3 ? entries.map((e) => `\`${esc(e)}\``).join(", ") : `${entries.length} files`;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;
  if (errors > 0) {
    const tail = warnings > 0 ? `; ${plural(warnings, "warning")} emitted` : "";
    return `${paint("error", "error")}${paint("bold", `: could not check ${what} due to ${plural(errors, "previous error")}${tail}`)}\n`;
  }
  if (warnings > 0) return `${paint("warning", "warning")}${paint("bold", `: ${what} generated ${plural(warnings, "warning")}`)}\n`;
  return `${paint("bold", "ok")}: ${what} checked, no problems found\n`;
}

/** What `dlc check` prints: every diagnostic, then the summary line. Golden files hold exactly this. */
export function renderReport(
  diags: readonly Diagnostic[],
  sources: ReadonlyMap<string, SourceFile>,
  entries: readonly string[],
  options: TextRenderOptions = {},
): string {
  const body = renderText(diags, sources, options);
  return (body === "" ? "" : body + "\n") + renderSummary(diags, entries, options);
}
