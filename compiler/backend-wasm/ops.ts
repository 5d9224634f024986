// The WASM backend's code for each elementwise op: a scalar form over f32/i32 values (bool is an
// i32 holding 0 or 1) and, where WebAssembly SIMD has one, an f32x4/i32x4 form. Operands are
// always `local.get`s (the loop emitter gives every value its own local), so a form may use a
// scratch local of its own without clobbering another op's. The table is typed as complete over
// the elementwise ops: adding an op to the IR without a line here fails to compile.
import type { BinaryOp, DType, UnaryOp } from "../ir/ir.ts";
import { get, type Fn } from "./wat.ts";

export interface OpCode {
  sca: (xs: string[]) => string;
  /** The 4-lane form; absent when the op has none (the loop runs scalar). */
  vec?: (xs: string[]) => string;
}

type Form = (fn: Fn, dtype: DType) => OpCode | undefined;

const f32u = (sca: (x: string) => string, vec?: (x: string) => string): Form => (_fn, t) =>
  t === "f32" ? { sca: (xs) => sca(xs[0]), ...(vec ? { vec: (xs: string[]) => vec(xs[0]) } : {}) } : undefined;

const UNARY: Record<UnaryOp, Form> = {
  neg: (fn, t) => t === "f32" ? { sca: (xs) => `(f32.neg ${xs[0]})`, vec: (xs) => `(f32x4.neg ${xs[0]})` }
    : t === "i32" ? { sca: (xs) => `(i32.sub (i32.const 0) ${xs[0]})`, vec: (xs) => `(i32x4.neg ${xs[0]})` } : undefined,
  abs: (fn, t) => {
    if (t === "f32") return { sca: (xs) => `(f32.abs ${xs[0]})`, vec: (xs) => `(f32x4.abs ${xs[0]})` };
    if (t !== "i32") return undefined;
    const s = fn.local("abs_t", "i32");
    return { sca: (xs) => `(select (i32.sub (i32.const 0) (local.tee ${s} ${xs[0]})) ${get(s)} (i32.lt_s ${get(s)} (i32.const 0)))`, vec: (xs) => `(i32x4.abs ${xs[0]})` };
  },
  exp: f32u((x) => `(call $exp_f32 ${x})`, (x) => `(call $exp_v ${x})`),
  log: f32u((x) => `(call $log_f32 ${x})`, (x) => `(call $log_v ${x})`),
  sqrt: f32u((x) => `(f32.sqrt ${x})`, (x) => `(f32x4.sqrt ${x})`),
  rsqrt: f32u((x) => `(f32.div (f32.const 1) (f32.sqrt ${x}))`, (x) => `(f32x4.div (v128.const f32x4 1 1 1 1) (f32x4.sqrt ${x}))`),
  tanh: f32u((x) => `(call $tanh_f32 ${x})`, (x) => `(call $tanh_v ${x})`),
  sigmoid: f32u((x) => `(call $sigmoid_f32 ${x})`, (x) => `(call $sigmoid_v ${x})`),
  erf: f32u((x) => `(call $erf_f32 ${x})`, (x) => `(call $erf_v ${x})`),
  sin: f32u((x) => `(call $sin_f32 ${x})`),
  cos: f32u((x) => `(call $cos_f32 ${x})`),
  floor: f32u((x) => `(f32.floor ${x})`, (x) => `(f32x4.floor ${x})`),
  ceil: f32u((x) => `(f32.ceil ${x})`, (x) => `(f32x4.ceil ${x})`),
  not: (_fn, t) => (t === "bool" ? { sca: (xs) => `(i32.xor ${xs[0]} (i32.const 1))` } : undefined),
};

const CMP_S: Record<string, string> = { eq: "eq", ne: "ne", lt: "lt_s", le: "le_s", gt: "gt_s", ge: "ge_s" };
const CMP_U: Record<string, string> = { eq: "eq", ne: "ne", lt: "lt_u", le: "le_u", gt: "gt_u", ge: "ge_u" };

/** Comparisons give bool (0/1); they have no vector form since vector kernels hold no bools. */
const compare = (op: string): Form => (_fn, t) => ({
  sca: (xs) => `(${t === "f32" ? `f32.${op}` : t === "i32" ? `i32.${CMP_S[op]}` : `i32.${CMP_U[op]}`} ${xs[0]} ${xs[1]})`,
});

