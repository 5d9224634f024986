// Turns WAT module fields into a validated, optimized binary. binaryen parses the text,
// validates it, optimizes it with SIMD enabled, and the result is checked again by the engine's
// own validator (WebAssembly.validate), so a backend bug surfaces here rather than at run time.
import binaryen from "binaryen";

export const FEATURES =
  binaryen.Features.MVP | binaryen.Features.SIMD128 | binaryen.Features.BulkMemory | binaryen.Features.BulkMemoryOpt |
  binaryen.Features.NontrappingFPToInt | binaryen.Features.SignExt | binaryen.Features.MutableGlobals;

export class WasmBackendError extends Error {
  /** `limit`: the model exceeds a limit of the target (not a bug in dlc). */
  constructor(message: string, readonly limit?: "memory") {
    super(message);
    this.name = "WasmBackendError";
  }
}

export interface BuildOptions {
  /** binaryen optimize level 0–4 (default 3); 0 skips optimization. */
  optimizeLevel?: number;
  /** Also return the (optimized) module as text. */
  emitText?: boolean;
}

export interface BuiltModule {
  wasm: Uint8Array;
  text?: string;
}

export function buildModule(watText: string, options: BuildOptions = {}): BuiltModule {
  let mod: binaryen.Module;
  try {
    mod = binaryen.parseText(watText);
  } catch (e) {
    throw new WasmBackendError(`internal: the generated WAT does not parse: ${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    mod.setFeatures(FEATURES);
    if (!mod.validate()) throw new WasmBackendError("internal: binaryen rejects the generated module");
    const level = options.optimizeLevel ?? 3;
    if (level > 0) {
      // binaryen keeps these as global settings; restore them so other users are unaffected.
      const prevOpt = binaryen.getOptimizeLevel();
      const prevShrink = binaryen.getShrinkLevel();
      const prevOneCaller = binaryen.getOneCallerInlineMaxSize();
      binaryen.setOptimizeLevel(level);
      binaryen.setShrinkLevel(0);
      // Each kernel has one caller (run); keeping them as functions keeps one function per
      // node, which profilers and the emitted text can name.
      binaryen.setOneCallerInlineMaxSize(0);
      try {
        mod.optimize();
      } finally {
        binaryen.setOptimizeLevel(prevOpt);
        binaryen.setShrinkLevel(prevShrink);
        binaryen.setOneCallerInlineMaxSize(prevOneCaller);
      }
      if (!mod.validate()) throw new WasmBackendError("internal: the optimized module does not validate");
    }
    const wasm = mod.emitBinary();
    if (!WebAssembly.validate(wasm as Uint8Array<ArrayBuffer>)) throw new WasmBackendError("internal: WebAssembly.validate rejects the module");
    return { wasm, text: options.emitText ? mod.emitText() : undefined };
  } finally {
    mod.dispose();
  }
}
