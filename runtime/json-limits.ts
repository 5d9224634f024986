// Limits checked on JSON bytes before JSON.parse sees them. JSON.parse's cost grows with
// nesting far faster than with size (a 99 MB safetensors header nested 49M deep took 33 s and
// 4.9 GB), and every consumer here walks the parsed value, so depth is bounded first, by a
// linear scan that allocates nothing. UTF-8 continuation bytes are never ASCII, so scanning
// bytes instead of decoded text cannot mistake a multi-byte character for a bracket or quote.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * The nesting depth of the JSON in `bytes` (0 for a scalar), scanning no further than the
 * first point where it passes `limit`: returns `limit + 1` there. Strings are skipped.
 */
export function jsonDepth(bytes: Uint8Array, limit: number): number {
  let depth = 0;
  let max = 0;
  const n = bytes.length;
  for (let i = 0; i < n; i++) {
    const c = bytes[i]!;
    if (c === QUOTE) {
      for (i++; i < n; i++) {
        const d = bytes[i]!;
        if (d === BACKSLASH) i++;
        else if (d === QUOTE) break;
      }
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) {
        max = depth;
        if (max > limit) return limit + 1;
      }
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return max;
}
