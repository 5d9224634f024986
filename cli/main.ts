// Entry point of the `dlc` binary (bin/dlc.js loads this through tsx).
import { runCli } from "./program.ts";

const code = await runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
});
// exitCode rather than exit(): lets pending stdout writes to a pipe finish.
process.exitCode = code;
