// Elementwise kernels (unary, binary, where, cast): one loop over the flat index with a
// SIMD body (4 lanes of f32/i32, or 16 bool bytes) and a scalar tail. Ops with no SIMD form
// (sin, cos, pow, mod, i32 div/mod/pow, f32→i32 cast) run the scalar loop for every element.
import type { BinaryOp, DType, Node, UnaryOp } from "../ir/ir.ts";
import { elemBytes, loadScalar, storeScalar, type KernelCtx } from "./kernel.ts";
import { get, type Fn } from "./wat.ts";

type Expr = (xs: string[]) => string;

interface Operand {
  off: number;
  dtype: DType;
}

interface MapSpec {
  ins: Operand[];
  out: Operand;
  n: number;
  /** Elements per SIMD step; 0 when there is no vector form. */
  lanes: 0 | 4 | 16;
  vec?: Expr;
  sca: Expr;
}

const ONES8 = "(v128.const i8x16 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1)";

function addr(e: string, dtype: DType): string {
  return elemBytes(dtype) === 4 ? `(i32.shl ${get(e)} (i32.const 2))` : get(e);
}

function emitMap(fn: Fn, s: MapSpec): string {
  const e = fn.local("e", "i32");
  const nv = s.lanes && s.vec ? Math.floor(s.n / s.lanes) * s.lanes : 0;
  let body = "";
  if (nv > 0) {
    const loads = s.ins.map((o) => {
      const a = addr(e, o.dtype);
      if (s.lanes === 16 || elemBytes(o.dtype) === 4) return `(v128.load offset=${o.off} ${a})`;
      return `(v128.load32_zero offset=${o.off} ${a})`;
    });
    const v = s.vec!(loads);
    const a = addr(e, s.out.dtype);
    const store = s.lanes === 16 || elemBytes(s.out.dtype) === 4
      ? `(v128.store offset=${s.out.off} ${a} ${v})`
      : `(v128.store32_lane offset=${s.out.off} 0 ${a} ${v})`;
    body += fn.range(e, 0, nv, s.lanes, store);
  }
  const loads = s.ins.map((o) => loadScalar(o.dtype, o.off, addr(e, o.dtype)));
  body += "\n" + fn.range(e, nv, s.n, 1, storeScalar(s.out.dtype, s.out.off, addr(e, s.out.dtype), s.sca(loads)));
  return body;
}

/** An i32x4 all-ones/zeros mask as 0/1 bytes in lanes 0–3. */
function maskToBytes(fn: Fn, mask: string): string {
  const m = fn.local("m", "v128");
  const n16 = `(i16x8.narrow_i32x4_s (local.tee ${m} ${mask}) ${get(m)})`;
  return `(v128.and (i8x16.narrow_i16x8_s ${n16} ${n16.replace(`(local.tee ${m} ${mask})`, get(m))}) ${ONES8})`;
}

/** 4 bool bytes (loaded with load32_zero) widened to i32x4 lanes of 0/1. */
function widenBool(v: string): string {
  return `(i32x4.extend_low_i16x8_u (i16x8.extend_low_i8x16_u ${v}))`;
}

const F32_UNARY_V: Partial<Record<UnaryOp, (x: string) => string>> = {
  neg: (x) => `(f32x4.neg ${x})`,
  abs: (x) => `(f32x4.abs ${x})`,
  sqrt: (x) => `(f32x4.sqrt ${x})`,
  rsqrt: (x) => `(f32x4.div (v128.const f32x4 1 1 1 1) (f32x4.sqrt ${x}))`,
  floor: (x) => `(f32x4.floor ${x})`,
  ceil: (x) => `(f32x4.ceil ${x})`,
  exp: (x) => `(call $exp_v ${x})`,
  log: (x) => `(call $log_v ${x})`,
  tanh: (x) => `(call $tanh_v ${x})`,
  sigmoid: (x) => `(call $sigmoid_v ${x})`,
  erf: (x) => `(call $erf_v ${x})`,
};

