// The workloads as ONNX graphs (opset 17), written independently of dlc's lowering with
// onnx-proto, for onnxruntime-web. Weights go in as initializers in dlc's layouts, which
// are ONNX's too: MatMul takes W [in, out]; Conv takes NCHW input and OIHW weights.
import onnxProto from "onnx-proto";
import type { Workload } from "./infer-workloads.ts";

const { onnx } = onnxProto;
type Weights = Record<string, Float32Array>;

class GraphWriter {
  readonly nodes: InstanceType<typeof onnx.NodeProto>[] = [];
  readonly inits: InstanceType<typeof onnx.TensorProto>[] = [];
  private next = 0;

  init(name: string, dims: number[], data: Float32Array | number[]): string {
    const f = data instanceof Float32Array ? data : Float32Array.from(data);
    this.inits.push(onnx.TensorProto.create({
      name, dims, dataType: onnx.TensorProto.DataType.FLOAT,
      rawData: new Uint8Array(f.buffer.slice(f.byteOffset, f.byteOffset + f.byteLength)),
    }));
    return name;
  }

  shape(name: string, dims: number[]): string {
    const bytes = new Uint8Array(BigInt64Array.from(dims.map(BigInt)).buffer);
    this.inits.push(onnx.TensorProto.create({ name, dims: [dims.length], dataType: onnx.TensorProto.DataType.INT64, rawData: bytes }));
    return name;
  }

  /** Adds one node; returns its (first) output's name. */
  op(type: string, inputs: string[], attrs: Record<string, number | number[]> = {}): string {
    const out = `t${this.next++}_${type}`;
    const attribute = Object.entries(attrs).map(([name, v]) => Array.isArray(v)
      ? onnx.AttributeProto.create({ name, ints: v, type: onnx.AttributeProto.AttributeType.INTS })
      : Number.isInteger(v) && name !== "epsilon"
        ? onnx.AttributeProto.create({ name, i: v, type: onnx.AttributeProto.AttributeType.INT })
        : onnx.AttributeProto.create({ name, f: v, type: onnx.AttributeProto.AttributeType.FLOAT }));
    this.nodes.push(onnx.NodeProto.create({ opType: type, input: inputs, output: [out], attribute }));
    return out;
  }

  linear(x: string, w: Weights, p: string, inDim: number, outDim: number): string {
    return this.op("Add", [this.op("MatMul", [x, this.init(`${p}.w`, [inDim, outDim], w[`${p}.w`]!)]), this.init(`${p}.b`, [outDim], w[`${p}.b`]!)]);
  }

  layerNorm(x: string, w: Weights, p: string, d: number): string {
    return this.op("LayerNormalization", [x, this.init(`${p}.gamma`, [d], w[`${p}.gamma`]!), this.init(`${p}.beta`, [d], w[`${p}.beta`]!)], { axis: -1, epsilon: 1e-5 });
  }

  /** Exact GELU, 0.5·x·(1 + erf(x/√2)), from ONNX primitives (Gelu is opset 20). */
  gelu(x: string): string {
    const scalar = (name: string, v: number) => this.inits.some((t) => t.name === name) ? name : this.init(name, [], [v]);
    const e = this.op("Erf", [this.op("Div", [x, scalar("c_sqrt2", Math.SQRT2)])]);
    return this.op("Mul", [this.op("Mul", [x, this.op("Add", [e, scalar("c_one", 1)])]), scalar("c_half", 0.5)]);
  }

  relu(x: string): string {
    return this.op("Relu", [x]);
  }

  model(input: string, inShape: number[], output: string, outShape: number[]): Uint8Array {
    const vi = (name: string, dims: number[]) => onnx.ValueInfoProto.create({
      name,
      type: { tensorType: { elemType: onnx.TensorProto.DataType.FLOAT, shape: { dim: dims.map((d) => ({ dimValue: d })) } } },
    });
    const graph = onnx.GraphProto.create({ name: "g", node: this.nodes, initializer: this.inits, input: [vi(input, inShape)], output: [vi(output, outShape)] });
    const model = onnx.ModelProto.create({ irVersion: 8, producerName: "dlc-bench", opsetImport: [{ domain: "", version: 17 }], graph });
    return onnx.ModelProto.encode(model).finish();
  }
}

