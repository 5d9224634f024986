// `dlc graph` output: the graph IR as Graphviz dot (one box per node, labelled with its op and
// type, one edge per operand) or as JSON (nodes and edges, for tools). Both take optional
// kernel clusters — the hook for showing a schedule: each kernel's nodes are drawn inside a
// `subgraph cluster_k<i>`. A kernel of compiler/schedule/ (`{ name, nodes }`) fits as is,
// as `dlc graph` does with `scheduleGraph(graph).kernels`.
import type { Graph, Node } from "../compiler/ir/ir.ts";
import { fmtShape } from "../compiler/ir/infer.ts";
import { formatNumber } from "../compiler/ir/print.ts";
import type { SourceFile, Span } from "../compiler/source.ts";

export interface KernelCluster {
  name: string;
  /** Graph node ids computed by the kernel. */
  nodes: readonly number[];
}

export interface GraphFormatOptions {
  /** The model's name: the dot graph's name and JSON's `model`. */
  name?: string;
  /** For `.dl` lines (file:line:col) in tooltips and JSON spans. */
  sources?: ReadonlyMap<string, SourceFile>;
  clusters?: readonly KernelCluster[];
  /** Extra top-level JSON fields (batch, pass). */
  meta?: Record<string, unknown>;
}

export function graphToDot(g: Graph, options: GraphFormatOptions = {}): string {
  const lines: string[] = [];
  lines.push(`digraph ${quote(options.name ?? "graph")} {`);
  lines.push(`  graph [rankdir=TB, fontname="monospace"];`);
  lines.push(`  node [shape=box, fontname="monospace", fontsize=10];`);
  lines.push(`  edge [arrowsize=0.6];`);
  const nodeLine = (n: Node, indent: string) => {
    const attrs = [`label=${quote(nodeLabel(n))}`];
    if (n.attrs.op === "input" || n.attrs.op === "param") attrs.push("shape=ellipse");
    if (n.attrs.op === "const") attrs.push("shape=note");
    const where = spanText(g.spans[n.id], options.sources);
    if (where) attrs.push(`tooltip=${quote(where)}`);
    return `${indent}n${n.id} [${attrs.join(", ")}];`;
  };
  const clustered = new Set<number>();
  (options.clusters ?? []).forEach((k, i) => {
    lines.push(`  subgraph cluster_k${i} {`);
    lines.push(`    label=${quote(k.name)};`);
    lines.push(`    style=rounded;`);
    for (const id of k.nodes) {
      const n = g.nodes[id];
      if (!n || clustered.has(id)) continue;
      clustered.add(id);
      lines.push(nodeLine(n, "    "));
    }
    lines.push(`  }`);
  });
  for (const n of g.nodes) if (!clustered.has(n.id)) lines.push(nodeLine(n, "  "));
  for (const n of g.nodes) for (const i of n.inputs) lines.push(`  n${i} -> n${n.id};`);
  g.outputs.forEach((o, k) => {
    lines.push(`  out${k} [label=${quote(`output ${o.name}`)}, shape=ellipse, style=bold];`);
    lines.push(`  n${o.node} -> out${k};`);
  });
  lines.push("}");
  return lines.join("\n") + "\n";
}

export function graphToJson(g: Graph, options: GraphFormatOptions = {}): string {
  const nodes = g.nodes.map((n) => {
    const { op, ...attrs } = n.attrs as unknown as Record<string, unknown> & { op: string };
    const span = g.spans[n.id];
    const lc = span && options.sources?.get(span.file)?.lineCol(span.start);
    return {
      id: n.id,
      op,
      dtype: n.dtype,
      shape: [...n.shape],
      attrs,
      inputs: [...n.inputs],
      ...(span ? { span: { file: span.file, ...(lc ? { line: lc.line, column: lc.column } : {}) } } : {}),
    };
  });
  const edges = g.nodes.flatMap((n) => n.inputs.map((from, operand) => ({ from, to: n.id, operand })));
  const doc = {
    ...(options.name !== undefined ? { model: options.name } : {}),
    ...options.meta,
    inputs: g.inputs,
    outputs: g.outputs,
    nodes,
    edges,
    kernels: (options.clusters ?? []).map((k) => ({ name: k.name, nodes: [...k.nodes] })),
  };
  // JSON has no NaN or infinities: constants spell them as the IR printer does ("nan", "inf").
  return JSON.stringify(doc, (_k, v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? formatNumber(v) : v), 2) + "\n";
}

/** `%3 matmul` (with the name of an input or param) over the type, e.g. `f32[2, 300]`. */
function nodeLabel(n: Node): string {
  const a = n.attrs;
  const name = a.op === "input" || a.op === "param" ? ` "${a.name}"` : "";
  return `%${n.id} ${a.op}${name}\n${n.dtype}${fmtShape(n.shape)}`;
}

function spanText(span: Span | undefined, sources: ReadonlyMap<string, SourceFile> | undefined): string | undefined {
  if (!span) return undefined;
  const src = sources?.get(span.file);
  if (!src) return span.file;
  const { line, column } = src.lineCol(span.start);
  return `${span.file}:${line}:${column}`;
}

/** A dot string literal: quotes and backslashes escaped, newlines as dot's centred line break. */
function quote(s: string): string {
  return `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;
}
