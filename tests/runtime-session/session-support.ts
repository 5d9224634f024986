// Building small artifacts for session tests from in-memory .dl sources (with the real stdlib).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { buildArtifact, type BuildTarget } from "../../compiler/build.ts";
import { createMemoryHost } from "../../compiler/index.ts";
import type { Artifact } from "../../runtime/artifact.ts";
import { ROOT } from "../cli/cli-support.ts";

const STDLIB = Object.fromEntries(
  readdirSync(path.join(ROOT, "stdlib"))
    .filter((f) => f.endsWith(".dl"))
    .map((f) => [f, readFileSync(path.join(ROOT, "stdlib", f), "utf8")]),
);

export async function buildSource(source: string, batch: number, targets: BuildTarget[] = []): Promise<Artifact> {
  const host = createMemoryHost({ files: { "main.dl": source }, stdlib: STDLIB });
  const r = await buildArtifact(["main.dl"], host, { batch, targets });
  if (!r.artifact) throw new Error(`build failed: ${r.diagnostics.map((d) => `${d.code} ${d.message}`).join("; ")}`);
  return r.artifact;
}

export async function buildExample(name: string, batch: number, targets: BuildTarget[] = []): Promise<Artifact> {
  return buildSource(readFileSync(path.join(ROOT, "examples", name), "utf8"), batch, targets);
}

export const TINY = `use std.nn.{Linear, relu}

model Tiny {
  input x: f32[B, 3]
  l = Linear(3, 2)
  output y = relu(l(x))
}
`;

/** Seeded values in [-1, 1) from a tiny LCG (independent of the runtime's generators). */
export function values(n: number, seed: number): Float32Array {
  let s = seed >>> 0;
  return Float32Array.from({ length: n }, () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 31 - 1;
  });
}

/** Catches what `f` throws (sync or async) so a test can look at its class, code and message. */
export async function caught(f: () => unknown): Promise<Error & { code?: string }> {
  try {
    await f();
  } catch (e) {
    return e as Error & { code?: string };
  }
  throw new Error("expected an error, but nothing was thrown");
}
