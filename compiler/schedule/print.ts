// The schedule's stable text form, for golden files and `dlc graph`: one line per buffer and
// per kernel, then each kernel's values. Only the schedule is printed (no memory offsets), so
// the text is the same for every target.
import { fmtShape } from "../ir/infer.ts";
import type { Kernel, LoopBody, LoopValue, Schedule } from "./schedule.ts";
import type { View } from "./view.ts";

function fmtView(v: View): string {
  return `${fmtShape(v.shape)}/${fmtShape(v.strides)}${v.offset ? `+${v.offset}` : ""}`;
}

function fmtValue(v: LoopValue, i: number): string {
  switch (v.k) {
    case "load":
      return `v${i} = load b${v.buf} ${fmtView(v.view)}`;
    case "gather":
      return `v${i} = gather b${v.buf} ${fmtView(v.view)} index=v${v.index} stride=${v.stride} size=${v.size}`;
    case "const":
      return `v${i} = ${v.dtype} ${v.value}`;
    case "iota":
      return `v${i} = iota axis=${v.axis}`;
    case "op":
      return `v${i} = ${v.attrs.op}${"to" in v.attrs ? `<${v.attrs.to}>` : ""} ${v.args.map((a) => `v${a}`).join(", ")}  ; %${v.node}`;
    case "reduce":
      return `v${i} = ${v.op} v${v.arg}  ; %${v.node}`;
    case "acc":
      return `v${i} = acc`;
  }
}

function fmtBody(b: LoopBody): string[] {
  const lines = [`  domain ${fmtShape(b.domain)} inner ${b.inner}`];
  b.values.forEach((v, i) => lines.push(`  ${fmtValue(v, i)}`));
  lines.push(`  store v${b.store.value} ${fmtView(b.store.view)}`);
  return lines;
}

function fmtKernel(k: Kernel): string[] {
  const head = `${k.name}: ${k.phase === "weights" ? "weights " : ""}${k.kind} nodes ${k.nodes.map((n) => `%${n}`).join(" ")} reads ${k.reads.map((b) => `b${b}`).join(" ") || "-"} -> b${k.output}`;
  switch (k.kind) {
    case "loop":
      return [head, ...fmtBody(k.body)];
    case "matmul":
      return [head, `  a b${k.a.buf} ${fmtView(k.a.view)}`, `  b b${k.b.buf} ${fmtView(k.b.view)}`, ...fmtBody(k.body)];
    case "conv2d":
      return [head, `  x b${k.x} w b${k.w}`, ...fmtBody(k.body)];
    case "opaque":
      return [head];
  }
}

export function printSchedule(s: Schedule): string {
  const lines: string[] = [];
  for (const b of s.buffers) {
    const alias = b.alias ? ` = b${b.alias.of}[${fmtView(b.alias.view)}]` : "";
    lines.push(`b${b.id}: ${b.dtype}${fmtShape(b.shape)} ${b.role}${b.name !== undefined ? ` ${JSON.stringify(b.name)}` : ""} (%${b.node})${alias}`);
  }
  for (const k of s.kernels) lines.push(...fmtKernel(k));
  return lines.join("\n") + "\n";
}
