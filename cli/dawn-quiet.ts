// Dawn (the `webgpu` package's native WebGPU) prints two warnings of its own whenever it
// opens a Vulkan adapter whose dynamic-buffer limits exceed what Dawn supports, as lavapipe's
// do:
//
//   Warning: maxDynamicUniformBuffersPerPipelineLayout artificially reduced from 1000000 to 16 to fit dynamic offset allocation limit.
//   Warning: maxDynamicStorageBuffersPerPipelineLayout artificially reduced from 1000000 to 16 to fit dynamic offset allocation limit.
//
// They say nothing a dlc user can act on. Dawn writes them with fprintf to file descriptor 2
// from native code, past anything JavaScript can intercept in the same process (there is no
// log-level option in dawn.node, and Node cannot redirect its own descriptors), so `dlc run
// --backend webgpu` runs itself as a child whose stderr goes through StderrFilter, which
// drops exactly those lines and passes everything else on as it comes.
import { spawn } from "node:child_process";

/** Set in the child, so that it does not start another. */
export const CHILD_ENV = "DLC_DAWN_FILTERED";
/** Set in the child when the parent's stderr is a terminal (the child's is a pipe). */
export const STDERR_TTY_ENV = "DLC_STDERR_IS_TTY";

const WARNING = /^Warning: maxDynamic(Uniform|Storage)BuffersPerPipelineLayout artificially reduced from \d+ to \d+ to fit dynamic offset allocation limit\.\r?\n$/;
const PREFIX = "Warning: maxDynamic";

/** Whether this command line loads Dawn: `run` with `--backend webgpu`. */
export function loadsDawn(argv: readonly string[]): boolean {
  if (argv[0] !== "run") return false;
  for (let i = 1; i < argv.length; i++) {
    if (argv[i] === "--backend" && argv[i + 1] === "webgpu") return true;
    if (argv[i] === "--backend=webgpu") return true;
  }
  return false;
}

/**
 * Drops Dawn's start-up warnings from a stream of text, passing the rest on at once: a line is
 * held back only while it may still turn out to be one of them (it starts like one and has
 * not ended), so progress lines, which never end in a newline, are not delayed.
 */
export class StderrFilter {
  private held = "";
  /** The current line has already been passed on in part: the rest of it goes too. */
  private midLine = false;

  push(chunk: string): string {
    let out = "";
    this.held += chunk;
    for (let nl = this.held.indexOf("\n"); nl >= 0; nl = this.held.indexOf("\n")) {
      const line = this.held.slice(0, nl + 1);
      this.held = this.held.slice(nl + 1);
      if (this.midLine || !WARNING.test(line)) out += line;
      this.midLine = false;
    }
    if (this.held !== "" && (this.midLine || !(PREFIX.startsWith(this.held) || this.held.startsWith(PREFIX)))) {
      out += this.held;
      this.held = "";
      this.midLine = true;
    }
    return out;
  }

  /** What is still held when the stream ends (a line with no newline is never a warning). */
  end(): string {
    const rest = this.held;
    this.held = "";
    return rest;
  }
}

/** Runs this same command line again as a child with its stderr filtered; resolves to its exit status. */
export function runFiltered(argv: readonly string[]): Promise<number> {
  const env = { ...process.env, [CHILD_ENV]: "1", ...(process.stderr.isTTY ? { [STDERR_TTY_ENV]: "1" } : {}) };
  const child = spawn(process.execPath, [...process.execArgv, process.argv[1]!, ...argv], { stdio: ["inherit", "inherit", "pipe"], env });
  const filter = new StderrFilter();
  child.stderr!.setEncoding("utf8");
  child.stderr!.on("data", (chunk: string) => {
    const out = filter.push(chunk);
    if (out) process.stderr.write(out);
  });
  // Ctrl-C reaches the child too (same process group): wait for it to end rather than leave it.
  const ignore = () => {};
  process.on("SIGINT", ignore);
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  const onTerm = forward("SIGTERM");
  process.on("SIGTERM", onTerm);
  return new Promise((resolve) => {
    child.on("error", (e) => {
      process.stderr.write(`error: cannot start dlc for the webgpu backend: ${e.message}\n`);
      resolve(1);
    });
    child.on("close", (code, signal) => {
      const rest = filter.end();
      if (rest) process.stderr.write(rest);
      process.off("SIGINT", ignore);
      process.off("SIGTERM", onTerm);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}
