// Typed runtime errors. The runtime is called from user code that may catch and branch, so
// every error carries a stable `code` (never reworded) and the structured facts behind its
// message: which tensor, what was expected, what came. Messages name the tensor first because
// that is what a user greps their own code for.

/** A dtype and shape, printed as `f32[64, 784]` (a scalar prints as `f32[]`). */
export interface TensorSig {
  readonly dtype: string;
  readonly shape: readonly number[];
}

export function formatSig(sig: TensorSig): string {
  return `${sig.dtype}[${sig.shape.join(", ")}]`;
}

/** Base of every error the runtime throws on purpose; anything else is a bug in dlc. */
export class DlcError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
    this.name = "DlcError";
  }
}

export type SafetensorsReason =
  | "truncated" // file shorter than 8 bytes, or the header runs past the end
  | "header-too-large" // header length above the 100 MB cap
  | "bad-header" // header bytes are not UTF-8, or the JSON is not an object
  | "bad-json" // header is not JSON
  | "bad-entry" // a tensor entry lacks dtype/shape/data_offsets or has wrong types
  | "bad-metadata" // __metadata__ is not an object of strings
  | "bad-name" // writer: reserved or otherwise unusable tensor name
  | "unknown-dtype" // dtype not in the safetensors format
  | "unsupported-dtype" // a real safetensors dtype that dlc cannot turn into a typed array
  | "bad-shape" // negative or non-integer dimension
  | "shape-overflow" // element count above 2^53 − 1
  | "size-mismatch" // byte range length ≠ element count × dtype size (or data length, when writing)
  | "not-safetensors" // the bytes are some other kind of file (the header does not start with `{`)
  | "too-deep" // the header nests deeper than any safetensors header does
  | "bad-offsets" // begin > end, non-integers, or past the end of the byte buffer
  | "overlap" // two tensors' byte ranges overlap
  | "gap" // bytes of the buffer that no tensor covers
  | "duplicate"; // a key appears twice in one JSON object

export class SafetensorsError extends DlcError {
  readonly reason: SafetensorsReason;
  /** The tensor the problem is in, when there is one. */
  readonly tensor: string | undefined;
  constructor(reason: SafetensorsReason, message: string, tensor?: string) {
    super(`safetensors/${reason}`, tensor === undefined ? `safetensors: ${message}` : `safetensors: tensor "${tensor}": ${message}`);
    this.name = "SafetensorsError";
    this.reason = reason;
    this.tensor = tensor;
  }
}

export type InputProblem =
  | "unknown" // not an input of the model
  | "missing" // an input of the model that was not given
  | "shape" // a shape other than the model's
  | "bad-shape" // a shape that is not a list of non-negative safe integers ([2.5, 784], ["2", 784])
  | "dtype" // an array of another element type
  | "value" // a plain-array element that the dtype cannot hold exactly (1.5 for i32, "a" for f32)
  | "length" // the data's length is not the shape's element count
  | "argument"; // inputs that are not an object or Map of tensors

/** A bad argument to run/trainStep: the caller's tensors do not match the model's inputs. */
export class InputError extends DlcError {
  readonly problem: InputProblem;
  readonly tensor: string;
  readonly expected: TensorSig | undefined;
  readonly actual: TensorSig | undefined;
  /** For "unknown": the names the model does take. */
  readonly known: readonly string[] | undefined;
  private constructor(problem: InputProblem, tensor: string, message: string, expected?: TensorSig, actual?: TensorSig, known?: readonly string[]) {
    super(`input/${problem}`, message);
    this.name = "InputError";
    this.problem = problem;
    this.tensor = tensor;
    this.expected = expected;
    this.actual = actual;
    this.known = known;
  }
  static unknown(tensor: string, known: readonly string[]): InputError {
    const list = known.length === 0 ? "it takes none" : `its inputs are ${known.map((k) => `"${k}"`).join(", ")}`;
    return new InputError("unknown", tensor, `input "${tensor}" is not an input of this model (${list})`, undefined, undefined, known);
  }
  static missing(tensor: string, expected: TensorSig): InputError {
    return new InputError("missing", tensor, `input "${tensor}" is missing (expected ${formatSig(expected)})`, expected);
  }
  static shape(tensor: string, expected: TensorSig, actual: TensorSig): InputError {
    return new InputError("shape", tensor, `input "${tensor}": expected ${formatSig(expected)}, got ${formatSig(actual)}`, expected, actual);
  }
  static dtype(tensor: string, expected: TensorSig, actual: TensorSig): InputError {
    return new InputError("dtype", tensor, `input "${tensor}": expected ${formatSig(expected)}, got ${formatSig(actual)}`, expected, actual);
  }
  /** The data array's length does not match the element count of the shape it came with. */
  static wrongLength(tensor: string, expected: TensorSig, actualLength: number): InputError {
    const n = elementCount(expected.shape);
    return new InputError("length", tensor, `input "${tensor}": ${formatSig(expected)} needs ${n} elements, got an array of ${actualLength}`, expected);
  }
  static badShape(tensor: string, expected: TensorSig, why: string): InputError {
    return new InputError("bad-shape", tensor, `input "${tensor}": ${why} (expected ${formatSig(expected)})`, expected);
  }
  static badValue(tensor: string, expected: TensorSig, why: string): InputError {
    return new InputError("value", tensor, `input "${tensor}": ${why} (expected ${formatSig(expected)})`, expected);
  }
  static argument(message: string): InputError {
    return new InputError("argument", "", message);
  }
}

