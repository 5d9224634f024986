// The IR's stable text form, for golden files and `--print-after`. Everything printed is a
// pure function of the graph (attrs in one fixed key order, numbers via one formatter), so
// the same graph prints byte-identically on every machine.
import type { SourceFile, Span } from "../source.ts";
import type { Attrs, Graph, Init, Node } from "./ir.ts";
import { fmtShape } from "./infer.ts";

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

/** Attr keys in print order; every op's attrs print in this order, whatever their object order. */
const KEY_ORDER = [
  "to", "shape", "perm", "starts", "ends", "steps", "axis", "axes", "keepdims",
  "size", "stride", "padding", "dilation", "groups", "depth", "p",
] as const;

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
  const parts: string[] = [];
  const a = n.attrs;
  if (a.op === "input") parts.push(JSON.stringify(a.name));
  if (a.op === "param") {
    parts.push(JSON.stringify(a.name), `init=${formatInit(a.init)}`);
    if (!a.trainable) parts.push("trainable=false");
  }
  if (a.op === "const") parts.push(`value=${formatValues(a.value, options.maxConstValues ?? 16)}`);
  const operands = n.inputs.map((x) => `%${x}`).join(", ");
  const attrs = formatAttrs(a);
  const rest = [...parts, ...(operands ? [operands] : []), ...attrs];
  return rest.length > 0 ? `${head} ${rest.join(" ")}` : head;
}

function formatAttrs(a: Attrs): string[] {
  const rec = a as unknown as Record<string, unknown>;
  const out: string[] = [];
  for (const key of KEY_ORDER) {
    if (!(key in rec)) continue;
    const v = rec[key];
    out.push(`${key}=${Array.isArray(v) ? `[${v.map(formatNumber).join(", ")}]` : typeof v === "number" ? formatNumber(v) : String(v)}`);
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
