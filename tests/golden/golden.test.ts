// Golden diagnostics: every tests/golden/diagnostics/*.dl (or folder with a main.dl) is checked
// and its output compared byte for byte with the committed X.errors.txt (what `dlc check
// --no-color` prints) and X.errors.json (what `--format json` prints).
// Refresh after an intended change with `npm run golden:update`, then review the diff.
import { existsSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkFiles } from "../../compiler/index.ts";
import { buildArtifact, type BuildOptions, type BuildTarget } from "../../compiler/build.ts";
import { ALL_CODES } from "../../compiler/diagnostics/catalogue.ts";
import { renderJson } from "../../compiler/diagnostics/render-json.ts";
import { renderReport } from "../../compiler/diagnostics/render-text.ts";
import { createNodeHost } from "../../cli/node-host.ts";

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "diagnostics");
const UPDATE = process.env.UPDATE_GOLDEN === "1";
/** Codes no input can produce on purpose (E0902: tests/passes/pipeline.test.ts triggers it with a broken pass). */
const EXEMPT = new Set(["E0901", "E0902"]);

interface Case {
  name: string;
  /** Entry path relative to DIR: the path shown in the output. */
  entry: string;
}

function findCases(): Case[] {
  const cases: Case[] = [];
  for (const name of readdirSync(DIR).sort()) {
    const full = path.join(DIR, name);
    if (name.endsWith(".dl") && statSync(full).isFile()) cases.push({ name: name.slice(0, -3), entry: name });
    else if (statSync(full).isDirectory() && existsSync(path.join(full, "main.dl"))) cases.push({ name, entry: `${name}/main.dl` });
  }
  return cases;
}

const cases = findCases();
/** Codes each case produced, for the coverage tests below. */
const produced = new Map<string, Set<string>>();

describe("golden diagnostics", () => {
  it("has cases to run", () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  for (const c of cases) {
    it(c.name, async () => {
      const host = createNodeHost({ cwd: DIR });
      // A first line `// dlc build --batch N --target T --model M --dim K=V` builds instead of only checking.
      const build = buildDirective(readFileSync(path.join(DIR, c.entry), "utf8"));
      const result = build ? await buildArtifact([c.entry], host, build) : await checkFiles([c.entry], host);
      produced.set(c.name, new Set(result.diagnostics.map((d) => d.code)));
      const text = renderReport(result.diagnostics, result.sources, [c.entry], { color: false });
      const json = renderJson(result.diagnostics, result.sources);
      const textFile = path.join(DIR, `${c.name}.errors.txt`);
      const jsonFile = path.join(DIR, `${c.name}.errors.json`);
      if (UPDATE) {
        writeFileSync(textFile, text);
        writeFileSync(jsonFile, json);
      } else {
        expect(existsSync(textFile), `${c.name}.errors.txt is missing: run \`npm run golden:update\``).toBe(true);
        expect(existsSync(jsonFile), `${c.name}.errors.json is missing: run \`npm run golden:update\``).toBe(true);
        expect(text).toBe(readFileSync(textFile, "utf8"));
        expect(json).toBe(readFileSync(jsonFile, "utf8"));
      }
      expect(result.diagnostics.map((d) => d.code)).not.toContain("E0901");
      const code = /^([EW]\d{4})/.exec(c.name)?.[1];
      expect(code, `golden file ${c.name} must be named after the code it shows, e.g. E0403-dim-mismatch.dl`).toBeDefined();
      expect([...produced.get(c.name)!], `${c.name} does not produce ${code}`).toContain(code);
    });
  }

  it("has no golden output without an input", () => {
    const names = new Set(cases.map((c) => c.name));
    const stale = readdirSync(DIR).filter((f) => /\.errors\.(txt|json)$/.test(f) && !names.has(f.replace(/\.errors\.(txt|json)$/, "")));
    if (UPDATE) for (const f of stale) unlinkSync(path.join(DIR, f));
    else expect(stale).toEqual([]);
  });
});

// Tests in a file run in order, so these see what every case above produced.
describe("golden coverage", () => {
  it("every catalogue code has a golden input that produces it", () => {
    expect(produced.size, "the golden cases must run first").toBe(cases.length);
    const seen = new Set([...produced.values()].flatMap((s) => [...s]));
    const missing = ALL_CODES.filter((code) => !EXEMPT.has(code) && !seen.has(code));
    expect(missing).toEqual([]);
  });

  it("every catalogue code has a golden input named after it", () => {
    const named = new Set(cases.map((c) => c.name.slice(0, 5)));
    const missing = ALL_CODES.filter((code) => !EXEMPT.has(code) && !named.has(code));
    expect(missing).toEqual([]);
  });
});

/** Build options from a case's first line, `// dlc build ARGS`, or undefined for a check-only case. */
function buildDirective(text: string): BuildOptions | undefined {
  const m = /^\/\/ dlc build(.*)$/m.exec(text.split("\n")[0] ?? "");
  if (!m) return undefined;
  const args = m[1].trim().split(/\s+/).filter(Boolean);
  const opts: BuildOptions = { batch: 1 };
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value] = [args[i], args[i + 1]];
    if (flag === "--batch") opts.batch = Number(value);
    else if (flag === "--model") opts.model = value;
    else if (flag === "--target") opts.targets = (value === "all" ? ["wasm", "wgsl"] : [value]) as BuildTarget[];
    else if (flag === "--dim") opts.dims = { ...opts.dims, [value.split("=")[0]]: Number(value.split("=")[1]) };
    else throw new Error(`unknown build flag ${flag} in a golden case`);
  }
  return opts;
}
