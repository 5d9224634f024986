// The parser's public entry point: source text → AST + diagnostics. Never throws.
import { EOF, type CstNode, type IRecognitionException, type IToken } from "chevrotain";
import type { SourceFile, Span } from "../source.ts";
import type { Program } from "./ast.ts";
import { diag, type Diagnostic } from "../diagnostics/diagnostic.ts";
import { Fn, Identifier, Eq, Layer, lex, LBrace, LBracket, LParen, Model, RBrace, RBracket, RParen, Semi, Train, Use, Wired } from "./lexer.ts";
import { parser } from "./parser.ts";
import { buildProgram } from "./build-ast.ts";
import { isReal, subs } from "./cst-util.ts";
import { limitNesting } from "./nesting.ts";

export interface ParseResult {
  program: Program;
  diagnostics: Diagnostic[];
}

export function parse(source: SourceFile): ParseResult {
  const file = source.path;
  const len = source.text.length;
  try {
    const lexed = lex(source);
    const nesting = limitNesting(lexed.tokens, file, (k) => startsTopItem(lexed.tokens, k, source.text));
    const parsed = parseTopItems(nesting.tokens, source.text);
    const brackets = new OpenBrackets(nesting.tokens);
    const syntax = parsed.errors.map((e) => syntaxError(e, source, brackets));
    const built = buildProgram(parsed.items, file, len);
    const diagnostics = dedupe([...lexed.diagnostics, ...nesting.diagnostics], [...syntax, ...built.diagnostics], source);
    return { program: built.program, diagnostics };
  } catch (err) {
    // A bug, not bad input: report it instead of crashing the compiler.
    const what = err instanceof Error ? err.message : String(err);
    return {
      program: { kind: "Program", file, decls: [], span: { file, start: 0, end: len } },
      diagnostics: [
        diag("E0901", { file, start: 0, end: 0 }, `internal error in the parser: ${what}`, {
          hint: "please report this with the input that caused it",
        }),
      ],
    };
  }
}

// chevrotain's own lexer-state accessors (used by its backtracking); not in its typings.
interface LexerState {
  exportLexerState(): number;
  importLexerState(index: number): void;
}

/**
 * Runs the `program` rule, and again after each point where it stopped early. chevrotain
 * recovers well inside a declaration, but a token that cannot start one (a stray `}` or
 * `<` at top level) ends the rule with the rest of the file unparsed. Here parsing
 * resumes at the next line that starts, in column 0, something that can begin a
 * declaration, so later declarations are still parsed and their mistakes reported.
 */
function parseTopItems(tokens: IToken[], text: string): { items: CstNode[]; errors: IRecognitionException[] } {
  const p = parser as unknown as typeof parser & LexerState;
  const items: CstNode[] = [];
  const errors: IRecognitionException[] = [];
  p.input = tokens;
  const n = tokens.length;
  let idx = -1; // index of the last token consumed, as chevrotain counts
  while (idx + 1 < n) {
    p.importLexerState(idx);
    p.errors = [];
    const cst = p.program();
    // No push(...xs): a spread passes each item as an argument, and 125,000 overflow the stack.
    for (const list of subs(cst, "topItems")) for (const item of subs(list, "topItem")) items.push(item);
    const errs = p.errors;
    for (const e of errs) errors.push(e);
    const next = p.exportLexerState();
    if (next + 1 >= n) break;
    // Stopped early: resume after the offending token, at the next declaration start.
    let k = Math.max(next + 1, idx + 1) + 1;
    while (k < n && !startsTopItem(tokens, k, text)) k++;
    idx = k - 1;
  }
  return { items, errors };
}

/** A token that can begin a declaration, in column 0 or after a `;`: a resync point after an error. */
function startsTopItem(tokens: IToken[], k: number, text: string): boolean {
  const t = tokens[k];
  const lineStart = t.startOffset === 0 || text[t.startOffset - 1] === "\n";
  if (!lineStart && tokens[k - 1]?.tokenType !== Semi) return false;
  const type = t.tokenType;
  if (type === Use || type === Layer || type === Model || type === Wired || type === Train || type === Fn) return true;
  return type === Identifier && tokens[k + 1]?.tokenType === Eq;
}

function syntaxError(e: IRecognitionException, source: SourceFile, brackets: OpenBrackets): Diagnostic {
  const file = source.path;
  const len = source.text.length;
  const t: IToken | undefined = e.token;
  const atEof = !isReal(t) || t.tokenType === EOF;
  const span: Span = atEof
    ? { file, start: len, end: len }
    : { file, start: t.startOffset, end: t.startOffset + t.image.length };
  const opener = unclosedOpener(e.message, atEof ? undefined : t, brackets, source);
  // The label shows which bracket is open; the hint says so only where no label can.
  const hint = opener && atEof ? undefined : hintFor(e.message, atEof ? undefined : t);
  const labels = opener ? [{ span: { file, start: opener.startOffset, end: opener.startOffset + 1 }, message: `unclosed \`${opener.image}\` opened here` }] : [];
  return diag("E0004", span, e.message, { ...(hint ? { hint } : {}), labels });
}

