// conv2d (NCHW × OIHW, cross-correlation) as a direct convolution without im2col: each output
// row is zeroed, then every kernel tap (c, u, v) adds w·x_row to it. With stride 1 the row
// update is a contiguous axpy, done with f32x4 (splatted weight) plus a scalar tail; the
// column range where the tap reads inside the input is computed at compile time for each v,
// so padding costs no per-element test. Strided convs use the same scheme with scalar rows.
// Pools: f32x4 over 4 output columns where the windows lie inside the row (stride 1 or 2),
// scalar window loops at the borders; avg pooling divides by the in-bounds count (padding not counted).
import type { Node } from "../ir/ir.ts";
import type { ConvKernel } from "../schedule/schedule.ts";
import type { View } from "../schedule/view.ts";
import { addressAt, storeScalar, ValueEmitter, type LoopCtx } from "./loop.ts";
import { get, i32, set, type Fn } from "./wat.ts";

/** Byte offsets of an opaque kernel's input and output, and the shapes the emitter needs. */
export interface OpaqueIo {
  input: number;
  output: number;
  inShape: readonly number[];
}

/** Output columns [lo, hi) whose tap reads input column j·s + off inside [0, W). */
function columnRange(OW: number, W: number, s: number, off: number): [number, number] {
  let lo = 0;
  while (lo < OW && lo * s + off < 0) lo++;
  let hi = OW;
  while (hi > lo && (hi - 1) * s + off >= W) hi--;
  return [lo, hi];
}

/**
 * conv2d into the output buffer, row by row; when the kernel has an epilogue, each finished
 * output row (still in cache) is read back, run through it and stored.
 */
export function emitConv2d(ctx: LoopCtx, k: ConvKernel, node: Node, xShape: readonly number[], wShape: readonly number[]): string {
  if (node.attrs.op !== "conv2d") throw new Error("internal: not conv2d");
  const fn = ctx.fn;
  const { stride: s, padding: pad, dilation: dil, groups } = node.attrs;
  const [N, C, H, W] = xShape;
  const [O, CG, KH, KW] = wShape;
  const [, , OH, OW] = node.shape;
  const [offX, offW, offO] = [ctx.offsetOf(k.x), ctx.offsetOf(k.w), ctx.offsetOf(k.output) + k.body.store.view.offset * 4];
  if (N * O * OH * OW === 0) return "";
  const perGroup = O / groups;
  const [n, o, i, c, u, q] = ["n", "o", "i", "c", "u", "q"].map((v) => fn.local(v, "i32"));
  const [po, px, pw, pr, y] = ["po", "px", "pw", "pr", "y"].map((v) => fn.local(v, "i32"));
  const w = fn.local("w", "f32");
  const wv = fn.local("wv", "v128");

  // pw points at w[o, c, u, 0]; tap v reads offset v·4 from it.
  const tapCode = (): string => {
    const parts: string[] = [];
    for (let v = 0; v < KW; v++) {
      const off = v * dil - pad;
      const [lo, hi] = columnRange(OW, W, s, off);
      if (lo >= hi) continue;
      const xAddr = (qq: string): string => `(i32.add (i32.add ${get(pr)} ${s === 1 ? qq : `(i32.mul ${qq} ${i32(s)})`}) ${i32(off * 4)})`;
      const oAddr = (qq: string): string => `(i32.add ${get(po)} ${qq})`;
      parts.push(set(w, `(f32.load offset=${offW + v * 4} ${get(pw)})`));
      let scalarFrom = lo;
      if (s === 1 && hi - lo >= 4) {
        const vend = lo + Math.floor((hi - lo) / 4) * 4;
        parts.push(set(wv, `(f32x4.splat ${get(w)})`));
        parts.push(fn.range(q, lo * 4, vend * 4, 16,
          `(v128.store offset=${offO} align=4 ${oAddr(get(q))} (f32x4.add (v128.load offset=${offO} align=4 ${oAddr(get(q))}) (f32x4.mul ${get(wv)} (v128.load offset=${offX} align=4 ${xAddr(get(q))}))))`));
        scalarFrom = vend;
      }
      parts.push(fn.range(q, scalarFrom * 4, hi * 4, 4,
        `(f32.store offset=${offO} ${oAddr(get(q))} (f32.add (f32.load offset=${offO} ${oAddr(get(q))}) (f32.mul ${get(w)} (f32.load offset=${offX} ${xAddr(get(q))}))))`));
    }
    return parts.join("\n");
  };
  const skip = fn.label();
  const uBody = `(block ${skip}
 ${set(y, `(i32.add (i32.mul ${get(i)} ${i32(s)}) (i32.sub (i32.mul ${get(u)} ${i32(dil)}) ${i32(pad)}))`)}
 (br_if ${skip} (i32.ge_u ${get(y)} ${i32(H)}))
 ${set(pr, `(i32.add ${get(px)} (i32.mul ${get(y)} ${i32(W * 4)}))`)}
 ${set(pw, `(i32.mul (i32.add (i32.mul (i32.add (i32.mul ${get(o)} ${i32(CG)}) ${get(c)}) ${i32(KH)}) ${get(u)}) ${i32(KW * 4)})`)}
 ${tapCode()})`;
  const cBase = groups === 1 ? "(i32.const 0)" : `(i32.mul (i32.div_u ${get(o)} ${i32(perGroup)}) ${i32(CG)})`;
  const cBody = `${set(px, `(i32.mul (i32.add (i32.mul ${get(n)} ${i32(C)}) (i32.add ${cBase} ${get(c)})) ${i32(H * W * 4)})`)}
 ${fn.range(u, 0, KH, 1, uBody)}`;
  const iBody = `${set(po, `(i32.mul (i32.add (i32.mul (i32.add (i32.mul ${get(n)} ${i32(O)}) ${get(o)}) ${i32(OH)}) ${get(i)}) ${i32(OW * 4)})`)}
 (memory.fill (i32.add ${get(po)} ${i32(offO)}) (i32.const 0) ${i32(OW * 4)})
 ${fn.range(c, 0, CG, 1, cBody)}
 ${rowEpilogue(ctx, k, OW, offO, po, [get(n), get(o), get(i)])}`;
  return fn.range(n, 0, N, 1, fn.range(o, 0, O, 1, fn.range(i, 0, OH, 1, iBody)));
}

