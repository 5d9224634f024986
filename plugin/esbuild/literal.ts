// The one way generated code spells a value: JSON, with every character that could end a
// string or a script somewhere else escaped. JSON.stringify already escapes quotes,
// backslashes, control characters and lone surrogates; on top of that `<` and `>` (so
// `</script>` and `<!--` cannot close or open anything when the module is inlined in HTML) and
// U+2028/U+2029 (line terminators to pre-ES2019 parsers). Backticks and `${` are inert inside a
// double-quoted literal, and no source text is ever emitted outside one.
export function literal(value: unknown): string {
  return JSON.stringify(value).replace(/[<>\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