const CLOSER_OF = new Map([[LParen, RParen], [LBracket, RBracket], [LBrace, RBrace]]);
const CLOSERS = new Set([RParen, RBracket, RBrace]);

/**
 * The brackets still open before a point of the token stream. Syntax errors come in source
 * order, so each query goes on from the last one's point: one pass over the tokens for all
 * of them (a query before the last starts again from the beginning).
 */
class OpenBrackets {
  private stack: IToken[] = [];
  private next = 0;
  private offset = -1;

  constructor(private readonly tokens: IToken[]) {}

  /** The open brackets, innermost last, before the token at `offset` (Infinity: the end). */
  before(offset: number): readonly IToken[] {
    if (offset < this.offset) {
      this.stack = [];
      this.next = 0;
    }
    this.offset = offset;
    const { tokens, stack } = this;
    for (; this.next < tokens.length && tokens[this.next]!.startOffset < offset; this.next++) {
      const tok = tokens[this.next]!;
      if (CLOSER_OF.has(tok.tokenType)) stack.push(tok);
      else if (CLOSERS.has(tok.tokenType)) {
        // Close the nearest matching bracket; a stray closer closes nothing.
        for (let k = stack.length - 1; k >= 0; k--) {
          if (CLOSER_OF.get(stack[k]!.tokenType) === tok.tokenType) {
            stack.length = k;
            break;
          }
        }
      }
    }
    return stack;
  }
}

/**
 * For "expected `)`" (or `]`, `}`): the innermost bracket of that kind still open before the
 * token found, when the bracket is what went wrong: the file ends, another bracket closes, or
 * the token found is on a later line than the bracket. `f(a = 1)` keeps no label: its `(` is
 * not the problem.
 */
function unclosedOpener(message: string, found: IToken | undefined, brackets: OpenBrackets, source: SourceFile): IToken | undefined {
  const m = /^expected `([)\]}])`/.exec(message);
  if (!m) return undefined;
  const stack = brackets.before(found ? found.startOffset : Infinity);
  let opener: IToken | undefined;
  for (let k = stack.length - 1; k >= 0 && !opener; k--) if (CLOSER_OF.get(stack[k]!.tokenType)?.LABEL === `\`${m[1]}\``) opener = stack[k];
  if (!opener) return undefined;
  if (!found || CLOSERS.has(found.tokenType)) return opener;
  return source.lineCol(found.startOffset).line > source.lineCol(opener.startOffset).line ? opener : undefined;
}

function hintFor(message: string, found: IToken | undefined): string | undefined {
  if (message.startsWith("expected `}`") && !found) return "a `{` is never closed";
  if (message.startsWith("expected `)`") && !found) return "a `(` is never closed";
  if (message.startsWith("expected `]`") && !found) return "a `[` is never closed";
  if (found?.image === "=" && /^expected (`\)`|`,`)/.test(message)) return "named arguments are written `name: value`";
  if ((found?.image === "%" || found?.image === "**") && message.startsWith("expected `]`")) {
    return `a dimension in a type combines with \`+\`, \`-\`, \`*\` and \`/\` only; \`${found.image}\` is not one of them`;
  }
  if (found && /^(use|as|layer|model|fn|wired|train|param|state|input|output|neuron|repeat|true|false)$/.test(found.image)) {
    if (message.includes("identifier")) return `\`${found.image}\` is a keyword and cannot be used as a name`;
  }
  return undefined;
}

/**
 * Drops syntax errors that only echo an earlier problem: a second error at the same
 * offset (recovery can report one spot once per enclosing rule), an error on the token
 * right after an earlier error or an invalid character (recovery, or the dropped
 * character, leaves whatever follows looking out of place), and a further error on the
 * line of the previous one (recovery resumes at the next identifier, often mid-line,
 * and misreads the rest of the line). Returns diagnostics in source order.
 */
function dedupe(lexical: Diagnostic[], syntax: Diagnostic[], source: SourceFile): Diagnostic[] {
  const text = source.text;
  const seen = new Set<number>();
  const out: Diagnostic[] = [];
  const errorEnds = new Set<number>();
  for (const d of lexical) {
    if (seen.has(d.span.start)) continue;
    seen.add(d.span.start);
    out.push(d);
    if (d.code === "E0001") errorEnds.add(d.span.end);
  }
  let lastLine = -1;
  for (const d of [...syntax].sort((a, b) => a.span.start - b.span.start)) {
    if (seen.has(d.span.start) || errorEnds.has(skipSpaceBack(text, d.span.start))) continue;
    const line = source.lineCol(d.span.start).line;
    if (line === lastLine) continue;
    seen.add(d.span.start);
    errorEnds.add(d.span.end);
    lastLine = line;
    out.push(d);
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

function skipSpaceBack(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  return i;
}
