// The reference interpreter: evaluates a graph node by node in arena (topological) order.
// It is the executable definition of every op — other backends are tested against it — so
// it favours plain loops over speed and validates everything it is given.
import type { Attrs, DType, Graph, Node } from "../../compiler/ir/ir.ts";
import { InterpGraphError, InterpInputError, type NodeOrigin } from "./errors.ts";
import { broadcast, concat, gather, oneHot, reshape, slice, transpose, type OutOfRange } from "./movement.ts";
import { conv2d, matmul, pool2d } from "./nn.ts";
import { reduce } from "./reduce.ts";
import { BOOL_BINARY, BOOL_UNARY, F32_BINARY, F32_UNARY, I32_BINARY, I32_UNARY } from "../../compiler/ir/scalar.ts";
import { allocData, dataMatchesDtype, numElements, tensorOf, type Tensor } from "./tensor.ts";

export interface InterpretOptions {
  /**
   * What a gather index outside [0, size) does: "clamp" (default) clamps into range, as
   * spec/builtins.md defines it and every backend does; "throw" raises an IndexOutOfRangeError
   * naming the node, to find where bad indices come from while debugging.
   */
  gatherOutOfRange?: OutOfRange;
}

const UNARY = { f32: F32_UNARY, i32: I32_UNARY, bool: BOOL_UNARY };
const BINARY = { f32: F32_BINARY, i32: I32_BINARY, bool: BOOL_BINARY };

/** Runs `graph` on named inputs and parameters; returns every graph output by name. */
export function interpret(
  graph: Graph,
  inputs: ReadonlyMap<string, Tensor>,
  params: ReadonlyMap<string, Tensor>,
  options: InterpretOptions = {},
): Map<string, Tensor> {
  const values: Tensor[] = [];
  for (const node of graph.nodes) {
    const origin: NodeOrigin = { nodeId: node.id, op: node.attrs.op, span: graph.spans[node.id] };
    const args = node.inputs.map((id) => {
      const v = values[id];
      if (!v) throw new InterpGraphError(origin, `input %${id} has not been computed (inputs must point to earlier nodes)`);
      return v;
    });
    values[node.id] = evalNode(node, args, inputs, params, origin, options);
  }
  const result = new Map<string, Tensor>();
  for (const o of graph.outputs) {
    const v = values[o.node];
    if (!v) throw new InterpInputError(`output "${o.name}" refers to %${o.node}, which does not exist`);
    result.set(o.name, v);
  }
  return result;
}

function checkGiven(kind: string, name: string, node: Node, t: Tensor | undefined): Tensor {
  if (!t) throw new InterpInputError(`missing ${kind} "${name}" (${node.dtype}[${node.shape.join(", ")}])`);
  const want = `${node.dtype}[${node.shape.join(", ")}]`;
  const got = `${t.dtype}[${t.shape.join(", ")}]`;
  if (t.dtype !== node.dtype || t.shape.length !== node.shape.length || t.shape.some((d, i) => d !== node.shape[i])) {
    throw new InterpInputError(`${kind} "${name}" must be ${want}, got ${got}`);
  }
  if (!dataMatchesDtype(t.dtype, t.data) || t.data.length !== numElements(t.shape)) {
    throw new InterpInputError(`${kind} "${name}": data must be a ${storageName(t.dtype)} of ${numElements(t.shape)} elements, got ${t.data.constructor.name} of ${t.data.length}`);
  }
  return t;
}

function storageName(dtype: DType): string {
  return dtype === "f32" ? "Float32Array" : dtype === "i32" ? "Int32Array" : "Uint8Array";
}

function mapUnary(x: Tensor, f: (v: number) => number): Tensor {
  const data = allocData(x.dtype, x.data.length);
  for (let i = 0; i < data.length; i++) data[i] = f(x.data[i]);
  return { dtype: x.dtype, shape: [...x.shape], data };
}

function mapBinary(a: Tensor, b: Tensor, dtype: DType, f: (u: number, v: number) => number): Tensor {
  const data = allocData(dtype, a.data.length);
  for (let i = 0; i < data.length; i++) data[i] = f(a.data[i], b.data[i]);
  return { dtype, shape: [...a.shape], data };
}

function castTo(x: Tensor, to: DType): Tensor {
  const data = allocData(to, x.data.length);
  for (let i = 0; i < data.length; i++) {
    const v = x.data[i];
    // f32 → i32 truncates toward zero; i32 → f32 rounds to nearest on store; → bool is v ≠ 0
    // (so NaN is true, as in C).
    data[i] = to === "bool" ? (v !== 0 ? 1 : 0) : to === "i32" ? Math.trunc(v) | 0 : v;
  }
  return { dtype: to, shape: [...x.shape], data };
}

function evalNode(
  node: Node,
  args: Tensor[],
  inputs: ReadonlyMap<string, Tensor>,
  params: ReadonlyMap<string, Tensor>,
  origin: NodeOrigin,
  options: InterpretOptions,
): Tensor {
  const a: Attrs = node.attrs;
  switch (a.op) {
    case "input":
      return checkGiven("input", a.name, node, inputs.get(a.name));
    case "param":
      return checkGiven("param", a.name, node, params.get(a.name));
    case "const":
      return tensorOf(node.dtype, node.shape, a.value);
    case "where": {
      const [c, x, y] = args;
      const data = allocData(x.dtype, x.data.length);
      for (let i = 0; i < data.length; i++) data[i] = c.data[i] ? x.data[i] : y.data[i];
      return { dtype: x.dtype, shape: [...x.shape], data };
    }
    case "cast":
      return castTo(args[0], a.to);
    case "dropout":
      return { dtype: "f32", shape: [...args[0].shape], data: args[0].data.slice() };
    case "broadcast":
      return broadcast(args[0], a.shape);
    case "reshape":
      return reshape(args[0], a.shape);
    case "transpose":
      return transpose(args[0], a.perm);
    case "slice":
      return slice(args[0], a.starts, a.ends, a.steps);
    case "concat":
      return concat(args, a.axis);
    case "matmul":
      return matmul(args[0], args[1]);
    case "conv2d":
      return conv2d(args[0], args[1], a);
    case "max_pool2d":
      return pool2d("max", args[0], a);
    case "avg_pool2d":
      return pool2d("avg", args[0], a);
    case "gather":
      return gather(args[0], args[1], a.axis, origin, options.gatherOutOfRange ?? "clamp");
    case "one_hot":
      return oneHot(args[0], a.depth);
    case "reduce_sum":
    case "reduce_max":
    case "reduce_min":
    case "reduce_prod":
    case "argmax":
      return reduce(a.op, args[0], a.axes, a.keepdims);
    default: {
      if (args.length === 1) {
        const f = UNARY[args[0].dtype][a.op as keyof typeof F32_UNARY];
        if (f) return mapUnary(args[0], f);
      } else if (args.length === 2) {
        const f = BINARY[args[0].dtype][a.op as keyof typeof F32_BINARY];
        if (f) return mapBinary(args[0], args[1], node.dtype, f);
      }
      throw new InterpGraphError(origin, `no ${a.op} on ${args.map((t) => t.dtype).join(", ")} operands`);
    }
  }
}
