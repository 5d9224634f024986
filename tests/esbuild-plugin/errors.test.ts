// The plugin on bad input: a shape error, a missing .dl import and a missing `use` are esbuild
// errors at the right file, line and column with the source line and the code; watch mode
// rebuilds once the file is fixed or created; every file the build read (the stdlib too) is in
// watchFiles; and hostile names, strings and comments cannot put code into the module.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build, context, type BuildFailure, type BuildResult, type Message, type OnLoadArgs, type OnLoadResult, type PluginBuild } from "esbuild";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { createNodeHost } from "../../cli/node-host.ts";
import { checkFiles, toJsonDiagnostics } from "../../compiler/index.ts";
import dlc, { type DlcPluginOptions } from "../../plugin/esbuild/index.ts";
import { project, ROOT, runtimeFromSource, write } from "./support.ts";

const MLP = readFileSync(path.join(ROOT, "examples/mlp.dl"), "utf8");
/** The MLP with its second layer expecting 301 features where the first gives 300. */
const MLP_BAD = MLP.replace("Linear(300, 100)", "Linear(301, 100)");

async function bundleErrors(dir: string): Promise<Message[]> {
  try {
    await build({ absWorkingDir: dir, entryPoints: ["main.js"], bundle: true, write: false, logLevel: "silent", plugins: [dlc({ dts: false }), runtimeFromSource] });
  } catch (e) {
    return (e as BuildFailure).errors;
  }
  throw new Error("the build succeeded");
}

describe("compile errors are esbuild errors", () => {
  it("a shape error points at the .dl file, line, column and source line, with the code", async () => {
    expect(MLP_BAD).not.toBe(MLP);
    const dir = project({ "main.js": 'import net from "./mlp.dl";\nconsole.log(net.model);\n', "mlp.dl": MLP_BAD });
    // Independent of the plugin: what the compiler itself reports for the file.
    const checked = await checkFiles([path.join(dir, "mlp.dl")], createNodeHost({ cwd: dir }));
    const [want] = toJsonDiagnostics(checked.diagnostics.filter((d) => d.severity === "error"), checked.sources);
    expect(want).toBeDefined();
    const line = MLP_BAD.split("\n").findIndex((l) => l.includes("output logits")) + 1;
    expect(want!.line).toBe(line);

    const errors = await bundleErrors(dir);
    expect(errors.length).toBeGreaterThan(0);
    const e = errors[0]!;
    expect(e.text.startsWith(`${want!.code}: `)).toBe(true);
    expect(e.text).toContain(want!.message);
    expect(e.location?.file).toBe("mlp.dl");
    expect(e.location?.line).toBe(line);
    expect(e.location?.column).toBe(want!.column - 1); // esbuild: 0-based (ASCII line: bytes = units)
    expect(e.location?.lineText).toBe(MLP_BAD.split("\n")[line - 1]);
    expect(e.location?.length).toBeGreaterThan(0);
  });

  it("columns are UTF-8 bytes for esbuild when the line has non-ASCII text before the error", async () => {
    const src = 'model M {\n  input x: f32[B, 4]\n  output y = x /* ü€ */ @ zz\n}\n';
    const dir = project({ "main.js": 'import "./m.dl";\n', "m.dl": src });
    const [e] = await bundleErrors(dir);
    const lineText = src.split("\n")[2]!;
    expect(e!.location?.line).toBe(3);
    expect(e!.location?.lineText).toBe(lineText);
    const at = lineText.indexOf("zz");
    expect(e!.location?.column).toBe(Buffer.byteLength(lineText.slice(0, at)));
    expect(e!.text).toMatch(/^E\d{4}: /);
  });

  it("an import of a .dl file that does not exist fails at the import statement", async () => {
    const dir = project({ "main.js": 'import net from "./nope.dl";\nconsole.log(net);\n' });
    const [e] = await bundleErrors(dir);
    expect(e!.text).toContain("./nope.dl");
    expect(e!.location?.file).toBe("main.js");
    expect(e!.location?.line).toBe(1);
    expect(e!.location?.lineText).toBe('import net from "./nope.dl";');
  });
});

/** The plugin's onLoad answer for `dir/file`, without esbuild around it. */
async function loadDirect(dir: string, file: string, options: DlcPluginOptions): Promise<OnLoadResult> {
  let onLoad: ((args: OnLoadArgs) => Promise<OnLoadResult>) | undefined;
  const fake = { initialOptions: { absWorkingDir: dir }, onLoad: (_: unknown, f: typeof onLoad) => (onLoad = f) } as unknown as PluginBuild;
  await dlc(options).setup(fake);
  return onLoad!({ path: path.join(dir, file), namespace: "file", suffix: "", pluginData: undefined, with: {} });
}

