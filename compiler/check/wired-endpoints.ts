// Endpoints of wired connections — `x[0]`, `h[-1]`, `h[1:3]`, `h[::2]`, `h` — resolved to the
// members (input columns or neuron indices) of one group. Indices follow tensor indexing:
// negative ones count from the end; slices are start:end:step with a positive step. Unlike
// Python, an out-of-range bound or an empty slice is an error, never silently clamped: in a
// hand-wired graph it is always a mistake.
import { diag, type Diagnostic } from "../diagnostics/diagnostic.ts";
import type { Endpoint, Expr, IndexItem, SliceItem } from "../syntax/ast.ts";
import type { Span } from "../source.ts";
import { type Group, type Groups, groupSuggestion } from "./wired-groups.ts";
import type { WiredContext } from "./wired.ts";

export type Side = "from" | "to";

/** Members start, start + step, … (count of them): columns of an input or neuron indices, ascending. */
export interface Members {
  start: number;
  step: number;
  count: number;
}

export interface ResolvedEndpoint {
  group: Group;
  /** Kept as a progression, not a list: `x` may name millions of columns before the edge limit is checked. */
  members: Members;
}

export function memberAt(m: Members, k: number): number {
  return m.start + k * m.step;
}

/** Resolves an endpoint, reporting what is wrong with it; undefined when it cannot be used. */
export function resolveEndpoint(ep: Endpoint, side: Side, groups: Groups, ctx: WiredContext, out: Diagnostic[]): ResolvedEndpoint | undefined {
  const name = ep.name.name;
  const group = groups.byName.get(name);
  if (!group) {
    const guess = groupSuggestion(groups, name);
    out.push(
      diag("E0201", ep.name.span, `unknown input or neuron group \`${name}\``, {
        primaryLabel: "not declared in this wired graph",
        hint: guess ? `did you mean \`${guess}\`?` : "declare it with `input`, `neuron` or `output` before connecting it",
      }),
    );
    return undefined;
  }
  if (side === "to" && group.role === "input") {
    out.push(
      diag("E0606", ep.span, `cannot connect into input \`${name}\`: inputs only feed neurons`, {
        primaryLabel: "an input cannot be a destination",
        labels: [{ span: group.decl.name.span, message: "declared as an input here" }],
      }),
    );
    return undefined;
  }
  if (side === "from" && group.role === "output") {
    out.push(
      diag("E0606", ep.span, `output group \`${name}\` cannot feed other neurons: outputs are the graph's sinks`, {
        primaryLabel: "an output cannot be a source",
        labels: [{ span: group.decl.name.span, message: "declared as an output here" }],
        hint: "declare a hidden `neuron` group for values that feed other neurons, and connect it to the output too",
      }),
    );
    return undefined;
  }
  // A broken declaration was reported where it is; its members are unknown, so stay quiet.
  if (group.size === undefined) return undefined;
  const size = group.size;
  if (ep.index === undefined) return { group, members: { start: 0, step: 1, count: size } };
  const r = new IndexResolver(group, size, ctx, out);
  const members = isSlice(ep.index) ? r.slice(ep.index) : r.single(ep.index);
  return members ? { group, members } : undefined;
}

function isSlice(item: IndexItem): item is SliceItem {
  return item.kind === "Slice";
}

class IndexResolver {
  constructor(
    readonly group: Group,
    readonly size: number,
    readonly ctx: WiredContext,
    readonly out: Diagnostic[],
  ) {}

  single(e: Expr): Members | undefined {
    const v = this.constant(e, "an index");
    if (v === undefined) return undefined;
    const i = v < 0 ? v + this.size : v;
    if (i < 0 || i >= this.size) {
      this.outOfRange(e.span, `index ${v} is out of range: ${this.sizeText()} (${v < 0 ? `-${this.size} to -1 from the end` : `0 to ${this.size - 1}`})`, `no ${this.unit()} ${v}`);
      return undefined;
    }
    return { start: i, step: 1, count: 1 };
  }

  slice(s: SliceItem): Members | undefined {
    const start = s.start ? this.constant(s.start, "a slice bound") : 0;
    const end = s.end ? this.constant(s.end, "a slice bound") : this.size;
    const step = s.step ? this.constant(s.step, "a slice step") : 1;
    if (start === undefined || end === undefined || step === undefined) return undefined;
    if (step < 1) {
      this.out.push(
        diag("E0601", s.step!.span, `a slice step must be positive, found ${step}`, {
          primaryLabel: "step must be ≥ 1",
          hint: "to select neurons in reverse, list them: order within an endpoint does not matter",
        }),
      );
      return undefined;
    }
    const lo = this.bound(start, s.start);
    const hi = this.bound(end, s.end);
    if (lo === undefined || hi === undefined) return undefined;
    if (lo >= hi) {
      this.outOfRange(s.span, `the slice ${this.group.name}[${sliceText(start, end, s)}] selects no ${this.unit()}s`, "empty slice");
      return undefined;
    }
    return { start: lo, step, count: Math.ceil((hi - lo) / step) };
  }

  /** A slice bound normalised to [0, size], or undefined after reporting it out of range. */
  private bound(v: number, e: Expr | undefined): number | undefined {
    const b = v < 0 ? v + this.size : v;
    if (b >= 0 && b <= this.size) return b;
    // Defaults (0 and size) are always in range, so `e` is present here.
    this.outOfRange(e!.span, `slice bound ${v} is out of range: ${this.sizeText()} (${v < 0 ? `-${this.size} to -1 from the end` : `bounds 0 to ${this.size}`})`, "out of range");
    return undefined;
  }

  private constant(e: Expr, what: string): number | undefined {
    const v = this.ctx.constInt(e);
    if (v !== undefined && Number.isInteger(v)) return v;
    this.out.push(
      diag("E0306", e.span, `${what} of \`${this.group.name}\` must be a constant integer`, {
        primaryLabel: "not a constant integer",
        hint: "connections are fixed when the graph is compiled: write a number or a top-level integer constant",
      }),
    );
    return undefined;
  }

  private outOfRange(span: Span, message: string, label: string): void {
    this.out.push(
      diag("E0601", span, message, {
        primaryLabel: label,
        labels: [{ span: this.group.decl.span, message: `\`${this.group.name}\` declared with ${this.sizeText(false)}` }],
      }),
    );
  }

  private unit(): string {
    return this.group.role === "input" ? "column" : "neuron";
  }

  private sizeText(withName = true): string {
    const n = `${this.size} ${this.unit()}${this.size === 1 ? "" : "s"}`;
    return withName ? `\`${this.group.name}\` has ${n}` : n;
  }
}

function sliceText(start: number, end: number, s: SliceItem): string {
  return `${s.start ? start : ""}:${s.end ? end : ""}`;
}
