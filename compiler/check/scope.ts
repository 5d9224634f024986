// Module-level names: each module's declarations and `use` imports, lookup through locals →
// declarations → imports → globs → built-ins, and "did you mean" hints.
import { type Diagnostic, diag } from "../diagnostics/diagnostic.ts";
import { editDistance } from "../modules/did-you-mean.ts";
import type { LoadResult, LoadedModule } from "../modules/types.ts";
import type { Span } from "../source.ts";
import type { ConstDecl, FnDecl, Ident, LayerDecl, ModelDecl, WiredDecl } from "../syntax/ast.ts";
import { isBuiltinName, builtinNames } from "./builtins.ts";
import type { Env, Local } from "./context.ts";

export type TopEntry =
  | { kind: "fn"; decl: FnDecl; name: Ident; module: string }
  | { kind: "layer"; decl: LayerDecl; name: Ident; module: string }
  | { kind: "model"; decl: ModelDecl; name: Ident; module: string }
  | { kind: "wired"; decl: WiredDecl; name: Ident; module: string }
  | { kind: "const"; decl: ConstDecl; name: Ident; module: string };

export interface ImportEntry {
  local: string;
  /** The imported name, or alias, as written: where W0002 points. */
  span: Span;
  target: string;
  name: string;
  used: boolean;
}

export interface GlobImport {
  target: string;
  span: Span;
  used: boolean;
}

export interface ModuleCtx {
  path: string;
  mod: LoadedModule;
  isStd: boolean;
  top: Map<string, TopEntry>;
  imports: Map<string, ImportEntry>;
  globs: GlobImport[];
  /** Names an import failed to bring in (already reported): using them is silently an error value. */
  poisoned: Set<string>;
  /** A glob import failed: any unknown name may have come from it. */
  poisonAll: boolean;
}

/** `std/nn.dl` → `std.nn`; other paths as they are. */
export function moduleName(path: string): string {
  return path.startsWith("std/") && path.endsWith(".dl") ? "std." + path.slice(4, -3).split("/").join(".") : path;
}

export function buildModules(load: LoadResult, diags: Diagnostic[]): Map<string, ModuleCtx> {
  const out = new Map<string, ModuleCtx>();
  const paths = [...load.order, ...[...load.modules.keys()].filter((p) => !load.order.includes(p))];
  for (const path of paths) {
    const mod = load.modules.get(path);
    if (!mod) continue;
    const ctx: ModuleCtx = { path, mod, isStd: mod.isStd, top: new Map(), imports: new Map(), globs: [], poisoned: new Set(), poisonAll: false };
    for (const d of mod.ast.decls) {
      let entry: TopEntry | undefined;
      if (d.kind === "Fn" && d.name) entry = { kind: "fn", decl: d, name: d.name, module: path };
      else if (d.kind === "Layer") entry = { kind: "layer", decl: d, name: d.name, module: path };
      else if (d.kind === "Model") entry = { kind: "model", decl: d, name: d.name, module: path };
      else if (d.kind === "Wired") entry = { kind: "wired", decl: d, name: d.name, module: path };
      else if (d.kind === "Const") entry = { kind: "const", decl: d, name: d.name, module: path };
      if (!entry) continue;
      const name = entry.name.name;
      const prev = ctx.top.get(name);
      if (prev) {
        diags.push(
          diag("E0202", entry.name.span, `\`${name}\` is declared twice`, {
            primaryLabel: "declared again here",
            labels: [{ span: prev.name.span, message: "first declared here" }],
          }),
        );
        continue;
      }
      if (isBuiltinName(name)) {
        diags.push(diag("E0202", entry.name.span, `\`${name}\` is a built-in and cannot be declared again`, { primaryLabel: "shadows the built-in", hint: "choose another name" }));
        continue;
      }
      ctx.top.set(name, entry);
    }
    out.set(path, ctx);
  }
  // Imports need every module's declarations, so they come second.
  for (const ctx of out.values()) {
    for (const use of ctx.mod.uses) {
      const target = use.target === undefined ? undefined : out.get(use.target);
      if (use.target === undefined || !target) {
        // The loader already reported why; names from it must not cascade into E0201.
        if (use.decl.glob) ctx.poisonAll = true;
        for (const item of use.decl.items) ctx.poisoned.add((item.alias ?? item.name).name);
        continue;
      }
      if (use.decl.glob) {
        ctx.globs.push({ target: use.target, span: use.decl.span, used: false });
        continue;
      }
      for (const item of use.decl.items) {
        const name = item.name.name;
        const local = item.alias ?? item.name;
        // std modules stand for the whole library, built-ins included: `use std.nn.{sigmoid}`
        // names the built-in that is in scope anyway, so it binds nothing new.
        if (!target.top.has(name) && target.mod.isStd && isBuiltinName(name) && !item.alias) continue;
        if (!target.top.has(name)) {
          ctx.poisoned.add(local.name);
          const guess = closest(name, target.top.keys());
          diags.push(
            diag("E0105", item.name.span, `module \`${moduleName(use.target)}\` has no \`${name}\``, {
              primaryLabel: "not declared there",
              ...(isBuiltinName(name)
                ? { hint: `\`${name}\` is a built-in, always in scope under its own name: drop it from the \`use\` list` }
                : guess
                  ? { hint: `did you mean \`${guess}\`?` }
                  : {}),
            }),
          );
          continue;
        }
        const prev = ctx.imports.get(local.name);
        if (prev) {
          diags.push(
            diag("E0106", local.span, `\`${local.name}\` is imported twice`, {
              primaryLabel: "imported again here",
              labels: [{ span: prev.span, message: "first imported here" }],
              hint: "remove one import, or rename one with `as`",
            }),
          );
          continue;
        }
        const own = ctx.top.get(local.name);
        if (own) {
          diags.push(
            diag("E0202", local.span, `\`${local.name}\` is both imported and declared in this module`, {
              primaryLabel: "imported here",
              labels: [{ span: own.name.span, message: "declared here" }],
              hint: "rename the import with `as`",
            }),
          );
          continue;
        }
        ctx.imports.set(local.name, { local: local.name, span: local.span, target: use.target, name, used: false });
      }
    }
  }
  return out;
}

