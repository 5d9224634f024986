// Shared by the fuzz suites: run checkFiles on one input and assert the compiler's promises
// about bad input — no throw, an answer within a second, and only well-formed diagnostics.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { checkFiles } from "../../compiler/index.ts";
import { CATALOGUE } from "../../compiler/diagnostics/catalogue.ts";
import { renderJson } from "../../compiler/diagnostics/render-json.ts";
import { renderText } from "../../compiler/diagnostics/render-text.ts";
import { createMemoryHost, type FileContents } from "../../compiler/modules/memory-host.ts";
import type { Span } from "../../compiler/source.ts";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Runs per property: 2,200 cases over the three suites, in about 30 s on 2 cores. */
export const RUNS = {
  bytes: 600,
  unicode: 600,
  mutations: 1000,
};

export const TIME_LIMIT_MS = 1000;

function readDl(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir).sort()) if (f.endsWith(".dl")) out[f] = readFileSync(path.join(dir, f), "utf8");
  return out;
}

export const STDLIB: Record<string, string> = readDl(path.join(ROOT, "stdlib"));
export const EXAMPLES: Record<string, string> = readDl(path.join(ROOT, "examples"));

/** Check `main.dl` (plus any extra files) against the real stdlib; assert every invariant; return the codes seen. */
export async function checkAndAssert(
  main: FileContents,
  options: { files?: Record<string, FileContents>; stdlib?: Record<string, FileContents> } = {},
): Promise<string[]> {
  const host = createMemoryHost({ files: { ...options.files, "main.dl": main }, stdlib: options.stdlib ?? STDLIB });
  const t0 = performance.now();
  const result = await checkFiles(["main.dl"], host);
  const ms = performance.now() - t0;
  expect(ms, "checkFiles took longer than a second").toBeLessThan(TIME_LIMIT_MS);

  const within = (s: Span, what: string): void => {
    const src = result.sources.get(s.file);
    expect(src, `${what}: span in unknown file ${s.file}`).toBeDefined();
    expect(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: non-integer span`).toBe(true);
    expect(s.start, `${what}: span starts before the file`).toBeGreaterThanOrEqual(0);
    expect(s.end, `${what}: span ends before it starts`).toBeGreaterThanOrEqual(s.start);
    expect(s.end, `${what}: span ends past the file`).toBeLessThanOrEqual(src!.text.length);
  };
  for (const d of result.diagnostics) {
    const what = `${d.code} "${d.message}"`;
    expect(d.code, `internal error: ${d.message}`).not.toBe("E0901");
    expect(Object.hasOwn(CATALOGUE, d.code), `${d.code} is not in the catalogue`).toBe(true);
    expect(d.severity).toBe(CATALOGUE[d.code].severity);
    expect(typeof d.message === "string" && d.message.trim().length > 0, `${d.code} has an empty message`).toBe(true);
    within(d.span, what);
    for (const l of d.labels) within(l.span, `${what} label "${l.message}"`);
  }
  // Rendering must cope with whatever the stages produced.
  renderText(result.diagnostics, result.sources, { color: true });
  JSON.parse(renderJson(result.diagnostics, result.sources));
  return result.diagnostics.map((d) => d.code);
}

/** Tokens of the language, for token-soup inputs and mutation insertions. */
export const TOKENS = [
  "use", "as", "layer", "model", "fn", "wired", "train", "param", "state", "input", "output", "neuron", "repeat",
  "true", "false", "std", "nn", "Linear", "relu", "LayerNorm", "x", "y", "B", "T", "d", "_", "f32", "i32", "bool",
  "Dim", "int", "float", "0", "1", "-1", "784", "1.0", "1e-3", "1e999", "99999999999999999999", "64 MiB", "1f1b",
  '"./x.dl"', '"unterminated', "/*", "*/", "//", "(", ")", "[", "]", "{", "}", ",", ";", ":", ".", "..", "->", "=",
  "+", "-", "*", "/", "%", "@", "**", "==", "!=", "<", "<=", ">", ">=", "&&", "||", "!", "\n", " ", "\t", "#", "$",
  "\u00e9", "\ud83d\ude00", "\r\n",
];
