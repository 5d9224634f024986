// File plumbing shared by `dlc build` and `dlc run`: compiling a .dl file (or reading a built
// artifact folder), reading and writing safetensors files, argument parsers, messages.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { InvalidArgumentError } from "commander";
import { buildChecked, checkForBuild, pickModel, type BuildOptions, type BuildTarget, type CheckedProgram } from "../compiler/build.ts";
import { hasErrors, type Diagnostic } from "../compiler/diagnostics/diagnostic.ts";
import type { SourceFile } from "../compiler/source.ts";
import type { JsonReport } from "./json-report.ts";
import { renderReport } from "../compiler/diagnostics/render-text.ts";
import type { Artifact } from "../runtime/artifact.ts";
import { MANIFEST_FILE, serializeArtifact } from "../runtime/artifact.ts";
import { DlcError } from "../runtime/errors.ts";
import type { ModelInfo } from "../compiler/check/result.ts";
import { createNodeHost, type NodeHostOptions } from "./node-host.ts";
import { replaceFolder, WriteError, writeFileAtomic } from "./safe-write.ts";
import { escapeControls } from "../compiler/diagnostics/escape.ts";
import type { CliIo } from "./program.ts";

// program.ts's exit codes, repeated here so that this module does not import the program.
const EXIT_ERRORS = 1;
const EXIT_USAGE = 2;

/**
 * Thrown inside a command to end it with an exit code after printing `message`; when the
 * failure is a list of diagnostics, they come too, for `--json` (cli/json-report.ts).
 */
export class CliExit extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly diagnostics?: { list: readonly Diagnostic[]; sources: ReadonlyMap<string, SourceFile> },
  ) {
    super(message);
  }
}

export function usage(message: string): CliExit {
  return new CliExit(EXIT_USAGE, `error: ${escapeControls(message)}\n`);
}

export function failure(message: string): CliExit {
  return new CliExit(EXIT_ERRORS, `error: ${escapeControls(message)}\n`);
}

/** Runs a command body, turning CliExit and the runtime's typed errors into exit codes. */
export async function guard(io: CliIo, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof CliExit) {
      io.stderr(e.message);
      return e.code;
    }
    if (e instanceof DlcError) {
      io.stderr(`error[${e.code}]: ${e.message}\n`);
      return EXIT_ERRORS;
    }
    throw e;
  }
}

export function positiveInt(what: string) {
  return (value: string): number => {
    if (!/^[0-9]+$/.test(value) || !Number.isSafeInteger(Number(value)) || Number(value) < 1) {
      throw new InvalidArgumentError(`${what} must be a positive integer, got "${value}"`);
    }
    return Number(value);
  };
}

export function nonNegativeInt(what: string) {
  return (value: string): number => {
    if (!/^[0-9]+$/.test(value) || !Number.isSafeInteger(Number(value))) {
      throw new InvalidArgumentError(`${what} must be a non-negative integer, got "${value}"`);
    }
    return Number(value);
  };
}

/** `--dim T=128`, repeatable. */
export function collectDim(value: string, previous: Record<string, number> = {}): Record<string, number> {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)=([0-9]+)$/.exec(value);
  if (!m || Number(m[2]) < 1) throw new InvalidArgumentError(`expected NAME=SIZE with a positive size, got "${value}"`);
  return { ...previous, [m[1]!]: Number(m[2]) };
}

export function readBytes(file: string, io: CliIo, what: string): Uint8Array {
  const full = path.resolve(io.cwd, file);
  try {
    return new Uint8Array(readFileSync(full));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : (code ?? String(e));
    throw failure(`cannot read ${what} \`${file}\`: ${why}`);
  }
}

export function writeBytes(file: string, io: CliIo, data: Uint8Array, what: string): void {
  try {
    writeFileAtomic(path.resolve(io.cwd, file), data);
  } catch (e) {
    throw failure(`cannot write ${what} \`${escapeControls(file)}\`: ${writeWhy(e)}`);
  }
}

function writeWhy(e: unknown): string {
  if (e instanceof WriteError) return e.message;
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOSPC") return "no space left on the device (nothing was replaced)";
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") return "permission denied";
  return code ?? (e instanceof Error ? e.message : String(e));
}

