import { describe, expect, it } from "vitest";
import { diag } from "../../compiler/diagnostics/diagnostic.ts";
import { renderJson, toJsonDiagnostics } from "../../compiler/diagnostics/render-json.ts";
import { SourceFile } from "../../compiler/source.ts";

const src = new SourceFile("main.dl", "model M {\n  h = x @ w\n}\n");
const sources = new Map([[src.path, src]]);

describe("renderJson", () => {
  it("gives 1-based positions with an exclusive end, labels, hint and notes", () => {
    const at = src.text.indexOf("x @ w");
    const d = diag("E0408", { file: "main.dl", start: at, end: at + 5 }, "matmul mismatch", {
      primaryLabel: "here",
      labels: [{ span: { file: "main.dl", start: 0, end: 5 }, message: "in this model" }],
      hint: "transpose w",
      notes: ["n1"],
    });
    expect(toJsonDiagnostics([d], sources)).toEqual([
      {
        file: "main.dl",
        line: 2,
        column: 7,
        endLine: 2,
        endColumn: 12,
        code: "E0408",
        severity: "error",
        message: "matmul mismatch",
        primaryLabel: "here",
        labels: [{ file: "main.dl", line: 1, column: 1, endLine: 1, endColumn: 6, message: "in this model" }],
        hint: "transpose w",
        notes: ["n1"],
      },
    ]);
  });

  it("omits optional fields, sorts, and ends with a newline", () => {
    const late = diag("W0001", { file: "main.dl", start: 12, end: 13 }, "late");
    const early = diag("E0201", { file: "main.dl", start: 0, end: 1 }, "early");
    const text = renderJson([late, early], sources);
    expect(text.endsWith("]\n")).toBe(true);
    const parsed = JSON.parse(text);
    expect(parsed.map((d: { message: string }) => d.message)).toEqual(["early", "late"]);
    expect(Object.keys(parsed[0]).sort()).toEqual(["code", "column", "endColumn", "endLine", "file", "labels", "line", "message", "severity"]);
    expect(parsed[1]).toMatchObject({ line: 2, column: 3, severity: "warning" });
  });

  it("places a span in a file without text at 1:1", () => {
    const d = diag("E0101", { file: "gone.dl", start: 0, end: 0 }, "file not found");
    expect(toJsonDiagnostics([d], sources)[0]).toMatchObject({ file: "gone.dl", line: 1, column: 1, endLine: 1, endColumn: 1 });
  });

  it("renders an empty list as []", () => {
    expect(renderJson([], sources)).toBe("[]\n");
  });
});
