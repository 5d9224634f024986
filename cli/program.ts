// The `dlc` command line, as a function of (argv, io) → exit code so tests can run it in-process.
// Exit codes: 0 clean (or warnings only), 1 errors in the input, 2 usage errors.
import { Command, CommanderError, Option } from "commander";
import { checkFiles } from "../compiler/index.ts";
import { hasErrors } from "../compiler/diagnostics/diagnostic.ts";
import { renderJson } from "../compiler/diagnostics/render-json.ts";
import { renderReport } from "../compiler/diagnostics/render-text.ts";
import { inspectJson, inspectText } from "./inspect-format.ts";
import { createNodeHost } from "./node-host.ts";
import { collectDim, guard, hostOptions, nonNegativeInt, positiveInt, type Confinement } from "./artifact-io.ts";
import { buildCommand, runCommand, type RunOptions } from "./run-command.ts";
import { graphCommand, type GraphCommandOptions } from "./graph-command.ts";
import { LOWERED, PASS_NAMES } from "../compiler/passes/pipeline.ts";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal (colour is on by default only then). */
  isTTY: boolean;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;

const VERSION = "0.1.0";

function wantColor(flag: boolean | undefined, io: CliIo): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "") return false;
  if (io.env.TERM === "dumb") return false;
  return io.isTTY;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let exitCode = EXIT_OK;
  const program = new Command();
  program
    .name("dlc")
    .description("Compiler for .dl neural-network graph files")
    .version(VERSION, "-V, --version")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError("(run `dlc --help` for usage)")
    .showSuggestionAfterError();

  program
    .command("check")
    .description("type- and shape-check .dl files and report problems")
    .argument("<files...>", ".dl files to check (their imports are checked too)")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .option("--root <dir>", "the project root that `use` may read under (default: the entry's nearest folder with package.json or .git)")
    .option("--allow-outside-root", "let `use` read files anywhere")
    .option("--color", "force coloured output")
    .option("--no-color", "disable coloured output")
    .option("--deny-warnings", "exit with status 1 on warnings too")
    .action(async (files: string[], opts: { format: "text" | "json"; color?: boolean; denyWarnings?: boolean } & Confinement) => {
      const host = createNodeHost(hostOptions(opts, io));
      const entries = files.map((f) => host.entryPath(f));
      const result = await checkFiles(entries, host);
      if (opts.format === "json") {
        io.stdout(renderJson(result.diagnostics, result.sources));
      } else {
        io.stdout(renderReport(result.diagnostics, result.sources, entries, { color: wantColor(opts.color, io) }));
      }
      const failed = hasErrors(result.diagnostics) || (opts.denyWarnings === true && result.diagnostics.length > 0);
      exitCode = failed ? EXIT_ERRORS : EXIT_OK;
    });

  program
    .command("inspect")
    .description("print a model's inputs, outputs and parameters")
    .argument("<file>", "a .dl file")
    .option("--json", "print JSON instead of a table")
    .option("--model <name>", "which model or wired graph (default: the first in the file)")
    .option("--root <dir>", "the project root that `use` may read under (default: the entry's nearest folder with package.json or .git)")
    .option("--allow-outside-root", "let `use` read files anywhere")
    .option("--color", "force coloured diagnostics")
    .option("--no-color", "disable coloured diagnostics")
    .action(async (file: string, opts: { json?: boolean; model?: string; color?: boolean } & Confinement) => {
      const host = createNodeHost(hostOptions(opts, io));
      const entry = host.entryPath(file);
      const result = await checkFiles([entry], host);
      if (hasErrors(result.diagnostics)) {
        // Diagnostics go to stderr so stdout stays clean (or valid JSON) for whoever reads it.
        io.stderr(renderReport(result.diagnostics, result.sources, [entry], { color: wantColor(opts.color, io) }));
        exitCode = EXIT_ERRORS;
        return;
      }
      // Warnings do not stop inspection, but should not go unseen either.
      if (result.diagnostics.length > 0) {
        io.stderr(renderReport(result.diagnostics, result.sources, [entry], { color: wantColor(opts.color, io) }));
      }
      const models = result.models.filter((m) => m.file === entry);
      const model = opts.model === undefined ? models[0] : models.find((m) => m.name === opts.model);
      if (model === undefined) {
        const names = models.map((m) => m.name);
        const known = names.length > 0 ? ` (it declares: ${names.join(", ")})` : "";
        io.stderr(
          opts.model === undefined
            ? `error: \`${entry}\` declares no model or wired graph\n`
            : `error: no model or wired graph named \`${opts.model}\` in \`${entry}\`${known}\n`,
        );
        exitCode = opts.model === undefined ? EXIT_ERRORS : EXIT_USAGE;
        return;
      }
      io.stdout(opts.json ? JSON.stringify(inspectJson(model), null, 2) + "\n" : inspectText(model));
    });

  program
    .command("build")
    .description("compile a model to an artifact folder (manifest.json, model.wasm, wgsl/, graph.json, model.ir)")
    .argument("<file>", "a .dl file")
    .addOption(new Option("--target <target>", "backend to compile for (all: wasm and wgsl)").choices(["wasm", "wgsl", "all"]).default("wasm"))
    .option("-o, --out <dir>", "folder to write the artifact to (required unless --print-after)")
    .option("--batch <n>", "batch size to build for (smaller batches run too, when the model allows)", positiveInt("--batch"), 1)
    .option("--model <name>", "which model or wired graph (default: the first in the file)")
    .option("--seed <s>", "also write weights.safetensors from the model's initializers", nonNegativeInt("--seed"))
    .option("--dim <name=size>", "fix a named input dimension other than the batch (repeatable)", collectDim)
    .addOption(new Option("--print-after <pass>", "print the IR after a pass to stdout (all: after each; lower: before any)").choices([LOWERED, ...PASS_NAMES, "all"]))
    .addOption(new Option("-O, --opt-level <level>", "0: no fusion, one kernel per op (for comparison); 1: fuse kernels").choices(["0", "1"]).default("1"))
    .option("--no-fuse", "the same as -O0")
    .option("--root <dir>", "the project root that `use` may read under (default: the entry's nearest folder with package.json or .git)")
    .option("--allow-outside-root", "let `use` read files anywhere")
    .option("--color", "force coloured diagnostics")
    .option("--no-color", "disable coloured diagnostics")
    .action(async (file: string, opts: { target: "wasm" | "wgsl" | "all"; out?: string; batch: number; model?: string; seed?: number; dim?: Record<string, number>; printAfter?: string; color?: boolean } & FuseFlags & Confinement) => {
      exitCode = await guard(io, () => buildCommand(file, { ...opts, fuse: wantFusion(opts), color: wantColor(opts.color, io) }, io));
    });

  program
    .command("run")
    .description("compile a model (or read a built artifact folder), run it and print its outputs and timing")
    .argument("<file>", "a .dl file, or a folder written by `dlc build`")
    .addOption(new Option("--backend <backend>", "where to run (webgpu: the GPU through WebGPU)").choices(["interp", "wasm", "webgpu"]).default("wasm"))
    .option("--weights <file>", "weights (safetensors) keyed by the parameter names `dlc inspect` prints")
    .option("--seed <s>", "seed for the model's initializers (when no --weights) and for --random-inputs", nonNegativeInt("--seed"))
    .option("--inputs <file>", "inputs (safetensors) keyed by input name")
    .option("--random-inputs", "run on seeded random inputs instead of an inputs file")
    .option("--out <file>", "write the outputs (safetensors) keyed by output name")
    .option("--batch <n>", "batch size (default: the inputs file's, else 1)", positiveInt("--batch"))
    .option("--model <name>", "which model or wired graph (default: the first in the file)")
    .option("--repeat <n>", "timed runs after the first (the median is printed)", nonNegativeInt("--repeat"), 5)
    .option("--dim <name=size>", "fix a named input dimension other than the batch (repeatable)", collectDim)
    .addOption(new Option("-O, --opt-level <level>", "0: no fusion, one kernel per op (for comparison); 1: fuse kernels").choices(["0", "1"]).default("1"))
    .option("--no-fuse", "the same as -O0")
    .option("--root <dir>", "the project root that `use` may read under (default: the entry's nearest folder with package.json or .git)")
    .option("--allow-outside-root", "let `use` read files anywhere")
    .option("--color", "force coloured diagnostics")
    .option("--no-color", "disable coloured diagnostics")
    .action(async (file: string, opts: Omit<RunOptions, "color" | "fuse"> & { color?: boolean } & FuseFlags) => {
      exitCode = await guard(io, () => runCommand(file, { ...opts, fuse: wantFusion(opts), color: wantColor(opts.color, io) }, io));
    });

  program
    .command("graph")
    .description("write a model's graph IR (after the passes) as Graphviz dot or JSON")
    .argument("<file>", "a .dl file")
    .option("--model <name>", "which model or wired graph (default: the first in the file)")
    .option("--batch <n>", "batch size to lower for", positiveInt("--batch"), 1)
    .addOption(new Option("--format <format>", "output format").choices(["dot", "json"]).default("dot"))
    .addOption(new Option("--after <pass>", "the graph after this pass (lower: as lowered; default: after the last)").choices([LOWERED, ...PASS_NAMES]))
    .option("-o, --out <file>", "write to a file instead of stdout")
    .option("--no-kernels", "do not draw the schedule's kernels as clusters")
    .addOption(new Option("-O, --opt-level <level>", "0: no fusion, one kernel per op (for comparison); 1: fuse kernels").choices(["0", "1"]).default("1"))
    .option("--no-fuse", "the same as -O0")
    .option("--dim <name=size>", "fix a named input dimension other than the batch (repeatable)", collectDim)
    .option("--root <dir>", "the project root that `use` may read under (default: the entry's nearest folder with package.json or .git)")
    .option("--allow-outside-root", "let `use` read files anywhere")
    .option("--color", "force coloured diagnostics")
    .option("--no-color", "disable coloured diagnostics")
    .action(async (file: string, opts: Omit<GraphCommandOptions, "color" | "fuse"> & { color?: boolean } & FuseFlags) => {
      exitCode = await guard(io, () => graphCommand(file, { ...opts, fuse: wantFusion(opts), color: wantColor(opts.color, io) }, io));
    });

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    io.stderr(`error: internal error in dlc: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return EXIT_ERRORS;
  }
  return exitCode;
}

/** `-O <level>` and `--no-fuse` as commander parses them. */
interface FuseFlags {
  optLevel: "0" | "1";
  fuse: boolean;
}

function wantFusion(opts: FuseFlags): boolean {
  return opts.fuse && opts.optLevel !== "0";
}