export function isArtifactDir(file: string, io: CliIo): boolean {
  const full = path.resolve(io.cwd, file);
  return existsSync(full) && statSync(full).isDirectory() && existsSync(path.join(full, MANIFEST_FILE));
}

/** Writes the artifact as the whole content of `dir`, replacing whatever was there (safe-write.ts). */
export function writeArtifactDir(dir: string, io: CliIo, artifact: Artifact, extra: Record<string, Uint8Array> = {}): { path: string; bytes: number }[] {
  // The manifest lists (and digests) the extra files too: a loader reads only what it lists.
  const files = serializeArtifact(artifact, extra);
  try {
    replaceFolder(path.resolve(io.cwd, dir), files);
  } catch (e) {
    throw failure(`cannot write the artifact folder \`${escapeControls(dir)}\`: ${writeWhy(e)}`);
  }
  return Object.keys(files)
    .sort()
    .map((name) => ({ path: name, bytes: files[name]!.length }));
}

/** `--root DIR` and `--allow-outside-root`: where `use` may read (cli/node-host.ts). */
export interface Confinement {
  root?: string;
  allowOutsideRoot?: boolean;
}

export function hostOptions(c: Confinement, io: CliIo): NodeHostOptions {
  return { cwd: io.cwd, ...(c.root !== undefined ? { root: c.root } : {}), ...(c.allowOutsideRoot ? { allowOutsideRoot: true } : {}) };
}

export interface CompileRequest extends Confinement {
  file: string;
  model?: string;
  /** The batch, or a function choosing it once the model's interface is known. */
  batch: number | ((model: ModelInfo) => number);
  dims?: Record<string, number>;
  targets: BuildTarget[];
  /** Fuse kernels (default true). */
  fuse?: boolean;
  color: boolean;
  printAfter?: BuildOptions["printAfter"];
  /** `--json`: warnings are kept here instead of printed to stderr. */
  json?: JsonReport;
}

/** Checks, lowers and compiles a .dl file; diagnostics go to stderr, errors end the command. */
export async function compileFile(req: CompileRequest, io: CliIo): Promise<{ artifact: Artifact; model: ModelInfo }> {
  const { program, model, entry } = await checkModel(req, io);
  const batch = typeof req.batch === "number" ? req.batch : req.batch(model);
  const built = await buildChecked(program, {
    model: model.name, batch, targets: req.targets, fuse: req.fuse ?? true,
    ...(req.dims ? { dims: req.dims } : {}),
    ...(req.printAfter ? { printAfter: req.printAfter } : {}),
  });
  if (!built.artifact) {
    throw new CliExit(EXIT_ERRORS, renderReport(built.diagnostics, built.sources, [entry], { color: req.color }), { list: built.diagnostics, sources: built.sources });
  }
  return { artifact: built.artifact, model };
}

/** Checks a .dl file and picks the model; errors end the command, warnings go to stderr. */
export async function checkModel(req: { file: string; model?: string; color: boolean; json?: JsonReport } & Confinement, io: CliIo): Promise<{ program: CheckedProgram; model: ModelInfo; entry: string }> {
  const host = createNodeHost(hostOptions(req, io));
  const entry = host.entryPath(req.file);
  const program = await checkForBuild([entry], host);
  const report = () => renderReport(program.diagnostics, program.sources, [entry], { color: req.color });
  if (hasErrors(program.diagnostics)) throw new CliExit(EXIT_ERRORS, report(), { list: program.diagnostics, sources: program.sources });
  if (program.diagnostics.length > 0) {
    if (req.json) req.json.add(program.diagnostics, program.sources);
    else io.stderr(report());
  }
  const model = pickModel(program, req.model);
  if (!model) {
    const names = program.models.map((m) => m.name);
    if (req.model === undefined) throw failure(`\`${entry}\` declares no model or wired graph`);
    throw usage(`no model or wired graph named \`${req.model}\` in \`${entry}\`${names.length ? ` (it declares: ${names.join(", ")})` : ""}`);
  }
  return { program, model, entry };
}
