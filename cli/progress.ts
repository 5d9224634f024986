// A one-line progress indication on stderr, for the one slow step of `dlc run`: building the
// WebGPU pipelines (15–30 s on a fresh machine with the software adapter, a fraction of a
// second once Dawn's cache is warm). Shown only when stderr is a terminal and not under
// --json, after a short delay so that a fast load shows nothing, and erased when done so
// that what follows is printed as if it had never been there. Hand-written rather than a
// spinner package: those write to a real TTY stream and hook process.stdout and stderr,
// while the CLI writes through CliIo (tests run it in-process), and this is a dozen lines.
import type { CliIo } from "./program.ts";

export interface Progress {
  /** Replace the text shown (the elapsed time is added to it). */
  update(text: string): void;
  /** Erase the line; nothing more is written. */
  stop(): void;
}

const FRAMES = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];
const INTERVAL_MS = 100;
/** Loads faster than this show nothing. */
const DELAY_MS = 400;
const ERASE = "\r\x1b[2K";

const NONE: Progress = { update() {}, stop() {} };

export function startProgress(io: CliIo, text: string): Progress {
  if (!io.stderrIsTTY || io.env.TERM === "dumb") return NONE;
  const t0 = Date.now();
  let frame = 0;
  let shown = false;
  let current = text;
  const draw = () => {
    if (Date.now() - t0 < DELAY_MS) return;
    shown = true;
    const secs = Math.floor((Date.now() - t0) / 1000);
    io.stderr(`${ERASE}${FRAMES[frame++ % FRAMES.length]} ${current} (${secs} s)`);
  };
  const timer = setInterval(draw, INTERVAL_MS);
  // The timer must not keep the process alive if the command ends without stop().
  timer.unref?.();
  return {
    update(next) {
      current = next;
    },
    stop() {
      clearInterval(timer);
      if (shown) io.stderr(ERASE);
    },
  };
}