/** The ONNX model bytes for a workload at a batch; input "x", output "y". */
export function onnxModel(wl: Workload, batch: number, w: Weights): { bytes: Uint8Array; outShape: number[] } {
  const g = new GraphWriter();
  const x = "x";
  let y: string;
  let outShape: number[];
  switch (wl.name) {
    case "mlp": {
      y = g.linear(g.relu(g.linear(g.relu(g.linear(x, w, "h1", 784, 300)), w, "h2", 300, 100)), w, "out", 100, 10);
      outShape = [batch, 10];
      break;
    }
    case "lenet": {
      const conv = (v: string, p: string, o: number, i: number) =>
        g.op("Conv", [v, g.init(`${p}.w`, [o, i, 5, 5], w[`${p}.w`]!), g.init(`${p}.b`, [o], w[`${p}.b`]!)], { kernel_shape: [5, 5], strides: [1, 1], pads: [0, 0, 0, 0] });
      const pool = (v: string) => g.op("MaxPool", [v], { kernel_shape: [2, 2], strides: [2, 2] });
      const f = pool(g.relu(conv(pool(g.relu(conv(x, "conv1", 6, 1))), "conv2", 16, 6)));
      const flat = g.op("Reshape", [f, g.shape("flat_shape", [batch, 256])]);
      y = g.linear(g.relu(g.linear(g.relu(g.linear(flat, w, "fc1", 256, 120)), w, "fc2", 120, 84)), w, "fc3", 84, 10);
      outShape = [batch, 10];
      break;
    }
    case "transformer": {
      const [T, D, H, HD] = [128, 256, 4, 64];
      const u = g.layerNorm(x, w, "block.ln1", D);
      const heads = (p: string, perm: number[]) =>
        g.op("Transpose", [g.op("Reshape", [g.linear(u, w, p, D, D), g.shape(`${p}.split`, [batch, T, H, HD])])], { perm });
      const q = heads("block.attn.q", [0, 2, 1, 3]);
      const kt = heads("block.attn.k", [0, 2, 3, 1]);
      const v = heads("block.attn.v", [0, 2, 1, 3]);
      const scores = g.op("Div", [g.op("MatMul", [q, kt]), g.init("c_scale", [], [Math.sqrt(HD)])]);
      const att = g.op("MatMul", [g.op("Softmax", [scores], { axis: -1 }), v]);
      const merged = g.op("Reshape", [g.op("Transpose", [att], { perm: [0, 2, 1, 3] }), g.shape("merge", [batch, T, D])]);
      const h = g.op("Add", [x, g.linear(merged, w, "block.attn.o", D, D)]);
      const ff = g.linear(g.gelu(g.linear(g.layerNorm(h, w, "block.ln2", D), w, "block.fc1", D, 1024)), w, "block.fc2", 1024, D);
      y = g.op("Add", [h, ff]);
      outShape = [batch, T, D];
      break;
    }
    case "mixer": {
      const [P, C] = [64, 128];
      const u = g.op("Transpose", [g.layerNorm(x, w, "block.ln1", C)], { perm: [0, 2, 1] });
      const tok = g.linear(g.gelu(g.linear(u, w, "block.token1", P, 256)), w, "block.token2", 256, P);
      const yy = g.op("Add", [x, g.op("Transpose", [tok], { perm: [0, 2, 1] })]);
      const ch = g.linear(g.gelu(g.linear(g.layerNorm(yy, w, "block.ln2", C), w, "block.channel1", C, 512)), w, "block.channel2", 512, C);
      y = g.op("Add", [yy, ch]);
      outShape = [batch, P, C];
      break;
    }
  }
  return { bytes: g.model(x, [batch, ...wl.sample], y, outShape), outShape };
}
