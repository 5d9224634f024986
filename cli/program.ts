// The `dlc` command line, as a function of (argv, io) → exit code so tests can run it in-process.
// Exit codes: 0 clean (or warnings only), 1 errors in the input, 2 usage errors.
import { Command, CommanderError, Option } from "commander";
import { checkFiles } from "../compiler/index.ts";
import { hasErrors } from "../compiler/diagnostics/diagnostic.ts";
import { renderJson } from "../compiler/diagnostics/render-json.ts";
import { renderReport } from "../compiler/diagnostics/render-text.ts";
import { inspectJson, inspectText } from "./inspect-format.ts";
import { createNodeHost } from "./node-host.ts";
import { CliExit, collectDim, failure, guard, hostOptions, nonNegativeInt, positiveInt, usage, type Confinement } from "./artifact-io.ts";
import { buildCommand, RANDOM_INPUTS, runCommand, type RunOptions } from "./run-command.ts";
import { graphCommand, type GraphCommandOptions } from "./graph-command.ts";
import { LOWERED, PASS_NAMES } from "../compiler/passes/pipeline.ts";
import { guardJson, JsonReport, jsonDocument } from "./json-report.ts";
import type { CommandResult } from "./run-command.ts";

const JSON_HELP = "print one JSON object on stdout ({command, ok, diagnostics, ...}) and nothing else; see `dlc --help`";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal (colour is on by default only then). */
  isTTY: boolean;
  /** Whether stderr is a terminal (progress is shown only then). */
  stderrIsTTY?: boolean;
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
    .showSuggestionAfterError()
    .addHelpText(
      "after",
      "\n--json (every command): stdout is one JSON object and nothing else,\n" +
        '  {"command": "...", "ok": true|false, "diagnostics": [...], ...the command\'s own fields}\n' +
        "ok is true exactly when the exit status is 0; diagnostics (warnings too) are those\n" +
        "`dlc check --format json` prints, and are not printed to stderr as well; a failure that is\n" +
        'not a diagnostic is "error": {"code"?, "message"}. Nothing goes to stderr (no progress),\n' +
        "except commander's own message for a command line it refuses.\n" +
        "\nExit status: 0 no errors (warnings allowed), 1 errors in the input or at run time, 2 usage errors.\n",
    );

  program
    .command("check")
    .description("type- and shape-check .dl files and report problems")
    .argument("<files...>", ".dl files to check (their imports are checked too)")
    .addOption(new Option("--format <format>", "output format (json: the diagnostics alone, as an array; --json adds the envelope)").choices(["text", "json"]).default("text"))
    .option("--root <dir>", "the project root that `use` may read under (default: the entry's nearest folder with package.json or .git)")
    .option("--allow-outside-root", "let `use` read files anywhere")
    .option("--color", "force coloured output")
    .option("--no-color", "disable coloured output")
    .option("--deny-warnings", "exit with status 1 on warnings too")
    .option("--json", JSON_HELP)
    .action(async (files: string[], opts: { format: "text" | "json"; color?: boolean; denyWarnings?: boolean; json?: boolean } & Confinement) => {
      const host = createNodeHost(hostOptions(opts, io));
      const entries = files.map((f) => host.entryPath(f));
      const result = await checkFiles(entries, host);
      const failed = hasErrors(result.diagnostics) || (opts.denyWarnings === true && result.diagnostics.length > 0);
      exitCode = failed ? EXIT_ERRORS : EXIT_OK;
      if (opts.json) {
        const report = new JsonReport();
        report.add(result.diagnostics, result.sources);
        io.stdout(jsonDocument("check", !failed, report, { files: entries }));
      } else if (opts.format === "json") {
        io.stdout(renderJson(result.diagnostics, result.sources));
      } else {
        io.stdout(renderReport(result.diagnostics, result.sources, entries, { color: wantColor(opts.color, io) }));
      }
    });

  program
    .command("inspect")
    .description("print a model's inputs, outputs and parameters")
    .argument("<file>", "a .dl file")
    .option("--json", JSON_HELP + "; the model's fields are {model, inputs, outputs, parameters, parameterCount[, state]}")
    .option("--model <name>", "which model or wired graph (default: the first in the file)")
    .option("--root <dir>", "the project root that `use` may read under (default: the entry's nearest folder with package.json or .git)")
    .option("--allow-outside-root", "let `use` read files anywhere")
    .option("--color", "force coloured diagnostics")
    .option("--no-color", "disable coloured diagnostics")
    .action(async (file: string, opts: { json?: boolean; model?: string; color?: boolean } & Confinement) => {
      const json = opts.json ? new JsonReport() : undefined;
      const body = async (): Promise<CommandResult> => {
        const host = createNodeHost(hostOptions(opts, io));
        const entry = host.entryPath(file);
        const result = await checkFiles([entry], host);
        const report = () => renderReport(result.diagnostics, result.sources, [entry], { color: wantColor(opts.color, io) });
        // Diagnostics go to stderr so stdout stays clean for whoever reads it.
        if (hasErrors(result.diagnostics)) throw new CliExit(EXIT_ERRORS, report(), { list: result.diagnostics, sources: result.sources });
        // Warnings do not stop inspection, but should not go unseen either.
        if (result.diagnostics.length > 0) {
          if (json) json.add(result.diagnostics, result.sources);
          else io.stderr(report());
        }
        const models = result.models.filter((m) => m.file === entry);
        const model = opts.model === undefined ? models[0] : models.find((m) => m.name === opts.model);
        if (model === undefined) {
          const names = models.map((m) => m.name);
          const known = names.length > 0 ? ` (it declares: ${names.join(", ")})` : "";
          if (opts.model === undefined) throw failure(`\`${entry}\` declares no model or wired graph`);
          throw usage(`no model or wired graph named \`${opts.model}\` in \`${entry}\`${known}`);
        }
        if (!json) io.stdout(inspectText(model));
        return { code: EXIT_OK, fields: { model: model.name, ...inspectJson(model) } };
      };
      exitCode = json ? await guardJson(io, "inspect", json, body) : await guard(io, async () => (await body()).code);
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
    .option("--json", JSON_HELP + "; with {model, backends, batch, out, files: [{path, bytes}], timeMs[, ir]}")
    .action(async (file: string, opts: { target: "wasm" | "wgsl" | "all"; out?: string; batch: number; model?: string; seed?: number; dim?: Record<string, number>; printAfter?: string; color?: boolean; json?: boolean } & FuseFlags & Confinement) => {
      const json = opts.json ? new JsonReport() : undefined;
      const body = () => buildCommand(file, { ...opts, fuse: wantFusion(opts), color: wantColor(opts.color, io), json }, io);
      exitCode = json ? await guardJson(io, "build", json, body) : await guard(io, async () => (await body()).code);
    });

  program
    .command("run")
    .description("compile a model (or read a built artifact folder), run it and print its outputs and timing")
    .argument("<file>", "a .dl file, or a folder written by `dlc build`")
    .addOption(new Option("--backend <backend>", "where to run (webgpu: the GPU through WebGPU)").choices(["interp", "wasm", "webgpu"]).default("wasm"))
    .option("--weights <file>", "weights (safetensors) keyed by the parameter names `dlc inspect` prints")
    .option("--seed <s>", "seed for the model's initializers (when no --weights) and for --random-inputs", nonNegativeInt("--seed"))
    .option("--inputs <file>", "inputs (safetensors) keyed by input name")
    .option("--random-inputs", `run on seeded random inputs instead of an inputs file: f32 ${RANDOM_INPUTS.f32}, i32 ${RANDOM_INPUTS.i32}, bool ${RANDOM_INPUTS.bool}`)
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
    .option("--json", JSON_HELP + "; with {model, backend, batch, weights, inputs, outputs: [{name, dtype, shape, mean, nan, inf, first}], timeMs, ...}")
    .action(async (file: string, opts: Omit<RunOptions, "color" | "fuse" | "json"> & { color?: boolean; json?: boolean } & FuseFlags) => {
      const json = opts.json ? new JsonReport() : undefined;
      const body = () => runCommand(file, { ...opts, fuse: wantFusion(opts), color: wantColor(opts.color, io), json }, io);
      exitCode = json ? await guardJson(io, "run", json, body) : await guard(io, async () => (await body()).code);
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
    .option("--json", JSON_HELP + "; with the graph's fields ({model, batch, after, inputs, outputs, nodes, edges, kernels}), or with -o {model, out, format, nodes, after}")
    .action(async (file: string, opts: Omit<GraphCommandOptions, "color" | "fuse" | "json" | "formatGiven"> & { color?: boolean; json?: boolean } & FuseFlags, cmd: Command) => {
      const json = opts.json ? new JsonReport() : undefined;
      const formatGiven = cmd.getOptionValueSource("format") === "cli";
      const body = () => graphCommand(file, { ...opts, fuse: wantFusion(opts), color: wantColor(opts.color, io), json, formatGiven }, io);
      exitCode = json ? await guardJson(io, "graph", json, body) : await guard(io, async () => (await body()).code);
    });

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.exitCode === 0) return EXIT_OK;
      // A command line commander refused (printed on stderr): with --json, stdout still gets its object.
      if (argv.includes("--json")) {
        const command = argv.find((a) => program.commands.some((c) => c.name() === a)) ?? null;
        io.stdout(jsonDocument(command ?? "dlc", false, new JsonReport(), {}, { message: e.message.replace(/^error: /, "") }));
      }
      return EXIT_USAGE;
    }
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