/**
 * Output columns [lo, hi), hi − lo a multiple of 4, whose windows lie inside the row — including
 * the extra element a stride-2 vector load reads past the last window — or [0, 0) when none.
 */
function vectorColumns(OW: number, W: number, size: number, stride: number, pad: number): [number, number] {
  if ((stride !== 1 && stride !== 2) || size > 8) return [0, 0];
  let lo = 0;
  while (lo < OW && lo * stride - pad < 0) lo++;
  const lastRead = (j: number): number => (j + 3) * stride - pad + size - 1 + (stride === 2 ? 1 : 0);
  let hi = lo;
  while (hi + 4 <= OW && lastRead(hi) < W) hi += 4;
  return [lo, hi];
}

export function emitPool2d(fn: Fn, node: Node, io: OpaqueIo): string {
  if (node.attrs.op !== "max_pool2d" && node.attrs.op !== "avg_pool2d") throw new Error("internal: not a pool");
  const { size, stride, padding } = node.attrs;
  const isMax = node.attrs.op === "max_pool2d";
  const [N, C, H, W] = io.inShape;
  const [, , OH, OW] = node.shape;
  const [offX, offO] = [io.input, io.output];
  if (N * C * OH * OW === 0) return "";
  const [pl, i, j, yy, xx, y0, y1, x0, x1, px, out] = ["pl", "i", "j", "yy", "xx", "y0", "y1", "x0", "x1", "px", "out"].map((v) => fn.local(v, "i32"));
  const acc = fn.local("acc", "f32");
  const clampLo = (e: string): string => `(select (i32.const 0) ${e} (i32.lt_s ${e} (i32.const 0)))`;
  const clampHi = (e: string, lim: number): string => `(select ${i32(lim)} ${e} (i32.gt_s ${e} ${i32(lim)}))`;
  const fold = isMax ? "f32.max" : "f32.add";
  const inner = fn.loop(yy, get(y0), get(y1), 1, fn.loop(xx, get(x0), get(x1), 1,
    set(acc, `(${fold} ${get(acc)} (f32.load offset=${offX} (i32.add ${get(px)} (i32.shl (i32.add (i32.mul ${get(yy)} ${i32(W)}) ${get(xx)}) (i32.const 2)))))`)));
  const result = isMax ? get(acc)
    : `(f32.div ${get(acc)} (f32.convert_i32_s (i32.mul (i32.sub ${get(y1)} ${get(y0)}) (i32.sub ${get(x1)} ${get(x0)}))))`;
  const jBody = `${set(x0, `(i32.sub (i32.mul ${get(j)} ${i32(stride)}) ${i32(padding)})`)}
 ${set(x1, clampHi(`(i32.add ${get(x0)} ${i32(size)})`, W))} ${set(x0, clampLo(get(x0)))}
 ${set(x1, `(select ${get(x1)} ${get(x0)} (i32.gt_s ${get(x1)} ${get(x0)}))`)}
 ${set(acc, isMax ? "(f32.const -inf)" : "(f32.const 0)")}
 ${inner}
 (f32.store offset=${offO} ${get(out)} ${result})
 ${set(out, `(i32.add ${get(out)} (i32.const 4))`)}`;
  // Interior columns (window inside the row) take 4 outputs at a time with f32x4 when the
  // stride is 1 or 2; the borders and the remainder use the scalar window loop above.
  const [vlo, vhi] = vectorColumns(OW, W, size, stride, padding);
  let cols = fn.range(j, 0, OW, 1, jBody);
  if (vhi > vlo) {
    const acc4 = fn.local("acc4", "v128");
    const row = fn.local("row", "i32");
    const loads: string[] = [];
    for (let v = 0; v < size; v++) {
      const a = `(i32.add ${get(row)} ${i32((v - padding) * 4)})`;
      const val = stride === 1 ? `(v128.load offset=${offX} align=4 ${a})`
        : `(i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27 (v128.load offset=${offX} align=4 ${a}) (v128.load offset=${offX + 16} align=4 ${a}))`;
      loads.push(set(acc4, `(${isMax ? "f32x4.max" : "f32x4.add"} ${get(acc4)} ${val})`));
    }
    const vBody = `${set(acc4, `(v128.const f32x4 ${isMax ? "-inf -inf -inf -inf" : "0 0 0 0"})`)}
 ${fn.loop(yy, get(y0), get(y1), 1, `${set(row, `(i32.add ${get(px)} (i32.shl (i32.add (i32.mul ${get(yy)} ${i32(W)}) (i32.mul ${get(j)} ${i32(stride)})) (i32.const 2)))`)}
 ${loads.join("\n ")}`)}
 (v128.store offset=${offO} align=4 ${get(out)} ${isMax ? get(acc4) : `(f32x4.div ${get(acc4)} (f32x4.splat (f32.convert_i32_s (i32.mul (i32.sub ${get(y1)} ${get(y0)}) ${i32(size)}))))`})
 ${set(out, `(i32.add ${get(out)} (i32.const 16))`)}`;
    cols = `${fn.range(j, 0, vlo, 1, jBody)}
${fn.range(j, vlo, vhi, 4, vBody)}
${fn.range(j, vhi, OW, 1, jBody)}`;
  }
  const iBody = `${set(y0, `(i32.sub (i32.mul ${get(i)} ${i32(stride)}) ${i32(padding)})`)}
 ${set(y1, clampHi(`(i32.add ${get(y0)} ${i32(size)})`, H))} ${set(y0, clampLo(get(y0)))}
 ${set(y1, `(select ${get(y1)} ${get(y0)} (i32.gt_s ${get(y1)} ${get(y0)}))`)}
 ${cols}`;
  return `${set(out, i32(0))}
${fn.range(pl, 0, N * C, 1, `${set(px, `(i32.mul ${get(pl)} ${i32(H * W * 4)})`)}
 ${fn.range(i, 0, OH, 1, iBody)}`)}`;
}

