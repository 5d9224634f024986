// Runtime errors: stable codes, structured fields, and messages that name the tensor.
import { describe, expect, it } from "vitest";
import { BatchError, DisposedError, DlcError, formatSig, InputError, SafetensorsError, WeightError } from "../../runtime/errors.ts";

const x = { dtype: "f32", shape: [64, 784] };

describe("runtime errors", () => {
  it("input errors carry the tensor, what was expected and what came", () => {
    const e = InputError.shape("x", x, { dtype: "f32", shape: [64, 785] });
    expect(e.message).toBe('input "x": expected f32[64, 784], got f32[64, 785]');
    expect(e.code).toBe("input/shape");
    expect(e.tensor).toBe("x");
    expect(e.expected).toEqual(x);
    expect(e.actual).toEqual({ dtype: "f32", shape: [64, 785] });
    expect(e).toBeInstanceOf(DlcError);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe("InputError");

    expect(InputError.dtype("label", { dtype: "i32", shape: [64] }, { dtype: "f32", shape: [64] }).message).toBe('input "label": expected i32[64], got f32[64]');
    expect(InputError.missing("x", x).message).toBe('input "x" is missing (expected f32[64, 784])');
    const u = InputError.unknown("y", ["x", "label"]);
    expect(u.message).toBe('input "y" is not an input of this model (its inputs are "x", "label")');
    expect(u.known).toEqual(["x", "label"]);
    expect(InputError.wrongLength("x", { dtype: "f32", shape: [2, 3] }, 5).message).toBe('input "x": f32[2, 3] needs 6 elements, got an array of 5');
  });

  it("weight errors", () => {
    const w = { dtype: "f32", shape: [784, 300] };
    expect(WeightError.missing("h1.w", w).message).toBe('weight "h1.w" is missing (expected f32[784, 300])');
    expect(WeightError.missing("h1.w", w).code).toBe("weight/missing");
    const u = WeightError.unexpected("h9.w", { dtype: "f32", shape: [3] });
    expect(u.message).toBe('weight "h9.w" (f32[3]) is not a parameter of this model');
    expect(u.problem).toBe("unexpected");
    expect(WeightError.shape("h1.w", w, { dtype: "f32", shape: [300, 784] }).message).toBe('weight "h1.w": expected f32[784, 300], got f32[300, 784]');
    expect(WeightError.dtype("h1.w", w, { dtype: "i32", shape: [784, 300] }).code).toBe("weight/dtype");
  });

  it("batch and dispose errors", () => {
    const b = new BatchError(300, 1, 256, "x");
    expect(b.message).toBe('input "x": batch size 300 is not allowed by this artifact (allowed: 1..256)');
    expect([b.batch, b.min, b.max, b.code]).toEqual([300, 1, 256, "batch/out-of-range"]);
    expect(new BatchError(3, 8, 8).message).toBe("batch size 3 is not allowed by this artifact (allowed: exactly 8)");
    const d = new DisposedError('session "Mlp"', "run");
    expect(d.message).toBe('session "Mlp" was used (run) after dispose()');
    expect(d.code).toBe("disposed");
    expect(d.name).toBe("DisposedError");
  });

  it("safetensors errors name the tensor when there is one", () => {
    const e = new SafetensorsError("overlap", "bytes overlap", "a");
    expect(e.message).toBe('safetensors: tensor "a": bytes overlap');
    expect(e.code).toBe("safetensors/overlap");
    expect(new SafetensorsError("truncated", "short").tensor).toBeUndefined();
  });

  it("formats scalars", () => {
    expect(formatSig({ dtype: "i32", shape: [] })).toBe("i32[]");
  });
});
