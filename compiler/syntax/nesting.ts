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
  // One frame per open bracket: the `**` seen at that level (the parser recurses on them), the
  // tokens since the last chain break that may each add an AST level, and the `repeat`s whose
  // `{` is still to come. A `{` that is not a `repeat`'s is a body (of a declaration or a
  // function): the expressions inside it start from depth 0, and closing it adds no level,
  // so declaration nesting does not count towards MAX_EXPR_DEPTH (brackets still count
  // towards MAX_NESTING).
  const frames: Frame[] = [{ pows: 0, levels: 0, repeats: 0, outerExprDepth: -1 }];
  let depth = 0;
  let exprDepth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const type = tokens[i].tokenType;
    const top = frames[frames.length - 1];
    if (OPEN.has(type)) {
      const body = type === T.LBrace && top.repeats === 0;
      if (type === T.LBrace && !body) top.repeats--;
      frames.push({ pows: 0, levels: 0, repeats: 0, outerExprDepth: body ? exprDepth : -1 });
      depth++;
      exprDepth = body ? 0 : exprDepth + 1;
    } else if (CLOSE.has(type)) {
      if (frames.length > 1) {
        const closed = frames.pop()!;
        depth -= 1 + closed.pows;
        if (closed.outerExprDepth >= 0) exprDepth = closed.outerExprDepth;
        else {
          exprDepth -= 1 + closed.levels;
          // The bracketed node (a call, index, list, parenthesised operand, repeat block) is one level here.
          frames[frames.length - 1].levels++;
          exprDepth++;
        }
      }
    } else if (CHAIN_BREAK.has(type)) {
      depth -= top.pows;
      top.pows = 0;
      exprDepth -= top.levels;
      top.levels = 0;
      top.repeats = 0;
    } else if (DEEPENS.has(type) || tokenMatcher(tokens[i], T.BinaryOp)) {
      if (type === T.StarStar) {
        top.pows++;
        depth++;
      }
      if (type === T.Repeat) top.repeats++;
      top.levels++;
      exprDepth++;
    }
    if (depth > MAX_NESTING) return { at: i, message: `nesting deeper than ${MAX_NESTING} levels` };
    if (exprDepth > MAX_EXPR_DEPTH) return { at: i, message: `expression nested too deeply (more than ${MAX_EXPR_DEPTH} levels)` };
  }
  return { at: -1, message: "" };
}

interface Frame {
  /** Unbracketed `**` open in this frame. */
  pows: number;
  /** Tokens since the last chain break that may each add an AST level. */
  levels: number;
  /** `repeat`s whose block `{` has not opened yet. */
  repeats: number;
  /** For a body `{`: the expression depth outside it, restored when it closes; -1 otherwise. */
  outerExprDepth: number;
}
