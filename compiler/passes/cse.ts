// Common subexpression elimination: two nodes with the same op, attributes and (already
// merged) inputs compute the same tensor, so the later one is replaced by the earlier one.
// Constants merge by value as the runtime stores them (f32 rounded, i32 wrapped, bool 0/1),
// so 0.1 and its f32 rounding are one constant. `dropout` never merges: in training two
// dropouts of one tensor draw different masks. Inputs and params are distinct by name.
import type { DType, Node } from "../ir/ir.ts";
import { rewriteProgram } from "./rewrite.ts";
import type { Pass } from "./program.ts";

const NEVER_MERGED: ReadonlySet<string> = new Set(["input", "param", "dropout"]);

export const csePass: Pass = {
  name: "cse",
  run(program) {
    const seen = new Map<string, number>();
    return rewriteProgram(program, (node, rw) => {
      if (NEVER_MERGED.has(node.attrs.op)) return undefined;
      const key = nodeKey(node, rw.inputs);
      const hit = seen.get(key);
      if (hit !== undefined) return hit;
      const id = rw.keep();
      seen.set(key, id);
      return id;
    });
  },
};

/** Equal keys ⇔ the nodes compute the same tensor (inputs given as ids of the new graph). */
export function nodeKey(node: Node, inputs: readonly number[]): string {
  const head = `${node.dtype}[${node.shape.join(",")}]`;
  if (node.attrs.op === "const") return `const ${head} ${node.attrs.value.map((v) => numberKey(stored(node.dtype, v))).join(",")}`;
  return `${node.attrs.op} ${head} (${inputs.join(",")}) ${valueKey(node.attrs)}`;
}

/** A value as a typed array of this dtype would hold it. */
function stored(dtype: DType, v: number): number {
  return dtype === "f32" ? Math.fround(v) : dtype === "i32" ? v | 0 : v !== 0 ? 1 : 0;
}

/** Distinguishes −0 from 0 (x/−0 is −inf) and spells NaN, which JSON would turn into null. */
function numberKey(v: number): string {
  return Object.is(v, -0) ? "-0" : Number.isNaN(v) ? "nan" : String(v);
}

/** A canonical string of attribute values: object keys sorted, so key order never matters. */
function valueKey(v: unknown): string {
  if (typeof v === "number") return numberKey(v);
  if (Array.isArray(v)) return `[${v.map(valueKey).join(",")}]`;
  if (v !== null && typeof v === "object") {
    const rec = v as Record<string, unknown>;
    return `{${Object.keys(rec).sort().map((k) => `${k}:${valueKey(rec[k])}`).join(",")}}`;
  }
  return JSON.stringify(v) ?? "undefined";
}
