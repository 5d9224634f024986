// The standard library and the examples must check cleanly (no errors, no warnings), and the
// examples must describe exactly the benchmark workloads of shared/workloads.md: their
// parameter names, shapes and counts below were computed by hand from those definitions.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ModelInfo, TensorInfo } from "../../compiler/index.ts";
import { checkInMemory, listFiles, REPO_ROOT, stdlibFiles } from "./dl-blocks.ts";

const stdModules = Object.keys(stdlibFiles());
const examples = listFiles(join(REPO_ROOT, "examples"), ".dl").map((f) => `examples/${f}`);

function exampleFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of examples) out[f] = readFileSync(join(REPO_ROOT, f), "utf8");
  return out;
}

describe("stdlib", () => {
  it("has std.nn", () => expect(stdModules).toContain("nn.dl"));
  for (const f of stdModules) {
    it(`std/${f} checks with no diagnostics`, async () => {
      const r = await checkInMemory({}, [`std/${f}`]);
      expect(r.diagnostics, r.rendered).toEqual([]);
    });
  }
});

describe("std.nn exports", () => {
  it("every layer, activation and loss checks and has the documented shapes", async () => {
    const src = `
use std.nn.*
model Everything {
  input x: f32[B, 3, 32, 32]
  input ids: i32[B, 16]
  input v: f32[B, 64]
  input label: i32[B]
  conv = Conv2d(3, 8, 3, stride: 2, padding: 1)
  bn = BatchNorm(8)
  mp = MaxPool2d(2)
  ap = AvgPool2d(2, stride: 1)
  sep = SepConv2d(8, 16)
  node = SepConvNode(16)
  gap = GlobalAvgPool()
  flat = Flatten()
  emb = Embedding(1000, 64)
  mha = MultiHeadAttention(64, 8)
  tb = TransformerBlock(64, 4, 128)
  mix = MlpMixerBlock(16, 64, 32, 128)
  ln = LayerNorm(64)
  drop = Dropout(0.1)
  bn1 = BatchNorm(64)
  fc = Linear(64, 10)
  feat = node(sep(ap(mp(relu(bn(conv(x)))))))
  output pooled = gap(feat)
  output flat_out = flat(feat)
  seq = mix(tb(mha(emb(ids))))
  output seq_out = drop(ln(seq))
  logits = fc(silu(leaky_relu(gelu(bn1(v)))))
  output probs = softmax(logits)
  output logp = log_softmax(logits, axis: 1)
  output ce = cross_entropy(logits, label)
  output err = mse(logits, probs)
}`;
    const r = await checkInMemory({ "main.dl": src }, ["main.dl"]);
    expect(r.diagnostics, r.rendered).toEqual([]);
    const [m] = r.models;
    // 32 → conv s2 p1 k3 → 16 → maxpool 2 → 8 → avgpool 2 s1 → 7 → sepconv (k3 p1) → 7.
    expect(show(m.outputs)).toEqual([
      "pooled: f32[B, 16]",
      "flat_out: f32[B, 784]",
      "seq_out: f32[B, 16, 64]",
      "probs: f32[B, 10]",
      "logp: f32[B, 10]",
      "ce: f32[]",
      "err: f32[]",
    ]);
    const conv = 8 * 3 * 9 + 8;
    const sep = 8 * 9 + 16 * 8;
    const node = 16 * 9 + 16 * 16 + 2 * 16;
    const mha = 4 * (64 * 64 + 64);
    const block = 2 * 128 + mha + (64 * 128 + 128) + (128 * 64 + 64);
    const mixer = 128 + (16 * 32 + 32) + (32 * 16 + 16) + 128 + (64 * 128 + 128) + (128 * 64 + 64);
    expect(m.parameterCount).toBe(conv + 16 + sep + node + 1000 * 64 + mha + block + mixer + 128 + 128 + 650);
    expect(m.state.map((t) => t.name)).toEqual([
      "bn.running_mean", "bn.running_var",
      "node.bn.running_mean", "node.bn.running_var",
      "bn1.running_mean", "bn1.running_var",
    ]);
  });
});

