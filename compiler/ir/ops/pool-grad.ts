// The pools' adjoints, one window offset (u, v) at a time: the elements every window reads at
// that offset form a strided slice of the padded input, and the adjoint each of them gets goes
// back through the same stride (zeros in between, unsliceAxis), summed over the size² offsets,
// then cropped out of the padding.
//   avg: each element of a window gets g / (the window's count of real, unpadded elements);
//   max: the window's first element (in row-major window order, as the pool scans) equal to
//        its maximum gets g, the rest nothing. The padding is filled with min(x) − 1, which
//        no window's maximum can equal.
import type { GraphBuilder } from "../builder.ts";
import { padAxis, unsliceAxis } from "./grad.ts";

interface PoolAttrs {
  size: number;
  stride: number;
  padding: number;
}

export function poolGrad(kind: "max" | "avg", a: PoolAttrs, b: GraphBuilder, x: number, y: number, g: number): number {
  const [n, c, h, w] = b.shape(x);
  const [, , oh, ow] = b.shape(g);
  const { size: k, stride: s, padding: p } = a;
  const hp = h + 2 * p;
  const wp = w + 2 * p;
  let share = g;
  let xp = x;
  if (kind === "avg") {
    // The count of real elements in each window, known at compile time.
    const real = (i: number, full: number) => Math.min(i * s - p + k, full) - Math.max(i * s - p, 0);
    const counts = Array.from({ length: oh * ow }, (_, q) => real(Math.floor(q / ow), h) * real(q % ow, w));
    share = b.div(g, b.broadcastTo(b.const(counts, "f32", [oh, ow]), [n, c, oh, ow]));
  } else if (p > 0) {
    const fill = b.sub(b.reduce("reduce_min", x), b.const(1, "f32", []));
    xp = padAxis(b, padAxis(b, x, 2, p, p, fill), 3, p, p, fill);
  }
  let taken: number | undefined;
  let total: number | undefined;
  for (let u = 0; u < k; u++) {
    for (let v = 0; v < k; v++) {
      let part = share;
      if (kind === "max") {
        const seen = b.slice(xp, [0, 0, u, v], [n, c, u + (oh - 1) * s + 1, v + (ow - 1) * s + 1], [1, 1, s, s]);
        const hit = b.binary("eq", seen, y);
        const first = taken === undefined ? hit : b.binary("and", hit, b.unary("not", taken));
        taken = taken === undefined ? hit : b.binary("or", taken, hit);
        part = b.where(first, g, b.broadcastTo(b.const(0, "f32", []), [n, c, oh, ow]));
      }
      const back = unsliceAxis(b, unsliceAxis(b, part, 2, u, s, hp), 3, v, s, wp);
      total = total === undefined ? back : b.add(total, back);
    }
  }
  return p > 0 ? b.slice(total!, [0, 0, p, p], [n, c, p + h, p + w]) : total!;
}
