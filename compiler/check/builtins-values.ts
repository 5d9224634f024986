// Built-ins that make compile-time values rather than tensors: graph generators, randwire,
// optimizers, checkpoint policies and pipelines. Range checks give E0701 / E0804–E0806.
import { type GraphSpec, validateGraphSpec } from "../graphgen/index.ts";
import type { CallExpr } from "../syntax/ast.ts";
import type { BuiltinGroup, RuleCtx } from "./builtins.ts";
import type { DiagnosticCode } from "../diagnostics/catalogue.ts";
import { numValue } from "./elementwise.ts";
import { randwireInstance } from "./instances.ts";
import { report } from "./report.ts";
import { ERROR, type Ty, UNKNOWN } from "./types.ts";

function num(cx: RuleCtx, n: string): number | undefined {
  const a = cx.args.get(n);
  return a ? numValue(a.ty) : undefined;
}

/** Constant numeric arguments by name; reports E0306 for any that is not known. */
function constants(cx: RuleCtx, names: string[]): Record<string, number> | undefined {
  const out: Record<string, number> = {};
  for (const n of names) {
    const a = cx.args.get(n);
    if (!a) continue;
    const v = numValue(a.ty);
    if (v === undefined) {
      report(cx.env, "E0306", a.span, `\`${n}\` of \`${cx.name}\` must be a constant`, { primaryLabel: "not known at compile time" });
      return undefined;
    }
    out[n] = v;
  }
  return out;
}

function generator(cx: RuleCtx): Ty {
  const names = cx.name === "er" ? ["nodes", "p", "seed"] : cx.name === "ba" ? ["nodes", "m", "seed"] : ["nodes", "k", "p", "seed"];
  // Symbolic arguments in a generic body: checked when the layer is instantiated.
  const symbolic = names.some((n) => {
    const a = cx.args.get(n);
    return a !== undefined && a.ty.k === "int" && a.ty.value !== undefined && numValue(a.ty) === undefined;
  });
  if (symbolic && !cx.env.concrete) return UNKNOWN;
  const c = constants(cx, names);
  if (!c) return ERROR;
  const spec = { kind: cx.name, ...c } as GraphSpec;
  const problem = validateGraphSpec(spec);
  if (problem) {
    report(cx.env, "E0701", cx.span, problem, { primaryLabel: "invalid graph generator arguments" });
    return ERROR;
  }
  return { k: "generator", spec: { kind: spec.kind, args: c, span: cx.span } };
}

function rangeCheck(cx: RuleCtx, code: DiagnosticCode, n: string, ok: (v: number) => boolean, range: string): boolean {
  const v = num(cx, n);
  if (v === undefined || ok(v)) return true;
  report(cx.env, code, cx.args.get(n)?.span ?? cx.span, `\`${n}\` of \`${cx.name}\` must be ${range}, got ${v}`, { primaryLabel: `expected ${range}` });
  return false;
}

function optimizer(cx: RuleCtx): Ty {
  const E = "E0804";
  const checks = [
    rangeCheck(cx, E, "lr", (v) => v > 0, "positive"),
    rangeCheck(cx, E, "momentum", (v) => v >= 0 && v < 1, "in [0, 1)"),
    rangeCheck(cx, E, "weight_decay", (v) => v >= 0, "at least 0"),
    rangeCheck(cx, E, "beta1", (v) => v >= 0 && v < 1, "in [0, 1)"),
    rangeCheck(cx, E, "beta2", (v) => v >= 0 && v < 1, "in [0, 1)"),
    rangeCheck(cx, E, "eps", (v) => v > 0, "positive"),
  ];
  if (checks.includes(false)) return ERROR;
  const c = constants(cx, [...cx.args.keys()]);
  if (!c) return ERROR;
  return { k: "setting", setting: "optimizer", name: cx.name, args: c };
}

function budget(cx: RuleCtx): Ty {
  const a = cx.args.get("bytes")!;
  const bytes = a.ty.k === "size" ? a.ty.bytes : undefined;
  if (bytes === undefined || bytes <= 0) {
    report(cx.env, "E0805", a.span, "a checkpoint budget must be a positive size, like `64 MiB`");
    return ERROR;
  }
  return { k: "setting", setting: "checkpoint", name: "budget", args: { bytes } };
}

function stages(cx: RuleCtx): Ty {
  const E = "E0806";
  const whole = (v: number) => Number.isInteger(v) && v >= 1;
  if (!rangeCheck(cx, E, "count", whole, "an integer of at least 1") || !rangeCheck(cx, E, "microbatches", whole, "an integer of at least 1")) return ERROR;
  const sched = cx.args.get("schedule");
  let schedule = "gpipe";
  if (sched) {
    if (sched.ty.k !== "setting" || sched.ty.setting !== "schedule") {
      report(cx.env, E, sched.span, "the pipeline schedule must be `gpipe` or `1f1b`", { primaryLabel: "not a schedule" });
      return ERROR;
    }
    schedule = sched.ty.name;
  }
  const c = constants(cx, ["count", "microbatches"]);
  if (!c) return ERROR;
  return { k: "setting", setting: "pipeline", name: "stages", args: { microbatches: 1, ...c, schedule } };
}

export function valueRule(cx: RuleCtx, group: BuiltinGroup, call: CallExpr): Ty {
  switch (group) {
    case "generator":
      return generator(cx);
    case "randwire":
      return randwireInstance(cx.env, cx.args.get("graph")!, cx.args.get("node")!, call);
    case "optimizer":
      return optimizer(cx);
    case "checkpoint":
      return budget(cx);
    case "pipeline":
      return stages(cx);
    default:
      return ERROR;
  }
}