async function checkExample(file: string): Promise<ModelInfo[]> {
  const r = await checkInMemory(exampleFiles(), [file]);
  expect(r.diagnostics, r.rendered).toEqual([]);
  return r.models;
}

const show = (ts: TensorInfo[]) => ts.map((t) => `${t.name}: ${t.dtype}[${t.shape.join(", ")}]`);

describe("examples", () => {
  for (const f of examples) {
    it(`${f} checks with no diagnostics`, async () => {
      const models = await checkExample(f);
      expect(models.length).toBeGreaterThan(0);
    });
  }

  it("mlp: 784 → 300 → 100 → 10, 266,610 parameters", async () => {
    const [m] = await checkExample("examples/mlp.dl");
    expect(m.name).toBe("Mlp");
    expect(show(m.inputs)).toEqual(["x: f32[B, 784]"]);
    expect(show(m.outputs)).toEqual(["logits: f32[B, 10]"]);
    expect(show(m.parameters)).toEqual([
      "h1.w: f32[784, 300]", "h1.b: f32[300]",
      "h2.w: f32[300, 100]", "h2.b: f32[100]",
      "out.w: f32[100, 10]", "out.b: f32[10]",
    ]);
    expect(m.parameterCount).toBe(784 * 300 + 300 + 300 * 100 + 100 + 100 * 10 + 10);
    expect(m.parameterCount).toBe(266_610);
  });

  it("lenet: conv 6 → pool → conv 16 → pool → 256 → 120 → 84 → 10", async () => {
    const [m] = await checkExample("examples/lenet.dl");
    expect(show(m.inputs)).toEqual(["x: f32[B, 1, 28, 28]"]);
    expect(show(m.outputs)).toEqual(["logits: f32[B, 10]"]);
    expect(show(m.parameters)).toEqual([
      "conv1.w: f32[6, 1, 5, 5]", "conv1.b: f32[6]",
      "conv2.w: f32[16, 6, 5, 5]", "conv2.b: f32[16]",
      "fc1.w: f32[256, 120]", "fc1.b: f32[120]",
      "fc2.w: f32[120, 84]", "fc2.b: f32[84]",
      "fc3.w: f32[84, 10]", "fc3.b: f32[10]",
    ]);
    expect(m.parameterCount).toBe(156 + 2416 + 30840 + 10164 + 850);
  });

  const blockParams = (p: string) => [
    `${p}.ln1.gamma: f32[256]`, `${p}.ln1.beta: f32[256]`,
    ...["q", "k", "v", "o"].flatMap((n) => [`${p}.attn.${n}.w: f32[256, 256]`, `${p}.attn.${n}.b: f32[256]`]),
    `${p}.ln2.gamma: f32[256]`, `${p}.ln2.beta: f32[256]`,
    `${p}.fc1.w: f32[256, 1024]`, `${p}.fc1.b: f32[1024]`,
    `${p}.fc2.w: f32[1024, 256]`, `${p}.fc2.b: f32[256]`,
  ];
  // 2 LayerNorms (512 each) + 4 × (256·256 + 256) + (256·1024 + 1024) + (1024·256 + 256).
  const blockCount = 2 * 512 + 4 * 65_792 + 263_168 + 262_400;

  it("transformer: one pre-LN block, and a stack of 4 via repeat", async () => {
    const [one, stack] = await checkExample("examples/transformer.dl");
    expect(one.name).toBe("Transformer");
    expect(show(one.inputs)).toEqual(["x: f32[B, 128, 256]"]);
    expect(show(one.outputs)).toEqual(["y: f32[B, 128, 256]"]);
    expect(show(one.parameters)).toEqual(blockParams("block"));
    expect(one.parameterCount).toBe(blockCount);
    expect(blockCount).toBe(789_760);
    expect(stack.name).toBe("TransformerStack");
    expect(show(stack.parameters)).toEqual([0, 1, 2, 3].flatMap((i) => blockParams(`blocks.${i}`)));
    expect(stack.parameterCount).toBe(4 * blockCount);
  });

  it("mixer: token MLP 64 → 256 → 64, channel MLP 128 → 512 → 128", async () => {
    const [m] = await checkExample("examples/mixer.dl");
    expect(show(m.outputs)).toEqual(["y: f32[B, 64, 128]"]);
    expect(show(m.parameters)).toEqual([
      "block.ln1.gamma: f32[128]", "block.ln1.beta: f32[128]",
      "block.token1.w: f32[64, 256]", "block.token1.b: f32[256]",
      "block.token2.w: f32[256, 64]", "block.token2.b: f32[64]",
      "block.ln2.gamma: f32[128]", "block.ln2.beta: f32[128]",
      "block.channel1.w: f32[128, 512]", "block.channel1.b: f32[512]",
      "block.channel2.w: f32[512, 128]", "block.channel2.b: f32[128]",
    ]);
    expect(m.parameterCount).toBe(256 + 16_640 + 16_448 + 256 + 66_048 + 65_664);
  });

  it("tiny_wired: 4 inputs, 2 outputs", async () => {
    const [m] = await checkExample("examples/tiny_wired.dl");
    expect(m.kind).toBe("wired");
    expect(show(m.inputs)).toEqual(["x: f32[B, 4]"]);
    expect(show(m.outputs)).toEqual(["y: f32[B, 2]"]);
    // One weight per connection (2 + 1 + 2 into h, 2 + 2 into y) and one bias per neuron (3 + 2).
    expect(show(m.parameters)).toEqual(["h.w: f32[5]", "h.b: f32[3]", "y.w: f32[4]", "y.b: f32[2]"]);
    expect(m.parameterCount).toBe(9 + 5);
  });

  it("randwire: BatchNorm running statistics are state, not parameters", async () => {
    const [m] = await checkExample("examples/randwire.dl");
    expect(show(m.outputs)).toEqual(["logits: f32[B, 10]"]);
    expect(m.state.map((t) => t.name)).toContain("stem_bn.running_mean");
    expect(m.parameters.map((t) => t.name)).not.toContain("stem_bn.running_mean");
    expect(m.parameters.map((t) => t.name)).toContain("stem_bn.gamma");
  });

  it("randwire: 16 SepConv nodes, one aggregation weight per edge (or 1 for a source node)", async () => {
    const [m] = await checkExample("examples/randwire.dl");
    const size = (t: TensorInfo) => t.shape.reduce<number>((a, d) => a * (d as number), 1);
    const agg = m.parameters.filter((t) => t.name.endsWith(".agg"));
    expect(agg.map((t) => t.name)).toEqual(Array.from({ length: 16 }, (_, i) => `stage.node${i}.agg`));
    // ws(16, k: 4) has 16·4/2 = 32 edges; every source node (node 0 at least) adds one weight.
    const aggTotal = agg.reduce((a, t) => a + size(t), 0);
    expect(aggTotal).toBeGreaterThanOrEqual(33);
    expect(aggTotal).toBeLessThanOrEqual(32 + 16);
    // stem 32·3·3·3 + 32, stem_bn 2·32, per node depthwise 32·9 + pointwise 32·32 + bn 2·32, head 32·10 + 10.
    const rest = m.parameters.filter((t) => !t.name.endsWith(".agg")).reduce((a, t) => a + size(t), 0);
    expect(rest).toBe(896 + 64 + 16 * (288 + 1024 + 64) + 330);
    expect(m.parameterCount).toBe(rest + aggTotal);
    expect(m.state.filter((t) => t.name.startsWith("stage.")).length).toBe(16 * 2);
  });
});
