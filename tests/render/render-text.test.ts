import { describe, expect, it } from "vitest";
import { diag } from "../../compiler/diagnostics/diagnostic.ts";
import { renderSummary, renderText } from "../../compiler/diagnostics/render-text.ts";
import { SourceFile, type Span } from "../../compiler/source.ts";

const main = new SourceFile("main.dl", "model M {\n  input x: f32[B, 784]\n\th = Linear(785, 10)(x)\n  output y = h\n}\n");
const nn = new SourceFile("std/nn.dl", "layer Linear(in: Dim, out: Dim) {\n  fn (x: f32[..N, in]) -> f32[..N, out] { x @ w }\n}\n");
const sources = new Map([
  [main.path, main],
  [nn.path, nn],
]);

/** Span of the `n`-th occurrence (0-based) of `needle` in a file. */
function at(src: SourceFile, needle: string, n = 0): Span {
  let i = -1;
  for (let k = 0; k <= n; k++) i = src.text.indexOf(needle, i + 1);
  if (i < 0) throw new Error(`${needle} not in ${src.path}`);
  return { file: src.path, start: i, end: i + needle.length };
}

const mismatch = diag("E0403", at(main, "785"), "dimension mismatch: expected 784, found 785", {
  primaryLabel: "this is 785",
  labels: [
    { span: at(main, "784"), message: "784 comes from here" },
    { span: { ...at(nn, "in]"), end: at(nn, "in]").start + 2 }, message: "expected `in` features" },
  ],
  hint: "make them equal",
  notes: ["a note"],
});

