// The middle end's passes, in the order they run: this array is the one place that says so.
// runPipeline runs them over a Program, prints the IR after any of them on request, verifies
// the IR after each (a pass that breaks it is caught there, not in a backend), and turns a
// pass that throws into diagnostic E0902 naming the pass and, where known, the `.dl` span of
// the node it was working on. It never throws for a failing pass.
import { diag, type Diagnostic } from "../diagnostics/diagnostic.ts";
import { printGraph } from "../ir/print.ts";
import { verifyGraph } from "../ir/verify.ts";
import type { Span } from "../source.ts";
import { batchPass } from "./batch.ts";
import { csePass } from "./cse.ts";
import { dcePass } from "./dce.ts";
import { foldPass } from "./fold.ts";
import type { Pass, PassContext, Program } from "./program.ts";
import { PassNodeError } from "./rewrite.ts";
import { simplifyPass } from "./simplify.ts";

/**
 * simplify first, so that folding sees through removed identities; fold before cse, so that
 * equal folded constants merge; dce sweeps what the others orphaned (each rewrite already
 * drops its own dead nodes, so today it is a no-op kept as a checkpoint); batch reads the
 * final graph.
 */
export const PIPELINE: readonly Pass[] = [simplifyPass, foldPass, csePass, dcePass, batchPass];

export const PASS_NAMES: readonly string[] = PIPELINE.map((p) => p.name);

/** Not a pass: the program as lowering made it, before any pass ran (`--print-after lower`). */
export const LOWERED = "lower";

/** What `--print-after` and `--after` accept: "lower", a pass name, or (print only) "all". */
export function isPassPoint(name: string, allowAll: boolean): boolean {
  return name === LOWERED || PASS_NAMES.includes(name) || (allowAll && name === "all");
}

export interface PipelineOptions {
  /** "lower", a pass name, or "all": the IR printed after it goes to `print`. */
  printAfter?: string;
  print?: (pass: string, ir: string) => void;
  /** Stop after this pass ("lower": before the first). */
  stopAfter?: string;
  /** Verify the IR after every pass (default true; it is linear in the graph's size). */
  verify?: boolean;
  /** The passes to run instead of PIPELINE (tests). */
  passes?: readonly Pass[];
}

export interface PipelineResult {
  /** Absent when a pass failed; `diagnostics` then says which. */
  program?: Program;
  diagnostics: Diagnostic[];
}

export function runPipeline(program: Program, ctx: PassContext, options: PipelineOptions = {}): PipelineResult {
  const passes = options.passes ?? PIPELINE;
  const names = passes.map((p) => p.name);
  for (const [flag, name] of [["printAfter", options.printAfter], ["stopAfter", options.stopAfter]] as const) {
    if (name !== undefined && name !== LOWERED && !names.includes(name) && !(flag === "printAfter" && name === "all")) {
      throw new RangeError(`runPipeline: unknown pass "${name}" for ${flag} (the passes: ${[LOWERED, ...names].join(", ")})`);
    }
  }
  const print = (after: string, p: Program) => {
    if (options.print && (options.printAfter === after || options.printAfter === "all")) options.print(after, printGraph(p.graph, { sources: ctx.sources }));
  };
  print(LOWERED, program);
  if (options.stopAfter === LOWERED) return { program, diagnostics: [] };
  let current = program;
  for (const pass of passes) {
    let next: Program;
    try {
      next = pass.run(current, ctx);
    } catch (e) {
      return { diagnostics: [passFailed(pass.name, e, current, ctx)] };
    }
    if (options.verify !== false) {
      const problems = verifyGraph(next.graph);
      if (problems.length > 0) return { diagnostics: [unverifiable(pass.name, problems, next, ctx)] };
    }
    current = next;
    print(pass.name, current);
    if (options.stopAfter === pass.name) break;
  }
  return { program: current, diagnostics: [] };
}

const HINT = "this is a bug in dlc; please report it with the input that caused it";

function passFailed(pass: string, e: unknown, program: Program, ctx: PassContext): Diagnostic {
  // Only the message: a stack trace means nothing to whoever wrote the .dl file.
  const why = e instanceof Error ? e.message : String(e);
  const span = (e instanceof PassNodeError ? e.span : undefined) ?? fallbackSpan(program, ctx);
  return diag("E0902", span, `internal error in pass \`${pass}\`: ${why}`, { hint: HINT });
}

function unverifiable(pass: string, problems: string[], program: Program, ctx: PassContext): Diagnostic {
  // The verifier names nodes as `node %N`: point at the first one it names.
  const m = /%(\d+)/.exec(problems[0]!);
  const span = (m ? program.graph.spans[Number(m[1])] : undefined) ?? fallbackSpan(program, ctx);
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? "s" : ""})` : "";
  return diag("E0902", span, `internal error in pass \`${pass}\`: the IR it produced does not verify: ${problems[0]}${more}`, { hint: HINT });
}

function fallbackSpan(program: Program, ctx: PassContext): Span {
  const out = program.graph.outputs[0];
  return ctx.at ?? (out ? program.graph.spans[out.node] : undefined) ?? { file: [...ctx.sources.keys()][0] ?? "<input>", start: 0, end: 0 };
}
