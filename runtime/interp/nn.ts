// The "complex" ops: matmul, conv2d and 2-D pooling, as direct loops over the definitions in
// spec/builtins.md. Sums accumulate in f64 and round to f32 once per output element.
import { allocData, anyWide, type Tensor } from "./tensor.ts";

/** [...b, M, K] @ [...b, K, N] → [...b, M, N]; the batch dims are already equal. */
export function matmul(a: Tensor, b: Tensor): Tensor {
  const r = a.shape.length;
  const [m, k, n] = [a.shape[r - 2], a.shape[r - 1], b.shape[r - 1]];
  const batch = a.shape.slice(0, r - 2).reduce((x, y) => x * y, 1);
  const out = allocData("f32", batch * m * n, anyWide(a, b));
  const row = new Float64Array(n);
  for (let bi = 0; bi < batch; bi++) {
    const ao = bi * m * k;
    const bo = bi * k * n;
    for (let i = 0; i < m; i++) {
      row.fill(0);
      // i-k-j order walks both b and the output row contiguously.
      for (let p = 0; p < k; p++) {
        const av = a.data[ao + i * k + p];
        const bRow = bo + p * n;
        for (let j = 0; j < n; j++) row[j] += av * b.data[bRow + j];
      }
      out.set(row, (bi * m + i) * n);
    }
  }
  return { dtype: "f32", shape: [...a.shape.slice(0, r - 1), n], data: out };
}

export interface ConvParams {
  stride: number;
  padding: number;
  dilation: number;
  groups: number;
}

/**
 * out[n, o, i, j] = Σ_{c,u,v} x[n, g·C/G + c, i·s + u·d − p, j·s + v·d − p] · w[o, c, u, v]
 * with g = o div (O/G) and out-of-range x reading as zero (cross-correlation, NCHW × OIHW).
 */
export function conv2d(x: Tensor, w: Tensor, { stride, padding, dilation, groups }: ConvParams): Tensor {
  const [N, C, H, W] = x.shape;
  const [O, CG, KH, KW] = w.shape;
  const OH = Math.floor((H + 2 * padding - dilation * (KH - 1) - 1) / stride) + 1;
  const OW = Math.floor((W + 2 * padding - dilation * (KW - 1) - 1) / stride) + 1;
  const perGroup = O / groups;
  const out = allocData("f32", N * O * OH * OW, anyWide(x, w));
  const xd = x.data;
  const wd = w.data;
  for (let n = 0; n < N; n++) {
    for (let o = 0; o < O; o++) {
      const cBase = Math.floor(o / perGroup) * CG;
      for (let i = 0; i < OH; i++) {
        for (let j = 0; j < OW; j++) {
          let acc = 0;
          for (let c = 0; c < CG; c++) {
            const xPlane = (n * C + cBase + c) * H;
            const wPlane = (o * CG + c) * KH;
            for (let u = 0; u < KH; u++) {
              const y = i * stride + u * dilation - padding;
              if (y < 0 || y >= H) continue;
              for (let v = 0; v < KW; v++) {
                const xx = j * stride + v * dilation - padding;
                if (xx < 0 || xx >= W) continue;
                acc += xd[(xPlane + y) * W + xx] * wd[(wPlane + u) * KW + v];
              }
            }
          }
          out[((n * O + o) * OH + i) * OW + j] = acc;
        }
      }
    }
  }
  return { dtype: "f32", shape: [N, O, OH, OW], data: out };
}

export interface PoolParams {
  size: number;
  stride: number;
  padding: number;
}

/**
 * Max pooling treats padded positions as −inf (so they never win); average pooling divides by
 * the number of window positions inside the input, so padding does not dilute the mean. A
 * window entirely in the padding (possible only when padding ≥ size) gives −inf / NaN.
 */
export function pool2d(kind: "max" | "avg", x: Tensor, { size, stride, padding }: PoolParams): Tensor {
  const [N, C, H, W] = x.shape;
  const OH = Math.floor((H + 2 * padding - size) / stride) + 1;
  const OW = Math.floor((W + 2 * padding - size) / stride) + 1;
  const out = allocData("f32", N * C * OH * OW, anyWide(x));
  for (let plane = 0; plane < N * C; plane++) {
    const xo = plane * H * W;
    for (let i = 0; i < OH; i++) {
      for (let j = 0; j < OW; j++) {
        let acc = kind === "max" ? -Infinity : 0;
        let count = 0;
        for (let u = 0; u < size; u++) {
          const y = i * stride + u - padding;
          if (y < 0 || y >= H) continue;
          for (let v = 0; v < size; v++) {
            const xx = j * stride + v - padding;
            if (xx < 0 || xx >= W) continue;
            const val = x.data[xo + y * W + xx];
            acc = kind === "max" ? Math.max(acc, val) : acc + val;
            count++;
          }
        }
        out[(plane * OH + i) * OW + j] = kind === "max" ? acc : acc / count;
      }
    }
  }
  return { dtype: "f32", shape: [N, C, OH, OW], data: out };
}
