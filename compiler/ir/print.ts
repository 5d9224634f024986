// The IR's stable text form, for golden files and `--print-after`. Everything printed is a
// pure function of the graph (attrs in the order and format of the op's table entry,
// numbers via one formatter), so the same graph prints byte-identically on every machine.
import type { SourceFile, Span } from "../source.ts";
import type { Attrs, Graph, Init, Node } from "./ir.ts";
import { opDef } from "./ops/table.ts";
import { fmtShape } from "./shape.ts";

export interface PrintOptions {
  /** Sources by host path (as in LoadResult.sources): spans print as `line:col` when given. */
  sources?: ReadonlyMap<string, SourceFile>;
  /**
   * How a span names its file: "basename" (default; stable across machines and checkouts),
   * "full" (the host path as stored), or "none".
   */
  file?: "basename" | "full" | "none";
  /** Const nodes print at most this many values, then a count (default 16). */
  maxConstValues?: number;
}

export function printGraph(g: Graph, options: PrintOptions = {}): string {
  const lines: string[] = [];
  lines.push(`inputs: ${g.inputs.map((v) => `${v.name}=%${v.node}`).join(", ") || "(none)"}`);
  for (const n of g.nodes) {
    const span = g.spans[n.id];
    const comment = span ? `  ; ${formatSpan(span, options)}` : "";
    lines.push(`${printNode(n, options)}${comment}`);
  }
  lines.push(`outputs: ${g.outputs.map((v) => `${v.name}=%${v.node}`).join(", ") || "(none)"}`);
  return lines.join("\n") + "\n";
}

/** One node without its span, e.g. `%3: f32[64, 300] = matmul %0, %1`. */
export function printNode(n: Node, options: PrintOptions = {}): string {
  const head = `%${n.id}: ${n.dtype}${fmtShape(n.shape)} = ${n.attrs.op}`;
  const operands = n.inputs.map((x) => `%${x}`);
  // Sources have no operands, so their attrs (name, init, value) still come first.
  const rest = [...operands.length > 0 ? [operands.join(", ")] : [], ...formatAttrs(n.attrs, options)];
  return rest.length > 0 ? `${head} ${rest.join(" ")}` : head;
}

/** The attrs in the order and format the op's table entry gives, whatever their object order. */
function formatAttrs(a: Attrs, options: PrintOptions): string[] {
  const rec = a as unknown as Record<string, unknown>;
  const out: string[] = [];
  for (const [key, format] of Object.entries(opDef(a.op).attrs)) {
    if (!(key in rec)) continue;
    const v = rec[key];
    switch (format) {
      case "string":
        out.push(JSON.stringify(v));
        break;
      case "init":
        out.push(`${key}=${formatInit(v as Init)}`);
        break;
      case "false-only":
        if (v === false) out.push(`${key}=false`);
        break;
      case "values":
        out.push(`${key}=${formatValues(v as number[], options.maxConstValues ?? 16)}`);
        break;
      case "named":
        out.push(`${key}=${Array.isArray(v) ? `[${v.map(formatNumber).join(", ")}]` : typeof v === "number" ? formatNumber(v) : String(v)}`);
        break;
    }
  }
  return out;
}

export function formatNumber(v: number): string {
  if (Number.isNaN(v)) return "nan";
  if (v === Infinity) return "inf";
  if (v === -Infinity) return "-inf";
  if (Object.is(v, -0)) return "-0";
  return String(v);
}

function formatValues(values: readonly number[], max: number): string {
  const shown = values.slice(0, max).map(formatNumber);
  if (values.length > max) shown.push(`… (${values.length} values)`);
  return `[${shown.join(", ")}]`;
}

function formatInit(init: Init): string {
  switch (init.kind) {
    case "constant":
      return `constant(${formatNumber(init.value)})`;
    case "normal":
      return `normal(mean=${formatNumber(init.mean)}, std=${formatNumber(init.std)})`;
    case "uniform":
      return `uniform(low=${formatNumber(init.low)}, high=${formatNumber(init.high)})`;
    default:
      return init.kind;
  }
}

function formatSpan(span: Span, options: PrintOptions): string {
  const mode = options.file ?? "basename";
  const file = mode === "none" ? "" : mode === "full" ? span.file : span.file.slice(span.file.lastIndexOf("/") + 1);
  const src = options.sources?.get(span.file);
  if (!src) return `${file}@${span.start}`;
  const { line, column } = src.lineCol(span.start);
  return file ? `${file}:${line}:${column}` : `${line}:${column}`;
}