export type WeightProblem = "missing" | "unexpected" | "shape" | "bad-shape" | "dtype" | "value" | "length";

/** How many of several weight problems a message spells out; `problems` holds them all. */
const LISTED_PROBLEMS = 10;

/**
 * Weights given to setWeights do not match the model's parameters. One error reports every
 * problem found (missing, unexpected, wrong dtype or shape): `problems` lists them, and
 * problem/tensor/expected/actual are the first one's.
 */
export class WeightError extends DlcError {
  readonly problem: WeightProblem;
  readonly tensor: string;
  readonly expected: TensorSig | undefined;
  readonly actual: TensorSig | undefined;
  /** Every problem, in parameter order; this error itself when there is one. */
  readonly problems: readonly WeightError[];
  private constructor(problem: WeightProblem, tensor: string, message: string, expected?: TensorSig, actual?: TensorSig, problems?: readonly WeightError[]) {
    super(`weight/${problem}`, message);
    this.name = "WeightError";
    this.problem = problem;
    this.tensor = tensor;
    this.expected = expected;
    this.actual = actual;
    this.problems = problems ?? [this];
  }
  /** One error for all of `problems` (at least one). */
  static all(problems: readonly WeightError[]): WeightError {
    const first = problems[0]!;
    if (problems.length === 1) return first;
    const listed = problems.slice(0, LISTED_PROBLEMS).map((p) => p.message).join("; ");
    const more = problems.length > LISTED_PROBLEMS ? `; and ${problems.length - LISTED_PROBLEMS} more` : "";
    return new WeightError(first.problem, first.tensor, `${problems.length} problems with the weights: ${listed}${more}`, first.expected, first.actual, problems);
  }
  static badShape(tensor: string, expected: TensorSig | undefined, why: string): WeightError {
    return new WeightError("bad-shape", tensor, `weight "${tensor}": ${why}${expected ? ` (expected ${formatSig(expected)})` : ""}`, expected);
  }
  static badValue(tensor: string, expected: TensorSig, why: string): WeightError {
    return new WeightError("value", tensor, `weight "${tensor}": ${why} (expected ${formatSig(expected)})`, expected);
  }
  static missing(tensor: string, expected: TensorSig): WeightError {
    return new WeightError("missing", tensor, `weight "${tensor}" is missing (expected ${formatSig(expected)})`, expected);
  }
  static unexpected(tensor: string, actual: TensorSig): WeightError {
    return new WeightError("unexpected", tensor, `weight "${tensor}" (${formatSig(actual)}) is not a parameter of this model`, undefined, actual);
  }
  static shape(tensor: string, expected: TensorSig, actual: TensorSig): WeightError {
    return new WeightError("shape", tensor, `weight "${tensor}": expected ${formatSig(expected)}, got ${formatSig(actual)}`, expected, actual);
  }
  static dtype(tensor: string, expected: TensorSig, actual: TensorSig): WeightError {
    return new WeightError("dtype", tensor, `weight "${tensor}": expected ${formatSig(expected)}, got ${formatSig(actual)}`, expected, actual);
  }
  static wrongLength(tensor: string, expected: TensorSig, actualLength: number): WeightError {
    const n = elementCount(expected.shape);
    return new WeightError("length", tensor, `weight "${tensor}": ${formatSig(expected)} needs ${n} elements, got an array of ${actualLength}`, expected);
  }
}

/** The batch size is outside what the compiled artifact was planned for. */
export class BatchError extends DlcError {
  readonly batch: number;
  readonly min: number;
  readonly max: number;
  /** The input whose leading dimension gave the batch size, when known. */
  readonly tensor: string | undefined;
  constructor(batch: number, min: number, max: number, tensor?: string) {
    const where = tensor === undefined ? "" : `input "${tensor}": `;
    const allowed = min === max ? `exactly ${min}` : `${min}..${max}`;
    super("batch/out-of-range", `${where}batch size ${batch} is not allowed by this artifact (allowed: ${allowed})`);
    this.name = "BatchError";
    this.batch = batch;
    this.min = min;
    this.max = max;
    this.tensor = tensor;
  }
}

/** A session, tensor or device was used after dispose(). */
export class DisposedError extends DlcError {
  /** What was disposed, e.g. `session "Mlp"` or `tensor "h1.w"`. */
  readonly what: string;
  /** The method that was called on it, when known. */
  readonly method: string | undefined;
  constructor(what: string, method?: string) {
    super("disposed", `${what} was used${method === undefined ? "" : ` (${method})`} after dispose()`);
    this.name = "DisposedError";
    this.what = what;
    this.method = method;
  }
}

/** A backend failed inside a run (a trap in the WASM module, an interpreter error): a dlc bug or a damaged artifact. */
export class RunError extends DlcError {
  readonly backend: string;
  constructor(backend: string, model: string, cause: unknown) {
    super("run/failed", `session "${model}" on ${backend}: the run failed (${cause instanceof Error ? cause.message : String(cause)}); the artifact may be damaged: rebuild it, and report this if it persists`);
    this.name = "RunError";
    this.backend = backend;
    this.cause = cause;
  }
}

function elementCount(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}