function statementKinds(code: string): string[] {
  const sf = ts.createSourceFile("m.js", code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
  expect((sf as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics).toEqual([]);
  return sf.statements.map((st) => ts.SyntaxKind[st.kind]);
}

/** A watch-mode context whose build results arrive one by one. */
async function watching(dir: string) {
  const results: BuildResult[] = [];
  let wake: (() => void) | undefined;
  const ctx = await context({
    absWorkingDir: dir, entryPoints: ["main.js"], bundle: true, write: false, logLevel: "silent",
    plugins: [dlc({ dts: false }), runtimeFromSource, {
      name: "record",
      setup(b) {
        b.onEnd((r) => {
          results.push(r);
          wake?.();
        });
      },
    }],
  });
  const next = async (n: number): Promise<BuildResult> => {
    const deadline = Date.now() + 30_000;
    while (results.length < n) {
      if (Date.now() > deadline) throw new Error(`no build ${n} within 30 s`);
      await new Promise<void>((r) => {
        wake = r;
        setTimeout(r, 250);
      });
    }
    return results[n - 1]!;
  };
  return { ctx, next };
}

describe("watch mode", () => {
  it("recovers when a .dl file that did not check is fixed", async () => {
    const dir = project({ "main.js": 'import net from "./mlp.dl";\nconsole.log(net.model);\n', "mlp.dl": MLP_BAD });
    const { ctx, next } = await watching(dir);
    try {
      await ctx.watch();
      const first = await next(1);
      expect(first.errors.length).toBeGreaterThan(0);
      expect(first.errors[0]!.location?.file).toBe("mlp.dl");
      writeFileSync(path.join(dir, "mlp.dl"), MLP);
      const second = await next(2);
      expect(second.errors).toEqual([]);
      expect(second.outputFiles![0]!.text).toContain("AGFzbQ");
    } finally {
      await ctx.dispose();
    }
  }, 90_000);

  it("recovers when a missing `use` file is created, and when a missing .dl import appears", async () => {
    const layer = "layer Twice() {\n  fn (x: f32[..N]) -> f32[..N] { x * 2.0 }\n}\n";
    const dir = project({
      "main.js": 'import a from "./a.dl";\nconsole.log(a.model);\n',
      "a.dl": 'use "./layers.dl".{Twice}\n\nmodel A {\n  input x: f32[B, 3]\n  t = Twice()\n  output y = t(x)\n}\n',
    });
    const { ctx, next } = await watching(dir);
    try {
      await ctx.watch();
      const first = await next(1);
      expect(first.errors.length).toBeGreaterThan(0);
      expect(first.errors[0]!.location?.file).toBe("a.dl");
      expect(first.errors[0]!.location?.line).toBe(1);
      expect(first.errors[0]!.text).toMatch(/^E\d{4}: /);
      write(dir, "layers.dl", layer);
      const second = await next(2);
      expect(second.errors).toEqual([]);

      writeFileSync(path.join(dir, "main.js"), 'import a from "./a.dl";\nimport b from "./b.dl";\nconsole.log(a.model, b.model);\n');
      const third = await next(3);
      expect(third.errors.length).toBe(1);
      expect(third.errors[0]!.location?.line).toBe(2);
      write(dir, "b.dl", 'model B {\n  input x: f32[B, 2]\n  output y = x + 1.0\n}\n');
      const fourth = await next(4);
      expect(fourth.errors).toEqual([]);
      expect(fourth.outputFiles![0]!.text).toMatch(/model\W+B\W/); // the manifest of b.dl's model B
    } finally {
      await ctx.dispose();
    }
  }, 120_000);

  it("puts the entry, its imports and the stdlib modules it uses in watchFiles", async () => {
    const dir = project({ "mlp.dl": MLP });
    const r = await loadDirect(dir, "mlp.dl", { dts: false, targets: [] });
    expect(r.errors ?? []).toEqual([]);
    expect(r.watchFiles).toContain(path.join(dir, "mlp.dl"));
    expect(r.watchFiles).toContain(path.join(ROOT, "stdlib/nn.dl"));
  });
});

describe("options", () => {
  it("batch and dims size the model's free dimensions (seen in the generated .d.ts)", async () => {
    const dir = project({ "d.dl": "model D {\n  input x: f32[B, T]\n  output y = x * 2.0\n}\n" });
    const r = await loadDirect(dir, "d.dl", { batch: 2, dims: { T: 3 }, targets: [] });
    expect(r.errors ?? []).toEqual([]);
    const dts = readFileSync(path.join(dir, "d.d.dl.ts"), "utf8");
    expect(dts).toContain('readonly "x": { readonly dtype: "f32"; readonly shape: readonly [2, 3] }');
    expect(dts).toContain('readonly "y": { readonly dtype: "f32"; readonly shape: readonly [2, 3] }');
    expect(dts).toContain("readonly built: 2; readonly min: 1; readonly max: 2");
  });
});

describe("hostile source text", () => {
  // Quotes, backticks, template holes, a closing script tag and U+2028, in a comment, in a
  // string (the `use` path) and so in a file name that the manifest records.
  const EVIL = "\"'`${globalThis.__dlcPwned = 1}`</script><script>globalThis.__dlcPwned = 1</script>\u2028globalThis.__dlcPwned = 1;//";
  const dirName = `h"'\`\${globalThis.__dlcPwned=1}<`; // with the file name below: …</script>…
  const fileName = `script>\u2028\u2029\`).dl`;
  const useString = `./${dirName}/${fileName}`.replace(/\\/g, "\\\\").replace(/"/g, '\\"');

  it("cannot inject code into the generated module or its .d.ts", async () => {
    // The app runs the model and reports what it saw; a run in a fresh Node process, so an
    // injected statement would run there and set __dlcPwned.
    const main = [
      'import * as m from "./evil.dl";',
      "const s = await m.load();",
      "const feed = Object.create(null);",
      'feed["__proto__"] = { data: Float32Array.from([1, -2]), shape: [1, 2] };',
      "const y = s.run(feed);",
      "console.log(JSON.stringify({",
      "  pwned: globalThis.__dlcPwned ?? null, inputs: Object.keys(m.inputs), outputs: Object.keys(m.outputs),",
      "  files: m.manifest.backends.wasm.kernels.map((k) => k.file), y: Array.from(y.constructor.data),",
      "}));",
    ].join("\n");
    const dir = project({
      "main.js": main,
      [`${dirName}/${fileName}`]: `// ${EVIL}\nlayer Odd() {\n  fn (x: f32[..N]) -> f32[..N] { x * 3.0 } /* ${EVIL} */\n}\n`,
      "evil.dl": `/* ${EVIL} */\nuse "${useString}".{Odd}\n// ${EVIL}\nmodel Evil {\n  input __proto__: f32[B, 2]\n  o = Odd()\n  output constructor = o(__proto__)\n}\n`,
    });
    const out = await build({
      absWorkingDir: dir, entryPoints: ["main.js"], bundle: true, format: "esm", platform: "browser", write: false, logLevel: "silent",
      plugins: [dlc({ targets: ["wasm", "wgsl"] }), runtimeFromSource],
    });
    const code = out.outputFiles[0]!.text;
    expect(code).not.toContain("</script"); // for a browser esbuild keeps "<\/script" too
    expect(code).not.toMatch(/[\u2028\u2029]/);

    // What the plugin itself hands esbuild: the same statements as for a plain model (nothing
    // added), and no character that could end a string or an inline script.
    const raw = await loadDirect(dir, "evil.dl", { targets: ["wasm", "wgsl"], dts: false });
    const plain = await loadDirect(project({ "p.dl": "model P {\n  input x: f32[B, 2]\n  output y = x * 3.0\n}\n" }), "p.dl", { targets: ["wasm", "wgsl"], dts: false });
    expect(raw.contents).toContain("__proto__");
    expect(raw.contents).not.toContain("</script");
    expect(raw.contents).not.toMatch(/[\u2028\u2029]/);
    expect(statementKinds(String(raw.contents))).toEqual(statementKinds(String(plain.contents)));
    writeFileSync(path.join(dir, "bundle.mjs"), code);
    const r = spawnSync(process.execPath, [path.join(dir, "bundle.mjs")], { encoding: "utf8", timeout: 60_000 });
    expect(r.stderr).toBe("");
    const got = JSON.parse(r.stdout) as { pwned: unknown; inputs: string[]; outputs: string[]; files: string[]; y: number[] };
    expect(got.pwned).toBeNull();
    expect(got.inputs).toEqual(["__proto__"]);
    expect(got.outputs).toEqual(["constructor"]);
    expect(got.y).toEqual([3, -6]);
    // The hostile file name came through as data, exactly.
    expect(got.files.some((f) => f.endsWith(`${dirName}/${fileName}`))).toBe(true);

    // The declaration file parses to exactly the declarations it should have.
    const dts = readFileSync(path.join(dir, "evil.d.dl.ts"), "utf8");
    expect(dts).not.toContain("</script");
    const sf = ts.createSourceFile("evil.d.dl.ts", dts, ts.ScriptTarget.ES2022, true);
    expect((sf as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics).toEqual([]);
    const K = ts.SyntaxKind;
    expect(sf.statements.map((st) => st.kind)).toEqual([
      K.ImportDeclaration, K.TypeAliasDeclaration, K.TypeAliasDeclaration, K.InterfaceDeclaration,
      ...Array(7).fill(K.VariableStatement), K.FunctionDeclaration, K.VariableStatement, K.ExportAssignment,
    ]);
  }, 60_000);
});
