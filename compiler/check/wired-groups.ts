// The declarations of a `wired` graph: inputs (`input x: f32[B, 4]`) and neuron groups
// (`neuron h[3]: relu`, `output y[2]: linear`), checked and numbered before any connection is
// looked at, so connections can be resolved against known group sizes.
import { diag, type Diagnostic } from "../diagnostics/diagnostic.ts";
import { closest } from "./scope.ts";
import type { InputDecl, NeuronDecl, WiredDecl } from "../syntax/ast.ts";
import type { TensorInfo } from "./result.ts";
import type { WiredContext } from "./wired.ts";

/** Total neurons a wired graph may have: keeps the checker's per-neuron tables small. */
export const MAX_NEURONS = 1 << 18;
/** Input columns of a whole graph: tape slots must fit the lowering's 32-bit gather indices with room to spare. */
export const MAX_INPUT_COLUMNS = 1 << 24;

export interface Group {
  name: string;
  role: "input" | "hidden" | "output";
  decl: InputDecl | NeuronDecl;
  /** Columns (inputs) or neurons; undefined when the declaration is broken (already reported). */
  size: number | undefined;
  /** Inputs: tape slot of column 0. Neuron groups: global id of neuron 0. Set when size is. */
  base: number;
  activation: string;
}

export interface Groups {
  byName: Map<string, Group>;
  inputs: Group[];
  /** Hidden and output groups in declaration order, including broken ones. */
  neuronGroups: Group[];
  inputInfos: TensorInfo[];
  /** Batch dimension shared by the inputs (first input's), for output shapes. */
  batch: number | string;
  /** Sum of valid input widths: the first neuron's tape slot. */
  inputWidth: number;
  /** Sum of valid neuron group sizes. */
  neuronCount: number;
}

const NON_TENSOR_TYPES = new Set(["int", "Dim", "float", "bool", "Layer"]);

export function collectGroups(decl: WiredDecl, ctx: WiredContext, out: Diagnostic[]): Groups {
  const g: Groups = { byName: new Map(), inputs: [], neuronGroups: [], inputInfos: [], batch: "B", inputWidth: 0, neuronCount: 0 };
  let batchFrom: InputDecl | undefined;
  for (const item of decl.items) {
    if (item.kind === "Connect") continue;
    const name = item.name.name;
    const earlier = g.byName.get(name);
    if (earlier) {
      out.push(
        diag("E0202", item.name.span, `\`${name}\` is declared twice in wired graph \`${decl.name.name}\``, {
          primaryLabel: "declared again here",
          labels: [{ span: earlier.decl.name.span, message: "first declared here" }],
          hint: "give each input and neuron group its own name",
        }),
      );
    }
    // A redeclaration is still checked (its own mistakes are worth reporting), but it takes no
    // columns, neurons or parameters: every reference means the first declaration.
    if (item.kind === "Input") {
      const group: Group = { name, role: "input", decl: item, size: undefined, base: 0, activation: "" };
      const checked = checkInput(item, ctx, g.inputWidth, out);
      if (earlier) continue;
      if (checked) {
        g.inputInfos.push({ name, shape: checked.shape, dtype: "f32" });
        if (batchFrom === undefined) {
          batchFrom = item;
          g.batch = checked.shape[0];
        } else if (checked.shape[0] !== g.batch) {
          out.push(
            diag("E0403", dimSpan(item, 0), `wired inputs must share one batch dimension: \`${name}\` has ${checked.shape[0]}, \`${batchFrom.name.name}\` has ${g.batch}`, {
              primaryLabel: `batch dimension ${checked.shape[0]}`,
              labels: [{ span: dimSpan(batchFrom, 0), message: `batch dimension ${g.batch}` }],
            }),
          );
        }
        group.size = checked.width;
        group.base = g.inputWidth;
        g.inputWidth += checked.width;
      }
      g.byName.set(name, group);
      g.inputs.push(group);
      continue;
    }
    const group: Group = {
      name,
      role: item.isOutput ? "output" : "hidden",
      decl: item,
      size: undefined,
      base: 0,
      activation: item.activation.name,
    };
    const size = checkCount(item, ctx, g.neuronCount, out);
    checkActivation(item, ctx, out);
    if (earlier) continue;
    if (size !== undefined) {
      group.size = size;
      group.base = g.neuronCount;
      g.neuronCount += size;
    }
    g.byName.set(name, group);
    g.neuronGroups.push(group);
  }
  return g;
}

