// The wording of syntax errors, rustc-style: "expected `)`, found `=`". chevrotain calls
// these builders; parse.ts adds spans and hints.
import { EOF, type IParserErrorMessageProvider, type IToken, type TokenType } from "chevrotain";
import * as T from "./lexer.ts";

/** How a token is named in "found ..." messages. */
export function describeFound(tok: IToken | undefined): string {
  if (!tok || tok.tokenType === EOF) return "end of file";
  const t = tok.tokenType;
  if (t === T.Identifier) return `identifier \`${tok.image}\``;
  if (t === T.ClosedString || t === T.UnterminatedString) return "a string";
  const image = tok.image.length > 20 ? `${tok.image.slice(0, 20)}…` : tok.image;
  return `\`${image}\``;
}

function describeExpected(t: TokenType): string {
  if (t === EOF) return "end of file";
  return typeof t.LABEL === "string" ? t.LABEL : `\`${t.name}\``;
}

function listAlternatives(paths: TokenType[][]): string {
  const firsts: string[] = [];
  for (const p of paths) {
    const d = p.length > 0 ? describeExpected(p[0]) : "end of input";
    if (!firsts.includes(d)) firsts.push(d);
  }
  if (firsts.length === 0) return "something else";
  if (firsts.length === 1) return firsts[0];
  if (firsts.length > 6) return `one of ${firsts.slice(0, 6).join(", ")}, ...`;
  return `one of ${firsts.slice(0, -1).join(", ")} or ${firsts[firsts.length - 1]}`;
}

// Rule names whose failing alternations are better described in words than as token lists.
const RULE_DESCRIPTIONS: Record<string, string> = {
  topItem: "a declaration (`use`, `fn`, `layer`, `model`, `wired`, `train` or `name = value`)",
  layerItem: "a layer item (`param`, `state`, `fn (...)` or `name = value`)",
  modelItem: "a model item (`input`, `output` or `name = value`)",
  wiredItem: "a wired item (`input`, `neuron`, `output` or a connection `a -> b`)",
  trainItem: "a train item (`input` or `setting = value`)",
  unaryExpr: "an expression",
  dimExpr: "a dimension (a number or a name)",
  dimItem: "a dimension",
  indexItem: "an index or a slice",
  useTail: "`{` or `*`",
};

export const errorMessages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual }) {
    return `expected ${describeExpected(expected)}, found ${describeFound(actual)}`;
  },
  buildNotAllInputParsedMessage({ firstRedundant }) {
    return `expected ${RULE_DESCRIPTIONS.topItem}, found ${describeFound(firstRedundant)}`;
  },
  buildNoViableAltMessage({ expectedPathsPerAlt, actual, customUserDescription, ruleName }) {
    const what = customUserDescription ?? RULE_DESCRIPTIONS[ruleName] ?? listAlternatives(expectedPathsPerAlt.flat());
    return `expected ${what}, found ${describeFound(actual[0])}`;
  },
  buildEarlyExitMessage({ expectedIterationPaths, actual, customUserDescription, ruleName }) {
    const what = customUserDescription ?? RULE_DESCRIPTIONS[ruleName] ?? listAlternatives(expectedIterationPaths);
    return `expected ${what}, found ${describeFound(actual[0])}`;
  },
};
