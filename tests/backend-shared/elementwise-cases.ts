// The elementwise cases every backend runs against the interpreter (random data on odd sizes,
// every pair of special values, i32 edge cases, every cast). Backends differ only where their
// arithmetic is documented to differ; they say so through `opts`.
import { describe, expect, it } from "vitest";
import type { BinaryOp, DType, UnaryOp } from "../../compiler/ir/ir.ts";
import { tensorOf } from "../../runtime/interp/tensor.ts";
import { randomTensor, rng, SPECIALS } from "../backend-wasm/harness.ts";
import type { CheckOp } from "./op-cases.ts";

interface Output {
  data: ArrayLike<number>;
}

export interface ElementwiseOptions<R> {
  checkOp: (...args: Parameters<CheckOp>) => Promise<R>;
  backendOutput: (ran: R, name: string) => Output;
  interpOutput: (ran: R, name: string) => Output;
  /** Appended to the odd-size test names (e.g. where a SIMD body and a scalar tail are exercised). */
  sizeNote?: string;
  /** Special values for a unary op, when the backend's documented range is narrower. */
  unarySpecials?: (op: UnaryOp) => number[] | undefined;
  /** Special values for a binary op, likewise. */
  binarySpecials?: (op: BinaryOp) => number[] | undefined;
}

export function defineElementwiseCases<R>(opts: ElementwiseOptions<R>): void {
  const { checkOp } = opts;

  const F32_UNARY: [UnaryOp, number, number][] = [
    ["neg", -3, 3], ["abs", -3, 3], ["exp", -90, 90], ["log", -1, 50], ["sqrt", -1, 10], ["rsqrt", -0.5, 10],
    ["tanh", -6, 6], ["sigmoid", -20, 20], ["erf", -4.5, 4.5], ["sin", -50, 50], ["cos", -50, 50],
    ["floor", -5, 5], ["ceil", -5, 5],
  ];
  const SIZES = [[7], [13], [3, 11]];

  describe("f32 unary ops match the interpreter", () => {
    for (const [op, low, high] of F32_UNARY) {
      it(`${op} on odd sizes${opts.sizeNote ?? ""}`, async () => {
        for (const shape of SIZES) {
          const x = randomTensor(rng(op.length * 31 + shape[0]), "f32", shape, low, high);
          await checkOp([x], (b, [a]) => b.unary(op, a));
        }
      });
      it(`${op} passes special values through`, async () => {
        const specials = opts.unarySpecials?.(op) ?? SPECIALS;
        await checkOp([tensorOf("f32", [specials.length], specials)], (b, [a]) => b.unary(op, a));
      });
    }
    it("i32 neg and abs are exact, wrapping at -2^31", async () => {
      const x = tensorOf("i32", [9], [0, 1, -1, 5, -7, 2147483647, -2147483648, 123456, -99]);
      await checkOp([x], (b, [a]) => b.unary("neg", a));
      await checkOp([x], (b, [a]) => b.unary("abs", a));
    });
    it("bool not on 33 elements", async () => {
      await checkOp([randomTensor(rng(5), "bool", [33])], (b, [a]) => b.unary("not", a));
    });
  });

  const F32_BINARY: BinaryOp[] = ["add", "sub", "mul", "div", "mod", "pow", "max", "min", "eq", "ne", "lt", "le", "gt", "ge"];
  const I32_BINARY: BinaryOp[] = ["add", "sub", "mul", "div", "mod", "pow", "max", "min", "eq", "ne", "lt", "le", "gt", "ge"];
  const BOOL_BINARY: BinaryOp[] = ["and", "or", "eq", "ne", "lt", "le", "gt", "ge"];

  describe("binary ops match the interpreter", () => {
    for (const op of F32_BINARY) {
      it(`f32 ${op} on random data and on every pair of special values`, async () => {
        const [lo, hi] = op === "pow" ? [0.1, 4] : [-4, 4];
        for (const shape of SIZES) {
          const r = rng(op.length * 13 + shape[0]);
          await checkOp([randomTensor(r, "f32", shape, lo, hi), randomTensor(r, "f32", shape, op === "pow" ? -3 : lo, hi)], (b, [x, y]) => b.binary(op, x, y));
        }
        const specials = opts.binarySpecials?.(op) ?? SPECIALS;
        const n = specials.length;
        const a = tensorOf("f32", [n * n], specials.flatMap((u) => specials.map(() => u)));
        const c = tensorOf("f32", [n * n], specials.flatMap(() => specials));
        await checkOp([a, c], (b, [x, y]) => b.binary(op, x, y));
      });
    }
    it("f32 pow with negative bases and integer exponents keeps the sign", async () => {
      const a = tensorOf("f32", [8], [-2, -2, -0.5, -3, -1, -1, -0, -0]);
      const c = tensorOf("f32", [8], [3, 2, -3, 0.5, Infinity, -Infinity, -1, 3]);
      await checkOp([a, c], (b, [x, y]) => b.binary("pow", x, y));
    });
    for (const op of I32_BINARY) {
      it(`i32 ${op} is bit-exact (floor division, zero divisors, wrapping)`, async () => {
        const edge = [0, 1, -1, 2, -2, 7, -7, 2147483647, -2147483648, 3];
        const n = edge.length;
        const a = tensorOf("i32", [n * n], edge.flatMap((u) => edge.map(() => u)));
        const c = tensorOf("i32", [n * n], edge.flatMap(() => edge));
        await checkOp([a, c], (b, [x, y]) => b.binary(op, x, y));
        const r = rng(op.length);
        const [lo, hi] = op === "pow" ? [-3, 12] : [-50, 50];
        await checkOp([randomTensor(r, "i32", [33], -50, 50), randomTensor(r, "i32", [33], lo, hi)], (b, [x, y]) => b.binary(op, x, y));
      });
    }
    for (const op of BOOL_BINARY) {
      it(`bool ${op} on 35 elements`, async () => {
        const r = rng(op.length + 100);
        await checkOp([randomTensor(r, "bool", [35]), randomTensor(r, "bool", [35])], (b, [x, y]) => b.binary(op, x, y));
      });
    }
  });

  describe("where, cast, dropout", () => {
    for (const dtype of ["f32", "i32", "bool"] as DType[]) {
      it(`where selects ${dtype} values`, async () => {
        const r = rng(dtype.length);
        await checkOp([randomTensor(r, "bool", [37]), randomTensor(r, dtype, [37], -9, 9), randomTensor(r, dtype, [37], -9, 9)], (b, [c, x, y]) => b.where(c, x, y));
      });
    }
    const DTYPES: DType[] = ["f32", "i32", "bool"];
    for (const from of DTYPES) {
      for (const to of DTYPES) {
        it(`cast ${from} → ${to}`, async () => {
          const data = from === "f32" ? [...SPECIALS, 2.9, -2.9, 3e9, -3e9, 1e20, 2147483520] : from === "i32" ? [0, 1, -1, 16777217, -2147483648, 2147483647, 5, -6, 9] : [0, 1, 1, 0, 1, 0, 0, 1, 1];
          const x = tensorOf(from, [data.length], data);
          await checkOp([x], (b, [a]) => b.node({ op: "cast", to }, [a]));
        });
      }
    }
    it("dropout is the identity outside training", async () => {
      const ran = await checkOp([randomTensor(rng(9), "f32", [13])], (b, [a]) => b.dropout(a, 0.5));
      expect(Array.from(opts.backendOutput(ran, "out").data)).toEqual(Array.from(opts.interpOutput(ran, "out").data));
    });
  });
}
