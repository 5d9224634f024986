// How much a program may make the compiler build. A .dl file can be hostile or generated
// wrong: `repeat 1000000000 { ... }`, a layer that doubles its sub-layers forty times, or a
// 10,000-deep chain of function calls are each a few hundred bytes of source. Each limit is
// checked before the thing it bounds is built, and crossing it is a catalogued diagnostic
// (E1102–E1105, spec/diagnostics.md) with the limit and the count in the message, not an
// out-of-memory crash or a stack overflow.
import type { DiagnosticCode } from "./diagnostics/catalogue.ts";
import { diag, type Diagnostic } from "./diagnostics/diagnostic.ts";
import type { Span } from "./source.ts";

/** Copies one `repeat` or graph-generator stage may make (E1102). */
export const MAX_INSTANCES = 100_000;
/** Layer instances one model may build, nested ones and copies included (E1102). */
export const MAX_LOWERED_INSTANCES = 200_000;
/** Parameter and state tensors one layer or model may hold, sub-layers and copies included (E1102). */
export const MAX_TENSORS = 100_000;
/** Nodes of one lowered graph (E1103). */
export const MAX_IR_NODES = 1_000_000;
/** Elements of all parameters and state of a model together (E1104): 2^31, 8 GiB of f32. */
export const MAX_PARAMETER_ELEMENTS = 2 ** 31;
/** Function calls nested inside each other while lowering, each one inlined (E1105). */
export const MAX_CALL_DEPTH = 256;

/** A limit crossed; the stage that threw it reports it (limitDiagnostic) instead of going on. */
export class LimitError extends Error {
  constructor(
    readonly code: Extract<DiagnosticCode, "E1102" | "E1103" | "E1104" | "E1105">,
    /** Where; undefined when the thrower has no span (a graph node built without one). */
    readonly span: Span | undefined,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/**
 * The diagnostic for a LimitError, or for a stack overflow that got past the depth limits
 * (a backstop: the counters should stop every program first); undefined for anything else.
 */
export function limitDiagnostic(e: unknown, fallback: Span): Diagnostic | undefined {
  if (e instanceof LimitError) return diag(e.code, e.span ?? fallback, e.message, e.hint ? { hint: e.hint } : {});
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return diag("E1105", fallback, "this program nests calls, layers or expressions too deeply for the compiler's stack", {
      hint: "flatten the deepest chain of calls or layers",
    });
  }
  return undefined;
}

/** 1234567 → "1,234,567", for the counts in limit messages. */
export function formatCount(n: number): string {
  return Number.isSafeInteger(n) ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",") : n.toExponential(2);
}

/** E1102 unless `copies` copies of something holding `tensors` tensors stay within the limits. */
export function checkCopies(what: string, copies: number, tensors: number, span: Span): void {
  if (copies > MAX_INSTANCES) {
    throw new LimitError("E1102", span, `${what} makes ${formatCount(copies)} copies, over the limit of ${formatCount(MAX_INSTANCES)}`);
  }
  checkTensorCount(what, copies * tensors, span);
}

/** E1102 unless a layer or model holding `count` parameter and state tensors stays within the limit. */
export function checkTensorCount(what: string, count: number, span: Span): void {
  if (count > MAX_TENSORS) {
    throw new LimitError("E1102", span, `${what} makes ${formatCount(count)} parameter and state tensors in one layer, over the limit of ${formatCount(MAX_TENSORS)}`,
      "nested layers multiply: each layer holding two of the one below doubles the count");
  }
}

const depths = new WeakMap<object, number>();

/**
 * One call deeper in `ctx` (the lowering's state); E1105 past MAX_CALL_DEPTH. Pair with
 * leaveCall in a `finally`. A counter rather than catching the stack overflow: how deep the
 * stack goes depends on where the compiler runs (a worker, a browser tab), the diagnostic
 * should not.
 */
export function enterCall(ctx: object, span: Span, what: string): void {
  const depth = (depths.get(ctx) ?? 0) + 1;
  if (depth > MAX_CALL_DEPTH) {
    throw new LimitError("E1105", span, `calling ${what} nests calls ${formatCount(depth)} deep, over the limit of ${formatCount(MAX_CALL_DEPTH)}`,
      "each call is inlined into the graph; flatten the chain of calls");
  }
  depths.set(ctx, depth);
}

export function leaveCall(ctx: object): void {
  depths.set(ctx, (depths.get(ctx) ?? 1) - 1);
}

/** E1102 when a model's lowering has built `count` layer instances, more than MAX_LOWERED_INSTANCES. */
export function checkLoweredInstances(count: number): void {
  if (count > MAX_LOWERED_INSTANCES) {
    throw new LimitError("E1102", undefined, `the model builds more than ${formatCount(MAX_LOWERED_INSTANCES)} layer instances`,
      "nested layers multiply: each layer holding two of the one below doubles the count");
  }
}
