// The op table: one entry per IR op, assembled from the per-category files. `satisfies
// OpTable` is what makes an op without an entry, or an entry without a fact, a type error.
// Everything else that needs a per-op fact reads it from here: inferType, the interpreter,
// the printer, the batch analysis, the surface built-in lists and constant folding.
import type { BinaryOp, Op, OpCategory, ReduceOp, UnaryOp } from "../ir.ts";
import { IrError } from "../shape.ts";
import { COMPLEX_ENTRIES } from "./complex.ts";
import { BINARY_ENTRIES, OTHER_ELEMENTWISE_ENTRIES, UNARY_ENTRIES } from "./elementwise.ts";
import { MOVEMENT_ENTRIES } from "./movement.ts";
import { OPAQUE_ENTRIES } from "./opaque.ts";
import { REDUCE_ENTRIES } from "./reduce.ts";
import { SOURCE_ENTRIES } from "./source.ts";
import type { AnyOpDef, OpTable } from "./types.ts";

export const OPS = {
  ...SOURCE_ENTRIES,
  ...UNARY_ENTRIES,
  ...BINARY_ENTRIES,
  ...OTHER_ELEMENTWISE_ENTRIES,
  ...MOVEMENT_ENTRIES,
  ...REDUCE_ENTRIES,
  ...COMPLEX_ENTRIES,
  ...OPAQUE_ENTRIES,
} satisfies OpTable;

const DEFS: Readonly<Record<Op, AnyOpDef>> = OPS;

/** Every op, in table order (sources, elementwise, movement, reduce, complex, opaque). */
export const OP_NAMES: readonly Op[] = Object.keys(OPS) as Op[];

export function isOp(name: string): name is Op {
  return Object.prototype.hasOwnProperty.call(OPS, name);
}

/** The entry of `op`, for dispatch on a node; an op not in the table is an IR bug. */
export function opDef(op: string): AnyOpDef {
  if (!isOp(op)) throw new IrError(`unknown op ${JSON.stringify(op)}`);
  return DEFS[op];
}

export const CATEGORY: Readonly<Record<Op, OpCategory>> = Object.fromEntries(OP_NAMES.map((op) => [op, DEFS[op].category])) as Record<Op, OpCategory>;

/** The ops of one category, in table order (e.g. every elementwise op a backend must render). */
export function opsInCategory(category: OpCategory): Op[] {
  return OP_NAMES.filter((op) => CATEGORY[op] === category);
}

const keysOf = <K extends string>(o: Readonly<Record<K, unknown>>): K[] => Object.keys(o) as K[];

export const UNARY_OPS: ReadonlySet<Op> = new Set<Op>(keysOf(UNARY_ENTRIES));
export const BINARY_OPS: ReadonlySet<Op> = new Set<Op>(keysOf(BINARY_ENTRIES));
export const REDUCE_OPS: ReadonlySet<Op> = new Set<Op>(keysOf(REDUCE_ENTRIES));

export function isUnaryOp(op: Op): op is UnaryOp {
  return UNARY_OPS.has(op);
}
export function isBinaryOp(op: Op): op is BinaryOp {
  return BINARY_OPS.has(op);
}
export function isReduceOp(op: Op): op is ReduceOp {
  return REDUCE_OPS.has(op);
}

function bySurface<O extends Op>(entries: Readonly<Record<O, { readonly surface?: { readonly fn?: string; readonly operator?: string } }>>, kind: "fn" | "operator"): ReadonlyMap<string, O> {
  const out = new Map<string, O>();
  for (const op of keysOf(entries)) {
    const name = entries[op].surface?.[kind];
    if (name !== undefined) out.set(name, op);
  }
  return out;
}

// The surface names of the ops, by shape of call. The checker's built-in list and the
// lowering's dispatch both read these, so a new op's surface name is declared once.
/** `exp` → exp: the unary built-in functions. */
export const UNARY_FUNCTIONS = bySurface(UNARY_ENTRIES, "fn");
/** `-` → neg, `!` → not. */
export const UNARY_OPERATORS = bySurface(UNARY_ENTRIES, "operator");
/** `pow` → pow, `maximum` → max, `minimum` → min. */
export const BINARY_FUNCTIONS = bySurface(BINARY_ENTRIES, "fn");
/** `+` → add, …, `&&` → and. */
export const BINARY_OPERATORS = bySurface(BINARY_ENTRIES, "operator");
/** `sum` → reduce_sum, …, `argmax` → argmax. */
export const REDUCE_FUNCTIONS = bySurface(REDUCE_ENTRIES, "fn");
