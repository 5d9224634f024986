// Source nodes in the interpreter: inputs and parameters are checked against the node's
// declared type before use, so a wrong tensor fails by name instead of computing garbage.
import type { DType, Node } from "../../compiler/ir/ir.ts";
import { InterpInputError } from "./errors.ts";
import { dataMatchesDtype, numElements, type Tensor } from "./tensor.ts";

export function checkGiven(kind: string, name: string, node: Node, t: Tensor | undefined): Tensor {
  if (!t) throw new InterpInputError(`missing ${kind} "${name}" (${node.dtype}[${node.shape.join(", ")}])`);
  const want = `${node.dtype}[${node.shape.join(", ")}]`;
  const got = `${t.dtype}[${t.shape.join(", ")}]`;
  if (t.dtype !== node.dtype || t.shape.length !== node.shape.length || t.shape.some((d, i) => d !== node.shape[i])) {
    throw new InterpInputError(`${kind} "${name}" must be ${want}, got ${got}`);
  }
  if (!dataMatchesDtype(t.dtype, t.data) || t.data.length !== numElements(t.shape)) {
    throw new InterpInputError(`${kind} "${name}": data must be a ${storageName(t.dtype)} of ${numElements(t.shape)} elements, got ${t.data.constructor.name} of ${t.data.length}`);
  }
  return t;
}

function storageName(dtype: DType): string {
  return dtype === "f32" ? "Float32Array" : dtype === "i32" ? "Int32Array" : "Uint8Array";
}
