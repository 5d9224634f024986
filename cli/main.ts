// Entry point of the `dlc` binary (bin/dlc.js loads this through tsx).
import { CHILD_ENV, loadsDawn, runFiltered, STDERR_TTY_ENV } from "./dawn-quiet.ts";

const argv = process.argv.slice(2);
if (loadsDawn(argv) && process.env[CHILD_ENV] !== "1") {
  // Dawn's native start-up warnings can only be dropped outside this process (dawn-quiet.ts).
  process.exitCode = await runFiltered(argv);
} else {
  const { runCli } = await import("./program.ts");
  const code = await runCli(argv, {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true || process.env[STDERR_TTY_ENV] === "1",
  });
  // exitCode rather than exit(): lets pending stdout writes to a pipe finish.
  process.exitCode = code;
}
