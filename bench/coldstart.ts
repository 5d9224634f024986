// Cold start (`npm run bench:coldstart`): wall time of a fresh Node process for `dlc --version`,
// `dlc check examples/mlp.dl`, and a plain script that imports the package and builds the MLP
// for WASM. Before: the TypeScript sources through tsx (bin/dlc.js in a checkout; a script
// importing compiler/*.ts under `node --import tsx/esm`). After: the compiled package (`npm run
// build`), reached the way an installed copy is: bin/dlc.js of a folder without sources, and
// `import "dlc"` through package.json's exports. Writes the `coldstart` section of RESULTS.md.
// `--runs N` (default 7); `--no-build` keeps an existing dist/.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fmt, machineLine, median, recordSection, ROOT } from "./harness.ts";

interface Case {
  label: string;
  target?: number;
  before: string[];
  after: string[];
}

function argValue(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/** Wall-clock ms of each of `runs` fresh processes; throws if one fails. */
function timeRuns(argv: string[], cwd: string, runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(argv[0]!, argv.slice(1), { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    const ms = performance.now() - t0;
    if (r.status !== 0) throw new Error(`${argv.join(" ")} failed (${r.status}): ${r.stderr}`);
    out.push(ms);
  }
  return out;
}

function main(): void {
  const runs = argValue("--runs", 7);
  if (!process.argv.includes("--no-build")) execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });

  // An installed-looking copy: bin/dlc.js and dist/ without the sources next to them, and a
  // project whose node_modules/dlc is this repository (so `import "dlc"` goes through exports).
  const tmp = mkdtempSync(path.join(os.tmpdir(), "dlc-coldstart-"));
  const installed = path.join(tmp, "pkg");
  mkdirSync(path.join(installed, "bin"), { recursive: true });
  copyFileSync(path.join(ROOT, "bin/dlc.js"), path.join(installed, "bin/dlc.js"));
  symlinkSync(path.join(ROOT, "dist"), path.join(installed, "dist"));
  const project = path.join(tmp, "project");
  mkdirSync(path.join(project, "node_modules"), { recursive: true });
  symlinkSync(ROOT, path.join(project, "node_modules/dlc"));
  const mlp = path.join(ROOT, "examples/mlp.dl");
  const buildBody = (imports: string) =>
    `${imports}\nconst r = await buildArtifact([${JSON.stringify(mlp)}], createNodeHost(), { batch: 1, targets: ["wasm"] });\nif (!r.artifact) throw new Error("build failed");\n`;
  writeFileSync(path.join(project, "before.mts"), buildBody(
    `import { buildArtifact } from ${JSON.stringify(path.join(ROOT, "compiler/build.ts"))};\nimport { createNodeHost } from ${JSON.stringify(path.join(ROOT, "cli/node-host.ts"))};`));
  writeFileSync(path.join(project, "after.mjs"), buildBody(`import { buildArtifact } from "dlc";\nimport { createNodeHost } from "dlc/node";`));
  // The same, but exiting at once: Node otherwise waits at exit for V8's background compile
  // jobs (TurboFan tiering up binaryen's own WebAssembly), which this row leaves out.
  writeFileSync(path.join(project, "after-exit.mjs"), buildBody(`import { buildArtifact } from "dlc";\nimport { createNodeHost } from "dlc/node";`) + "process.exit(0);\n");
  writeFileSync(path.join(project, "before-exit.mts"), buildBody(
    `import { buildArtifact } from ${JSON.stringify(path.join(ROOT, "compiler/build.ts"))};\nimport { createNodeHost } from ${JSON.stringify(path.join(ROOT, "cli/node-host.ts"))};`) + "process.exit(0);\n");

  const node = process.execPath;
  const cases: Case[] = [
    { label: "`dlc --version`", target: 300, before: [node, path.join(ROOT, "bin/dlc.js"), "--version"], after: [node, path.join(installed, "bin/dlc.js"), "--version"] },
    { label: "`dlc check examples/mlp.dl`", target: 500, before: [node, path.join(ROOT, "bin/dlc.js"), "check", mlp], after: [node, path.join(installed, "bin/dlc.js"), "check", mlp] },
    {
      label: "script: import the package, build the MLP (WASM)",
      target: 1500,
      before: [node, "--import", path.join(ROOT, "node_modules/tsx/dist/esm/index.mjs"), path.join(project, "before.mts")],
      after: [node, path.join(project, "after.mjs")],
    },
    {
      label: "the same script ending in `process.exit(0)`",
      before: [node, "--import", path.join(ROOT, "node_modules/tsx/dist/esm/index.mjs"), path.join(project, "before-exit.mts")],
      after: [node, path.join(project, "after-exit.mjs")],
    },
  ];

  const rows: string[] = [];
  const verdicts: string[] = [];
  const baseline = median(timeRuns([node, "-e", "0"], project, runs));
  for (const c of cases) {
    // One unrecorded run each first, so both sides start with the files in the OS cache.
    timeRuns(c.before, project, 1);
    timeRuns(c.after, project, 1);
    const before = timeRuns(c.before, project, runs);
    const after = timeRuns(c.after, project, runs);
    const met = c.target === undefined ? undefined : median(after) < c.target;
    console.log(`${c.label}: before ${fmt(median(before))} ms, after ${fmt(median(after))} ms${c.target === undefined ? "" : ` (target < ${c.target} ms: ${met ? "met" : "missed"})`}`);
    const verdict = met === undefined ? "" : met ? "met" : "**missed**";
    rows.push(`| ${c.label} | ${fmt(median(before))} (${fmt(Math.min(...before))}–${fmt(Math.max(...before))}) | ${fmt(median(after))} (${fmt(Math.min(...after))}–${fmt(Math.max(...after))}) | ${c.target === undefined ? "" : `< ${c.target}`} | ${verdict} |`);
    verdicts.push(met === false ? c.label : "");
  }
  rmSync(tmp, { recursive: true, force: true });

  const load = os.loadavg()[0]!.toFixed(2);
  const missed = verdicts.filter(Boolean);
  recordSection("coldstart", [
    "## Cold start (`npm run bench:coldstart`)",
    "",
    `Wall time of a fresh Node process, median of ${runs} (min–max), in ms, files already in the OS cache (one unrecorded`,
    "run first). Before: the TypeScript sources through tsx (`bin/dlc.js` in a checkout, which also sends chevrotain to",
    "its one-file build; the script under `node --import tsx/esm`). After: the compiled package from `npm run build`,",
    "reached as an installed copy reaches it (`bin/dlc.js` with no sources beside it, `import \"dlc\"` through the",
    "exports map). The script builds examples/mlp.dl for WASM at batch 1, so it includes loading binaryen and",
    `optimizing the module. An empty \`node -e 0\` takes ${fmt(baseline)} ms here.`,
    "",
    "| command | before, sources + tsx | after, dist/ | target | |",
    "|---|---:|---:|---:|---|",
    ...rows,
    "",
    `Machine: ${machineLine()}; ${new Date().toISOString().slice(0, 10)}; 1-minute load average ${load} after the run (other`,
    "processes share this machine).",
    missed.length === 0 ? "Targets: all met." : `Targets missed: ${missed.join(", ")}.`,
    "The build script is sensitive to other load: V8 tiers binaryen's own WebAssembly up with TurboFan on background",
    "threads, and Node waits for those jobs before a process exits; with both cores busy (load average ~7) the same",
    "script took 2–4 s here (`node --liftoff-only` brings it to ~0.6 s, but would also slow the models' own WASM).",
  ].join("\n"));
}

main();
