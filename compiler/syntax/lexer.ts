// Tokens of DL (spec/grammar.md, "Lexical structure") and the lexing step that turns
// chevrotain's raw output into tokens plus Diagnostics. Lexing never throws: malformed
// input becomes tokens the parser can still use (an unterminated string is still a
// string) and a diagnostic that says what is wrong.
import { createToken, Lexer, type IToken, type TokenType } from "chevrotain";
import type { SourceFile, Span } from "../source.ts";
import { diag, type Diagnostic } from "../diagnostics/diagnostic.ts";

// ---------------------------------------------------------------- token definitions
// Labels are what error messages print for an expected token ("expected `)`").
export const Identifier = createToken({ name: "Identifier", pattern: /[A-Za-z_][A-Za-z0-9_]*/, label: "an identifier" });

function keyword(word: string): TokenType {
  return createToken({ name: `Kw_${word}`, pattern: new RegExp(word), longer_alt: Identifier, label: `\`${word}\`` });
}

export const Use = keyword("use");
export const As = keyword("as");
export const Layer = keyword("layer");
export const Model = keyword("model");
export const Fn = keyword("fn");
export const Wired = keyword("wired");
export const Train = keyword("train");
export const Param = keyword("param");
export const State = keyword("state");
export const Input = keyword("input");
export const Output = keyword("output");
export const Neuron = keyword("neuron");
export const Repeat = keyword("repeat");
export const True = keyword("true");
export const False = keyword("false");

export const KEYWORDS: readonly TokenType[] = [
  Use, As, Layer, Model, Fn, Wired, Train, Param, State, Input, Output, Neuron, Repeat, True, False,
];

// A size must be tried before a plain number, or `64 MiB` would lex as `64` then `MiB`.
// The unit may not run on into an identifier (`4 Bx` is `4` then `Bx`).
export const SizeLit = createToken({
  name: "SizeLit",
  pattern: /[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?[ \t]*(?:KiB|MiB|GiB|KB|MB|GB|B)(?![A-Za-z0-9_])/,
  label: "a size",
});
// `1f1b` would otherwise lex as the number 1 followed by the identifier `f1b`.
export const ScheduleName = createToken({ name: "ScheduleName", pattern: /1f1b(?![A-Za-z0-9_])/, label: "`1f1b`" });
export const FloatLit = createToken({
  name: "FloatLit",
  pattern: /[0-9]+\.[0-9]+(?:[eE][+-]?[0-9]+)?|[0-9]+[eE][+-]?[0-9]+/,
  label: "a number",
});
export const IntegerLit = createToken({ name: "IntegerLit", pattern: /[0-9]+/, label: "an integer" });

// Both kinds of string are `StringLit` to the parser, so a missing quote costs one
// diagnostic (E0002) rather than a cascade of syntax errors.
export const StringLit = createToken({ name: "StringLit", pattern: Lexer.NA, label: "a string" });
export const ClosedString = createToken({
  name: "ClosedString",
  pattern: /"(?:[^"\\\n\r]|\\[^\n\r])*"/,
  categories: [StringLit],
  label: "a string",
});
export const UnterminatedString = createToken({
  name: "UnterminatedString",
  pattern: /"(?:[^"\\\n\r]|\\[^\n\r])*\\?/,
  categories: [StringLit],
  label: "a string",
});

