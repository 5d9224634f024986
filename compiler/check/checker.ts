// Entry point of the type and shape checker: walks every module in dependency order, checks
// each declaration once (lazily: a use checks what it uses first), and collects diagnostics and
// the ModelInfo of every model and wired graph in the entry files. Never throws.
import { type Diagnostic, diag, sortDiagnostics } from "../diagnostics/diagnostic.ts";
import type { LoadResult } from "../modules/types.ts";
import type { Decl } from "../syntax/ast.ts";
import { CheckerState, type ModelArgs, type Semantic } from "./context.ts";
import { type ModelScope, checkModel, checkTrain, constValueOf, fnSigOf } from "./decls.ts";
import { checkLayerGeneric } from "./instances.ts";
import type { CheckResult, ModelInfo, TrainInfo } from "./result.ts";
import { type ModuleCtx, type TopEntry, buildModules, unusedImports } from "./scope.ts";
import { checkWiredDecl } from "./wired-bridge.ts";
import { limitDiagnostic } from "../limits.ts";

export interface CheckOptions {
  /** Exported names of standard-library modules (`std.nn` → [...]), for "`X` is in std.nn" hints about modules not imported. */
  stdIndex?: Record<string, string[]>;
  /**
   * Check one model with these parameter values instead of its defaults (lowering with
   * LowerOptions.args re-checks so, so that every name and shape it uses is the checker's).
   */
  modelArgs?: ModelArgs;
}

export type CheckOutput = CheckResult;

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

class ProgramChecker {
  readonly models = new Map<object, ModelInfo>();
  readonly trains: TrainInfo[] = [];
  constructor(readonly c: CheckerState) {}

  modelScope = (e: TopEntry): ModelScope | undefined => {
    if (e.kind === "model" || e.kind === "wired") this.model(e);
    return this.c.modelScopes.get(e.decl);
  };

  model(e: TopEntry & { kind: "model" | "wired" }): ModelInfo {
    let info = this.models.get(e.decl);
    if (!info) {
      info = e.kind === "model" ? checkModel(this.c, e) : checkWiredDecl(this.c, e);
      this.models.set(e.decl, info);
      this.c.semantic.models.set(e.decl, info);
    }
    return info;
  }

  decl(m: ModuleCtx, d: Decl): ModelInfo | undefined {
    const c = this.c;
    const entryOf = (name: string | undefined) => (name === undefined ? undefined : m.top.get(name));
    switch (d.kind) {
      case "Fn": {
        const e = entryOf(d.name?.name);
        if (e?.kind === "fn" && e.decl === d) fnSigOf(c, { decl: d, name: e.name.name, module: m.path });
        return undefined;
      }
      case "Layer": {
        const e = entryOf(d.name.name);
        if (e?.kind === "layer" && e.decl === d) checkLayerGeneric(c, { decl: d, name: e.name.name, module: m.path });
        return undefined;
      }
      case "Const": {
        const e = entryOf(d.name.name);
        if (e?.kind === "const" && e.decl === d) constValueOf(c, e);
        return undefined;
      }
      case "Model":
      case "Wired": {
        const e = entryOf(d.name.name);
        if ((e?.kind === "model" || e?.kind === "wired") && e.decl === d) return this.model(e);
        return undefined;
      }
      case "Train": {
        const info = checkTrain(c, m, d, this.modelScope);
        if (info) this.trains.push(info);
        return undefined;
      }
      case "Use":
        return undefined;
    }
  }
}

export function checkProgram(load: LoadResult, options: CheckOptions = {}): CheckOutput {
  const diagnostics: Diagnostic[] = [];
  const models: ModelInfo[] = [];
  const trains: TrainInfo[] = [];
  let semantic: Semantic | undefined;
  try {
    const modules = buildModules(load, diagnostics);
    const c = new CheckerState(load, modules, new Map(Object.entries(options.stdIndex ?? {})), options.modelArgs);
    semantic = c.semantic;
    droppedNames(load, c.dropped);
    const pc = new ProgramChecker(c);
    const entries = new Set(load.entries);
    for (const m of modules.values()) {
      const found: ModelInfo[] = [];
      for (const d of dependencyOrder(m)) {
        try {
          const info = pc.decl(m, d);
          if (info && entries.has(m.path)) found.push(info);
        } catch (e) {
          const limit = limitDiagnostic(e, d.span);
          if (limit) c.diagnostics.push(limit);
          else c.diagnostics.push(diag("E0901", d.span, `internal error in the checker: ${errorText(e)}`, { hint: "please report this with the input that caused it" }));
        }
      }
      // Declaration order, whatever order the dependencies made us check them in.
      for (const info of found.sort((a, b) => a.span.start - b.span.start)) models.push(info);
    }
    // Train blocks of the entry files, in declaration order, once the whole program is clean.
    if (!c.diagnostics.some((d) => d.severity === "error"))
      for (const path of load.entries) for (const t of pc.trains.filter((t) => t.file === path).sort((a, b) => a.span.start - b.span.start)) trains.push(t);
    for (const m of modules.values()) unusedImports(m, c.diagnostics);
    // Warnings about the standard library are not the user's business; errors there are our bugs.
    const std = new Set([...modules.values()].filter((m) => m.isStd).map((m) => m.path));
    for (const d of c.diagnostics) if (!(d.severity === "warning" && std.has(d.span.file))) diagnostics.push(d);
  } catch (e) {
    const file = load.entries[0] ?? "<input>";
    diagnostics.push(diag("E0901", { file, start: 0, end: 0 }, `internal error in the checker: ${errorText(e)}`, { hint: "please report this with the input that caused it" }));
  }
  return { diagnostics: dedupe(sortDiagnostics(diagnostics)), models, trains, ...(semantic ? { semantic } : {}) };
}