/**
 * The epilogue over one finished output row at (n, o, i): reads the row back as `acc`, runs the
 * kernel's loop body on it (4 columns at a time where the body allows) and stores the result.
 */
function rowEpilogue(ctx: LoopCtx, k: ConvKernel, OW: number, offO: number, po: string, nOi: string[]): string {
  const body = k.body;
  if (body.values.length === 1) return "";
  const fn = ctx.fn;
  const em = new ValueEmitter(ctx, body, "e", "all");
  const all = body.values.map((_, i) => i);
  const vec = em.vectorizable(all) && body.values.every((v) => v.k !== "load" || v.view.strides[3] === 0 || v.view.strides[3] === 1);
  const q = fn.local("eq", "i32");
  const accAt = `(i32.add ${get(po)} (i32.shl ${get(q)} (i32.const 2)))`;
  const coord = (kk: number): string => (kk < 3 ? nOi[kk] : get(q));
  const point = (acc: string) => ({
    addr: (i: number) => {
      const v = body.values[i] as { view: View; buf: number; dtype: "f32" | "i32" | "bool" };
      return addressAt(ctx.offsetOf(v.buf), ctx.elemBytes(v.dtype), v.view, coord);
    },
    coord,
    acc,
  });
  const nv = vec ? Math.floor(OW / 4) * 4 : 0;
  const vecLoop = fn.range(q, 0, nv, 4, `${em.compute(all, "vec", point(`(v128.load offset=${offO} align=4 ${accAt})`))}
 (v128.store offset=${offO} align=4 ${accAt} ${em.operand(body.store.value, "vec")})`);
  const scaLoop = fn.range(q, nv, OW, 1, `${em.compute(all, "sca", point(`(f32.load offset=${offO} ${accAt})`))}
 ${storeScalar("f32", `(i32.add ${accAt} ${i32(offO)})`, em.operand(body.store.value, "sca"), 4)}`);
  return `${vecLoop}\n${scaLoop}`;
}