export type Found =
  | { kind: "local"; local: Local }
  | { kind: "top"; entry: TopEntry }
  | { kind: "builtin"; name: string }
  | { kind: "poisoned" };

/** Look a name up and mark what it went through as used. */
export function lookup(env: Env, name: string, modules: Map<string, ModuleCtx>): Found | undefined {
  const local = env.scope.lookup(name);
  if (local) {
    local.used = true;
    return { kind: "local", local };
  }
  return lookupTop(env.m, name, modules);
}

export function lookupTop(m: ModuleCtx, name: string, modules: Map<string, ModuleCtx>): Found | undefined {
  const own = m.top.get(name);
  if (own) return { kind: "top", entry: own };
  const imp = m.imports.get(name);
  if (imp) {
    imp.used = true;
    const entry = modules.get(imp.target)?.top.get(imp.name);
    if (entry) return { kind: "top", entry };
  }
  for (const g of m.globs) {
    const entry = modules.get(g.target)?.top.get(name);
    if (entry) {
      g.used = true;
      return { kind: "top", entry };
    }
  }
  if (isBuiltinName(name)) return { kind: "builtin", name };
  if (m.poisoned.has(name) || m.poisonAll) return { kind: "poisoned" };
  return undefined;
}

/** The closest candidate within edit distance 2 (and closer than the name is long), ties broken alphabetically. */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    if (c === name) continue;
    const d = editDistance(name, c, 2);
    if (d < bestD || (d === bestD && best !== undefined && c < best)) {
      best = c;
      bestD = d;
    }
  }
  return bestD <= 2 && bestD < name.length ? best : undefined;
}

/**
 * Candidates looked at for "did you mean" hints on unknown names, per check: a generated
 * program with 100,000 unknown names among 100,000 declarations would otherwise spend hours
 * (every name against every other). Past the budget, unknown names get no suggestion.
 */
const HINT_BUDGET = 5_000_000;
const hintSpent = new WeakMap<object, number>();

/** Every name visible from env, for suggestions. */
function visibleNames(env: Env, modules: Map<string, ModuleCtx>): string[] {
  const out = [...env.scope.names(), ...env.m.top.keys(), ...env.m.imports.keys(), ...builtinNames()];
  for (const g of env.m.globs) for (const k of modules.get(g.target)?.top.keys() ?? []) out.push(k);
  return out;
}

/** "did you mean" for an unknown name, or where to import it from. */
export function unknownNameHint(env: Env, name: string, modules: Map<string, ModuleCtx>, stdIndex: Map<string, string[]>): string | undefined {
  const homes: string[] = [];
  for (const [path, ctx] of modules) if (ctx.isStd && ctx.path !== env.m.path && ctx.top.has(name)) homes.push(moduleName(path));
  for (const [mod, names] of stdIndex) if (names.includes(name) && !homes.includes(mod)) homes.push(mod);
  if (homes.length > 0) return `\`${name}\` is in ${homes[0]}: add \`use ${homes[0]}.${name}\``;
  let size = env.m.top.size + env.m.imports.size;
  for (const g of env.m.globs) size += modules.get(g.target)?.top.size ?? 0;
  const spent = (hintSpent.get(env.c) ?? 0) + size;
  hintSpent.set(env.c, spent);
  if (spent > HINT_BUDGET) return undefined;
  const guess = closest(name, visibleNames(env, modules));
  if (guess) return `did you mean \`${guess}\`?`;
  const far: string[] = [];
  for (const ctx of modules.values()) if (ctx.isStd) for (const k of ctx.top.keys()) far.push(k);
  for (const names of stdIndex.values()) for (const k of names) far.push(k);
  const g2 = closest(name, far);
  if (g2) {
    for (const [path, ctx] of modules) if (ctx.isStd && ctx.top.has(g2)) return `did you mean \`${g2}\`? it is in ${moduleName(path)}: add \`use ${moduleName(path)}.${g2}\``;
    for (const [mod, names] of stdIndex) if (names.includes(g2)) return `did you mean \`${g2}\`? it is in ${mod}: add \`use ${mod}.${g2}\``;
  }
  return undefined;
}

/** W0002 for imports nothing used (not in the stdlib). */
export function unusedImports(m: ModuleCtx, diags: Diagnostic[]): void {
  if (m.isStd) return;
  for (const imp of m.imports.values())
    if (!imp.used && !imp.local.startsWith("_"))
      diags.push(diag("W0002", imp.span, `unused import \`${imp.local}\``, { primaryLabel: "never used", hint: "remove it from the `use` list" }));
  for (const g of m.globs)
    if (!g.used) diags.push(diag("W0002", g.span, `nothing from \`${moduleName(g.target)}\` is used`, { primaryLabel: "unused import", hint: "remove this `use`" }));
}
