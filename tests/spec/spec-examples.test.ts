// Every code example in the spec is checked with the real compiler, so the spec cannot drift
// from what dlc does: ```dl blocks must check with no errors (warnings allowed) and
// ```dl-error CODE blocks must produce CODE.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ALL_CODES, CATALOGUE } from "../../compiler/index.ts";
import { blockProblem, checkBlock, extractDlBlocks, listFiles, REPO_ROOT, splitFiles, type DlBlock } from "./dl-blocks.ts";

function specMarkdown(): { file: string; text: string }[] {
  const files = listFiles(join(REPO_ROOT, "spec"), ".md").map((f) => join("spec", f));
  if (existsSync(join(REPO_ROOT, "README.md"))) files.push("README.md");
  return files.map((file) => ({ file, text: readFileSync(join(REPO_ROOT, file), "utf8") }));
}

const blocks: DlBlock[] = specMarkdown().flatMap(({ file, text }) => extractDlBlocks(text, file));

describe("block extraction", () => {
  it("finds dl and dl-error blocks with their opening line and splits files", () => {
    const md = ["# t", "```dl", "fn a() -> f32 { 1.0 }", "```", "", "```dl-error E0201", "x = y", "// file: b.dl", "z = 1", "```", "```ebnf", "a = b ;", "```"].join("\n");
    const found = extractDlBlocks(md, "t.md");
    expect(found.map((b) => [b.line, b.expectedCode])).toEqual([[2, undefined], [6, "E0201"]]);
    expect(splitFiles(found[1].body)).toEqual({ "main.dl": "x = y", "b.dl": "z = 1\n" });
  });

  it("finds the spec's examples", () => {
    // The spec has dozens of examples; a broken fence regex would silently find none.
    expect(blocks.length).toBeGreaterThan(60);
    expect(blocks.some((b) => b.file === "spec/language.md" && b.expectedCode === undefined)).toBe(true);
  });
});

describe("spec code examples", () => {
  for (const block of blocks) {
    const label = `${block.file}:${block.line} ${block.expectedCode ?? "dl"}`;
    it(label, async () => {
      const checked = await checkBlock(block);
      const problem = blockProblem(block, checked);
      expect(problem, problem).toBeUndefined();
    });
  }
});

describe("spec/diagnostics.md", () => {
  const text = readFileSync(join(REPO_ROOT, "spec", "diagnostics.md"), "utf8");
  const documented = new Set(blocks.filter((b) => b.file === "spec/diagnostics.md").map((b) => b.expectedCode));
  // E0006 needs bytes that are not UTF-8 (a markdown file cannot hold them) and E0901/E0902 are
  // dlc bugs: all are described in prose only.
  // E10xx and E1103–E1105 come from building, not checking: their golden cases run `dlc build`
  // (tests/golden); E1101 needs the Node host's project root.
  const proseOnly = new Set(["E0006", "E0901", "E0902", "E1001", "E1002", "E1003", "E1004", "E1005", "E1006", "E1007", "E1101", "E1103", "E1104", "E1105"]);

  for (const code of ALL_CODES) {
    it(`documents ${code} (${CATALOGUE[code].title})`, () => {
      expect(text, `no "## ${code}" section`).toContain(`## ${code} ${CATALOGUE[code].title}`);
      if (!proseOnly.has(code)) expect(documented.has(code), `no \`\`\`dl-error ${code} example`).toBe(true);
    });
  }
});
