/// <reference types="@webgpu/types" />
// Getting a device for a WGSL program: the GPU object is injected (browsers default to
// navigator.gpu; Node passes `create([])` from the `webgpu` package, see cli/node-gpu.ts), so
// this file works everywhere and never imports a node: module.
import { DEFAULT_LIMITS, type WgslLimits, type WgslProgram } from "../../compiler/backend-wgsl/program.ts";
import { GpuLimitsError, NoAdapterError } from "../webgpu-errors.ts";

export interface AdapterSummary {
  description: string;
  vendor: string;
  architecture: string;
  /** A software (CPU) adapter such as lavapipe or SwiftShader: timings are not GPU timings. */
  software: boolean;
}

const INSTALL_HINT =
  "on Linux without a GPU install Mesa's software Vulkan driver lavapipe (`sudo scripts/setup-webgpu.sh`, or `apt-get install mesa-vulkan-drivers`); " +
  "in a browser use one with WebGPU enabled (Chrome/Edge 113+, or chrome://flags/#enable-unsafe-webgpu); " +
  "or run with --backend wasm";

export function defaultGpu(): GPU | undefined {
  const nav = (globalThis as { navigator?: { gpu?: GPU } }).navigator;
  return nav?.gpu;
}

export async function requestAdapter(gpu: GPU | undefined): Promise<GPUAdapter> {
  if (!gpu) {
    throw new NoAdapterError(
      "WebGPU is not available here (no navigator.gpu, and no `gpu` was passed to load()); in Node pass `gpu: create([])` from the `webgpu` package; " + INSTALL_HINT,
    );
  }
  let adapter: GPUAdapter | null;
  try {
    adapter = await gpu.requestAdapter();
  } catch (e) {
    throw new NoAdapterError(`requesting a WebGPU adapter failed (${e instanceof Error ? e.message : String(e)}); ${INSTALL_HINT}`);
  }
  if (!adapter) throw new NoAdapterError(`no WebGPU adapter was found; ${INSTALL_HINT}`);
  return adapter;
}

/** `adapter` is a GPUAdapter (or anything with its `info`); older typings lack `info`. */
export function summarizeAdapter(adapter: object): AdapterSummary {
  const info = ((adapter as { info?: object }).info ?? {}) as Partial<GPUAdapterInfo> & { isFallbackAdapter?: boolean };
  const description = info.description || [info.vendor, info.architecture, info.device].filter(Boolean).join(" ") || "unknown adapter";
  const text = `${description} ${info.vendor ?? ""} ${info.architecture ?? ""}`.toLowerCase();
  const fallback = info.isFallbackAdapter === true || (adapter as { isFallbackAdapter?: boolean }).isFallbackAdapter === true;
  return {
    description,
    vendor: info.vendor ?? "",
    architecture: info.architecture ?? "",
    software: fallback || /llvmpipe|lavapipe|swiftshader|software|cpu/.test(text),
  };
}

/**
 * The limits to request: those the program was built for beyond WebGPU's guaranteed minimums.
 * An adapter that cannot offer them gets a GpuLimitsError naming the limit, not a failed device.
 */
export function requiredLimits(program: WgslProgram, adapter: GPUAdapter): Record<string, number> {
  const out: Record<string, number> = {};
  const have = adapter.limits as unknown as Record<string, number>;
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof WgslLimits)[]) {
    const want = program.limits[key];
    if (typeof want !== "number") continue;
    // minStorageBufferOffsetAlignment is the one limit where smaller is more demanding.
    const lowerIsBetter = key.startsWith("min");
    const beyond = lowerIsBetter ? want < DEFAULT_LIMITS[key] : want > DEFAULT_LIMITS[key];
    if (!beyond) continue;
    const ok = lowerIsBetter ? have[key]! <= want : have[key]! >= want;
    if (!ok) {
      throw new GpuLimitsError(
        `the artifact was built for ${key} = ${want}, but this adapter offers ${have[key]}; rebuild it with the default limits (dlc build --target wgsl) for this device`,
      );
    }
    out[key] = want;
  }
  // Buffers: the plan's largest arena must fit whatever the adapter allows.
  const largest = Math.max(0, ...program.arenas.map((a) => a.byteSize));
  if (largest > have.maxBufferSize!) {
    throw new GpuLimitsError(`the artifact needs a ${largest}-byte buffer; this adapter's maxBufferSize is ${have.maxBufferSize}`);
  }
  if (largest > DEFAULT_LIMITS.maxBufferSize) out.maxBufferSize = Math.max(out.maxBufferSize ?? 0, largest);
  return out;
}
