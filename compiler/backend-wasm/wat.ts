// Helpers for writing WebAssembly text. Kernels are emitted as WAT (folded S-expressions) and
// handed to binaryen's text parser, which builds the module we validate and optimize: the text
// reads like the kernel it is, while binaryen still does all validation and optimization.
// Every shape is static, so sizes, strides and buffer offsets are baked in as constants
// (buffer offsets ride in the load/store `offset=` immediate).

export type ValType = "i32" | "i64" | "f32" | "f64" | "v128";

/** A function under construction: hands out locals and unique labels. */
export class Fn {
  private readonly locals: string[] = [];
  private readonly names = new Set<string>();
  private labels = 0;

  constructor(readonly name: string) {}

  local(name: string, type: ValType): string {
    if (!this.names.has(name)) {
      this.names.add(name);
      this.locals.push(`(local $${name} ${type})`);
    }
    return `$${name}`;
  }

  label(): string {
    return `$L${this.labels++}`;
  }

  /** `for (v = start; v < end; v += step) body` over i32 expressions (signed compare). */
  loop(v: string, start: string, end: string, step: number, body: string): string {
    const out = this.label();
    const top = this.label();
    return `(local.set ${v} ${start})
(block ${out} (loop ${top}
 (br_if ${out} (i32.ge_s (local.get ${v}) ${end}))
 ${body}
 (local.set ${v} (i32.add (local.get ${v}) (i32.const ${step})))
 (br ${top})))`;
  }

  /** `for (v = start; v < end; v += step)` with constant bounds; nothing when it runs no time. */
  range(v: string, start: number, end: number, step: number, body: string): string {
    if (start >= end) return "";
    return this.loop(v, i32(start), i32(end), step, body);
  }

  finish(body: string, signature = ""): string {
    return `(func $${this.name} ${signature} ${this.locals.join(" ")}\n${body})`;
  }
}

export function i32(v: number): string {
  return `(i32.const ${v | 0})`;
}

export function get(l: string): string {
  return `(local.get ${l})`;
}

export function set(l: string, e: string): string {
  return `(local.set ${l} ${e})`;
}

/** A WAT number literal for a float: decimal parses back to the same f32/f64 value. */
export function num(v: number): string {
  if (Number.isNaN(v)) return "nan";
  if (v === Infinity) return "inf";
  if (v === -Infinity) return "-inf";
  if (Object.is(v, -0)) return "-0";
  return String(v);
}

export function f32(v: number): string {
  return `(f32.const ${num(v)})`;
}

export function f64(v: number): string {
  return `(f64.const ${num(v)})`;
}

export function splat4(v: number): string {
  const s = num(v);
  return `(v128.const f32x4 ${s} ${s} ${s} ${s})`;
}

export function i32x4c(v: number): string {
  return `(v128.const i32x4 ${v | 0} ${v | 0} ${v | 0} ${v | 0})`;
}

/** Horner evaluation c₀ + x(c₁ + x(c₂ + …)) with `x` a local, scalar or f32x4. */
export function horner(type: "f32" | "f64" | "f32x4", x: string, coeffs: readonly number[]): string {
  const c = (v: number): string => (type === "f32x4" ? splat4(v) : `(${type}.const ${num(v)})`);
  let acc = c(coeffs[coeffs.length - 1]);
  for (let i = coeffs.length - 2; i >= 0; i--) acc = `(${type}.add (${type}.mul ${acc} ${get(x)}) ${c(coeffs[i])})`;
  return acc;
}

/** Bytes as a WAT string literal, for data segments. */
export function dataString(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += "\\" + b.toString(16).padStart(2, "0");
  return `"${s}"`;
}