export const WhiteSpace = createToken({ name: "WhiteSpace", pattern: /[ \t\r\n]+/, group: Lexer.SKIPPED, line_breaks: true });
export const LineComment = createToken({ name: "LineComment", pattern: /\/\/[^\n]*/, group: Lexer.SKIPPED });
export const BlockComment = createToken({ name: "BlockComment", pattern: /\/\*[\s\S]*?\*\//, group: Lexer.SKIPPED, line_breaks: true });
// Kept in a group of its own (not the token stream) so lex() can report it.
export const UnterminatedComment = createToken({
  name: "UnterminatedComment",
  pattern: /\/\*[\s\S]*/,
  group: "unterminated",
  line_breaks: true,
});

/** Every binary operator but `**`; the parser reads them flat and build-expr.ts applies precedence. */
export const BinaryOp = createToken({ name: "BinaryOp", pattern: Lexer.NA, label: "an operator" });

function punct(name: string, text: string, binary = false): TokenType {
  const escaped = text.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
  return createToken({ name, pattern: new RegExp(escaped), label: `\`${text}\``, categories: binary ? [BinaryOp] : [] });
}

export const LParen = punct("LParen", "(");
export const RParen = punct("RParen", ")");
export const LBracket = punct("LBracket", "[");
export const RBracket = punct("RBracket", "]");
export const LBrace = punct("LBrace", "{");
export const RBrace = punct("RBrace", "}");
export const Comma = punct("Comma", ",");
export const Semi = punct("Semi", ";");
export const Colon = punct("Colon", ":");
export const DotDot = punct("DotDot", "..");
export const Dot = punct("Dot", ".");
export const Arrow = punct("Arrow", "->");
export const EqEq = punct("EqEq", "==", true);
export const NotEq = punct("NotEq", "!=", true);
export const LtEq = punct("LtEq", "<=", true);
export const GtEq = punct("GtEq", ">=", true);
export const Lt = punct("Lt", "<", true);
export const Gt = punct("Gt", ">", true);
export const Eq = punct("Eq", "=");
export const AndAnd = punct("AndAnd", "&&", true);
export const OrOr = punct("OrOr", "||", true);
export const Bang = punct("Bang", "!");
export const Plus = punct("Plus", "+", true);
export const Minus = punct("Minus", "-", true);
export const StarStar = punct("StarStar", "**");
export const Star = punct("Star", "*", true);
export const Slash = punct("Slash", "/", true);
export const Percent = punct("Percent", "%", true);
export const At = punct("At", "@", true);

// Order matters where one token is a prefix of another: chevrotain takes the first
// pattern that matches, so comments precede `/`, `..` precedes `.`, `->` precedes `-`, etc.
export const ALL_TOKENS: TokenType[] = [
  WhiteSpace,
  LineComment,
  BlockComment,
  UnterminatedComment,
  SizeLit,
  ScheduleName,
  FloatLit,
  IntegerLit,
  StringLit,
  ClosedString,
  UnterminatedString,
  BinaryOp,
  ...KEYWORDS,
  Identifier,
  LParen, RParen, LBracket, RBracket, LBrace, RBrace, Comma, Semi, Colon,
  DotDot, Dot, Arrow, EqEq, NotEq, LtEq, GtEq, Lt, Gt, Eq, AndAnd, OrOr, Bang,
  Plus, Minus, StarStar, Star, Slash, Percent, At,
];

// One lexer for the whole process: building it analyses every pattern, which is slow.
// "full" tracking gives tokens an end offset, which the parser copies into CST node
// locations; the AST builder reads spans from those.
const lexer = new Lexer(ALL_TOKENS, { positionTracking: "full", ensureOptimizations: true });

// ---------------------------------------------------------------- lexing with diagnostics
export interface LexResult {
  tokens: IToken[];
  diagnostics: Diagnostic[];
}

const SIZE_UNITS: Record<string, number> = {
  B: 1,
  KB: 1e3,
  MB: 1e6,
  GB: 1e9,
  KiB: 1024,
  MiB: 2 ** 20,
  GiB: 2 ** 30,
};

/** Splits a size literal's text into its number and unit: `64 MiB` → ["64", "MiB"]. */
export function splitSize(raw: string): { number: string; unit: string } {
  const m = /^([0-9.eE+-]+)[ \t]*([A-Za-z]+)$/.exec(raw);
  return m ? { number: m[1], unit: m[2] } : { number: raw, unit: "B" };
}

export function sizeBytes(raw: string): number {
  const { number, unit } = splitSize(raw);
  return Number(number) * (SIZE_UNITS[unit] ?? 1);
}

/** The value of a string literal's text (with or without its closing quote). */
export function decodeString(raw: string, closed: boolean): { value: string; badEscapes: { offset: number; text: string }[] } {
  const body = raw.slice(1, closed ? raw.length - 1 : raw.length);
  let value = "";
  const badEscapes: { offset: number; text: string }[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== "\\") {
      value += c;
      continue;
    }
    const e = body[i + 1];
    if (e === undefined) break; // a trailing backslash in an unterminated string
    if (e === '"' || e === "\\") value += e;
    else if (e === "n") value += "\n";
    else if (e === "t") value += "\t";
    else {
      badEscapes.push({ offset: i + 1, text: `\\${e}` });
      value += e;
    }
    i++;
  }
  return { value, badEscapes };
}

function describeChar(text: string, offset: number): string {
  const cp = text.codePointAt(offset) ?? 0;
  const ch = String.fromCodePoint(cp);
  if (cp < 0x20 || cp === 0x7f || (cp >= 0x80 && cp < 0xa0)) return `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
  return `\`${ch}\``;
}

export function lex(source: SourceFile): LexResult {
  const file = source.path;
  const text = source.text;
  const at = (start: number, end: number): Span => ({ file, start, end });
  // A byte-order mark at the very start is not content; a space of the same length keeps offsets.
  const result = lexer.tokenize(text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text);
  const diagnostics: Diagnostic[] = [];

  for (const err of result.errors) {
    const start = err.offset;
    const end = Math.min(text.length, start + Math.max(1, err.length));
    const what = describeChar(text, start);
    const many = end - start > (text.codePointAt(start)! > 0xffff ? 2 : 1);
    diagnostics.push(
      diag("E0001", at(start, end), `invalid character ${what}${many ? " (and more)" : ""}`, {
        primaryLabel: "not part of any token",
        hint: hintForChar(text[start]),
      }),
    );
  }

  for (const tok of result.groups["unterminated"] ?? []) {
    diagnostics.push(
      diag("E0003", at(tok.startOffset, tok.startOffset + 2), "unterminated block comment", {
        primaryLabel: "this comment is never closed",
        hint: "close it with `*/` (block comments do not nest)",
      }),
    );
  }

  for (const tok of result.tokens) {
    const type = tok.tokenType;
    if (type === UnterminatedString) {
      diagnostics.push(
        diag("E0002", at(tok.startOffset, tok.startOffset + tok.image.length), "unterminated string", {
          primaryLabel: "this string has no closing `\"` on its line",
          hint: "strings end on the line they start; write a line break as `\\n`",
        }),
      );
    }
    if (type === ClosedString || type === UnterminatedString) {
      for (const bad of decodeString(tok.image, type === ClosedString).badEscapes) {
        // bad.offset indexes the body, which starts one past the quote; the backslash is just before it.
        const s = tok.startOffset + bad.offset;
        diagnostics.push(
          diag("E0004", at(s, s + bad.text.length), `unknown escape sequence \`${bad.text}\``, {
            hint: 'the escapes are `\\"`, `\\\\`, `\\n` and `\\t`',
          }),
        );
      }
    } else if (type === IntegerLit) {
      if (Number(tok.image) > Number.MAX_SAFE_INTEGER) {
        diagnostics.push(
          diag("E0005", at(tok.startOffset, tok.startOffset + tok.image.length), `integer literal \`${tok.image}\` is too large`, {
            hint: `integers must be at most ${Number.MAX_SAFE_INTEGER} (2^53 - 1)`,
          }),
        );
      }
    } else if (type === FloatLit) {
      if (!Number.isFinite(Number(tok.image))) {
        diagnostics.push(
          diag("E0005", at(tok.startOffset, tok.startOffset + tok.image.length), `float literal \`${tok.image}\` is out of range`, {
            hint: "floats must be finite (at most about 1.8e308)",
          }),
        );
      }
    } else if (type === SizeLit) {
      const bytes = sizeBytes(tok.image);
      if (!Number.isFinite(bytes) || bytes > Number.MAX_SAFE_INTEGER) {
        diagnostics.push(
          diag("E0005", at(tok.startOffset, tok.startOffset + tok.image.length), `size \`${tok.image}\` is too large`, {
            hint: `sizes must be at most ${Number.MAX_SAFE_INTEGER} bytes`,
          }),
        );
      }
    }
  }
  return { tokens: result.tokens, diagnostics };
}

function hintForChar(ch: string | undefined): string | undefined {
  switch (ch) {
    case "'":
      return 'strings use double quotes: "..."';
    case "&":
      return "logical and is `&&`";
    case "|":
      return "logical or is `||`";
    case "#":
      return "comments start with `//`";
    case "^":
      return "powers are written `**`";
    default:
      return undefined;
  }
}
