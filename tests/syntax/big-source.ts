// Generates a large, syntactically valid DL file: a transformer written out block by
// block (no `repeat`), the shape of file the parser must handle quickly.
export function transformerSource(blocks: number): string {
  const out: string[] = [];
  out.push("use std.nn.{Linear, LayerNorm, relu, softmax}");
  out.push("");
  out.push("fn gelu(x: f32[..S]) -> f32[..S] { 0.5 * x * (1.0 + erf(x / sqrt(2.0))) }");
  out.push("");
  for (let i = 0; i < blocks; i++) {
    out.push(`// ---- block ${i}: pre-norm attention and MLP`);
    out.push(`layer Attention${i}(d: Dim, heads: Dim) {`);
    out.push("  q = Linear(d, d)");
    out.push("  k = Linear(d, d)");
    out.push("  v = Linear(d, d)");
    out.push("  o = Linear(d, d)");
    out.push("  param scale: f32[] = ones()");
    out.push("  state steps: i32[] = zeros()");
    out.push("  fn (x: f32[B, T, d]) -> f32[B, T, d] {");
    out.push("    qh = reshape(q(x), [B, T, heads, d / heads])");
    out.push("    kh = reshape(k(x), [B, T, heads, d / heads])");
    out.push("    vh = reshape(v(x), [B, T, heads, d / heads])");
    out.push("    s: f32[B, heads, T, T] = transpose(qh, [0, 2, 1, 3]) @ transpose(kh, [0, 2, 3, 1])");
    out.push("    p = softmax(s * scale / sqrt(float(d / heads)), axis: -1)");
    out.push("    a = transpose(p @ transpose(vh, [0, 2, 1, 3]), [0, 2, 1, 3])");
    out.push("    o(reshape(a, [B, T, d]))");
    out.push("  }");
    out.push("}");
    out.push("");
    out.push(`layer Block${i}(d: Dim) {`);
    out.push("  ln1 = LayerNorm(d)");
    out.push(`  attn = Attention${i}(d, 8)`);
    out.push("  ln2 = LayerNorm(d)");
    out.push("  up = Linear(d, 4 * d)");
    out.push("  down = Linear(4 * d, d)");
    out.push("  fn (x: f32[B, T, d]) -> f32[B, T, d] {");
    out.push("    h = x + attn(ln1(x))");
    out.push("    m = down(gelu(up(ln2(h))))");
    out.push("    y = h + m * 1.0e0 - 0.0");
    out.push("    mask = (y > 0.0) && !(y != y) || false");
    out.push("    first = y[:, 0, 1:d:2]");
    out.push("    y");
    out.push("  }");
    out.push("}");
    out.push("");
  }
  out.push("model Transformer(depth: int = 48) {");
  out.push("  input tokens: f32[B, 1024, 768]");
  for (let i = 0; i < blocks; i++) out.push(`  b${i} = Block${i}(768)`);
  const chain = Array.from({ length: blocks }, (_, i) => `b${i}`).reduce((acc, b) => `${b}(${acc})`, "tokens");
  out.push(`  output y: f32[B, 1024, 768] = ${chain}`);
  out.push("}");
  out.push("");
  out.push("wired Tiny {");
  out.push("  input x: f32[B, 4]");
  out.push("  neuron h[3]: relu");
  out.push("  x[0], x[1] -> h[0];  x[2] -> h[1];  h[0], x[3] -> h[2]");
  out.push("  output y[2]: linear");
  out.push("  h[1], h[2] -> y[0];  h[0], h[2] -> y[1]");
  out.push("}");
  out.push("");
  out.push("train Transformer {");
  out.push("  input label: i32[B]");
  out.push("  loss = cross_entropy(y, label)");
  out.push("  optimizer = adam(lr: 1e-3)");
  out.push("  checkpoint = budget(64 MiB)");
  out.push("  pipeline = stages(2, microbatches: 8, schedule: 1f1b)");
  out.push("}");
  return out.join("\n") + "\n";
}
