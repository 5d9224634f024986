// The contract between the module loader, the checker and the hosts (CLI, browser, tests).
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import type { SourceFile } from "../source.ts";
import type { Program, UseDecl } from "../syntax/ast.ts";

/** Why a host could not give a file's bytes ("outside-root": the host's confinement refused it, E1101). */
export type HostErrorReason = "not-found" | "unreadable" | "outside-root";

export class HostError extends Error {
  constructor(readonly reason: HostErrorReason, message: string) {
    super(message);
  }
}

/**
 * Everything the compiler core needs from the outside world. The CLI implements it with node:fs,
 * the playground with in-memory files; the core itself never touches a file system.
 */
export interface CompilerHost {
  /** The file's bytes, or a HostError. Paths are host paths as returned by the resolvers below. */
  readFile(path: string): Promise<Uint8Array>;
  /** Resolve `use "./x.dl"` written in `fromFile` to a host path. */
  resolveRelative(fromFile: string, spec: string): string;
  /** Host path of a standard-library module (`["std","nn"]` → "std/nn.dl"), or undefined if there is none. */
  stdlibPath(segments: string[]): string | undefined;
  /** Every standard-library module name ("std.nn", ...), for "did you mean" on unknown modules (optional). */
  listStdlib?(): string[];
}

export interface ResolvedUse {
  decl: UseDecl;
  /** Host path of the imported module; undefined when it could not be loaded (already reported). */
  target?: string;
}

export interface LoadedModule {
  path: string;
  source: SourceFile;
  ast: Program;
  isStd: boolean;
  uses: ResolvedUse[];
}

export interface LoadResult {
  /** Every module reached, by host path. */
  modules: Map<string, LoadedModule>;
  /** Module paths in dependency order: every module after the modules it imports (cycles broken arbitrarily, and reported). */
  order: string[];
  /** Host paths of the entry files, as given. */
  entries: string[];
  /** Every source file read (for rendering diagnostics), including ones that failed to parse. */
  sources: Map<string, SourceFile>;
  diagnostics: Diagnostic[];
}
