// The public entry point: checkFiles loads, checks and answers hints that need the whole stdlib.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkFiles, createMemoryHost } from "../../compiler/index.ts";

const stdlib = Object.fromEntries(
  readdirSync(new URL("../../stdlib/", import.meta.url))
    .filter((f) => f.endsWith(".dl"))
    .map((f) => [f, readFileSync(new URL(`../../stdlib/${f}`, import.meta.url), "utf8")]),
);

async function check(main: string) {
  return checkFiles(["main.dl"], createMemoryHost({ files: { "main.dl": main }, stdlib }));
}

describe("checkFiles", () => {
  it("points an unknown name at the std module that declares it, even when nothing imports it", async () => {
    const r = await check("model M {\n  input x: f32[B, 4]\n  l = Linear(4, 2)\n  output y = l(x)\n}\n");
    const d = r.diagnostics.find((x) => x.code === "E0201");
    expect(d?.message).toBe("unknown name `Linear`");
    expect(d?.hint).toBe("`Linear` is in std.nn: add `use std.nn.Linear`");
  });

  it("explains `use std.nn` without items instead of calling `std` unknown", async () => {
    const r = await check("use std.nn\nmodel M {\n  input x: f32[B, 4]\n  output y = x\n}\n");
    expect(r.diagnostics.map((d) => d.code)).toEqual(["E0104"]);
    expect(r.diagnostics[0].message).toBe("`std.nn` is a module, not a name: `use` imports names from a module");
    expect(r.diagnostics[0].hint).toContain("use std.nn.*");
  });

  it("still calls a truly unknown std module unknown", async () => {
    const r = await check("use std.nope\nmodel M {\n  input x: f32[B, 4]\n  output y = x\n}\n");
    expect(r.diagnostics.map((d) => d.code)).toEqual(["E0104"]);
    expect(r.diagnostics[0].message).toBe("unknown module `std.nope`");
  });

  it("lets std modules name built-ins: `use std.nn.{sigmoid, tanh}` is the built-ins", async () => {
    const r = await check("use std.nn.{sigmoid, tanh}\nmodel M {\n  input x: f32[B, 4]\n  output y = tanh(sigmoid(x))\n}\n");
    expect(r.diagnostics).toEqual([]);
    expect(r.models[0].outputs).toEqual([{ name: "y", shape: ["B", 4], dtype: "f32" }]);
  });

  it("says a built-in cannot be renamed on import", async () => {
    const r = await check("use std.nn.{sigmoid as sg}\nmodel M {\n  input x: f32[B, 4]\n  output y = sigmoid(x)\n}\n");
    expect(r.diagnostics.map((d) => d.code)).toEqual(["E0105"]);
    expect(r.diagnostics[0].hint).toBe("`sigmoid` is a built-in, always in scope under its own name: drop it from the `use` list");
  });
});
