// Source files and spans. Offsets are UTF-16 code-unit indices into `text`, so they
// index JS strings directly; lines and columns (1-based) are derived only when rendering.

export interface Span {
  /** Path of the file as the compiler host names it (e.g. "examples/mlp.dl", "std/nn.dl"). */
  file: string;
  start: number;
  end: number;
}

export interface LineCol {
  line: number;
  column: number;
}

export class SourceFile {
  readonly lineStarts: number[];
  constructor(readonly path: string, readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
    this.lineStarts = starts;
  }

  /** 1-based line and column of an offset; columns count UTF-16 code units, 1-based. */
  lineCol(offset: number): LineCol {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.lineStarts[lo] + 1 };
  }

  lineText(line: number): string {
    const start = this.lineStarts[line - 1] ?? this.text.length;
    const next = this.lineStarts[line];
    let end = next === undefined ? this.text.length : next - 1;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return this.text.slice(start, end);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }
}

export function span(file: string, start: number, end: number): Span {
  return { file, start, end };
}

/** Smallest span covering both. Both must be in the same file. */
export function joinSpans(a: Span, b: Span): Span {
  return { file: a.file, start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}
