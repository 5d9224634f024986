// Text that dlc echoes to a terminal comes partly from its input: file names, identifiers,
// string literals, messages quoting them. A raw ESC in a file name could recolour the
// terminal, move the cursor or rewrite what was printed before; a bidirectional override
// could make a message read differently from what it says. They are shown escaped instead.

// C0 controls except tab and newline, DEL, C1 controls, and the bidi embedding, override and
// isolate characters (U+202A–U+202E, U+2066–U+2069), plus the line and paragraph separators.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `s` with every terminal control or bidi character written as `\xNN` or `\u{NNNN}`. */
export function escapeControls(s: string): string {
  return s.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u{${code.toString(16)}}`;
  });
}