const arith = (op: "add" | "sub" | "mul"): Form => (_fn, t) =>
  t === "f32" ? { sca: (xs) => `(f32.${op} ${xs[0]} ${xs[1]})`, vec: (xs) => `(f32x4.${op} ${xs[0]} ${xs[1]})` }
  : t === "i32" ? { sca: (xs) => `(i32.${op} ${xs[0]} ${xs[1]})`, vec: (xs) => `(i32x4.${op} ${xs[0]} ${xs[1]})` } : undefined;

const minmax = (op: "max" | "min"): Form => (fn, t) => {
  // f32.max/min and their f32x4 forms propagate NaN, as the spec requires.
  if (t === "f32") return { sca: (xs) => `(f32.${op} ${xs[0]} ${xs[1]})`, vec: (xs) => `(f32x4.${op} ${xs[0]} ${xs[1]})` };
  if (t !== "i32") return undefined;
  const [u, v] = [fn.local(`${op}_u`, "i32"), fn.local(`${op}_v`, "i32")];
  return {
    sca: (xs) => `(select (local.tee ${u} ${xs[0]}) (local.tee ${v} ${xs[1]}) (i32.${op === "max" ? "gt_s" : "lt_s"} ${get(u)} ${get(v)}))`,
    vec: (xs) => `(i32x4.${op}_s ${xs[0]} ${xs[1]})`,
  };
};

const helper = (name: string): Form => (_fn, t) =>
  t === "f32" || t === "i32" ? { sca: (xs) => `(call $${name}_${t} ${xs[0]} ${xs[1]})` } : undefined;

const BINARY: Record<BinaryOp, Form> = {
  add: arith("add"),
  sub: arith("sub"),
  mul: arith("mul"),
  div: (fn, t) => t === "f32" ? { sca: (xs) => `(f32.div ${xs[0]} ${xs[1]})`, vec: (xs) => `(f32x4.div ${xs[0]} ${xs[1]})` } : helper("div")(fn, t),
  mod: helper("mod"),
  pow: helper("pow"),
  max: minmax("max"),
  min: minmax("min"),
  eq: compare("eq"), ne: compare("ne"), lt: compare("lt"), le: compare("le"), gt: compare("gt"), ge: compare("ge"),
  and: (_fn, t) => (t === "bool" ? { sca: (xs) => `(i32.and ${xs[0]} ${xs[1]})` } : undefined),
  or: (_fn, t) => (t === "bool" ? { sca: (xs) => `(i32.or ${xs[0]} ${xs[1]})` } : undefined),
};

function castCode(from: DType, to: DType): OpCode {
  switch (`${from}>${to}`) {
    case "f32>i32":
      return { sca: (xs) => `(call $cast_f32_i32 ${xs[0]})` };
    case "i32>f32":
      return { sca: (xs) => `(f32.convert_i32_s ${xs[0]})`, vec: (xs) => `(f32x4.convert_i32x4_s ${xs[0]})` };
    case "bool>f32":
      return { sca: (xs) => `(f32.convert_i32_u ${xs[0]})` };
    case "f32>bool": // v ≠ 0, so NaN is true
      return { sca: (xs) => `(f32.ne ${xs[0]} (f32.const 0))` };
    case "i32>bool":
      return { sca: (xs) => `(i32.ne ${xs[0]} (i32.const 0))` };
    default: // bool>i32 and same-dtype casts: the value is already right
      return { sca: (xs) => xs[0], ...(from === to && from !== "bool" ? { vec: (xs: string[]) => xs[0] } : {}) };
  }
}

/** Code for one elementwise op on operands of dtype `inDtype`; throws when the op does not exist for it. */
export function opCode(fn: Fn, attrs: { op: string; to?: DType }, inDtype: DType, outDtype: DType): OpCode {
  const op = attrs.op;
  if (op === "cast") return castCode(inDtype, attrs.to ?? outDtype);
  if (op === "where") {
    // cond is a 0/1 i32; select takes the first operand when the condition is non-zero.
    return { sca: (xs) => `(select ${xs[1]} ${xs[2]} ${xs[0]})` };
  }
  const form = (UNARY as Record<string, Form>)[op] ?? (BINARY as Record<string, Form>)[op];
  const code = form?.(fn, inDtype);
  if (!code) throw new Error(`internal: no WASM code for ${op} on ${inDtype}`);
  return code;
}

/** The elementwise ops this table covers (for the op-coverage test). */
export const WASM_ELEMENTWISE_OPS: readonly string[] = [...Object.keys(UNARY), ...Object.keys(BINARY), "where", "cast"];
