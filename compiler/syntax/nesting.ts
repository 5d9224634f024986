// A fixed limit on how deeply source may nest. The parser and the AST builder recurse
// once per level, so without a limit a few hundred `(` overflow the JavaScript stack
// (and where exactly depends on the engine). Checking the token stream first makes the
// answer the same everywhere: a syntax error at the first token past the limit, and the
// declaration holding it left out of the parse.
//
// A second, larger limit bounds the depth of the AST itself. A flat chain `a + a + ... + a`
// parses iteratively but folds into a left-leaning tree as deep as it is long, and every
// later pass (the checker, lowering) recurses once per level. An upper bound on that depth is
// read off the tokens: each AST node on a root-to-leaf path owns a distinct token (an
// operator, a `.`, a `repeat`, or the bracket of a call, index, list or block), so counting
// those tokens per bracket frame, plus the open frames, bounds the depth from above.
import { type IToken, tokenMatcher } from "chevrotain";
import { diag, type Diagnostic } from "../diagnostics/diagnostic.ts";
import * as T from "./lexer.ts";

/** Brackets plus unbracketed `**` (right-recursive) that may be open at once. */
export const MAX_NESTING = 100;
/**
 * AST levels an expression may span (operators, unary chains, postfix chains, brackets).
 * Later passes recurse a few JavaScript frames per level; 256 levels stay far below any
 * engine's stack limit while no hand-written expression comes near it.
 */
export const MAX_EXPR_DEPTH = 256;

export interface NestingResult {
  /** The tokens to parse: those of over-deep declarations removed. */
  tokens: IToken[];
  diagnostics: Diagnostic[];
}

const OPEN = new Set([T.LParen, T.LBracket, T.LBrace]);
const CLOSE = new Set([T.RParen, T.RBracket, T.RBrace]);
// Tokens after which a `**` chain cannot continue, so its depth is released.
// `true`, `false` and `repeat` occur inside expressions, so they must not release a chain.
const IN_EXPR_KEYWORDS = new Set([T.True, T.False, T.Repeat]);
const CHAIN_BREAK = new Set([T.Comma, T.Semi, T.Eq, T.Colon, ...T.KEYWORDS.filter((k) => !IN_EXPR_KEYWORDS.has(k))]);
// Tokens that each own at most one AST node adding a level (a closed bracket counts too).
const DEEPENS = new Set([T.StarStar, T.Bang, T.Dot, T.Repeat]);

export function limitNesting(
  tokens: IToken[],
  file: string,
  startsDecl: (k: number) => boolean,
): NestingResult {
  const tooDeep = firstTooDeep(tokens);
  if (tooDeep.at < 0) return { tokens, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  let kept: IToken[] = [];
  let from = 0;
  let at = tooDeep.at;
  let message = tooDeep.message;
  while (at >= 0) {
    const t = tokens[from + at];
    diagnostics.push(
      diag("E0004", { file, start: t.startOffset, end: t.startOffset + t.image.length }, message, {
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
    ({ at, message } = firstTooDeep(tokens.slice(from)));
  }
  kept = kept.concat(tokens.slice(from));
  return { tokens: kept, diagnostics };
}

/** Index of the first token that goes past MAX_NESTING or MAX_EXPR_DEPTH (-1: none), and why. */
function firstTooDeep(tokens: IToken[]): { at: number; message: string } {
  // One frame per open bracket: the `**` seen at that level (the parser recurses on them), and
  // the tokens since the last chain break that may each add an AST level.
  const pows: number[] = [0];
  const levels: number[] = [0];
  let depth = 0;
  let exprDepth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const type = tokens[i].tokenType;
    if (OPEN.has(type)) {
      pows.push(0);
      levels.push(0);
      depth++;
      exprDepth++;
    } else if (CLOSE.has(type)) {
      if (pows.length > 1) {
        depth -= 1 + pows.pop()!;
        exprDepth -= 1 + levels.pop()!;
        // The bracketed node (a call, index, list, parenthesised operand) is one level here.
        levels[levels.length - 1]++;
        exprDepth++;
      }
    } else if (CHAIN_BREAK.has(type)) {
      depth -= pows[pows.length - 1];
      pows[pows.length - 1] = 0;
      exprDepth -= levels[levels.length - 1];
      levels[levels.length - 1] = 0;
    } else if (DEEPENS.has(type) || tokenMatcher(tokens[i], T.BinaryOp)) {
      if (type === T.StarStar) {
        pows[pows.length - 1]++;
        depth++;
      }
      levels[levels.length - 1]++;
      exprDepth++;
    }
    if (depth > MAX_NESTING) return { at: i, message: `nesting deeper than ${MAX_NESTING} levels` };
    if (exprDepth > MAX_EXPR_DEPTH) return { at: i, message: `expression nested too deeply (more than ${MAX_EXPR_DEPTH} levels)` };
  }
  return { at: -1, message: "" };
}