const F32_UNARY_S: Record<string, (x: string) => string> = {
  neg: (x) => `(f32.neg ${x})`,
  abs: (x) => `(f32.abs ${x})`,
  sqrt: (x) => `(f32.sqrt ${x})`,
  rsqrt: (x) => `(f32.div (f32.const 1) (f32.sqrt ${x}))`,
  floor: (x) => `(f32.floor ${x})`,
  ceil: (x) => `(f32.ceil ${x})`,
  exp: (x) => `(call $exp_f32 ${x})`,
  log: (x) => `(call $log_f32 ${x})`,
  tanh: (x) => `(call $tanh_f32 ${x})`,
  sigmoid: (x) => `(call $sigmoid_f32 ${x})`,
  erf: (x) => `(call $erf_f32 ${x})`,
  sin: (x) => `(call $sin_f32 ${x})`,
  cos: (x) => `(call $cos_f32 ${x})`,
};

function unarySpec(fn: Fn, op: UnaryOp, x: Operand, out: Operand, n: number): MapSpec {
  if (x.dtype === "f32") {
    const v = F32_UNARY_V[op];
    return { ins: [x], out, n, lanes: v ? 4 : 0, vec: v && ((xs) => v(xs[0])), sca: (xs) => F32_UNARY_S[op](xs[0]) };
  }
  if (x.dtype === "i32") {
    const t = fn.local("t", "i32");
    return op === "neg"
      ? { ins: [x], out, n, lanes: 4, vec: (xs) => `(i32x4.neg ${xs[0]})`, sca: (xs) => `(i32.sub (i32.const 0) ${xs[0]})` }
      : { ins: [x], out, n, lanes: 4, vec: (xs) => `(i32x4.abs ${xs[0]})`,
          sca: (xs) => `(select (i32.sub (i32.const 0) (local.tee ${t} ${xs[0]})) ${get(t)} (i32.lt_s ${get(t)} (i32.const 0)))` };
  }
  return { ins: [x], out, n, lanes: 16, vec: (xs) => `(v128.xor ${xs[0]} ${ONES8})`, sca: (xs) => `(i32.xor ${xs[0]} (i32.const 1))` };
}

const CMP = ["eq", "ne", "lt", "le", "gt", "ge"] as const;
type Cmp = (typeof CMP)[number];
const isCmp = (op: BinaryOp): op is Cmp => (CMP as readonly string[]).includes(op);
const SIGNED: Record<Cmp, string> = { eq: "eq", ne: "ne", lt: "lt_s", le: "le_s", gt: "gt_s", ge: "ge_s" };
const UNSIGNED: Record<Cmp, string> = { eq: "eq", ne: "ne", lt: "lt_u", le: "le_u", gt: "gt_u", ge: "ge_u" };

function binarySpec(fn: Fn, op: BinaryOp, a: Operand, b: Operand, out: Operand, n: number): MapSpec {
  const ins = [a, b];
  const t = a.dtype;
  if (isCmp(op)) {
    if (t === "bool") {
      return { ins, out, n, lanes: 16, vec: (xs) => `(v128.and (i8x16.${UNSIGNED[op]} ${xs[0]} ${xs[1]}) ${ONES8})`, sca: (xs) => `(i32.${UNSIGNED[op]} ${xs[0]} ${xs[1]})` };
    }
    const vop = t === "f32" ? `f32x4.${op}` : `i32x4.${SIGNED[op]}`;
    const sop = t === "f32" ? `f32.${op}` : `i32.${SIGNED[op]}`;
    return { ins, out, n, lanes: 4, vec: (xs) => maskToBytes(fn, `(${vop} ${xs[0]} ${xs[1]})`), sca: (xs) => `(${sop} ${xs[0]} ${xs[1]})` };
  }
  if (t === "bool") {
    return { ins, out, n, lanes: 16, vec: (xs) => `(v128.${op} ${xs[0]} ${xs[1]})`, sca: (xs) => `(i32.${op} ${xs[0]} ${xs[1]})` };
  }
  if (t === "f32") {
    if (op === "mod" || op === "pow") return { ins, out, n, lanes: 0, sca: (xs) => `(call $${op}_f32 ${xs[0]} ${xs[1]})` };
    return { ins, out, n, lanes: 4, vec: (xs) => `(f32x4.${op} ${xs[0]} ${xs[1]})`, sca: (xs) => `(f32.${op} ${xs[0]} ${xs[1]})` };
  }
  if (op === "div" || op === "mod" || op === "pow") return { ins, out, n, lanes: 0, sca: (xs) => `(call $${op}_i32 ${xs[0]} ${xs[1]})` };
  if (op === "max" || op === "min") {
    const [u, v] = [fn.local("u", "i32"), fn.local("v", "i32")];
    const cmp = op === "max" ? "gt_s" : "lt_s";
    return { ins, out, n, lanes: 4, vec: (xs) => `(i32x4.${op}_s ${xs[0]} ${xs[1]})`,
      sca: (xs) => `(select (local.tee ${u} ${xs[0]}) (local.tee ${v} ${xs[1]}) (i32.${cmp} ${get(u)} ${get(v)}))` };
  }
  return { ins, out, n, lanes: 4, vec: (xs) => `(i32x4.${op} ${xs[0]} ${xs[1]})`, sca: (xs) => `(i32.${op} ${xs[0]} ${xs[1]})` };
}

