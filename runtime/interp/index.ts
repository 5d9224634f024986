// The reference interpreter's public surface.
export { interpret, type InterpretOptions } from "./interpret.ts";
export { type Tensor, type TensorData, tensorOf, zerosTensor, numElements, stridesOf } from "./tensor.ts";
export { IndexOutOfRangeError, InterpInputError, InterpGraphError, type NodeOrigin } from "./errors.ts";
export { erf } from "../../compiler/ir/erf.ts";