describe("renderText", () => {
  it("renders a one-line diagnostic with a label and a hint", () => {
    const d = diag("E0201", at(main, "Linear"), "unknown name `Linear`", { primaryLabel: "not declared", hint: "import it" });
    // Line 3 starts with a tab: the caret line must be shifted by the 4 spaces it expands to.
    expect(renderText([d], sources)).toBe(
      [
        "error[E0201]: unknown name `Linear`",
        " --> main.dl:3:6",
        "  |",
        "3 |     h = Linear(785, 10)(x)",
        "  |         ^^^^^^ not declared",
        "  |",
        "  = hint: import it",
        "",
      ].join("\n"),
    );
  });

  it("shows secondary labels on their own lines and in other files, then hint and notes", () => {
    expect(renderText([mismatch], sources)).toBe(
      [
        "error[E0403]: dimension mismatch: expected 784, found 785",
        " --> main.dl:3:13",
        "  |",
        "2 |   input x: f32[B, 784]",
        "  |                   --- 784 comes from here",
        "3 |     h = Linear(785, 10)(x)",
        "  |                ^^^ this is 785",
        "  |",
        " ::: std/nn.dl:2:19",
        "  |",
        "2 |   fn (x: f32[..N, in]) -> f32[..N, out] { x @ w }",
        "  |                   -- expected `in` features",
        "  |",
        "  = hint: make them equal",
        "  = note: a note",
        "",
      ].join("\n"),
    );
  });

  it("underlines the first and last line of a multi-line span, eliding the middle", () => {
    // The span runs from `model` to the closing brace (line 5), excluding the final newline.
    const d = diag("W0001", { file: "main.dl", start: 0, end: main.text.length - 1 }, "unused value", { primaryLabel: "whole model" });
    expect(renderText([d], sources)).toBe(
      ["warning[W0001]: unused value", " --> main.dl:1:1", "  |", "1 | model M {", "  | ^^^^^^^^^", "...", "5 | }", "  | ^ whole model", ""].join("\n"),
    );
  });

  it("shows the single line between two annotated lines instead of eliding it", () => {
    const d = diag("E0201", at(main, "input"), "x", { labels: [{ span: at(main, "output"), message: "y" }] });
    expect(renderText([d], sources)).toBe(
      [
        "error[E0201]: x",
        " --> main.dl:2:3",
        "  |",
        "2 |   input x: f32[B, 784]",
        "  |   ^^^^^",
        "3 |     h = Linear(785, 10)(x)",
        "4 |   output y = h",
        "  |   ------ y",
        "",
      ].join("\n"),
    );
  });

  it("puts one caret at a zero-width span, even at the end of a line", () => {
    const end = main.text.indexOf("\n"); // just after `model M {`
    const d = diag("E0004", { file: "main.dl", start: end, end }, "expected `}`, found end of line");
    expect(renderText([d], sources)).toBe(
      ["error[E0004]: expected `}`, found end of line", " --> main.dl:1:10", "  |", "1 | model M {", "  |          ^", ""].join("\n"),
    );
  });

  it("renders a diagnostic in a file it has no text for as a location only", () => {
    const d = diag("E0101", { file: "gone.dl", start: 0, end: 0 }, "file not found: `gone.dl`");
    expect(renderText([d], sources)).toBe("error[E0101]: file not found: `gone.dl`\n --> gone.dl\n");
  });

  it("widens the gutter for two-digit line numbers", () => {
    const src = new SourceFile("long.dl", "\n".repeat(11) + "x = 1\n");
    const d = diag("W0001", { file: "long.dl", start: 11, end: 12 }, "unused value `x`");
    expect(renderText([d], new Map([[src.path, src]]))).toBe(
      ["warning[W0001]: unused value `x`", "  --> long.dl:12:1", "   |", "12 | x = 1", "   | ^", ""].join("\n"),
    );
  });

  it("counts an emoji as two display columns and two UTF-16 units in the location", () => {
    const src = new SourceFile("emoji.dl", 'x = "😀" + y\n');
    const s = src.text.indexOf("y");
    const d = diag("E0201", { file: "emoji.dl", start: s, end: s + 1 }, "unknown name `y`");
    expect(renderText([d], new Map([[src.path, src]]))).toBe(
      ["error[E0201]: unknown name `y`", " --> emoji.dl:1:12", "  |", '1 | x = "😀" + y', "  |            ^", ""].join("\n"),
    );
  });

  it("clamps spans that run past the file instead of failing", () => {
    const src = new SourceFile("short.dl", "ab");
    const d = diag("E0004", { file: "short.dl", start: 5, end: 99 }, "late");
    expect(renderText([d], new Map([[src.path, src]]))).toBe(["error[E0004]: late", " --> short.dl:1:3", "  |", "1 | ab", "  |   ^", ""].join("\n"));
  });

  it("sorts diagnostics by file and position and separates them with a blank line", () => {
    const first = diag("W0001", at(main, "x"), "first");
    const second = diag("E0201", at(main, "h"), "second");
    const out = renderText([second, first], sources);
    expect(out.indexOf("first")).toBeLessThan(out.indexOf("second"));
    expect(out).toContain("\n\nerror[E0201]: second");
  });

  it("adds ANSI colours only when asked, around the same text", () => {
    const plain = renderText([mismatch], sources);
    const coloured = renderText([mismatch], sources, { color: true });
    expect(plain).not.toContain("\x1b[");
    expect(coloured).toContain("\x1b[1;31merror[E0403]\x1b[0m");
    // eslint-disable-next-line no-control-regex
    expect(coloured.replace(/\x1b\[[0-9;]*m/g, "")).toBe(plain);
  });
});

describe("renderSummary", () => {
  const e = diag("E0201", at(main, "h"), "e");
  const w = diag("W0001", at(main, "x"), "w");
  it("counts errors and warnings", () => {
    expect(renderSummary([e, e, w], ["main.dl"])).toBe("error: could not check `main.dl` due to 2 previous errors; 1 warning emitted\n");
    expect(renderSummary([e], ["a.dl", "b.dl"])).toBe("error: could not check `a.dl`, `b.dl` due to 1 previous error\n");
    expect(renderSummary([w, w], ["main.dl"])).toBe("warning: `main.dl` generated 2 warnings\n");
    expect(renderSummary([], ["a.dl", "b.dl", "c.dl", "d.dl"])).toBe("ok: 4 files checked, no problems found\n");
  });
});
