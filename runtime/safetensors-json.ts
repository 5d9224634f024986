// What JSON.parse hides from a safetensors reader: duplicate keys (it silently keeps the last,
// so two entries named "w" would load whichever came second) and the order of the top-level
// keys (Object.keys puts integer-like names such as "0" first). This scanner walks text that
// JSON.parse has ALREADY ACCEPTED, so it only needs to tell strings, keys and nesting apart;
// it is iterative, so a deeply nested header cannot overflow the stack.

export interface KeyScan {
  /** Top-level keys in the order they appear in the text. */
  topLevelKeys: string[];
  /** The first key found twice in one object (at any depth), if any. */
  duplicate: string | undefined;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Precondition: `JSON.parse(text)` succeeded. */
export function scanJsonKeys(text: string): KeyScan {
  const topLevelKeys: string[] = [];
  // One entry per open container: the keys seen so far for an object, null for an array.
  const stack: (Set<string> | null)[] = [];
  // The last structural character outside strings; a string right after `{` or `,` inside an
  // object is a key (a value string always follows `:` or sits in an array).
  let prev = "";
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      let j = i + 1;
      let escaped = false;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === BACKSLASH) {
          escaped = true;
          j += 2;
          continue;
        }
        if (d === QUOTE) break;
        j++;
      }
      const top = stack.length > 0 ? stack[stack.length - 1] : null;
      if (top instanceof Set && (prev === "{" || prev === ",")) {
        const raw = text.slice(i, j + 1);
        // Escapes must be decoded: "\u0077" and "w" are the same key.
        const key = escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        if (top.has(key)) return { topLevelKeys, duplicate: key };
        top.add(key);
        if (stack.length === 1) topLevelKeys.push(key);
      }
      prev = '"';
      i = j + 1;
      continue;
    }
    switch (c) {
      case 0x7b: // {
        stack.push(new Set());
        prev = "{";
        break;
      case 0x5b: // [
        stack.push(null);
        prev = "[";
        break;
      case 0x7d: // }
      case 0x5d: // ]
        stack.pop();
        prev = "}";
        break;
      case 0x2c: // ,
        prev = ",";
        break;
      case 0x3a: // :
        prev = ":";
        break;
      default:
        // Whitespace, digits, literals: they never decide whether the next string is a key.
        break;
    }
    i++;
  }
  return { topLevelKeys, duplicate: undefined };
}
