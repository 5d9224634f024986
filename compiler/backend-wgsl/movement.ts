// Data movement, one thread per output element. broadcast, transpose and slice are one
// strided read (each output axis walks the input with a baked-in stride from an offset);
// concat copies a run of inputs per kernel (as many as the binding limit allows); gather
// clamps out-of-range indices into range, as the WASM backend does; one_hot writes 0 or 1.
import type { Node } from "../ir/ir.ts";
import { numElements, strides } from "../ir/infer.ts";
import { constU32, flatWorkgroupSize, perElement, stridedOffset, u32Lit, type KernelCtx, type KernelParts } from "./shader.ts";

function stridedCopy(ctx: KernelCtx, src: Node, outStrides: readonly number[], offset: number, what: string): KernelParts {
  const shape = ctx.node.shape;
  const index = stridedOffset("i", shape, outStrides, "src_at", offset);
  return perElement(ctx, [{ name: "src", node: src.id, access: "read" }, { name: "out", node: ctx.node.id, access: "read_write" }], [],
    `// ${what}\n  ${index}\n  out[i] = src[src_at];`);
}

export function emitMovement(ctx: KernelCtx): KernelParts | KernelParts[] {
  const { node, graph } = ctx;
  const a = node.attrs;
  const x = graph.nodes[node.inputs[0]];
  const inStrides = strides(x.shape);
  switch (a.op) {
    case "broadcast": {
      const off = a.shape.length - x.shape.length;
      const st = a.shape.map((_, k) => (k < off || x.shape[k - off] === 1 ? 0 : inStrides[k - off]));
      return stridedCopy(ctx, x, st, 0, `broadcast [${x.shape.join(", ")}] to [${a.shape.join(", ")}]: stride 0 along repeated axes`);
    }
    case "transpose":
      return stridedCopy(ctx, x, a.perm.map((p) => inStrides[p]), 0, `transpose by [${a.perm.join(", ")}]`);
    case "slice": {
      const offset = a.starts.reduce((acc, s, k) => acc + s * inStrides[k], 0);
      return stridedCopy(ctx, x, a.steps.map((st, k) => st * inStrides[k]), offset,
        `slice starts [${a.starts.join(", ")}] steps [${a.steps.join(", ")}]`);
    }
    case "concat":
      return emitConcat(ctx, a.axis);
    case "gather":
      return emitGather(ctx, a.axis);
    case "one_hot": {
      const binds = [{ name: "indices", node: x.id, access: "read" as const }, { name: "out", node: node.id, access: "read_write" as const }];
      return perElement(ctx, binds, [constU32("DEPTH", a.depth)],
        "// Indices outside [0, DEPTH) match no k, giving a row of zeros.\n  let k = i32(i % DEPTH);\n  out[i] = select(0.0, 1.0, indices[i / DEPTH] == k);");
    }
    default:
      throw new Error(`internal: ${a.op} is not a movement op`);
  }
}

/**
 * One kernel per run of inputs: its threads cover the output columns [start, end) of that run
 * along the axis, so each kernel binds only its own inputs plus the output.
 */
function emitConcat(ctx: KernelCtx, axis: number): KernelParts[] {
  const { node, graph } = ctx;
  const ins = node.inputs.map((i) => graph.nodes[i]);
  const outer = numElements(node.shape.slice(0, axis));
  const inner = numElements(node.shape.slice(axis + 1));
  const total = node.shape[axis];
  const perKernel = Math.max(1, ctx.limits.maxStorageBuffersPerShaderStage - 1);
  const parts: KernelParts[] = [];
  let col = 0;
  for (let first = 0; first < ins.length; first += perKernel) {
    const run = ins.slice(first, first + perKernel);
    const width = run.reduce((acc, t) => acc + t.shape[axis], 0);
    const n = outer * width * inner;
    const wgs = flatWorkgroupSize(ctx.limits);
    const lines: string[] = [];
    let start = 0;
    run.forEach((t, k) => {
      const len = t.shape[axis];
      const cond = k === run.length - 1 ? "" : `if (c < ${u32Lit(start + len)}) `;
      lines.push(`${k === 0 ? "" : "} else "}${cond}{ out[dst] = part${first + k}[(o * ${u32Lit(len)} + c - ${u32Lit(start)}) * INNER + j];`);
      start += len;
    });
    lines.push("}");
    parts.push({
      bindings: [...run.map((t, k) => ({ name: `part${first + k}`, node: t.id, access: "read" as const })), { name: "out", node: node.id, access: "read_write" as const }],
      decls: [constU32("N", n), constU32("WIDTH", width), constU32("INNER", inner), constU32("COL_START", col), constU32("TOTAL", total)],
      workgroupSize: [wgs, 1],
      body: [
        `// inputs ${first}..${first + run.length - 1} fill columns [COL_START, COL_START + WIDTH) of axis ${axis}`,
        `let i = wg * ${u32Lit(wgs)} + lidx;`,
        "if (i >= N) { return; }",
        "let j = i % INNER;",
        "let c = (i / INNER) % WIDTH;",
        "let o = i / (INNER * WIDTH);",
        "let dst = (o * TOTAL + COL_START + c) * INNER + j;",
        ...lines,
      ].join("\n  "),
      workgroups: Math.ceil(n / wgs),
    });
    col += width;
  }
  return parts;
}

function emitGather(ctx: KernelCtx, axis: number): KernelParts {
  const { node, graph } = ctx;
  const [x, idx] = node.inputs.map((i) => graph.nodes[i]);
  const size = x.shape[axis];
  const inner = numElements(x.shape.slice(axis + 1));
  const count = numElements(idx.shape);
  const binds = [{ name: "src", node: x.id, access: "read" as const }, { name: "indices", node: idx.id, access: "read" as const },
    { name: "out", node: node.id, access: "read_write" as const }];
  return perElement(ctx, binds, [constU32("SIZE", size), constU32("INNER", inner), constU32("COUNT", count)], [
    "let j = i % INNER;",
    "let n = (i / INNER) % COUNT;",
    "let o = i / (INNER * COUNT);",
    "// Out-of-range indices are clamped into [0, SIZE).",
    `let k = u32(clamp(indices[n], 0i, ${size > 0 ? `${size - 1}i` : "0i"}));`,
    "out[i] = src[(o * SIZE + k) * INNER + j];",
  ].join("\n  "));
}