/**
 * A module's declarations, each after the same-module declarations it names. Uses are checked
 * lazily anyway; checking callees first keeps that laziness from nesting one stack level per
 * link of a long call chain (`g1000` calls `g999` ... written top-down). Declarations that
 * name each other (a cycle: E0506) stay in source order, so the report does not move.
 */
function dependencyOrder(m: ModuleCtx): Decl[] {
  const decls = m.mod.ast.decls;
  const byName = new Map<string, Decl>();
  for (const d of decls) {
    const name = d.kind === "Fn" ? d.name?.name : d.kind === "Use" || d.kind === "Train" ? undefined : d.name.name;
    if (name !== undefined && m.top.get(name)?.decl === d) byName.set(name, d);
  }
  const position = new Map(decls.map((d, i) => [d, i]));
  // Tarjan's strongly connected components, iteratively: components come out callees first.
  const index = new Map<Decl, number>();
  const low = new Map<Decl, number>();
  const onStack = new Set<Decl>();
  const stack: Decl[] = [];
  const out: Decl[] = [];
  let counter = 0;
  for (const root of decls) {
    if (index.has(root)) continue;
    const work: { d: Decl; deps: Decl[] }[] = [];
    const enter = (d: Decl) => {
      index.set(d, counter);
      low.set(d, counter++);
      stack.push(d);
      onStack.add(d);
      work.push({ d, deps: namedDecls(d, byName) });
    };
    enter(root);
    while (work.length > 0) {
      const top = work[work.length - 1];
      const next = top.deps.pop();
      if (next !== undefined) {
        if (!index.has(next)) enter(next);
        else if (onStack.has(next)) low.set(top.d, Math.min(low.get(top.d)!, index.get(next)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].d;
        low.set(parent, Math.min(low.get(parent)!, low.get(top.d)!));
      }
      if (low.get(top.d) === index.get(top.d)) {
        const component: Decl[] = [];
        let d: Decl;
        do {
          d = stack.pop()!;
          onStack.delete(d);
          component.push(d);
        } while (d !== top.d);
        for (const x of component.sort((a, b) => position.get(a)! - position.get(b)!)) out.push(x);
      }
    }
  }
  return out;
}

/** The declarations of `byName` that a declaration's body mentions by name (in reverse order). */
function namedDecls(d: Decl, byName: Map<string, Decl>): Decl[] {
  const found = new Set<Decl>();
  const stack: unknown[] = [d];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== "object") continue;
    const rec = node as Record<string, unknown>;
    if (rec.kind === "Name" && typeof rec.name === "string") {
      const target = byName.get(rec.name);
      if (target && target !== d) found.add(target);
      continue;
    }
    for (const [k, v] of Object.entries(rec)) if (k !== "span" && typeof v === "object") stack.push(v);
  }
  return [...found].reverse();
}

// The parser reports an over-deep declaration with E0004 at the token past the limit and leaves
// the whole declaration out; the name it declared is the last declaration head before that token.
const TOO_DEEP = /^(nesting deeper than|expression nested too deeply)/;
const DECL_HEAD = /^(?:(?:fn|layer|model|wired)[ \t]+([A-Za-z_][A-Za-z0-9_]*)|([A-Za-z_][A-Za-z0-9_]*)[ \t]*=)/gm;

function droppedNames(load: LoadResult, out: Set<string>): void {
  for (const d of load.diagnostics) {
    if (d.code !== "E0004" || !TOO_DEEP.test(d.message)) continue;
    const text = load.sources.get(d.span.file)?.text.slice(0, d.span.start);
    if (!text) continue;
    let name: string | undefined;
    for (const m of text.matchAll(DECL_HEAD)) name = m[1] ?? m[2];
    if (name) out.add(name);
  }
}

/** The same diagnostic reached twice (a shared instance reported at one site) is shown once. */
function dedupe(ds: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return ds.filter((d) => {
    const k = `${d.code}|${d.span.file}|${d.span.start}|${d.span.end}|${d.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
