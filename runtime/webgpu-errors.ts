// Typed errors of the WebGPU backend. GPU failures are asynchronous and far from the code that
// caused them, so each error names what a user can act on: the kernel, the `.dl` line it came
// from, and what to do (install a driver, reload, report a dlc bug).
import { DlcError } from "./errors.ts";

/** No WebGPU implementation or no adapter: nothing can run on this machine as configured. */
export class NoAdapterError extends DlcError {
  constructor(message: string) {
    super("webgpu/no-adapter", message);
    this.name = "NoAdapterError";
  }
}

/** The device was lost (destroyed, driver reset, out of memory); the session cannot run again. */
export class DeviceLostError extends DlcError {
  /** GPUDeviceLostInfo.reason ("destroyed" or "unknown"), or "timeout" when dlc gave up waiting. */
  readonly reason: string;
  constructor(reason: string, detail: string) {
    super(
      "webgpu/device-lost",
      `the WebGPU device was lost (${reason}${detail ? `: ${detail}` : ""}); dispose() this session and load() the artifact again`,
    );
    this.name = "DeviceLostError";
    this.reason = reason;
  }
}

export interface ShaderMessage {
  type: string;
  /** 1-based line and column in the kernel's WGSL (0 when the driver gives none). */
  line: number;
  column: number;
  message: string;
}

/** A kernel's WGSL that the driver rejects: a bug in dlc's code generation or in the driver. */
export class ShaderCompileError extends DlcError {
  readonly kernel: string;
  /** "file.dl:line" of the op the kernel computes, when known. */
  readonly source: string | undefined;
  readonly messages: readonly ShaderMessage[];
  constructor(kernel: string, source: string | undefined, messages: readonly ShaderMessage[]) {
    const first = messages.find((m) => m.type === "error") ?? messages[0];
    const where = first && first.line > 0 ? `${kernel}.wgsl:${first.line}:${first.column}: ` : "";
    super(
      "webgpu/shader-compile",
      `kernel "${kernel}"${source ? ` (from ${source})` : ""} does not compile on this device: ${where}${first?.message ?? "no message"}` +
        (messages.length > 1 ? ` (and ${messages.length - 1} more)` : "") +
        "; this is a bug in dlc's WGSL code generation or in the WebGPU driver: please report it with the artifact's .wgsl file",
    );
    this.name = "ShaderCompileError";
    this.kernel = kernel;
    this.source = source;
    this.messages = messages;
  }
}

/** WebGPU rejected a call (a pipeline, a bind group, a dispatch) for a kernel. */
export class GpuValidationError extends DlcError {
  /** The kernel the failing call was for, or a phase ("load", "run") when no kernel is at fault. */
  readonly kernel: string;
  readonly source: string | undefined;
  constructor(kernel: string, source: string | undefined, detail: string) {
    super("webgpu/validation", `WebGPU rejected kernel "${kernel}"${source ? ` (from ${source})` : ""}: ${detail}`);
    this.name = "GpuValidationError";
    this.kernel = kernel;
    this.source = source;
  }
}

/** The artifact needs more than the adapter offers (buffer sizes, workgroup sizes, bindings). */
export class GpuLimitsError extends DlcError {
  constructor(message: string) {
    super("webgpu/limits", message);
    this.name = "GpuLimitsError";
  }
}

/** A GPU operation did not finish in time; the session is unusable afterwards. */
export class GpuTimeoutError extends DlcError {
  readonly operation: string;
  readonly ms: number;
  constructor(operation: string, ms: number) {
    super(
      "webgpu/timeout",
      `WebGPU did not finish ${operation} within ${ms} ms; the device may be hung or very slow (a software adapter on a large model?): ` +
        "dispose() this session, and load() again with a larger timeoutMs if the model is simply slow",
    );
    this.name = "GpuTimeoutError";
    this.operation = operation;
    this.ms = ms;
  }
}
