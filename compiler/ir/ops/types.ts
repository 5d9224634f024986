// The shape of one op-table entry: every fact the compiler knows about an IR op, typed so
// that the table (table.ts) cannot omit an op or a fact. Each rule receives its own op's
// attrs (`AttrsOf<O>`), so an entry can only read the attributes its op has.
import type { Attrs, DType, Node, Op, OpCategory, ReduceOp, UnaryOp, BinaryOp } from "../ir.ts";
import type { TensorType } from "../shape.ts";
import type { GraphBuilder } from "../builder.ts";
import type { Tensor } from "../../../runtime/interp/tensor.ts";
import type { NodeOrigin } from "../../../runtime/interp/errors.ts";
import type { OutOfRange } from "../../../runtime/interp/movement.ts";

/** The attrs of op `O` (for `neg`, the `{ op: UnaryOp }` member of the union). */
export type AttrsOf<O extends Op> = Attrs extends infer A ? (A extends { op: infer P } ? (O extends P ? A : never) : never) : never;

/** The attribute names of op `O`, besides `op`. */
export type AttrKey<O extends Op> = Exclude<keyof AttrsOf<O>, "op">;

// The ops of each fusion category, as types: the backends' per-op tables are typed over
// these (an expression table is complete over ElementwiseOp), and each entry's `category`
// must agree with the group its op is in.
export type SourceOp = "input" | "param" | "const";
export type ElementwiseOp = UnaryOp | BinaryOp | "where" | "cast" | "dropout";
export type BroadcastOp = "broadcast";
export type MovementOp = "reshape" | "transpose" | "slice" | "concat";
export type ComplexOp = "matmul" | "conv2d" | "max_pool2d" | "avg_pool2d";
export type OpaqueOp = "gather" | "one_hot";

export type CategoryOf<O extends Op> = O extends SourceOp ? "source"
  : O extends ElementwiseOp ? "elementwise"
  : O extends BroadcastOp ? "broadcast"
  : O extends MovementOp ? "movement"
  : O extends ReduceOp ? "reduce"
  : O extends ComplexOp ? "complex"
  : O extends OpaqueOp ? "opaque"
  : never;

// Every op is in exactly one group: an op added to Attrs but to no group makes this `false`.
type Grouped = SourceOp | ElementwiseOp | BroadcastOp | MovementOp | ReduceOp | ComplexOp | OpaqueOp;
export const EVERY_OP_HAS_A_CATEGORY: [Exclude<Op, Grouped>] extends [never] ? true : false = true;
export const CATEGORY_NAMES: readonly OpCategory[] = ["source", "elementwise", "broadcast", "movement", "reduce", "complex", "opaque"];

/**
 * How one attribute prints (print.ts): `named` as `key=value`; `string` as a bare JSON string
 * (an input's or param's name); `init` as `init=glorot_uniform`; `false-only` as `key=false`
 * when false and not at all when true; `values` as `value=[…]`, truncated.
 */
export type AttrFormat = "named" | "string" | "init" | "false-only" | "values";

/** Every attribute of `O` with its format; the key order of the entry is the print order. */
export type AttrOrder<O extends Op> = { readonly [K in AttrKey<O>]: AttrFormat };

/** The output type of a node from its attrs and input types; throws IrError when invalid. */
export type TypeRule<O extends Op> = (attrs: AttrsOf<O>, inputs: readonly TensorType[], declared: TensorType | undefined) => TensorType;

export interface InterpCtx {
  readonly node: Node;
  readonly origin: NodeOrigin;
  readonly inputs: ReadonlyMap<string, Tensor>;
  readonly params: ReadonlyMap<string, Tensor>;
  readonly gatherOutOfRange: OutOfRange;
}

/** The reference semantics: the interpreter's evaluation of one node. */
export type InterpRule<O extends Op> = (attrs: AttrsOf<O>, args: readonly Tensor[], ctx: InterpCtx) => Tensor;

/**
 * Whether the output can share its input's memory. `alias`: the output is input 0's bytes
 * unchanged (reshape, dropout at inference, a cast to the same dtype). `strided`: element k
 * of the output (row-major multi-index i) is input element `offset + Σ i[j]·strides[j]`
 * (broadcast, transpose, slice). `none`: the op computes new values.
 */
export type ViewFact =
  | { readonly kind: "none" }
  | { readonly kind: "alias" }
  | { readonly kind: "strided"; readonly strides: readonly number[]; readonly offset: number };

/** The view of a node, from its attrs, input 0's type (undefined for sources) and its own type. */
export type ViewRule<O extends Op> = (attrs: AttrsOf<O>, input: TensorType | undefined, output: TensorType) => ViewFact;

/**
 * Where a value's samples live (compiler/batch-analysis.ts):
 *   free     depends on no sample and no axis is the batch (params, consts)
 *   uniform  depends on no sample, but a broadcast created or stretched the `grown` axes, one
 *            of which may stand for the batch (`b` in `x @ w + b`, broadcast to [N, out]):
 *            fine in elementwise ops and movement, mixed in anything that sums or picks
 *            along a grown axis (it would count N copies where a smaller batch has b)
 *   batch    axis `axis` holds the samples, each `f` consecutive indices (f > 1 after the
 *            `[N, T, d] → [N·T, d]` reshape that lowering emits for `x @ w`)
 *   mixed    an output element depends on more than one sample: the batch is fixed at N
 */
