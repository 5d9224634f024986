// Naming a node for humans: "matmul from examples/mlp.dl:11". Line numbers need the source
// text, which the graph does not carry, so callers may pass the loaded sources.
import type { Graph, Node } from "../ir/ir.ts";
import type { SourceFile, Span } from "../source.ts";

/** Thrown when a graph cannot be compiled for the given device limits (or on an internal bug). */
export class WgslError extends Error {
  /** `limit`: the model exceeds a device limit (not a bug in dlc); `node`: the graph node concerned. */
  constructor(message: string, readonly limit?: "buffer" | "bindings", readonly node?: number) {
    super(message);
    this.name = "WgslError";
  }
}

/** Source files by path (e.g. LoadResult.sources), to turn spans into line numbers. */
export type SourceLookup = ReadonlyMap<string, SourceFile>;

/** "file:line" of a span, or "file@offset" when the file's text is not available. */
export function spanLocation(span: Span | undefined, sources?: SourceLookup): string | undefined {
  if (!span) return undefined;
  const file = sources?.get(span.file);
  return file ? `${span.file}:${file.lineCol(span.start).line}` : `${span.file}@${span.start}`;
}

export function describeNode(graph: Graph, node: Node, sources?: SourceLookup): string {
  const where = spanLocation(graph.spans[node.id], sources);
  return where ? `${node.attrs.op} from ${where}` : node.attrs.op;
}
