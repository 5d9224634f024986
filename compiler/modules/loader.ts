// The module loader: reads the entry files and everything they `use`, each once, and orders
// them so every module comes after its imports. It reports file problems (E0006, E0101–E0104)
// but never throws: whatever could be read and parsed is still handed to the checker.
import { diag, type Diagnostic } from "../diagnostics/diagnostic.ts";
import { SourceFile, type Span } from "../source.ts";
import type { Program, UseDecl } from "../syntax/ast.ts";
import { parse } from "../syntax/parse.ts";
import { decodeSource } from "./decode.ts";
import { closestMatch } from "./did-you-mean.ts";
import { HostError, type CompilerHost, type HostErrorReason, type LoadedModule, type LoadResult, type ResolvedUse } from "./types.ts";

type ReadOutcome = { ok: true; bytes: Uint8Array } | { ok: false; reason: HostErrorReason; message: string };

interface StackEntry {
  path: string;
  /** The `use` (in the module below on the stack) that led here; undefined for entries. */
  via?: Span;
}

/** Why an earlier attempt to load a path failed, so later `use`s of it are reported too. */
interface Failure {
  code: "E0101" | "E0102" | "E1101" | "E0006";
  message: string;
}

export async function loadProgram(entries: string[], host: CompilerHost): Promise<LoadResult> {
  const loader = new Loader(host);
  const result: LoadResult = {
    modules: loader.modules,
    order: loader.order,
    entries: [...entries],
    sources: loader.sources,
    diagnostics: loader.diagnostics,
  };
  try {
    for (const entry of entries) await loader.visit(entry, false, undefined);
  } catch (e) {
    // A bug in the loader or a host that broke its contract: report it, keep what was loaded.
    loader.diagnostics.push(
      diag("E0901", { file: entries[0] ?? "<input>", start: 0, end: 0 }, `internal error while loading modules: ${errorText(e)}`),
    );
  }
  return result;
}

