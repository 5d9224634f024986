// A fixed limit on how deeply source may nest. The parser and the AST builder recurse
// once per level, so without a limit a few hundred `(` overflow the JavaScript stack
// (and where exactly depends on the engine). Checking the token stream first makes the
// answer the same everywhere: a syntax error at the first token past the limit, and the
// declaration holding it left out of the parse.
import type { IToken } from "chevrotain";
import { diag, type Diagnostic } from "../diagnostics/diagnostic.ts";
import * as T from "./lexer.ts";

/** Brackets plus unbracketed `**` (right-recursive) that may be open at once. */
export const MAX_NESTING = 100;

export interface NestingResult {
  /** The tokens to parse: those of over-deep declarations removed. */
  tokens: IToken[];
  diagnostics: Diagnostic[];
}

const OPEN = new Set([T.LParen, T.LBracket, T.LBrace]);
const CLOSE = new Set([T.RParen, T.RBracket, T.RBrace]);
// Tokens after which a `**` chain cannot continue, so its depth is released.
const CHAIN_BREAK = new Set([T.Comma, T.Semi, T.Eq, T.Colon, ...T.KEYWORDS]);

export function limitNesting(
  tokens: IToken[],
  file: string,
  startsDecl: (k: number) => boolean,
): NestingResult {
  const tooDeep = firstTooDeep(tokens);
  if (tooDeep < 0) return { tokens, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  let kept: IToken[] = [];
  let from = 0;
  let at = tooDeep;
  while (at >= 0) {
    const t = tokens[from + at];
    diagnostics.push(
      diag("E0004", { file, start: t.startOffset, end: t.startOffset + t.image.length }, `nesting deeper than ${MAX_NESTING} levels`, {
        hint: "split the expression into named steps",
      }),
    );
    // Drop the declaration that holds it: from the last declaration start to the next.
    let start = from + at;
    while (start > from && !startsDecl(start)) start--;
    let end = from + at + 1;
    while (end < tokens.length && !startsDecl(end)) end++;
    kept = kept.concat(tokens.slice(from, start));
    from = end;
    at = firstTooDeep(tokens.slice(from));
  }
  kept = kept.concat(tokens.slice(from));
  return { tokens: kept, diagnostics };
}

/** Index of the first token that goes past MAX_NESTING, or -1. */
function firstTooDeep(tokens: IToken[]): number {
  // One frame per open bracket, counting the `**` seen at that level.
  const pows: number[] = [0];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const type = tokens[i].tokenType;
    if (OPEN.has(type)) {
      pows.push(0);
      depth++;
    } else if (CLOSE.has(type)) {
      if (pows.length > 1) depth -= 1 + pows.pop()!;
    } else if (type === T.StarStar) {
      pows[pows.length - 1]++;
      depth++;
    } else if (CHAIN_BREAK.has(type)) {
      depth -= pows[pows.length - 1];
      pows[pows.length - 1] = 0;
    }
    if (depth > MAX_NESTING) return i;
  }
  return -1;
}
