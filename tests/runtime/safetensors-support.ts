// Builds safetensors files byte by byte from the format definition, independently of the
// writer under test: [u64 LE header length][header bytes][buffer].
import { expect } from "vitest";
import { SafetensorsError } from "../../runtime/errors.ts";

export function u64le(n: number | bigint): Uint8Array {
  const out = new Uint8Array(8);
  let v = BigInt(n);
  for (let i = 0; i < 8; i++) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return out;
}

export function concat(...parts: (Uint8Array | number[])[]): Uint8Array {
  const total = parts.reduce((a, p) => a + p.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A file whose header is `header` (an object, JSON-stringified, or raw text) followed by `buffer`. */
export function fileOf(header: unknown, buffer: number[] | Uint8Array = [], headerLen?: number | bigint): Uint8Array {
  const text = typeof header === "string" ? header : JSON.stringify(header);
  const json = new TextEncoder().encode(text);
  return concat(u64le(headerLen ?? json.length), json, buffer);
}

/** Runs `f` and returns the SafetensorsError it throws; fails if it throws anything else or nothing. */
export function stError(f: () => unknown): SafetensorsError {
  let caught: unknown;
  try {
    f();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(SafetensorsError);
  return caught as SafetensorsError;
}