class Loader {
  readonly modules = new Map<string, LoadedModule>();
  readonly sources = new Map<string, SourceFile>();
  readonly order: string[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private readonly state = new Map<string, "visiting" | "done">();
  private readonly failures = new Map<string, Failure>();
  private readonly reads = new Map<string, Promise<ReadOutcome>>();
  private readonly stack: StackEntry[] = [];

  constructor(private readonly host: CompilerHost) {}

  /** Load `path` and its imports. Returns whether the module is available to import. */
  async visit(path: string, isStd: boolean, via: Span | undefined): Promise<boolean> {
    const state = this.state.get(path);
    if (state === "visiting") {
      this.reportCycle(path, via);
      return false;
    }
    if (state === "done") {
      const failure = this.failures.get(path);
      // A bad-UTF-8 file was reported once, in itself; a missing or unreadable one at every `use`.
      if (failure && failure.code !== "E0006") this.report(failure.code, path, via, failure.message);
      return this.modules.has(path);
    }
    this.state.set(path, "visiting");
    this.stack.push({ path, via });
    try {
      const module = await this.readAndParse(path, isStd, via);
      if (module) {
        this.modules.set(path, module);
        await this.visitUses(module);
        this.order.push(path);
      }
      return module !== undefined;
    } finally {
      this.stack.pop();
      this.state.set(path, "done");
    }
  }

  private async readAndParse(path: string, isStd: boolean, via: Span | undefined): Promise<LoadedModule | undefined> {
    const read = await this.read(path);
    if (!read.ok) {
      const failure: Failure = read.reason === "not-found"
        ? { code: "E0101", message: `file not found: \`${path}\`` }
        : read.reason === "outside-root"
          ? { code: "E1101", message: read.message }
          : { code: "E0102", message: `cannot read \`${path}\`: ${read.message}` };
      this.failures.set(path, failure);
      this.report(failure.code, path, via, failure.message);
      return undefined;
    }
    const decoded = decodeSource(read.bytes);
    const source = new SourceFile(path, decoded.text);
    this.sources.set(path, source);
    if (!decoded.ok) {
      this.failures.set(path, { code: "E0006", message: "invalid UTF-8" });
      const at = { file: path, start: decoded.offset, end: Math.min(decoded.offset + 1, decoded.text.length) };
      this.diagnostics.push(
        diag("E0006", at, `\`${path}\` is not valid UTF-8`, {
          primaryLabel: `invalid byte 0x${decoded.byte.toString(16).toUpperCase().padStart(2, "0")} here`,
          hint: "save the file with UTF-8 encoding",
        }),
      );
      return undefined;
    }
    let ast: Program;
    try {
      const parsed = parse(source);
      ast = parsed.program;
      for (const d of parsed.diagnostics) this.diagnostics.push(d);
    } catch (e) {
      this.diagnostics.push(diag("E0901", { file: path, start: 0, end: 0 }, `internal error in the parser: ${errorText(e)}`));
      return undefined;
    }
    return { path, source, ast, isStd, uses: [] };
  }

  private async visitUses(module: LoadedModule): Promise<void> {
    const targets: { decl: UseDecl; target?: string; isStd: boolean; span: Span }[] = [];
    for (const decl of module.ast.decls) {
      if (decl.kind !== "Use") continue;
      targets.push({ decl, ...this.resolve(module, decl) });
    }
    // Start every read now so files load concurrently; visiting stays sequential, which keeps
    // the order and the diagnostics deterministic.
    for (const t of targets) if (t.target !== undefined) void this.read(t.target);
    for (const t of targets) {
      const use: ResolvedUse = { decl: t.decl };
      if (t.target !== undefined && (await this.visit(t.target, t.isStd, t.span))) use.target = t.target;
      module.uses.push(use);
    }
  }

  private resolve(module: LoadedModule, decl: UseDecl): { target?: string; isStd: boolean; span: Span } {
    const src = decl.source;
    if (src.kind === "file") {
      const span = src.path.span;
      // The lexer reported the string (E0002, E0004); its value is not the path that was meant.
      if (src.path.malformed) return { isStd: module.isStd, span };
      try {
        // A relative import inside the standard library stays inside it.
        return { target: this.host.resolveRelative(module.path, src.path.value), isStd: module.isStd, span };
      } catch (e) {
        this.diagnostics.push(diag("E0102", span, `cannot resolve \`${src.path.value}\`: ${errorText(e)}`));
        return { isStd: module.isStd, span };
      }
    }
    const span = src.span;
    const names = src.segments.map((s) => s.name);
    const name = names.join(".");
    if (names.length === 0) return { isStd: true, span }; // a syntax error already said so
    let target: string | undefined;
    try {
      if (names[0] === "std") target = this.host.stdlibPath(names);
    } catch {
      target = undefined;
    }
    if (target !== undefined) return { target, isStd: true, span };
    this.diagnostics.push(this.moduleAsItem(decl, names) ?? this.unknownModule(name, names, span));
    return { isStd: true, span };
  }

  /** `use std.nn` parses as item `nn` of module `std`: say how to import from the module instead. */
  private moduleAsItem(decl: UseDecl, names: string[]): Diagnostic | undefined {
    if (names.length !== 1 || names[0] !== "std" || decl.glob || decl.items.length !== 1) return undefined;
    const item = decl.items[0].name.name;
    let path: string | undefined;
    try {
      path = this.host.stdlibPath(["std", item]);
    } catch {
      path = undefined;
    }
    if (path === undefined) return this.unknownModule(`std.${item}`, ["std", item], decl.span);
    return diag("E0104", decl.span, `\`std.${item}\` is a module, not a name: \`use\` imports names from a module`, {
      primaryLabel: "imports nothing",
      hint: `write \`use std.${item}.{Name, …}\` for some names, or \`use std.${item}.*\` for all of them`,
    });
  }

  private unknownModule(name: string, names: string[], span: Span): Diagnostic {
    let known: string[] = [];
    try {
      known = this.host.listStdlib?.() ?? [];
    } catch {
      known = [];
    }
    const extras: { hint?: string; notes?: string[] } = {};
    const guess = names[0] === "std" ? closestMatch(name, known) : closestMatch(`std.${name}`, known) ?? closestMatch(name, known);
    if (guess !== undefined) {
      extras.hint = `did you mean \`${guess}\`?`;
    } else {
      if (names[0] !== "std") extras.hint = `only standard-library modules (\`std.*\`) and files (\`use "./file.dl"\`) can be imported`;
      if (known.length > 0) extras.notes = [`standard-library modules: ${known.join(", ")}`];
    }
    return diag("E0104", span, `unknown module \`${name}\``, extras);
  }

  private read(path: string): Promise<ReadOutcome> {
    let p = this.reads.get(path);
    if (!p) {
      p = readVia(this.host, path);
      this.reads.set(path, p);
    }
    return p;
  }

  /** A file problem goes on the `use` that named the file, or, for an entry file, at its very start. */
  private report(code: Failure["code"], path: string, via: Span | undefined, message: string): void {
    if (via === undefined) {
      this.diagnostics.push(diag(code, { file: path, start: 0, end: 0 }, message));
      return;
    }
    const primaryLabel = code === "E0101" ? "no such file" : code === "E1101" ? "outside the project" : "cannot be read";
    const hint = code === "E1101" ? "move the file into the project, or run with `--root DIR` or `--allow-outside-root`" : undefined;
    this.diagnostics.push(diag(code, via, message, { primaryLabel, ...(hint ? { hint } : {}) }));
  }

  private reportCycle(target: string, closing: Span | undefined): void {
    const from = this.stack.findIndex((e) => e.path === target);
    const members = this.stack.slice(from);
    const names = [...members.map((e) => e.path), target];
    const labels = members
      .slice(1)
      .filter((e) => e.via !== undefined)
      .map((e, i) => ({ span: e.via!, message: `\`${members[i].path}\` imports \`${e.path}\` here` }));
    const last = members[members.length - 1].path;
    const at = closing ?? { file: target, start: 0, end: 0 };
    this.diagnostics.push(
      diag("E0103", at, `import cycle: ${names.join(" -> ")}`, {
        primaryLabel: last === target ? `\`${target}\` imports itself` : `\`${last}\` imports \`${target}\`, closing the cycle`,
        labels,
        hint: "move the shared declarations into a module that both can import",
      }),
    );
  }
}

async function readVia(host: CompilerHost, path: string): Promise<ReadOutcome> {
  try {
    const bytes = await host.readFile(path);
    if (!(bytes instanceof Uint8Array)) return { ok: false, reason: "unreadable", message: "the host returned no bytes" };
    return { ok: true, bytes };
  } catch (e) {
    if (e instanceof HostError) return { ok: false, reason: e.reason, message: e.message };
    return { ok: false, reason: "unreadable", message: errorText(e) };
  }
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
