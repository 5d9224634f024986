// What `dlc inspect` prints: a model's interface as JSON for tools or as a table for people.
import type { ModelInfo, TensorInfo } from "../compiler/check/result.ts";

export interface InspectJson {
  inputs: TensorJson[];
  outputs: TensorJson[];
  parameters: TensorJson[];
  parameterCount: number;
  state?: TensorJson[];
}

interface TensorJson {
  name: string;
  shape: (number | string)[];
  dtype: string;
}

const tensor = (t: TensorInfo): TensorJson => ({ name: t.name, shape: [...t.shape], dtype: t.dtype });

export function inspectJson(model: ModelInfo): InspectJson {
  const out: InspectJson = {
    inputs: model.inputs.map(tensor),
    outputs: model.outputs.map(tensor),
    parameters: model.parameters.map(tensor),
    parameterCount: model.parameterCount,
  };
  if (model.state.length > 0) out.state = model.state.map(tensor);
  return out;
}

export function typeText(t: TensorInfo): string {
  return `${t.dtype}[${t.shape.join(", ")}]`;
}

/** 1234567 → "1,234,567" (fixed format, not the machine's locale, so output is reproducible). */
export function groupDigits(n: number): string {
  const s = String(Math.trunc(Math.abs(n)));
  const grouped = s.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return n < 0 ? "-" + grouped : grouped;
}

/** Number of elements when every dimension is known, else undefined. */
function elementCount(t: TensorInfo): number | undefined {
  let n = 1;
  for (const d of t.shape) {
    if (typeof d !== "number") return undefined;
    n *= d;
  }
  return n;
}

export function inspectText(model: ModelInfo): string {
  const sections: [string, TensorInfo[], boolean][] = [
    ["inputs", model.inputs, false],
    ["outputs", model.outputs, false],
    ["parameters", model.parameters, true],
  ];
  if (model.state.length > 0) sections.push(["state", model.state, true]);
  const all = sections.flatMap(([, ts]) => ts);
  // reduce, not Math.max(...xs): a model with 200,000 parameter tensors would overflow the stack.
  const nameWidth = all.reduce((w, t) => Math.max(w, t.name.length), 4);
  const typeWidth = all.reduce((w, t) => Math.max(w, typeText(t).length), 4);

  const lines = [`${model.kind} ${model.name}  (${model.file})`];
  for (const [title, tensors, counted] of sections) {
    lines.push("");
    if (counted) {
      const total = tensors.reduce((s, t) => s + (elementCount(t) ?? 0), 0);
      const what = title === "parameters" ? groupDigits(model.parameterCount) : groupDigits(total);
      lines.push(`${title} (${tensors.length}, ${what} values)`);
    } else {
      lines.push(`${title} (${tensors.length})`);
    }
    for (const t of tensors) {
      const n = elementCount(t);
      const count = counted && n !== undefined ? "  " + groupDigits(n).padStart(12) : "";
      lines.push(`  ${t.name.padEnd(nameWidth)}  ${typeText(t).padEnd(typeWidth)}${count}`.trimEnd());
    }
    if (tensors.length === 0) lines.push("  (none)");
  }
  return lines.join("\n") + "\n";
}