/** An input's shape if it is a valid `f32[batch, n]`; otherwise reports why (unless already reported). */
function checkInput(item: InputDecl, ctx: WiredContext, columnsSoFar: number, out: Diagnostic[]): { shape: (number | string)[]; width: number } | undefined {
  const t = item.type;
  const name = item.name.name;
  const example = `e.g. \`input ${name}: f32[B, 4]\``;
  if (t.kind === "NamedType" && NON_TENSOR_TYPES.has(t.name.name)) {
    out.push(
      diag("E0414", t.span, `wired input \`${name}\` must be a tensor \`f32[batch, columns]\`, found \`${t.name.name}\``, {
        primaryLabel: "not a tensor type",
        hint: example,
      }),
    );
    return undefined;
  }
  const variadic = t.kind === "TensorType" && t.dims.some((d) => d.kind === "DimVariadic");
  const resolved = ctx.inputType(t);
  if (variadic) {
    out.push(
      diag("E0402", t.span, `wired input \`${name}\` must have exactly two dimensions, [batch, columns]; \`..\` dimensions are not allowed`, {
        primaryLabel: "variadic dimension",
        hint: example,
      }),
    );
    return undefined;
  }
  if (!resolved) return undefined;
  if (resolved.dtype !== "f32") {
    out.push(
      diag("E0401", t.kind === "TensorType" ? t.dtype.span : t.span, `wired input \`${name}\` must be f32, found ${resolved.dtype}`, {
        primaryLabel: `${resolved.dtype}, not f32`,
        hint: "neurons compute in f32: cast the data before feeding it in",
      }),
    );
    return undefined;
  }
  if (resolved.shape.length !== 2) {
    out.push(
      diag("E0402", t.span, `wired input \`${name}\` must have exactly two dimensions, [batch, columns], found ${resolved.shape.length}`, {
        primaryLabel: `rank ${resolved.shape.length}`,
        hint: resolved.shape.length > 2 ? `flatten the data to [batch, columns] first; ${example}` : example,
      }),
    );
    return undefined;
  }
  const width = resolved.shape[1];
  if (typeof width !== "number") {
    out.push(
      diag("E0306", dimSpan(item, 1), `the column count of wired input \`${name}\` must be a constant, found \`${width}\``, {
        primaryLabel: "not a constant",
        hint: "connections name input columns by index, so their number must be known: write it as a number",
      }),
    );
    return undefined;
  }
  if (!Number.isInteger(width) || width < 1) {
    out.push(diag("E0409", dimSpan(item, 1), `wired input \`${name}\` must have at least one column, found ${width}`, { primaryLabel: "no columns" }));
    return undefined;
  }
  if (columnsSoFar + width > MAX_INPUT_COLUMNS) {
    out.push(
      diag("E0409", dimSpan(item, 1), `wired input \`${name}\` takes the graph past ${MAX_INPUT_COLUMNS} input columns, the most a wired graph may read`, {
        primaryLabel: "too many columns",
        hint: "for inputs this wide, use a `model` with dense layers instead",
      }),
    );
    return undefined;
  }
  return { shape: resolved.shape, width };
}

function checkCount(item: NeuronDecl, ctx: WiredContext, neuronsSoFar: number, out: Diagnostic[]): number | undefined {
  const what = item.isOutput ? "output group" : "neuron group";
  const value = ctx.constInt(item.count);
  const name = item.name.name;
  if (value === undefined || !Number.isInteger(value)) {
    out.push(
      diag("E0605", item.count.span, `the size of ${what} \`${name}\` must be a constant integer`, {
        primaryLabel: "not a constant integer",
        hint: `write a number, e.g. \`${item.isOutput ? "output" : "neuron"} ${name}[3]: ${item.activation.name}\`, or a constant declared at top level`,
      }),
    );
    return undefined;
  }
  if (value < 1) {
    out.push(diag("E0605", item.count.span, `${what} \`${name}\` must have at least one neuron, found ${value}`, { primaryLabel: `${value} neurons` }));
    return undefined;
  }
  if (neuronsSoFar + value > MAX_NEURONS) {
    out.push(
      diag("E0605", item.count.span, `${what} \`${name}\` takes the graph past ${MAX_NEURONS} neurons, the most a wired graph may have`, {
        primaryLabel: `${value} neurons`,
        hint: "for layers this wide, use a `model` with dense layers instead",
      }),
    );
    return undefined;
  }
  return value;
}

function checkActivation(item: NeuronDecl, ctx: WiredContext, out: Diagnostic[]): void {
  const act = item.activation.name;
  if (ctx.isActivation(act)) {
    if (act !== "linear") ctx.markUsed(act);
    return;
  }
  const guess = closest(act, ctx.activationCandidates());
  out.push(
    diag("E0604", item.activation.span, `\`${act}\` is not a known activation`, {
      primaryLabel: "unknown activation",
      hint: guess
        ? `did you mean \`${guess}\`?`
        : "use `linear` or a function in scope taking one f32[..S] and returning f32[..S] (e.g. `relu` from `use std.nn.{relu}`)",
    }),
  );
}

/** Span of dimension `i` of an input's written type, or the whole type when it has no such dim. */
function dimSpan(item: InputDecl, i: number) {
  const t = item.type;
  return t.kind === "TensorType" && t.dims[i] ? t.dims[i].span : t.span;
}

/** Groups the endpoint name could have meant, for did-you-mean hints. */
export function groupSuggestion(groups: Groups, name: string): string | undefined {
  return closest(name, groups.byName.keys());
}