function castSpec(fn: Fn, x: Operand, out: Operand, n: number): MapSpec {
  const ins = [x];
  const key = `${x.dtype}>${out.dtype}`;
  switch (key) {
    case "f32>i32":
      return { ins, out, n, lanes: 0, sca: (xs) => `(call $cast_f32_i32 ${xs[0]})` };
    case "i32>f32":
      return { ins, out, n, lanes: 4, vec: (xs) => `(f32x4.convert_i32x4_s ${xs[0]})`, sca: (xs) => `(f32.convert_i32_s ${xs[0]})` };
    case "bool>f32":
      return { ins, out, n, lanes: 4, vec: (xs) => `(f32x4.convert_i32x4_u ${widenBool(xs[0])})`, sca: (xs) => `(f32.convert_i32_u ${xs[0]})` };
    case "bool>i32":
      return { ins, out, n, lanes: 4, vec: (xs) => widenBool(xs[0]), sca: (xs) => xs[0] };
    case "f32>bool": // v ≠ 0, so NaN is true
      return { ins, out, n, lanes: 4, vec: (xs) => maskToBytes(fn, `(f32x4.ne ${xs[0]} (v128.const f32x4 0 0 0 0))`), sca: (xs) => `(f32.ne ${xs[0]} (f32.const 0))` };
    case "i32>bool":
      return { ins, out, n, lanes: 4, vec: (xs) => maskToBytes(fn, `(i32x4.ne ${xs[0]} (v128.const i32x4 0 0 0 0))`), sca: (xs) => `(i32.ne ${xs[0]} (i32.const 0))` };
    default: // same dtype: normally a view, but copying is also right
      return { ins, out, n, lanes: 0, sca: (xs) => xs[0] };
  }
}

function whereSpec(c: Operand, a: Operand, b: Operand, out: Operand, n: number): MapSpec {
  const ins = [c, a, b];
  const sca: Expr = (xs) => `(select ${xs[1]} ${xs[2]} ${xs[0]})`;
  if (a.dtype === "bool") {
    return { ins, out, n, lanes: 16, vec: (xs) => `(v128.bitselect ${xs[1]} ${xs[2]} (i8x16.ne ${xs[0]} (v128.const i32x4 0 0 0 0)))`, sca };
  }
  return { ins, out, n, lanes: 4, vec: (xs) => `(v128.bitselect ${xs[1]} ${xs[2]} (i32x4.ne ${widenBool(xs[0])} (v128.const i32x4 0 0 0 0)))`, sca };
}

/** Elementwise nodes: unary and binary ops, where, cast (dropout and same-dtype cast are views). */
export function emitElementwise(fn: Fn, node: Node, ctx: KernelCtx): string {
  const operand = (id: number): Operand => ({ off: ctx.offset(id), dtype: ctx.nodes[id].dtype });
  const ins = node.inputs.map(operand);
  const out = operand(node.id);
  const n = node.shape.reduce((p, d) => p * d, 1);
  const op = node.attrs.op;
  let spec: MapSpec;
  if (op === "where") spec = whereSpec(ins[0], ins[1], ins[2], out, n);
  else if (op === "cast" || op === "dropout") spec = castSpec(fn, ins[0], out, n);
  else if (ins.length === 1) spec = unarySpec(fn, op as UnaryOp, ins[0], out, n);
  else spec = binarySpec(fn, op as BinaryOp, ins[0], ins[1], out, n);
  return emitMap(fn, spec);
}
