// conv2d's adjoints written with conv2d itself (so every backend runs them with its forward
// kernel), for y[n,o,i,j] = Σ_{c,a,b} x[n, c, i·s + a·d − p, j·s + b·d − p] · w[o, c, a, b]:
//   ∂x: the adjoint with s − 1 zeros between its elements (and zeros after, so the result is
//       H×W), correlated with the weights turned 180° and their channel axes swapped, padding
//       d·(K−1) − p;
//   ∂w: x and the adjoint with their batch and channel axes swapped, correlated with stride d
//       and dilation s (the roles of the two trade), cropped to K×K.
// Grouped convolutions do this per group. Refused (an error naming why): non-square kernels,
// and padding larger than the kernel's reach (p > d·(K−1)).
import type { GraphBuilder } from "../builder.ts";
import { IrError } from "../shape.ts";
import { padAxis, unsliceAxis } from "./grad.ts";

interface ConvAttrs {
  stride: number;
  padding: number;
  dilation: number;
  groups: number;
}

const conv = (b: GraphBuilder, x: number, w: number, stride: number, padding: number, dilation: number) =>
  b.node({ op: "conv2d", stride, padding, dilation, groups: 1 }, [x, w]);

/** `t` reversed along `axis` (a gather of the indices in reverse). */
function flip(b: GraphBuilder, t: number, axis: number): number {
  const n = b.shape(t)[axis];
  return b.gather(t, b.const(Array.from({ length: n }, (_, i) => n - 1 - i), "i32", [n]), axis);
}

export function conv2dGrad(a: ConvAttrs, b: GraphBuilder, x: number, w: number, g: number): [number, number] {
  const [, c, h, wd] = b.shape(x);
  const [o, cg, k, kw] = b.shape(w);
  if (k !== kw) throw new IrError(`conv2d: no gradient rule for a ${k}×${kw} kernel yet (square kernels only)`);
  const { stride: s, padding: p, dilation: d, groups } = a;
  const pad = d * (k - 1) - p;
  if (pad < 0) throw new IrError(`conv2d: no gradient rule yet for padding ${p} beyond the kernel's reach ${d * (k - 1)}`);
  const og = o / groups;
  const dxs: number[] = [];
  const dws: number[] = [];
  for (let gi = 0; gi < groups; gi++) {
    const xg = groups === 1 ? x : b.sliceAxis(x, 1, gi * cg, (gi + 1) * cg);
    const wg = groups === 1 ? w : b.sliceAxis(w, 0, gi * og, (gi + 1) * og);
    const gg = groups === 1 ? g : b.sliceAxis(g, 1, gi * og, (gi + 1) * og);
    // ∂x
    let spread = gg;
    for (const [axis, full] of [[2, h], [3, wd]] as const) {
      const n = b.shape(spread)[axis];
      const len = (n - 1) * s + 1;
      if (s > 1) spread = unsliceAxis(b, spread, axis, 0, s, len);
      // Rows past the last window's reach still get an output row: zeros padded on after.
      spread = padAxis(b, spread, axis, 0, full - (len + d * (k - 1) - 2 * p));
    }
    const turned = flip(b, flip(b, b.transpose(wg, [1, 0, 2, 3]), 2), 3);
    dxs.push(conv(b, spread, turned, 1, pad, d));
    // ∂w
    const xt = b.transpose(xg, [1, 0, 2, 3]);
    const gt = b.transpose(gg, [1, 0, 2, 3]);
    let dw = conv(b, xt, gt, d, p, s);
    dw = b.slice(dw, [0, 0, 0, 0], [cg, og, k, k]);
    dws.push(b.transpose(dw, [1, 0, 2, 3]));
  }
  return [groups === 1 ? dxs[0]! : b.concat(dxs, 1), groups === 1 ? dws[0]! : b.concat(dws, 0)];
}
