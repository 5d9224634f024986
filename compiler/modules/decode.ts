// Bytes → text for source files. Strict UTF-8: a file with invalid bytes is reported (E0006)
// rather than silently decoded with replacement characters that would then confuse the lexer.

export type DecodeResult =
  | { ok: true; text: string }
  /**
   * `text` is the lossy decoding (U+FFFD for bad bytes), shown when rendering; `offset` is the
   * UTF-16 offset of the first bad byte in it, `byte` that byte's value.
   */
  | { ok: false; text: string; offset: number; byte: number };

const strict = new TextDecoder("utf-8", { fatal: true });
const lossy = new TextDecoder("utf-8");

export function decodeSource(bytes: Uint8Array): DecodeResult {
  let text: string;
  try {
    text = strict.decode(bytes);
  } catch {
    const loose = stripBom(lossy.decode(bytes));
    return { ok: false, text: loose, ...firstBad(bytes, loose) };
  }
  return { ok: true, text: stripBom(text) };
}

// TextDecoder already drops one leading BOM by default; this guards against a host handing
// us pre-decoded text or a decoder configured otherwise.
function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Where the first invalid byte lands in the lossy decoding. Walking the decoded code points and
 * checking that each re-encodes to the bytes at the same position finds exactly the spot the
 * decoder rejected, without a second hand-written UTF-8 validator that might disagree with it.
 */
function firstBad(bytes: Uint8Array, decoded: string): { offset: number; byte: number } {
  let pos = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let i = 0;
  while (i < decoded.length) {
    const cp = decoded.codePointAt(i)!;
    const units = cp > 0xffff ? 2 : 1;
    const len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (cp === 0xfffd && !(bytes[pos] === 0xef && bytes[pos + 1] === 0xbf && bytes[pos + 2] === 0xbd)) {
      return { offset: i, byte: bytes[pos] ?? 0 };
    }
    pos += len;
    i += units;
  }
  return { offset: decoded.length, byte: bytes[bytes.length - 1] ?? 0 };
}
