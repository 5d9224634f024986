// Shared pieces of the benchmark scripts: child processes that answer one message at a time,
// medians, output checks, the other-load meter, number formatting and the marked sections of
// bench/RESULTS.md. Each script keeps its own contenders and tables.
import { fork, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { writeFileAtomic } from "../cli/safe-write.ts";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(BENCH_DIR, "..");
export const RESULTS = path.join(BENCH_DIR, "RESULTS.md");

// ------------------------------------------------------------------ child processes

/** Any reply of a child; `type: "error"` carries `message`. */
export interface ChildReply { type: string; message?: string; [key: string]: unknown }

/**
 * A forked script (advanced IPC serialization: typed arrays travel as they are) asked one
 * message at a time. A child that exits or does not answer in time answers an error.
 */
export class Child<R extends ChildReply = ChildReply> {
  private child: ChildProcess;
  private pending: ((r: R) => void) | undefined;
  dead: string | undefined;

  constructor(script: string, args: string[], options: { cwd?: string } = {}) {
    this.child = fork(script, args, { serialization: "advanced", stdio: ["ignore", "inherit", "inherit", "ipc"], ...(options.cwd ? { cwd: options.cwd } : {}) });
    this.child.on("message", (m: R) => {
      const p = this.pending;
      this.pending = undefined;
      p?.(m);
    });
    this.child.on("exit", (code, signal) => {
      this.dead = `process exited (${signal ?? code})`;
      this.pending?.({ type: "error", message: this.dead } as R);
    });
  }

  ask(msg: object, timeoutMs = 180_000): Promise<R> {
    if (this.dead) return Promise.resolve({ type: "error", message: this.dead } as R);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve({ type: "error", message: `no answer in ${timeoutMs} ms` } as R), timeoutMs);
      this.pending = (r) => {
        clearTimeout(timer);
        resolve(r);
      };
      this.child.send(msg);
    });
  }

  close(): void {
    if (this.child.connected) this.child.disconnect();
  }
}

// ------------------------------------------------------------------ statistics and checks

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export interface Check { ok: boolean; rel: number; maxAbs: number; at: number; got: number; want: number; text: string }

/** Worst element difference, relative to the reference's largest magnitude; ok when ≤ tolerance. */
export function compare(got: Float32Array, want: Float32Array, tolerance: number): Check {
  if (got.length !== want.length) {
    return { ok: false, rel: Infinity, maxAbs: Infinity, at: -1, got: NaN, want: NaN, text: `length ${got.length}, expected ${want.length}` };
  }
  let scale = 0;
  for (const v of want) scale = Math.max(scale, Math.abs(v));
  let maxAbs = 0;
  let at = 0;
  for (let i = 0; i < want.length; i++) {
    const d = Math.abs(got[i]! - want[i]!);
    if (!(d <= maxAbs)) {
      maxAbs = d;
      at = i;
      if (Number.isNaN(d)) break;
    }
  }
  const rel = maxAbs / (scale || 1);
  const ok = rel <= tolerance;
  return { ok, rel, maxAbs, at, got: got[at]!, want: want[at]!, text: `max|Δ| ${maxAbs.toExponential(2)} (rel ${rel.toExponential(2)}, at [${at}]: ${got[at]} vs ${want[at]})` };
}

// ------------------------------------------------------------------ other load on the machine

/** Busy and total CPU time of the whole machine so far, in ms (Linux /proc/stat; undefined elsewhere). */
export function machineCpu(): { busy: number; total: number } | undefined {
  if (!existsSync("/proc/stat")) return undefined;
  const f = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
  const total = f.reduce((a, b) => a + b, 0);
  const idle = f[3]! + f[4]!;
  const tick = 10; // USER_HZ is 100 on Linux
  return { busy: (total - idle) * tick, total: total * tick };
}

/**
 * What else kept the machine's cores busy while the contenders were timed, in cores on
 * average: machine busy time minus our own processes' CPU time, over the wall time. The host
 * is shared, so a reader needs this to judge the figures.
 */
export class LoadMeter<K = string> {
  private readonly m0 = machineCpu();
  private readonly own0 = process.cpuUsage();
  private readonly t0 = performance.now();
  /** Each child's cumulative CPU ms: first seen and latest. */
  private readonly child = new Map<K, { first: number; last: number }>();
  see(kind: K, cpuMs: number | undefined): void {
    if (cpuMs === undefined) return;
    const c = this.child.get(kind);
    if (c) c.last = cpuMs;
    else this.child.set(kind, { first: cpuMs, last: cpuMs });
  }
  otherCores(): number | undefined {
    const m1 = machineCpu();
    if (!this.m0 || !m1) return undefined;
    const own = process.cpuUsage(this.own0);
    let ours = (own.user + own.system) / 1000;
    for (const c of this.child.values()) ours += c.last - c.first;
    return Math.max(0, (m1.busy - this.m0.busy - ours) / (performance.now() - this.t0));
  }
}

// ------------------------------------------------------------------ report

export function version(pkg: string): string {
  try {
    return (JSON.parse(readFileSync(path.join(ROOT, "node_modules", pkg, "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return "?";
  }
}

export function fmt(ms: number | undefined): string {
  if (ms === undefined) return "—";
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(3);
}

/** "Intel(R) Xeon(R) Processor, 2 cores; Node v20…" */
export function machineLine(): string {
  const cpus = os.cpus();
  return `${cpus[0]?.model ?? "?"}, ${cpus.length} cores; Node ${process.version}`;
}

/** Replaces the section between `<!-- name:start -->` and `<!-- name:end -->` (appends it when absent). */
export function recordSection(name: string, section: string): void {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  let text = readFileSync(RESULTS, "utf8");
  const block = `${start}\n${section}\n${end}`;
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  text = a >= 0 && b > a ? text.slice(0, a) + block + text.slice(b + end.length) : `${text.trimEnd()}\n\n${block}\n`;
  writeFileAtomic(RESULTS, new TextEncoder().encode(text));
}
