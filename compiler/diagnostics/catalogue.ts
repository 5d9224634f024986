// Every diagnostic code the compiler can emit. Codes are stable: never renumber, never reuse.
// spec/diagnostics.md documents each one with an example, and tests/golden/diagnostics/ holds
// at least one failing program per code (a test checks that every code here has one).
//
// Ranges: E00xx lexical & syntax · E01xx files & modules · E02xx names · E03xx calls & arguments
//         E04xx types & shapes · E05xx declarations · E06xx wired graphs · E07xx graph generators
//         E08xx train blocks · E09xx internal · E10xx build and target limits
//         E11xx resource and confinement limits · W0xxx warnings

export interface CatalogueEntry {
  severity: "error" | "warning";
  /** Short kebab-case title, shown in docs and usable as a search key. */
  title: string;
  /** What triggers it, one sentence (spec/diagnostics.md expands on it). */
  summary: string;
}

export const CATALOGUE = {
  // ---- lexical & syntax
  E0001: { severity: "error", title: "invalid-character", summary: "A character that cannot start any token." },
  E0002: { severity: "error", title: "unterminated-string", summary: "A string literal with no closing quote before the end of the line." },
  E0003: { severity: "error", title: "unterminated-comment", summary: "A /* block comment */ with no closing */." },
  E0004: { severity: "error", title: "syntax-error", summary: "A token where the grammar does not allow it, or a missing token." },
  E0005: { severity: "error", title: "invalid-number", summary: "A numeric literal that is out of range or malformed (e.g. 1e999, 99999999999 as int)." },
  E0006: { severity: "error", title: "invalid-utf8", summary: "The file's bytes are not valid UTF-8." },

  // ---- files & modules
  E0101: { severity: "error", title: "file-not-found", summary: "An input file or imported .dl file does not exist." },
  E0102: { severity: "error", title: "file-unreadable", summary: "A file exists but cannot be read (permissions, a directory, a FIFO or device, over the source size limit, an I/O error)." },
  E0103: { severity: "error", title: "import-cycle", summary: "Modules import each other in a cycle." },
  E0104: { severity: "error", title: "unknown-module", summary: "`use std.x` names a standard-library module that does not exist." },
  E0105: { severity: "error", title: "name-not-exported", summary: "`use m.{X}` names something module m does not declare." },
  E0106: { severity: "error", title: "duplicate-import", summary: "Two imports bind the same local name." },

  // ---- names
  E0201: { severity: "error", title: "unknown-name", summary: "A name that is not declared, imported or built in." },
  E0202: { severity: "error", title: "duplicate-definition", summary: "A name declared twice in the same scope." },
  E0203: { severity: "error", title: "wrong-kind", summary: "A name used as the wrong kind of thing (calling a tensor, using a layer as a tensor, ...)." },
  E0204: { severity: "error", title: "unknown-type", summary: "A type name that is neither a dtype (f32, i32, bool) nor Dim, int, float." },
  E0205: { severity: "error", title: "unknown-dimension", summary: "A dimension name in a type that is not bound where it is used." },

  // ---- calls & arguments
  E0301: { severity: "error", title: "too-many-arguments", summary: "More positional arguments than the callee has parameters." },
  E0302: { severity: "error", title: "missing-argument", summary: "A required parameter got no argument." },
  E0303: { severity: "error", title: "unknown-named-argument", summary: "A named argument the callee has no parameter for." },
  E0304: { severity: "error", title: "duplicate-argument", summary: "The same parameter is given twice." },
  E0305: { severity: "error", title: "argument-kind-mismatch", summary: "An argument of the wrong kind (a tensor where an int is expected, a float for a Dim, ...)." },
  E0306: { severity: "error", title: "not-constant", summary: "A value that must be known at compile time (axis, Dim, size) is not." },

  // ---- types & shapes
  E0401: { severity: "error", title: "dtype-mismatch", summary: "Tensors of different dtypes meet, or an op does not accept a dtype." },
  E0402: { severity: "error", title: "rank-mismatch", summary: "A tensor has a different number of dimensions than expected." },
  E0403: { severity: "error", title: "dimension-mismatch", summary: "Two dimensions that must be equal are not." },
  E0404: { severity: "error", title: "not-broadcastable", summary: "Shapes that cannot be broadcast together." },
  E0405: { severity: "error", title: "indivisible-dimension", summary: "A dimension divided by a number or dimension that does not divide it." },
  E0406: { severity: "error", title: "axis-out-of-range", summary: "An axis outside [-rank, rank)." },
  E0407: { severity: "error", title: "element-count-mismatch", summary: "A reshape whose target has a different number of elements." },
  E0408: { severity: "error", title: "matmul-mismatch", summary: "Matrix multiply whose inner dimensions differ." },
  E0409: { severity: "error", title: "invalid-dimension", summary: "A dimension that would be zero or negative (e.g. a convolution larger than its input)." },
  E0410: { severity: "error", title: "unknown-parameter-shape", summary: "A parameter whose shape is not fixed once the layer's arguments are known." },
  E0411: { severity: "error", title: "multiple-variadic-dims", summary: "More than one `..N` in one tensor type." },
  E0412: { severity: "error", title: "invalid-permutation", summary: "A transpose permutation that is not a permutation of the axes." },
  E0413: { severity: "error", title: "index-out-of-range", summary: "An index or slice bound outside the dimension it indexes." },
  E0414: { severity: "error", title: "type-mismatch", summary: "A value of one type where another type is required (e.g. a tensor where a layer is expected)." },
  E0415: { severity: "error", title: "value-out-of-range", summary: "A compile-time argument outside its allowed range (a dropout probability outside [0, 1), a repeat count below 1)." },

  // ---- declarations
  E0501: { severity: "error", title: "layer-without-forward", summary: "A layer with no `fn (...)` forward function." },
  E0502: { severity: "error", title: "multiple-forwards", summary: "A layer with more than one forward function." },
  E0503: { severity: "error", title: "model-without-output", summary: "A model that declares no output." },
  E0504: { severity: "error", title: "not-shape-preserving", summary: "`repeat` or a graph-generator node needs a layer whose output type equals its input type." },
  E0505: { severity: "error", title: "unknown-initializer", summary: "A parameter initializer that does not exist." },
  E0506: { severity: "error", title: "recursive-definition", summary: "A function or layer that uses itself, directly or indirectly." },
  E0507: { severity: "error", title: "model-without-input", summary: "A model that declares no input." },

  // ---- wired (neuron-level) graphs
  E0601: { severity: "error", title: "neuron-index-out-of-range", summary: "A connection names a neuron or input index past the end of its group." },
  E0602: { severity: "error", title: "wired-cycle", summary: "Connections that form a cycle." },
  E0603: { severity: "error", title: "neuron-without-inputs", summary: "A neuron or output that no connection feeds." },
  E0604: { severity: "error", title: "unknown-activation", summary: "A neuron activation that is not a known activation." },
  E0605: { severity: "error", title: "invalid-neuron-count", summary: "A neuron group whose size is not a positive integer constant." },
  E0606: { severity: "error", title: "invalid-connection", summary: "A connection into an input or out of an output group." },

  // ---- graph generators
  E0701: { severity: "error", title: "invalid-generator-argument", summary: "A graph-generator argument out of range (p outside [0,1], k odd or >= nodes, ...)." },

  // ---- train blocks
  E0801: { severity: "error", title: "unknown-train-setting", summary: "A setting a train block does not have." },
  E0802: { severity: "error", title: "loss-not-scalar", summary: "The loss is not a scalar f32." },
  E0803: { severity: "error", title: "missing-loss", summary: "A train block with no `loss`." },
  E0804: { severity: "error", title: "invalid-optimizer", summary: "An unknown optimizer or an optimizer argument out of range." },
  E0805: { severity: "error", title: "invalid-checkpoint-policy", summary: "A checkpoint policy other than none, sqrt or budget(size)." },
  E0806: { severity: "error", title: "invalid-pipeline", summary: "A pipeline setting other than none or stages(k, microbatches: m, schedule: gpipe|1f1b)." },

  // ---- internal
  E0901: { severity: "error", title: "internal-error", summary: "A bug in dlc. Please report it with the input that caused it." },
  E0902: { severity: "error", title: "internal-pass-error", summary: "A middle-end pass (named in the message) failed or produced an invalid graph: a bug in dlc." },

  // ---- build and target limits (found after checking, when a model is built for a target)
  E1001: { severity: "error", title: "bad-batch-size", summary: "The batch size to build for is not a positive integer." },
  E1002: { severity: "error", title: "unknown-model", summary: "The model to build is not declared in the entry files (or they declare none)." },
  E1003: { severity: "error", title: "unsized-dimension", summary: "A model input has a symbolic dimension other than the batch (the first input's leading dimension) that no `--dim NAME=SIZE` gives a size." },
  E1004: { severity: "error", title: "wasm-memory-limit", summary: "The model needs more memory than the WASM backend can address (2 GiB)." },
  E1005: { severity: "error", title: "wgsl-buffer-limit", summary: "A tensor is larger than the WebGPU device's largest storage-buffer binding." },
  E1006: { severity: "error", title: "wgsl-binding-limit", summary: "A kernel needs more storage-buffer bindings than the WebGPU device allows in one shader." },
  E1007: { severity: "error", title: "unknown-dim-option", summary: "`--dim NAME=SIZE` names no free dimension of the model's inputs." },

  // ---- resource and confinement limits (a program may be hostile: what it makes dlc do is bounded)
  E1101: { severity: "error", title: "import-outside-root", summary: "A `use` names a file outside the project root (the entry's nearest folder with package.json or .git, or `--root`)." },
  E1102: { severity: "error", title: "instance-limit", summary: "The program creates more layer instances than the limit (repeat counts and copies multiply)." },
  E1103: { severity: "error", title: "graph-node-limit", summary: "The lowered graph would have more nodes than the limit." },
  E1104: { severity: "error", title: "parameter-limit", summary: "The model's parameters (or one tensor) hold more elements than the limit." },
  E1105: { severity: "error", title: "nesting-limit", summary: "Calls, instances or expressions nest deeper than the limit." },

  // ---- warnings
  W0001: { severity: "warning", title: "unused-value", summary: "A named value that nothing uses." },
  W0002: { severity: "warning", title: "unused-import", summary: "An imported name that nothing uses." },
  W0003: { severity: "warning", title: "unused-neuron", summary: "A wired neuron whose output feeds nothing." },
} as const satisfies Record<string, CatalogueEntry>;

export type DiagnosticCode = keyof typeof CATALOGUE;

export const ALL_CODES = Object.keys(CATALOGUE) as DiagnosticCode[];
