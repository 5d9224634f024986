// Elementwise kernels, one thread per element: unary and binary math, comparisons, where and
// cast. Operands have the output's shape (broadcast is an explicit node), so every operand is
// read at the thread's own index. bool is a u32 holding 0 or 1.
import type { BinaryOp, DType, UnaryOp } from "../ir/ir.ts";
import { perElement, type KernelCtx, type KernelParts } from "./shader.ts";
import { WgslError } from "./source-info.ts";

const F32_UNARY: Partial<Record<UnaryOp, [string, string?]>> = {
  neg: ["-x"], abs: ["abs(x)"], exp: ["exp(x)"], log: ["log_f32(x)", "log"], sqrt: ["sqrt(x)"],
  rsqrt: ["inverseSqrt(x)"], tanh: ["tanh_f32(x)", "tanh"], sigmoid: ["sigmoid_f32(x)", "sigmoid"],
  erf: ["erf_f32(x)", "erf"], sin: ["sin_cos_f32(x, false)", "sincos"], cos: ["sin_cos_f32(x, true)", "sincos"],
  floor: ["floor(x)"], ceil: ["ceil(x)"],
};
const I32_UNARY: Partial<Record<UnaryOp, string>> = { neg: "-x", abs: "abs(x)" };

const CMP: Partial<Record<BinaryOp, string>> = { eq: "==", ne: "!=", lt: "<", le: "<=", gt: ">", ge: ">=" };

function f32Binary(op: BinaryOp): [string, string?] | undefined {
  switch (op) {
    case "add": return ["a + b"];
    case "sub": return ["a - b"];
    case "mul": return ["a * b"];
    case "div": return ["a / b"];
    case "mod": return ["floor_mod_f32(a, b)", "fmod"];
    case "pow": return ["pow_f32(a, b)", "pow"];
    case "max": return ["max_nan(a, b)", "max_nan"];
    case "min": return ["min_nan(a, b)", "max_nan"];
    case "ne": return ["select(0u, 1u, !(ordered(a, b) && a == b))", "compare"];
    default: {
      const c = CMP[op];
      return c ? [`select(0u, 1u, ordered(a, b) && a ${c} b)`, "compare"] : undefined;
    }
  }
}

function i32Binary(op: BinaryOp): [string, string?] | undefined {
  switch (op) {
    case "add": return ["a + b"];
    case "sub": return ["a - b"];
    case "mul": return ["a * b"];
    case "div": return ["floor_div_i32(a, b)", "int_div"];
    case "mod": return ["floor_mod_i32(a, b)", "int_div"];
    case "pow": return ["pow_i32(a, b)", "int_pow"];
    case "max": return ["max(a, b)"];
    case "min": return ["min(a, b)"];
    default: {
      const c = CMP[op];
      return c ? [`select(0u, 1u, a ${c} b)`] : undefined;
    }
  }
}

function boolBinary(op: BinaryOp): [string, string?] | undefined {
  if (op === "and") return ["a & b"];
  if (op === "or") return ["a | b"];
  const c = CMP[op];
  return c ? [`select(0u, 1u, a ${c} b)`] : undefined;
}

function castExpr(from: DType, to: DType): [string, string?] {
  if (to === "bool") return [from === "f32" ? "select(0u, 1u, (bitcast<u32>(x) & 0x7fffffffu) != 0u)" : "select(0u, 1u, x != 0)"];
  if (to === "f32") return ["f32(x)"];
  return from === "f32" ? ["f32_to_i32(x)", "cast_i32"] : ["i32(x)"];
}

export function emitElementwise(ctx: KernelCtx): KernelParts {
  const { node, graph } = ctx;
  const a = node.attrs;
  const ins = node.inputs.map((i) => graph.nodes[i]);
  const out = { name: "out", node: node.id, access: "read_write" as const };
  const fail = (): never => {
    throw new WgslError(`internal: no WGSL kernel for ${a.op} on ${ins.map((n) => n.dtype).join(", ")}`);
  };
  if (a.op === "where") {
    const binds = [{ name: "cond", node: ins[0].id, access: "read" as const }, { name: "when_true", node: ins[1].id, access: "read" as const },
      { name: "when_false", node: ins[2].id, access: "read" as const }, out];
    return perElement(ctx, binds, [], "out[i] = select(when_false[i], when_true[i], cond[i] != 0u);");
  }
  if (a.op === "cast") {
    const [expr, helper] = castExpr(ins[0].dtype, a.to);
    return perElement(ctx, [{ name: "src", node: ins[0].id, access: "read" }, out], [], `let x = src[i];\n  out[i] = ${expr};`, helper ? [helper] : []);
  }
  if (ins.length === 1) {
    const op = a.op as UnaryOp;
    let expr: string | undefined;
    let helper: string | undefined;
    if (ins[0].dtype === "f32") [expr, helper] = F32_UNARY[op] ?? fail();
    else if (ins[0].dtype === "i32") expr = I32_UNARY[op] ?? fail();
    else expr = op === "not" ? "1u - x" : fail();
    return perElement(ctx, [{ name: "src", node: ins[0].id, access: "read" }, out], [], `let x = src[i];\n  out[i] = ${expr};`, helper ? [helper] : []);
  }
  const op = a.op as BinaryOp;
  const table = ins[0].dtype === "f32" ? f32Binary : ins[0].dtype === "i32" ? i32Binary : boolBinary;
  const [expr, helper] = table(op) ?? fail();
  const binds = [{ name: "lhs", node: ins[0].id, access: "read" as const }, { name: "rhs", node: ins[1].id, access: "read" as const }, out];
  return perElement(ctx, binds, [], `let a = lhs[i];\n  let b = rhs[i];\n  out[i] = ${expr};`, helper ? [helper] : []);
}
