import { describe, expect, it } from "vitest";
import { loadProgram } from "../../compiler/modules/loader.ts";
import { createMemoryHost, type MemoryHostOptions } from "../../compiler/modules/memory-host.ts";
import { HostError, type CompilerHost, type LoadResult } from "../../compiler/modules/types.ts";
import type { Diagnostic } from "../../compiler/diagnostics/diagnostic.ts";

const STD = { "nn.dl": "fn relu(x: f32[..S]) -> f32[..S] { maximum(x, 0.0) }\n" };

/** A memory host that counts reads per path. */
function countingHost(options: MemoryHostOptions): { host: CompilerHost; reads: Map<string, number> } {
  const inner = createMemoryHost(options);
  const reads = new Map<string, number>();
  const host: CompilerHost = {
    ...inner,
    readFile(path) {
      reads.set(path, (reads.get(path) ?? 0) + 1);
      return inner.readFile(path);
    },
  };
  return { host, reads };
}

function codes(r: LoadResult): string[] {
  return r.diagnostics.map((d) => d.code);
}

/** The source text a span covers. */
function spanText(r: LoadResult, d: { span: Diagnostic["span"] }): string {
  const src = r.sources.get(d.span.file);
  if (!src) throw new Error(`no source for ${d.span.file}`);
  return src.text.slice(d.span.start, d.span.end);
}

