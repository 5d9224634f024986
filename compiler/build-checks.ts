// What a build asks of a checked model, looked at before lowering builds anything: every free
// input dimension gets a size, every `--dim` names one, and the parameters fit the limit.
//
// The batch is one dimension name: the leading dimension of the first input whose leading
// dimension is symbolic (`B` in `input x: f32[B, 784]`), wherever that name occurs, plus a
// leading `_` of any input. `--batch N` sizes it. Every other symbolic dimension (`T` in
// `f32[B, T, 64]`, or `N` in a second input `f32[N, 4]`) must be given with `--dim T=SIZE`
// (E1003) rather than silently taking the batch size; `--dim` naming no input dimension is
// E1007. spec/diagnostics.md states the same rule.
import type { ModelInfo } from "./check/result.ts";
import { diag, type Diagnostic } from "./diagnostics/diagnostic.ts";
import { MAX_PARAMETER_ELEMENTS, formatCount } from "./limits.ts";
import type { LoadResult } from "./modules/types.ts";
import type { Span } from "./source.ts";

/** The batch dimension's name, or undefined when no input has a symbolic leading dimension. */
export function batchName(info: ModelInfo): string | undefined {
  for (const t of info.inputs) {
    const d = t.shape[0];
    if (typeof d === "string" && d !== "_") return d;
  }
  return undefined;
}

/** The first problem with building `info` for `dims`, or undefined when there is none. */
export function checkBuildRequest(load: LoadResult, info: ModelInfo, dims: Record<string, number>): Diagnostic | undefined {
  const batch = batchName(info);
  const free = new Set<string>();
  for (const t of info.inputs) {
    for (let axis = 0; axis < t.shape.length; axis++) {
      const d = t.shape[axis];
      if (typeof d !== "string") continue;
      free.add(d);
      if (d === batch || dims[d] !== undefined || (d === "_" && axis === 0)) continue;
      const span = dimSpan(load, info, t.name, axis);
      if (d === "_") {
        return diag("E1003", span, `dimension ${axis} of input \`${t.name}\` is a wildcard \`_\` and has no size`, {
          hint: "only the batch is sized by `--batch`; name this dimension (`T`) and give it with `--dim T=SIZE`",
        });
      }
      const why = batch === undefined ? "the model has no batch dimension" : `the batch is \`${batch}\`, the leading dimension of the first input`;
      return diag("E1003", span, `dimension \`${d}\` of input \`${t.name}\` has no size`, {
        hint: `${why}, sized by \`--batch\`; give this one with \`--dim ${d}=SIZE\``,
      });
    }
  }
  for (const name of Object.keys(dims)) {
    if (free.has(name)) continue;
    const known = [...free].filter((d) => d !== "_");
    return diag("E1007", info.span, `\`--dim ${name}=${dims[name]}\` names no dimension of an input of \`${info.name}\``, {
      hint: known.length > 0 ? `its inputs' free dimensions: ${known.join(", ")}` : "its inputs have no free dimensions",
    });
  }
  return parameterLimit(info);
}

/** E1104 when the parameters and state together hold more than MAX_PARAMETER_ELEMENTS elements. */
function parameterLimit(info: ModelInfo): Diagnostic | undefined {
  let total = 0;
  let largest = { name: "", size: 0 };
  for (const t of [...info.parameters, ...info.state]) {
    let size = 1;
    for (const d of t.shape) size *= typeof d === "number" ? d : 1;
    total += size;
    if (size > largest.size) largest = { name: t.name, size };
  }
  if (total <= MAX_PARAMETER_ELEMENTS) return undefined;
  return diag("E1104", info.span, `the parameters of \`${info.name}\` hold ${formatCount(total)} elements, over the limit of ${formatCount(MAX_PARAMETER_ELEMENTS)}`, {
    notes: [`the largest is \`${largest.name}\`, with ${formatCount(largest.size)} elements`],
  });
}

/** The span of dimension `axis` of input `input` in the model's declaration (else the input, else the model). */
function dimSpan(load: LoadResult, info: ModelInfo, input: string, axis: number): Span {
  const decl = load.modules.get(info.file)?.ast.decls.find((d) => (d.kind === "Model" || d.kind === "Wired") && d.name.name === info.name);
  const item = decl && "items" in decl
    ? (decl.items as { kind: string; name?: { name: string }; type?: { kind: string; dims?: { span: Span }[] }; span: Span }[])
      .find((i) => i.kind === "Input" && i.name?.name === input)
    : undefined;
  return item?.type?.dims?.[axis]?.span ?? item?.span ?? info.span;
}