export type BatchState =
  | { readonly k: "free" }
  | { readonly k: "uniform"; readonly grown: readonly number[] }
  | { readonly k: "batch"; readonly axis: number; readonly f: number }
  | { readonly k: "mixed"; readonly why: string };

/** A state that is not mixed: the analysis short-circuits mixed inputs before any rule runs. */
export type Unmixed = Exclude<BatchState, { k: "mixed" }>;

export interface BatchCtx {
  readonly node: Node;
  /** The types of the node's inputs, in order. */
  readonly inputs: readonly TensorType[];
  /** For an `input` node: the axis lowering bound to the batch, if any. */
  readonly inputAxis: (name: string) => number | undefined;
}

/** How the batch axis propagates through the op; `why` of a mixed result names the problem. */
export type BatchRule<O extends Op> = (attrs: AttrsOf<O>, ins: readonly Unmixed[], ctx: BatchCtx) => BatchState;

export type ScalarFn = (...xs: number[]) => number;

/**
 * The scalar definition of an elementwise op: one function per dtype, computing in f64 from
 * the operands' stored values (the result is rounded once when stored). The dtypes present
 * are exactly the ones the op's type rule accepts: elementwise entries derive their type
 * rule from `fns`, and tests/ir/op-coverage.test.ts checks the two agree.
 */
export interface ScalarDef<O extends Op> {
  readonly fns: { readonly [D in DType]?: ScalarFn };
  /** The dtype that picks the function: the operands' for most ops, `cast`'s target dtype. */
  readonly select: (attrs: AttrsOf<O>, inputs: readonly DType[]) => DType;
}

/**
 * The reverse-mode rule (compiler/passes/autodiff.ts): the adjoint of each input, built in
 * `builder` from the adjoint of the output; undefined where the input gets none (an integer
 * or bool input, or a derivative that is zero everywhere, as for floor).
 */
export type GradRule<O extends Op> = (attrs: AttrsOf<O>, ctx: GradCtx) => readonly (number | undefined)[];

export interface GradCtx {
  /** The node being differentiated, as the original graph has it. */
  readonly node: Node;
  /** Its inputs and its own value, as node ids in `builder`. */
  readonly inputs: readonly number[];
  readonly output: number;
  /** The adjoint of its output (same type as the output), in `builder`. */
  readonly adjoint: number;
  readonly builder: GraphBuilder;
}

/** How the surface language names the op: a built-in function and/or an operator. */
export interface Surface {
  readonly fn?: string;
  readonly operator?: string;
}

interface Facts<O extends Op> {
  readonly category: CategoryOf<O>;
  /** Number of inputs, or "variadic" (concat: one or more). */
  readonly arity: number | "variadic";
  readonly attrs: AttrOrder<O>;
  readonly type: TypeRule<O>;
  readonly interp: InterpRule<O>;
  readonly view: ViewRule<O>;
  readonly batch: BatchRule<O>;
  /**
   * Required key, so every entry states it. `undefined`: no rule yet (autodiff reports a
   * catalogued error naming the op when a gradient has to pass through one).
   */
  readonly grad: GradRule<O> | undefined;
  readonly surface?: Surface;
}

/** An entry: elementwise ops must also give their scalar definition; no other op may. */
export type OpDef<O extends Op> = Facts<O> & ([O] extends [ElementwiseOp] ? { readonly scalar: ScalarDef<O> } : { readonly scalar?: undefined });

/** The whole table: one entry per op, no more, no fewer. */
export type OpTable = { readonly [O in Op]: OpDef<O> };

/**
 * An entry seen without its op's type, for dispatching on a node whose op is only known at
 * run time. Method syntax makes the parameters bivariant, so the table (whose mapped type
 * guarantees each entry fits its own op's attrs) is assignable to this without a cast.
 */
export interface AnyOpDef {
  readonly category: OpCategory;
  readonly arity: number | "variadic";
  readonly attrs: Readonly<Record<string, AttrFormat>>;
  type(attrs: Attrs, inputs: readonly TensorType[], declared: TensorType | undefined): TensorType;
  interp(attrs: Attrs, args: readonly Tensor[], ctx: InterpCtx): Tensor;
  view(attrs: Attrs, input: TensorType | undefined, output: TensorType): ViewFact;
  batch(attrs: Attrs, ins: readonly Unmixed[], ctx: BatchCtx): BatchState;
  // A method's type taken out as a property type keeps the method's bivariant parameters.
  readonly grad: { rule(attrs: Attrs, ctx: GradCtx): readonly (number | undefined)[] }["rule"] | undefined;
  readonly scalar?: {
    readonly fns: { readonly [D in DType]?: ScalarFn };
    select(attrs: Attrs, inputs: readonly DType[]): DType;
  };
  readonly surface?: Surface;
}
