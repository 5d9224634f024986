// The interpreter's elementwise kernel: one scalar function (from the op table's scalar
// definition) applied position by position to operands of one shape. Specialised by arity
// so the reference run of a whole model does not allocate an argument list per element.
import type { DType } from "../../compiler/ir/ir.ts";
import { allocData, anyWide, type Tensor } from "./tensor.ts";

export function mapElements(args: readonly Tensor[], dtype: DType, f: (...xs: number[]) => number): Tensor {
  const n = args[0].data.length;
  const data = allocData(dtype, n, anyWide(...args));
  const [a, b, c] = args.map((t) => t.data);
  if (args.length === 1) for (let i = 0; i < n; i++) data[i] = f(a[i]);
  else if (args.length === 2) for (let i = 0; i < n; i++) data[i] = f(a[i], b[i]);
  else if (args.length === 3) for (let i = 0; i < n; i++) data[i] = f(a[i], b[i], c[i]);
  else for (let i = 0; i < n; i++) data[i] = f(...args.map((t) => t.data[i]));
  return { dtype, shape: [...args[0].shape], data };
}
