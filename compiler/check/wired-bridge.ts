// The checker's side of the wired-graph contract: the context checkWired (wired.ts) asks for
// constants, activations and input types, and the ModelInfo/scope it gives back.
import type { TypeExpr } from "../syntax/ast.ts";
import type { CheckerState, Local, Resolution } from "./context.ts";
import { builtinDef } from "./builtins.ts";
import { declEnv, fnSigOf } from "./decls.ts";
import { constValue, dimConst, dimSym, printDim } from "./dims.ts";
import { checkExpr } from "./expr.ts";
import { resolveType } from "./resolve-type.ts";
import type { ModelInfo } from "./result.ts";
import { type TopEntry, lookupTop } from "./scope.ts";
import { type Ty, printTensor } from "./types.ts";
import { checkWired, type WiredContext } from "./wired.ts";
import { UNARY_FUNCTIONS } from "../ir/ops/index.ts";

/** Built-in unary functions usable as neuron activations: every one the op table names (all take f32). */
const UNARY_F32: ReadonlySet<string> = new Set(UNARY_FUNCTIONS.keys());

export function checkWiredDecl(c: CheckerState, entry: TopEntry & { kind: "wired" }): ModelInfo {
  const m = c.modules.get(entry.module)!;
  const env = declEnv(c, m, entry.name.name);
  // Looks names up without marking imports used: only markUsed (a real use) does that.
  const quiet = (name: string): TopEntry | "builtin" | "poisoned" | undefined => {
    const own = m.top.get(name);
    if (own) return own;
    const imp = m.imports.get(name);
    if (imp) return c.modules.get(imp.target)?.top.get(imp.name);
    for (const g of m.globs) {
      const e = c.modules.get(g.target)?.top.get(name);
      if (e) return e;
    }
    if (builtinDef(name)) return "builtin";
    return m.poisoned.has(name) || m.poisonAll ? "poisoned" : undefined;
  };
  const isActivation = (name: string): boolean => {
    if (name === "linear") return true;
    const found = quiet(name);
    if (found === "builtin") return UNARY_F32.has(name);
    if (found === "poisoned") return true; // its import failed, already reported
    if (!found || found.kind !== "fn") return false;
    const sig = fnSigOf(c, { decl: found.decl, name, module: found.module });
    if (!sig) return false;
    const req = sig.params.filter((p) => !p.optional);
    const p = req.length === 1 ? req[0].ty : undefined;
    const r = sig.ret;
    const isRest = (t: Ty | undefined) => t?.k === "tensor" && t.dtype === "f32" && t.shape.rest?.kind === "var" && t.shape.dims.length === 0 && (t.shape.lead ?? []).length === 0;
    return isRest(p) && isRest(r) && p!.k === "tensor" && r.k === "tensor" && printTensor(p) === printTensor(r);
  };
  const ctx: WiredContext = {
    file: entry.module,
    constInt(e) {
      const t = checkExpr({ ...env, sink: [], record: false }, e);
      const v = t.k === "int" && t.value ? constValue(t.value) : undefined;
      return v !== undefined && Number.isInteger(v) ? v : undefined;
    },
    isActivation: (name) => isActivation(name),
    activationCandidates() {
      const out = ["linear", ...UNARY_F32];
      for (const name of [...m.top.keys(), ...m.imports.keys()]) if (name !== "linear" && isActivation(name)) out.push(name);
      for (const g of m.globs) for (const name of c.modules.get(g.target)?.top.keys() ?? []) if (isActivation(name)) out.push(name);
      return out;
    },
    inputType(t: TypeExpr) {
      const r = resolveType({ env, mode: "bind", binders: [] }, t);
      if (r.k !== "tensor" || r.shape.rest) return undefined;
      return { dtype: r.dtype, shape: r.shape.dims.map((d) => constValue(d) ?? printDim(d)) };
    },
    markUsed(name) {
      lookupTop(m, name, c.modules);
    },
  };
  const res = checkWired(entry.decl, ctx);
  for (const d of res.diagnostics) c.diagnostics.push(d);
  if (res.graph) {
    c.semantic.wired.set(entry.decl, res.graph);
    // What each activation is (lowering calls the fn or applies the built-in it names).
    const acts = new Map<string, Resolution>();
    for (const g of res.graph.groups) {
      if (g.activation === "linear" || acts.has(g.activation)) continue;
      const found = quiet(g.activation);
      if (found === "builtin" || found === "poisoned") acts.set(g.activation, { kind: found, name: g.activation });
      else if (found) acts.set(g.activation, { kind: "decl", entry: found });
    }
    c.semantic.activations.set(entry.decl, acts);
  }
  // What a train block sees: the graph's inputs and outputs, with the same named dims.
  const io = new Map<string, Local>();
  const dimOf = (d: number | string) => {
    if (typeof d === "number") return dimConst(d);
    const b = env.dims.get(d);
    return b?.kind === "dim" ? b.dim : dimSym(d);
  };
  for (const t of [...res.info.inputs, ...res.info.outputs])
    io.set(t.name, { name: t.name, ty: { k: "tensor", dtype: t.dtype, shape: { dims: t.shape.map(dimOf) } }, span: entry.name.span, used: false });
  c.modelScopes.set(entry.decl, { io, dims: env.dims });
  return res.info;
}
