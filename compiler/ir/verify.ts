// The IR verifier: re-derives every invariant the builder guarantees, so a pass that edits a
// graph by hand (or a bug in one) is caught right after the pass, not in a backend. Tests
// run it after every pass. It reports every problem it finds instead of stopping at the first.
import type { Graph, Node } from "./ir.ts";
import { fmtType, inferType, sameShape, type TensorType } from "./infer.ts";

/** Every invariant violation in `g`, one message each; an empty list means the graph is valid. */
export function verifyGraph(g: Graph): string[] {
  const errors: string[] = [];
  if (g.spans.length > g.nodes.length) {
    errors.push(`spans has ${g.spans.length} entries for ${g.nodes.length} nodes`);
  }
  const paramNames = new Map<string, number>();
  const inputNodes = new Map<number, string>();
  g.nodes.forEach((n, i) => {
    const where = `node %${i} (${n?.attrs?.op ?? "?"})`;
    if (!n || typeof n !== "object" || !n.attrs) {
      errors.push(`node %${i} is missing or has no attrs`);
      return;
    }
    if (n.id !== i) errors.push(`${where}: id is ${n.id}, expected its index ${i}`);
    const bad = n.inputs.filter((x) => !Number.isInteger(x) || x < 0 || x >= i);
    if (bad.length > 0) {
      errors.push(`${where}: input(s) ${bad.map((x) => `%${x}`).join(", ")} do not refer to an earlier node`);
      return;
    }
    if (n.attrs.op === "param") {
      const prev = paramNames.get(n.attrs.name);
      if (prev !== undefined) errors.push(`${where}: param name "${n.attrs.name}" is also used by %${prev}`);
      else paramNames.set(n.attrs.name, i);
    }
    if (n.attrs.op === "input") inputNodes.set(i, n.attrs.name);
    checkType(n, g.nodes, where, errors);
  });
  checkInputs(g, inputNodes, errors);
  checkNames("output", g.outputs.map((o) => o.name), errors);
  for (const o of g.outputs) {
    if (!Number.isInteger(o.node) || o.node < 0 || o.node >= g.nodes.length) {
      errors.push(`output "${o.name}" refers to %${o.node}, which does not exist`);
    }
  }
  return errors;
}

function checkType(n: Node, nodes: readonly Node[], where: string, errors: string[]): void {
  const declared: TensorType = { dtype: n.dtype, shape: n.shape };
  let t: TensorType;
  try {
    t = inferType(n.attrs, n.inputs.map((x) => nodes[x]), declared);
  } catch (e) {
    errors.push(`${where}: ${e instanceof Error ? e.message : String(e)}`);
    return;
  }
  if (t.dtype !== n.dtype || !sameShape(t.shape, n.shape)) {
    errors.push(`${where}: recorded type ${fmtType(declared)} but its op and inputs give ${fmtType(t)}`);
  }
}

function checkInputs(g: Graph, inputNodes: Map<number, string>, errors: string[]): void {
  checkNames("input", g.inputs.map((v) => v.name), errors);
  const listed = new Set<number>();
  for (const v of g.inputs) {
    const name = inputNodes.get(v.node);
    if (name === undefined) errors.push(`graph input "${v.name}" refers to %${v.node}, which is not an input node`);
    else if (name !== v.name) errors.push(`graph input "${v.name}" refers to %${v.node}, an input named "${name}"`);
    listed.add(v.node);
  }
  for (const [id, name] of inputNodes) {
    if (!listed.has(id)) errors.push(`input node %${id} ("${name}") is not listed in the graph inputs`);
  }
}

function checkNames(kind: string, names: readonly string[], errors: string[]): void {
  const seen = new Set<string>();
  for (const name of names) {
    if (typeof name !== "string" || name === "") errors.push(`${kind} has an empty name`);
    else if (seen.has(name)) errors.push(`${kind} name "${name}" is used more than once`);
    seen.add(name);
  }
}
