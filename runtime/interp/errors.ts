// Errors the interpreter throws. They are typed so that callers (tests, the runtime, the CLI)
// can tell a bad index in the data from a bad call or a bug, and each names the node it came from.
import type { Span } from "../../compiler/source.ts";

/** Where in the graph a runtime error arose: the node, its op and (when known) its source span. */
export interface NodeOrigin {
  nodeId: number;
  op: string;
  span?: Span;
}

function describe(origin: NodeOrigin): string {
  const at = origin.span ? ` (${origin.span.file}@${origin.span.start})` : "";
  return `${origin.op} at node %${origin.nodeId}${at}`;
}

/** An index in the data (not the graph) is out of range, e.g. a gather index. */
export class IndexOutOfRangeError extends RangeError {
  constructor(readonly origin: NodeOrigin, readonly index: number, readonly size: number, readonly position: number) {
    super(`${describe(origin)}: index ${index} (element ${position} of the indices) is outside [0, ${size})`);
    this.name = "IndexOutOfRangeError";
  }
}

/** An input or parameter given to `interpret` is missing or has the wrong dtype, shape or storage. */
export class InterpInputError extends TypeError {
  constructor(message: string) {
    super(message);
    this.name = "InterpInputError";
  }
}

/** The graph itself is malformed (an unknown op, a dangling input): an IR bug, not bad data. */
export class InterpGraphError extends Error {
  constructor(readonly origin: NodeOrigin, message: string) {
    super(`${describe(origin)}: ${message}`);
    this.name = "InterpGraphError";
  }
}
