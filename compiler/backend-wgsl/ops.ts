// The WGSL backend's code for each elementwise op: an expression over operand names, and the
// math helpers (math.ts) it calls. bool is a u32 holding 0 or 1. The table is typed as complete
// over the elementwise ops: adding an op to the IR without a line here fails to compile.
import type { BinaryOp, DType, UnaryOp } from "../ir/ir.ts";

export interface WgslOp {
  expr: (xs: string[]) => string;
  helpers: string[];
}

type Form = (dtype: DType) => WgslOp | undefined;

const f = (expr: (x: string) => string, helper?: string): Form => (t) =>
  t === "f32" ? { expr: (xs) => expr(xs[0]), helpers: helper ? [helper] : [] } : undefined;
const fi = (expr: (x: string) => string): Form => (t) => (t === "f32" || t === "i32" ? { expr: (xs) => expr(xs[0]), helpers: [] } : undefined);

const UNARY: Record<UnaryOp, Form> = {
  neg: fi((x) => `-${x}`),
  abs: fi((x) => `abs(${x})`),
  exp: f((x) => `exp(${x})`),
  log: f((x) => `log_f32(${x})`, "log"),
  sqrt: f((x) => `sqrt(${x})`),
  rsqrt: f((x) => `inverseSqrt(${x})`),
  tanh: f((x) => `tanh_f32(${x})`, "tanh"),
  sigmoid: f((x) => `sigmoid_f32(${x})`, "sigmoid"),
  erf: f((x) => `erf_f32(${x})`, "erf"),
  sin: f((x) => `sin_cos_f32(${x}, false)`, "sincos"),
  cos: f((x) => `sin_cos_f32(${x}, true)`, "sincos"),
  floor: f((x) => `floor(${x})`),
  ceil: f((x) => `ceil(${x})`),
  not: (t) => (t === "bool" ? { expr: (xs) => `(1u - ${xs[0]})`, helpers: [] } : undefined),
};

const CMP: Record<string, string> = { eq: "==", ne: "!=", lt: "<", le: "<=", gt: ">", ge: ">=" };

/** Ordered comparisons: false whenever an f32 operand is NaN (ne is the negation of eq). */
const compare = (op: string): Form => (t) => {
  if (t !== "f32") return { expr: (xs) => `select(0u, 1u, ${xs[0]} ${CMP[op]} ${xs[1]})`, helpers: [] };
  if (op === "ne") return { expr: (xs) => `select(0u, 1u, !(ordered(${xs[0]}, ${xs[1]}) && ${xs[0]} == ${xs[1]}))`, helpers: ["compare"] };
  return { expr: (xs) => `select(0u, 1u, ordered(${xs[0]}, ${xs[1]}) && ${xs[0]} ${CMP[op]} ${xs[1]})`, helpers: ["compare"] };
};

const infix = (sym: string): Form => (t) => (t === "f32" || t === "i32" ? { expr: (xs) => `(${xs[0]} ${sym} ${xs[1]})`, helpers: [] } : undefined);
const call = (f32: [string, string] | undefined, i32: [string, string] | undefined): Form => (t) => {
  const c = t === "f32" ? f32 : t === "i32" ? i32 : undefined;
  return c ? { expr: (xs) => `${c[0]}(${xs[0]}, ${xs[1]})`, helpers: c[1] ? [c[1]] : [] } : undefined;
};

const BINARY: Record<BinaryOp, Form> = {
  add: infix("+"),
  sub: infix("-"),
  mul: infix("*"),
  div: (t) => (t === "f32" ? { expr: (xs) => `(${xs[0]} / ${xs[1]})`, helpers: [] } : call(undefined, ["floor_div_i32", "int_div"])(t)),
  mod: call(["floor_mod_f32", "fmod"], ["floor_mod_i32", "int_div"]),
  pow: call(["pow_f32", "pow"], ["pow_i32", "int_pow"]),
  max: call(["max_nan", "max_nan"], ["max", ""]),
  min: call(["min_nan", "max_nan"], ["min", ""]),
  eq: compare("eq"), ne: compare("ne"), lt: compare("lt"), le: compare("le"), gt: compare("gt"), ge: compare("ge"),
  and: (t) => (t === "bool" ? { expr: (xs) => `(${xs[0]} & ${xs[1]})`, helpers: [] } : undefined),
  or: (t) => (t === "bool" ? { expr: (xs) => `(${xs[0]} | ${xs[1]})`, helpers: [] } : undefined),
};

function castOp(from: DType, to: DType): WgslOp {
  if (to === "bool") {
    return from === "f32"
      ? { expr: (xs) => `select(0u, 1u, (bitcast<u32>(${xs[0]}) & 0x7fffffffu) != 0u)`, helpers: [] }
      : { expr: (xs) => `select(0u, 1u, ${xs[0]} != ${from === "i32" ? "0i" : "0u"})`, helpers: [] };
  }
  if (to === "f32") return { expr: (xs) => `f32(${xs[0]})`, helpers: [] };
  return from === "f32" ? { expr: (xs) => `f32_to_i32(${xs[0]})`, helpers: ["cast_i32"] } : { expr: (xs) => `i32(${xs[0]})`, helpers: [] };
}

/** WGSL for one elementwise op on operands of dtype `inDtype`; throws when the op does not exist for it. */
export function wgslOp(attrs: { op: string; to?: DType }, inDtype: DType, outDtype: DType): WgslOp {
  if (attrs.op === "cast") return castOp(inDtype, attrs.to ?? outDtype);
  if (attrs.op === "where") return { expr: (xs) => `select(${xs[2]}, ${xs[1]}, ${xs[0]} != 0u)`, helpers: [] };
  const form = (UNARY as Record<string, Form>)[attrs.op] ?? (BINARY as Record<string, Form>)[attrs.op];
  const code = form?.(inDtype);
  if (!code) throw new Error(`internal: no WGSL code for ${attrs.op} on ${inDtype}`);
  return code;
}

/** The elementwise ops this table covers (for the op-coverage test). */
export const WGSL_ELEMENTWISE_OPS: readonly string[] = [...Object.keys(UNARY), ...Object.keys(BINARY), "where", "cast"];