describe("loadProgram", () => {
  it("loads an entry and a std module, deps first", async () => {
    const host = createMemoryHost({ files: { "main.dl": "use std.nn.{relu}\nfn f(x: f32) -> f32 { relu(x) }\n" }, stdlib: STD });
    const r = await loadProgram(["main.dl"], host);
    expect(r.diagnostics).toEqual([]);
    expect(r.order).toEqual(["std/nn.dl", "main.dl"]);
    expect(r.modules.get("std/nn.dl")?.isStd).toBe(true);
    expect(r.modules.get("main.dl")?.isStd).toBe(false);
    expect(r.modules.get("main.dl")?.uses.map((u) => u.target)).toEqual(["std/nn.dl"]);
    expect(r.entries).toEqual(["main.dl"]);
  });

  it("reports a missing entry file at a zero-width span naming it", async () => {
    const r = await loadProgram(["nope.dl"], createMemoryHost({}));
    expect(codes(r)).toEqual(["E0101"]);
    expect(r.diagnostics[0].span).toEqual({ file: "nope.dl", start: 0, end: 0 });
    expect(r.diagnostics[0].message).toContain("nope.dl");
    expect(r.modules.size).toBe(0);
    expect(r.order).toEqual([]);
  });

  it("reports a missing import on the path in the use declaration, and keeps loading the rest", async () => {
    const host = createMemoryHost({ files: { "main.dl": 'use "./gone.dl".{f}\nfn g(x: f32) -> f32 { x }\n' } });
    const r = await loadProgram(["main.dl"], host);
    expect(codes(r)).toEqual(["E0101"]);
    expect(spanText(r, r.diagnostics[0])).toBe('"./gone.dl"');
    expect(r.diagnostics[0].message).toContain("gone.dl");
    expect(r.modules.get("main.dl")?.uses).toHaveLength(1);
    expect(r.modules.get("main.dl")?.uses[0].target).toBeUndefined();
    expect(r.order).toEqual(["main.dl"]);
  });

  it("reports every use of the same missing file", async () => {
    const host = createMemoryHost({
      files: { "a.dl": 'use "./gone.dl".{f}\nuse "./b.dl".{g}\n', "b.dl": 'use "./gone.dl".{f}\nfn g(x: f32) -> f32 { x }\n' },
    });
    const r = await loadProgram(["a.dl"], host);
    expect(codes(r)).toEqual(["E0101", "E0101"]);
    expect(r.diagnostics.map((d) => d.span.file).sort()).toEqual(["a.dl", "b.dl"]);
  });

  it("reports a directory or unreadable file as E0102", async () => {
    const host = createMemoryHost({
      files: { "main.dl": 'use "./lib".{f}\nuse "./secret.dl".{g}\n', "lib/inner.dl": "", "secret.dl": "" },
      unreadable: ["secret.dl"],
    });
    const r = await loadProgram(["main.dl"], host);
    expect(codes(r)).toEqual(["E0102", "E0102"]);
    expect(spanText(r, r.diagnostics[0])).toBe('"./lib"');
    expect(r.diagnostics[0].message).toMatch(/directory/);
    expect(spanText(r, r.diagnostics[1])).toBe('"./secret.dl"');
    const entry = await loadProgram(["lib"], host);
    expect(codes(entry)).toEqual(["E0102"]);
    expect(entry.diagnostics[0].span).toEqual({ file: "lib", start: 0, end: 0 });
  });

  it("treats a host that throws a plain Error or returns no bytes as unreadable, never crashing", async () => {
    const host: CompilerHost = {
      async readFile(path) {
        if (path === "boom.dl") throw new Error("disk on fire");
        return "not bytes" as unknown as Uint8Array;
      },
      resolveRelative: (_from, spec) => spec,
      stdlibPath: () => undefined,
    };
    const r = await loadProgram(["boom.dl", "weird.dl"], host);
    expect(codes(r)).toEqual(["E0102", "E0102"]);
    expect(r.diagnostics[0].message).toContain("disk on fire");
  });

  it("honours HostError reasons from a custom host", async () => {
    const host: CompilerHost = {
      readFile: async () => {
        throw new HostError("not-found", "gone");
      },
      resolveRelative: (_from, spec) => spec,
      stdlibPath: () => undefined,
    };
    expect(codes(await loadProgram(["x.dl"], host))).toEqual(["E0101"]);
  });

  describe("invalid UTF-8", () => {
    const cases: [string, number[], number][] = [
      // [what, bytes, expected UTF-16 offset of the first bad byte]
      ["ASCII then 0xFF", [0x61, 0x62, 0xff, 0x63], 2],
      ["after a 2-byte char (1 UTF-16 unit)", [0xc3, 0xa9, 0xc3, 0x28], 1],
      ["after an astral char (2 UTF-16 units)", [0xf0, 0x9f, 0x98, 0x80, 0x80], 2],
      ["a truncated sequence at the end", [0x61, 0xe2, 0x82], 1],
      ["an overlong encoding", [0x41, 0xc0, 0xaf], 1],
      ["a UTF-16 surrogate encoded in UTF-8", [0x20, 0x20, 0xed, 0xa0, 0x80], 2],
      ["a real U+FFFD before the bad byte", [0xef, 0xbf, 0xbd, 0x78, 0xfe], 2],
      ["a BOM, then a bad byte (offsets exclude the BOM)", [0xef, 0xbb, 0xbf, 0x61, 0xff], 1],
    ];
    for (const [what, bytes, offset] of cases) {
      it(`points at the first bad byte: ${what}`, async () => {
        const host = createMemoryHost({ files: { "bad.dl": new Uint8Array(bytes) } });
        const r = await loadProgram(["bad.dl"], host);
        expect(codes(r)).toEqual(["E0006"]);
        const d = r.diagnostics[0];
        expect(d.span.file).toBe("bad.dl");
        expect(d.span.start).toBe(offset);
        const text = r.sources.get("bad.dl")!.text;
        expect(d.span.end).toBeLessThanOrEqual(text.length);
        expect(text.charCodeAt(offset)).toBe(0xfffd);
        expect(r.modules.has("bad.dl")).toBe(false);
      });
    }

    it("names the offending byte", async () => {
      const r = await loadProgram(["bad.dl"], createMemoryHost({ files: { "bad.dl": new Uint8Array([0x61, 0x0a, 0x62, 0xc3, 0x28]) } }));
      expect(r.diagnostics[0].primaryLabel).toBe("invalid byte 0xC3 here");
      expect(r.sources.get("bad.dl")!.lineCol(r.diagnostics[0].span.start)).toEqual({ line: 2, column: 2 });
    });

    it("reports a bad import where it is, not at the use", async () => {
      const host = createMemoryHost({ files: { "main.dl": 'use "./bad.dl".{f}\n', "bad.dl": new Uint8Array([0x66, 0x80]) } });
      const r = await loadProgram(["main.dl"], host);
      expect(codes(r)).toEqual(["E0006"]);
      expect(r.diagnostics[0].span.file).toBe("bad.dl");
      expect(r.modules.get("main.dl")?.uses[0].target).toBeUndefined();
    });
  });

  it("strips a UTF-8 byte-order mark before parsing", async () => {
    const text = "fn f(x: f32) -> f32 { x }\n";
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    const r = await loadProgram(["bom.dl"], createMemoryHost({ files: { "bom.dl": bytes } }));
    expect(r.diagnostics).toEqual([]);
    expect(r.sources.get("bom.dl")?.text).toBe(text);
    const decl = r.modules.get("bom.dl")!.ast.decls[0];
    expect(decl.span.start).toBe(0);
  });

  it("reports a cycle of two files once, naming it, on the use that closes it", async () => {
    const host = createMemoryHost({
      files: { "a.dl": 'use "./b.dl".{g}\nfn f(x: f32) -> f32 { x }\n', "b.dl": 'use "./a.dl".{f}\nfn g(x: f32) -> f32 { x }\n' },
    });
    const r = await loadProgram(["a.dl"], host);
    expect(codes(r)).toEqual(["E0103"]);
    const d = r.diagnostics[0];
    expect(d.message).toContain("a.dl -> b.dl -> a.dl");
    expect(d.span.file).toBe("b.dl");
    expect(spanText(r, d)).toBe('"./a.dl"');
    expect(d.labels).toHaveLength(1);
    expect(d.labels[0].span.file).toBe("a.dl");
    expect(spanText(r, d.labels[0])).toBe('"./b.dl"');
    expect(r.order).toEqual(["b.dl", "a.dl"]);
    // The back edge is cut so the checker never walks round the cycle.
    expect(r.modules.get("b.dl")?.uses[0].target).toBeUndefined();
    expect(r.modules.get("a.dl")?.uses[0].target).toBe("b.dl");
  });

  it("reports a cycle of three files with labels on the other two uses", async () => {
    const host = createMemoryHost({
      files: { "a.dl": 'use "./b.dl".{g}\n', "b.dl": 'use "./c.dl".{h}\n', "c.dl": 'use "./a.dl".{f}\n' },
    });
    const r = await loadProgram(["a.dl", "b.dl", "c.dl"], host);
    expect(codes(r)).toEqual(["E0103"]);
    const d = r.diagnostics[0];
    expect(d.message).toContain("a.dl -> b.dl -> c.dl -> a.dl");
    expect(d.span.file).toBe("c.dl");
    expect(d.labels.map((l) => l.span.file)).toEqual(["a.dl", "b.dl"]);
    expect(r.order).toEqual(["c.dl", "b.dl", "a.dl"]);
  });

  it("reports a module that imports itself", async () => {
    const r = await loadProgram(["a.dl"], createMemoryHost({ files: { "a.dl": 'use "./a.dl".{f}\n' } }));
    expect(codes(r)).toEqual(["E0103"]);
    expect(r.diagnostics[0].message).toContain("a.dl -> a.dl");
    expect(r.diagnostics[0].primaryLabel).toBe("`a.dl` imports itself");
    expect(r.diagnostics[0].labels).toEqual([]);
  });

  it("loads each module of a diamond once, dependencies first", async () => {
    const { host, reads } = countingHost({
      files: {
        "main.dl": 'use "./lib/left.dl".{l}\nuse "./lib/right.dl".{r}\n',
        "lib/left.dl": 'use "./base.dl".{b}\nuse std.nn.{relu}\n',
        "lib/right.dl": 'use "../lib/base.dl".{b}\nuse std.nn.{relu}\n',
        "lib/base.dl": "use std.nn.{relu}\nfn b(x: f32) -> f32 { x }\n",
      },
      stdlib: STD,
    });
    const r = await loadProgram(["main.dl"], host);
    expect(r.diagnostics).toEqual([]);
    expect([...reads.values()].every((n) => n === 1)).toBe(true);
    expect([...reads.keys()].sort()).toEqual(["lib/base.dl", "lib/left.dl", "lib/right.dl", "main.dl", "std/nn.dl"]);
    expect(r.order).toEqual(["std/nn.dl", "lib/base.dl", "lib/left.dl", "lib/right.dl", "main.dl"]);
    for (const [i, path] of r.order.entries()) {
      for (const use of r.modules.get(path)!.uses) expect(r.order.indexOf(use.target!)).toBeLessThan(i);
    }
  });

  it("checks an entry given twice only once", async () => {
    const { host, reads } = countingHost({ files: { "a.dl": "fn f(x: f32) -> f32 { x }\n" } });
    const r = await loadProgram(["a.dl", "a.dl"], host);
    expect(r.order).toEqual(["a.dl"]);
    expect(reads.get("a.dl")).toBe(1);
  });

  it("reports an unknown std module with a did-you-mean over the known ones", async () => {
    const host = createMemoryHost({ files: { "main.dl": "use std.nnn.{relu}\n" }, stdlib: STD });
    const r = await loadProgram(["main.dl"], host);
    expect(codes(r)).toEqual(["E0104"]);
    expect(spanText(r, r.diagnostics[0])).toBe("std.nnn");
    expect(r.diagnostics[0].message).toContain("std.nnn");
    expect(r.diagnostics[0].hint).toContain("std.nn");
  });

  it("reports a non-std module path, suggesting the std module it probably means", async () => {
    const host = createMemoryHost({ files: { "main.dl": "use nn.{relu}\nuse foo.bar.{x}\n" }, stdlib: STD });
    const r = await loadProgram(["main.dl"], host);
    expect(codes(r)).toEqual(["E0104", "E0104"]);
    expect(r.diagnostics[0].hint).toBe("did you mean `std.nn`?");
    expect(r.diagnostics[1].hint).toContain("std.*");
    expect(r.diagnostics[1].notes?.[0]).toContain("std.nn");
  });

  it("keeps going past syntax errors and still follows the imports it could parse", async () => {
    const host = createMemoryHost({ files: { "main.dl": 'use "./b.dl".{g}\nfn (((\n', "b.dl": "fn g(x: f32) -> f32 { x }\n" } });
    const r = await loadProgram(["main.dl"], host);
    expect(codes(r)).toContain("E0004");
    expect(r.order).toEqual(["b.dl", "main.dl"]);
  });
});
