// The README's Runtime API section runs as written: its ```ts block is extracted, written to a
// temporary project folder next to an MLP artifact built by the CLI, and run with Node (tsx for
// the TypeScript). The one rewrite is the package specifier "dlc/runtime", which inside this
// repository means runtime/index.ts (api/runtime.ts re-exports it). Its printed logits must
// equal an interpreter session's on the same artifact and input.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, expect, it } from "vitest";
import { loadArtifact } from "../../runtime/artifact-load.ts";
import { load } from "../../runtime/session.ts";
import { dlc, ROOT } from "../cli/cli-support.ts";

const dir = mkdtempSync(path.join(os.tmpdir(), "dlc-readme-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function readmeSnippet(): string {
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Runtime API\n"));
  const m = /```ts\n([\s\S]*?)```/.exec(section.slice(0, section.indexOf("\n## ", 5)));
  if (!m) throw new Error("README.md's Runtime API section has no ```ts block");
  return m[1]!;
}

it("the README's Runtime API snippet runs as written and prints the right logits", async () => {
  const snippet = readmeSnippet();
  expect(snippet).toContain('from "dlc/runtime"');
  const built = dlc(["build", "examples/mlp.dl", "-o", path.join(dir, "build/mlp"), "--seed", "1"]);
  expect(built.code, built.stderr).toBe(0);
  // A user's ESM project (top-level await needs one).
  writeFileSync(path.join(dir, "package.json"), '{ "type": "module" }\n');
  const file = path.join(dir, "snippet.ts");
  writeFileSync(file, snippet.replaceAll('"dlc/runtime"', JSON.stringify(pathToFileURL(path.join(ROOT, "runtime/index.ts")).href)));
  const r = spawnSync(process.execPath, ["--import", import.meta.resolve("tsx"), file], { cwd: dir, encoding: "utf8", timeout: 60_000 });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  // The same run on the interpreter, in this process.
  const artifact = await loadArtifact(path.join(dir, "build/mlp"));
  const s = await load(artifact, { backend: "interp" });
  s.setWeights(artifact.files["weights.safetensors"]!);
  const x = Float32Array.from({ length: 784 }, (_, i) => (i % 7) / 7);
  const want = s.run({ x: { data: x, shape: [1, 784] } }).logits!;
  s.dispose();
  expect(r.stdout).toBe(`[ 1, 10 ] ${Array.from(want.data, (v) => v.toFixed(4)).join(" ")}\n`);
});
