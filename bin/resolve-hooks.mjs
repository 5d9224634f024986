// Node module-resolution hook for the dlc binary. chevrotain's default entry is hundreds of
// small ES modules (with lodash-es); loading them through tsx's hooks costs ~1 s at every
// start. The package also ships the same library as one pre-bundled file, which loads in
// ~30 ms, so the CLI points `chevrotain` there. Tests and library users are unaffected.
const CHEVROTAIN_BUNDLE = new URL("../node_modules/chevrotain/lib/chevrotain.mjs", import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === "chevrotain") {
    try {
      const resolved = await nextResolve(specifier, context);
      // Use the bundle next to whichever copy of chevrotain Node would have picked.
      const bundle = new URL("../chevrotain.mjs", resolved.url).href;
      return { url: resolved.url.endsWith("/lib/src/api.js") ? bundle : resolved.url, format: "module", shortCircuit: true };
    } catch {
      return { url: CHEVROTAIN_BUNDLE, format: "module", shortCircuit: true };
    }
  }
  return nextResolve(specifier, context);
}

// binaryen ships one ~10 MB plain-JS ES module; sending it through tsx's transform costs ~6 s
// at every start, so it is loaded as it is.
export async function load(url, context, nextLoad) {
  if (url.includes("/node_modules/binaryen/") && url.endsWith(".js")) {
    const { readFile } = await import("node:fs/promises");
    return { format: "module", source: await readFile(new URL(url)), shortCircuit: true };
  }
  return nextLoad(url, context);
}
