// The grammar of spec/grammar.md as a chevrotain CstParser. Only the grammar lives here;
// build-ast.ts turns the concrete syntax tree into the AST. Recovery is on so one run
// reports many syntax errors; the builder copes with the partial trees that leaves.
import { CstParser, EOF, type IParserErrorMessageProvider, type IToken, type TokenType } from "chevrotain";
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
  primary: "an expression",
  dimAtom: "a dimension (a number or a name)",
  dimItem: "a dimension",
  indexItem: "an index or a slice",
  useTail: "`{` or `*`",
};

const messages: IParserErrorMessageProvider = {
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

export class DlParser extends CstParser {
  constructor() {
    super(T.ALL_TOKENS, {
      recoveryEnabled: true,
      maxLookahead: 3,
      nodeLocationTracking: "onlyOffset",
      errorMessageProvider: messages,
    });
    this.performSelfAnalysis();
  }

  // Each alternation's list is built once and reused. Building it on every call costs
  // allocations and, under tsx/esbuild's keepNames, a defineProperty per `ALT` closure,
  // which made parsing several times slower.
  private readonly altCache: unknown[] = [];
  private alts<A>(id: number, make: () => A): A {
    return (this.altCache[id] ??= make()) as A;
  }

  // ------------------------------------------------------------ top level
  // The loop is a rule of its own so that, when it meets a token that cannot start a
  // declaration, chevrotain stops there (reporting the rest as unparsed) instead of
  // skipping ahead to the next identifier; parse.ts then resumes at a line start.
  program = this.RULE("program", () => {
    this.SUBRULE(this.topItems);
  });

  topItems = this.RULE("topItems", () => {
    this.MANY(() => {
      this.SUBRULE(this.topItem);
      this.OPTION(() => this.CONSUME(T.Semi));
    });
  });

  topItem = this.RULE("topItem", () => {
    this.OR(this.alts(0, () => [
      { ALT: () => this.SUBRULE(this.useDecl) },
      { ALT: () => this.SUBRULE(this.fnDecl) },
      { ALT: () => this.SUBRULE(this.layerDecl) },
      { ALT: () => this.SUBRULE(this.modelDecl) },
      { ALT: () => this.SUBRULE(this.wiredDecl) },
      { ALT: () => this.SUBRULE(this.trainDecl) },
      { ALT: () => this.SUBRULE(this.constDecl) },
    ]));
  });

  useDecl = this.RULE("useDecl", () => {
    this.CONSUME(T.Use);
    this.OR(this.alts(1, () => [
      { ALT: () => this.CONSUME(T.StringLit) },
      {
        ALT: () => {
          this.CONSUME(T.Identifier);
          this.MANY(() => {
            this.CONSUME(T.Dot);
            this.CONSUME2(T.Identifier);
          });
        },
      },
    ]));
    this.OPTION(() => {
      this.CONSUME2(T.Dot);
      this.SUBRULE(this.useTail);
    });
  });

  useTail = this.RULE("useTail", () => {
    this.OR(this.alts(2, () => [
      {
        ALT: () => {
          this.CONSUME(T.LBrace);
          this.SUBRULE(this.useItem);
          this.MANY(() => {
            this.CONSUME(T.Comma);
            this.SUBRULE2(this.useItem);
          });
          this.OPTION(() => this.CONSUME2(T.Comma));
          this.CONSUME(T.RBrace);
        },
      },
      { ALT: () => this.CONSUME(T.Star) },
    ]));
  });

  useItem = this.RULE("useItem", () => {
    this.CONSUME(T.Identifier);
    this.OPTION(() => {
      this.CONSUME(T.As);
      this.CONSUME2(T.Identifier);
    });
  });

  // `fn name(...)` at top level and the nameless forward `fn (...)` in layers share this rule.
  fnDecl = this.RULE("fnDecl", () => {
    this.CONSUME(T.Fn);
    this.OPTION(() => this.CONSUME(T.Identifier));
    this.SUBRULE(this.paramList);
    this.OPTION2(() => {
      this.CONSUME(T.Arrow);
      this.SUBRULE(this.type);
    });
    this.SUBRULE(this.block);
  });

  paramList = this.RULE("paramList", () => {
    this.CONSUME(T.LParen);
    this.OPTION(() => {
      this.SUBRULE(this.param);
      this.MANY(() => {
        this.CONSUME(T.Comma);
        this.SUBRULE2(this.param);
      });
      this.OPTION2(() => this.CONSUME2(T.Comma));
    });
    this.CONSUME(T.RParen);
  });

  param = this.RULE("param", () => {
    this.CONSUME(T.Identifier);
    this.OPTION(() => {
      this.CONSUME(T.Colon);
      this.SUBRULE(this.type);
    });
    this.OPTION2(() => {
      this.CONSUME(T.Eq);
      this.SUBRULE(this.expr);
    });
  });

  block = this.RULE("block", () => {
    this.CONSUME(T.LBrace);
    this.MANY(() => {
      this.SUBRULE(this.letStmt);
      this.OPTION(() => this.CONSUME(T.Semi));
    });
    this.OPTION2(() => this.SUBRULE(this.expr));
    this.CONSUME(T.RBrace);
  });

  letStmt = this.RULE("letStmt", () => {
    this.CONSUME(T.Identifier);
    this.OPTION(() => {
      this.CONSUME(T.Colon);
      this.SUBRULE(this.type);
    });
    this.CONSUME(T.Eq);
    this.SUBRULE(this.expr);
  });

  // ------------------------------------------------------------ layers, models, wired, train
  layerDecl = this.RULE("layerDecl", () => {
    this.CONSUME(T.Layer);
    this.CONSUME(T.Identifier);
    this.OPTION(() => this.SUBRULE(this.paramList));
    this.CONSUME(T.LBrace);
    this.MANY(() => {
      this.SUBRULE(this.layerItem);
      this.OPTION2(() => this.CONSUME(T.Semi));
    });
    this.CONSUME(T.RBrace);
  });

  layerItem = this.RULE("layerItem", () => {
    this.OR(this.alts(3, () => [
      { ALT: () => this.SUBRULE(this.paramDecl) },
      { ALT: () => this.SUBRULE(this.letStmt) },
      { ALT: () => this.SUBRULE(this.fnDecl) },
    ]));
  });

  paramDecl = this.RULE("paramDecl", () => {
    this.OR(this.alts(4, () => [{ ALT: () => this.CONSUME(T.Param) }, { ALT: () => this.CONSUME(T.State) }]));
    this.CONSUME(T.Identifier);
    this.CONSUME(T.Colon);
    this.SUBRULE(this.type);
    this.CONSUME(T.Eq);
    this.SUBRULE(this.expr);
  });

  modelDecl = this.RULE("modelDecl", () => {
    this.CONSUME(T.Model);
    this.CONSUME(T.Identifier);
    this.OPTION(() => this.SUBRULE(this.paramList));
    this.CONSUME(T.LBrace);
    this.MANY(() => {
      this.SUBRULE(this.modelItem);
      this.OPTION2(() => this.CONSUME(T.Semi));
    });
    this.CONSUME(T.RBrace);
  });

  modelItem = this.RULE("modelItem", () => {
    this.OR(this.alts(5, () => [
      { ALT: () => this.SUBRULE(this.inputDecl) },
      { ALT: () => this.SUBRULE(this.outputDecl) },
      { ALT: () => this.SUBRULE(this.letStmt) },
    ]));
  });

  inputDecl = this.RULE("inputDecl", () => {
    this.CONSUME(T.Input);
    this.CONSUME(T.Identifier);
    this.CONSUME(T.Colon);
    this.SUBRULE(this.type);
  });

  outputDecl = this.RULE("outputDecl", () => {
    this.CONSUME(T.Output);
    this.CONSUME(T.Identifier);
    this.OPTION(() => {
      this.CONSUME(T.Colon);
      this.SUBRULE(this.type);
    });
    this.CONSUME(T.Eq);
    this.SUBRULE(this.expr);
  });

  wiredDecl = this.RULE("wiredDecl", () => {
    this.CONSUME(T.Wired);
    this.CONSUME(T.Identifier);
    this.CONSUME(T.LBrace);
    this.MANY(() => {
      this.SUBRULE(this.wiredItem);
      this.OPTION(() => this.CONSUME(T.Semi));
    });
    this.CONSUME(T.RBrace);
  });

  wiredItem = this.RULE("wiredItem", () => {
    this.OR(this.alts(6, () => [
      { ALT: () => this.SUBRULE(this.inputDecl) },
      { ALT: () => this.SUBRULE(this.neuronDecl) },
      { ALT: () => this.SUBRULE(this.connectDecl) },
    ]));
  });

  // `neuron h[3]: relu` and, in a wired graph, `output y[2]: linear`.
  neuronDecl = this.RULE("neuronDecl", () => {
    this.OR(this.alts(7, () => [{ ALT: () => this.CONSUME(T.Neuron) }, { ALT: () => this.CONSUME(T.Output) }]));
    this.CONSUME(T.Identifier);
    this.CONSUME(T.LBracket);
    this.SUBRULE(this.expr);
    this.CONSUME(T.RBracket);
    this.CONSUME(T.Colon);
    this.CONSUME2(T.Identifier);
  });

  connectDecl = this.RULE("connectDecl", () => {
    this.SUBRULE(this.endpoint);
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.SUBRULE2(this.endpoint);
    });
    this.CONSUME(T.Arrow);
    this.SUBRULE3(this.endpoint);
    this.MANY2(() => {
      this.CONSUME2(T.Comma);
      this.SUBRULE4(this.endpoint);
    });
  });

  endpoint = this.RULE("endpoint", () => {
    this.CONSUME(T.Identifier);
    this.OPTION(() => {
      this.CONSUME(T.LBracket);
      this.SUBRULE(this.indexItem);
      this.CONSUME(T.RBracket);
    });
  });

  trainDecl = this.RULE("trainDecl", () => {
    this.CONSUME(T.Train);
    this.CONSUME(T.Identifier);
    this.CONSUME(T.LBrace);
    this.MANY(() => {
      this.SUBRULE(this.trainItem);
      this.OPTION(() => this.CONSUME(T.Semi));
    });
    this.CONSUME(T.RBrace);
  });

  trainItem = this.RULE("trainItem", () => {
    this.OR(this.alts(8, () => [{ ALT: () => this.SUBRULE(this.inputDecl) }, { ALT: () => this.SUBRULE(this.settingDecl) }]));
  });

  settingDecl = this.RULE("settingDecl", () => {
    this.CONSUME(T.Identifier);
    this.CONSUME(T.Eq);
    this.SUBRULE(this.expr);
  });

  constDecl = this.RULE("constDecl", () => {
    this.CONSUME(T.Identifier);
    this.CONSUME(T.Eq);
    this.SUBRULE(this.expr);
  });

  // ------------------------------------------------------------ types
  type = this.RULE("type", () => {
    this.CONSUME(T.Identifier);
    this.OPTION(() => {
      this.CONSUME(T.LBracket);
      this.OPTION2(() => {
        this.SUBRULE(this.dimItem);
        this.MANY(() => {
          this.CONSUME(T.Comma);
          this.SUBRULE2(this.dimItem);
        });
        this.OPTION3(() => this.CONSUME2(T.Comma));
      });
      this.CONSUME(T.RBracket);
    });
  });

  dimItem = this.RULE("dimItem", () => {
    this.OR(this.alts(9, () => [
      {
        ALT: () => {
          this.CONSUME(T.DotDot);
          this.CONSUME(T.Identifier);
        },
      },
      { ALT: () => this.SUBRULE(this.dimExpr) },
    ]));
  });

  // The spec's dimAdd/dimMul/dimAtom, read flat (`atom (op atom)*`, atoms inline) like
  // `expr`; build-expr.ts applies precedence. A parenthesised atom is a nested dimExpr.
  dimExpr = this.RULE("dimExpr", () => {
    this.or(1, this.alts(10, () => this.dimAtomAlts(1)));
    this.MANY(() => {
      this.OR2(this.alts(11, () => [
        { ALT: () => this.CONSUME(T.Plus) },
        { ALT: () => this.CONSUME(T.Minus) },
        { ALT: () => this.CONSUME(T.Star) },
        { ALT: () => this.CONSUME(T.Slash) },
      ]));
      this.or(3, this.alts(12, () => this.dimAtomAlts(2)));
    });
  });

  // The two places dimExpr reads an atom need distinct occurrence indices.
  private dimAtomAlts(occ: number) {
    return [
      { ALT: () => this.consume(occ, T.IntegerLit) },
      { ALT: () => this.consume(occ, T.Identifier) },
      {
        ALT: () => {
          this.consume(occ, T.LParen);
          this.subrule(occ, this.dimExpr);
          this.consume(occ, T.RParen);
        },
      },
    ];
  }

  // ------------------------------------------------------------ expressions
  // Binary operators are parsed flat (`operand (op operand)*`) and build-expr.ts applies
  // the precedence levels of spec/grammar.md. One rule instead of five nested ones keeps
  // parsing fast: every operand would otherwise pass through each level.
  expr = this.RULE("expr", () => {
    this.SUBRULE(this.unaryExpr);
    this.MANY(this.exprTail);
  });

  // The hottest rules pass closures made once (fields) rather than fresh arrows per
  // call: an operand is parsed for nearly every token, and the garbage adds up.
  private readonly exprTail = () => {
    this.CONSUME(T.BinaryOp);
    this.SUBRULE2(this.unaryExpr);
  };

  // The spec's unaryExpr, powExpr, postfixExpr and primary folded into one rule:
  // `( "-" | "!" )* primary postfix* [ "**" unaryExpr ]`, the same language (so `-x ** 2`
  // is `-(x ** 2)`) with one CST node per operand instead of four.
  unaryExpr = this.RULE("unaryExpr", () => {
    this.MANY(this.prefixOp);
    this.OR2(this.primaryAlts);
    this.MANY2(this.postfixOp);
    this.OPTION(this.powTail);
  });

  private readonly prefixOp = () => {
    this.OR(this.prefixAlts);
  };
  private readonly prefixAlts = [{ ALT: () => this.CONSUME(T.Minus) }, { ALT: () => this.CONSUME(T.Bang) }];
  private readonly primaryAlts = {
    DEF: [
      { ALT: () => this.CONSUME(T.IntegerLit) },
      { ALT: () => this.CONSUME(T.FloatLit) },
      { ALT: () => this.CONSUME(T.SizeLit) },
      { ALT: () => this.CONSUME(T.StringLit) },
      { ALT: () => this.CONSUME(T.True) },
      { ALT: () => this.CONSUME(T.False) },
      { ALT: () => this.CONSUME(T.Identifier) },
      { ALT: () => this.CONSUME(T.ScheduleName) },
      {
        ALT: () => {
          this.CONSUME(T.LParen);
          this.SUBRULE(this.expr);
          this.CONSUME(T.RParen);
        },
      },
      { ALT: () => this.SUBRULE(this.listExpr) },
      { ALT: () => this.SUBRULE(this.repeatExpr) },
    ],
    ERR_MSG: "an expression",
  };
  private readonly postfixOp = () => {
    this.OR3(this.postfixAlts);
  };
  private readonly postfixAlts = [
    { ALT: () => this.SUBRULE(this.callArgs) },
    { ALT: () => this.SUBRULE(this.indexSuffix) },
    { ALT: () => this.SUBRULE(this.member) },
  ];
  private readonly powTail = () => {
    this.CONSUME(T.StarStar);
    this.SUBRULE2(this.unaryExpr);
  };

  member = this.RULE("member", () => {
    this.CONSUME(T.Dot);
    this.CONSUME(T.Identifier);
  });

  callArgs = this.RULE("callArgs", () => {
    this.CONSUME(T.LParen);
    this.OPTION(this.argList);
    this.CONSUME(T.RParen);
  });

  private readonly argList = () => {
    this.SUBRULE(this.arg);
    this.MANY(this.argTail);
    this.OPTION2(this.trailingComma);
  };
  private readonly argTail = () => {
    this.CONSUME(T.Comma);
    this.SUBRULE2(this.arg);
  };
  private readonly trailingComma = () => {
    this.CONSUME2(T.Comma);
  };

  arg = this.RULE("arg", () => {
    this.OPTION(this.argName);
    this.SUBRULE(this.expr);
  });

  private readonly argName = () => {
    this.CONSUME(T.Identifier);
    this.CONSUME(T.Colon);
  };

  indexSuffix = this.RULE("indexSuffix", () => {
    this.CONSUME(T.LBracket);
    this.SUBRULE(this.indexItem);
    this.MANY(() => {
      this.CONSUME(T.Comma);
      this.SUBRULE2(this.indexItem);
    });
    this.CONSUME(T.RBracket);
  });

  // `e`, or a slice `[e] : [e] [: [e]]`; the builder tells them apart by the colons.
  indexItem = this.RULE("indexItem", () => {
    this.OR(this.alts(16, () => [
      {
        ALT: () => {
          this.SUBRULE(this.expr);
          this.OPTION(() => this.SUBRULE(this.sliceTail));
        },
      },
      { ALT: () => this.SUBRULE2(this.sliceTail) },
    ]));
  });

  sliceTail = this.RULE("sliceTail", () => {
    this.CONSUME(T.Colon);
    this.OPTION(() => this.SUBRULE(this.expr));
    this.OPTION2(() => {
      this.CONSUME2(T.Colon);
      this.OPTION3(() => this.SUBRULE2(this.expr));
    });
  });

  listExpr = this.RULE("listExpr", () => {
    this.CONSUME(T.LBracket);
    this.OPTION(() => {
      this.SUBRULE(this.expr);
      this.MANY(() => {
        this.CONSUME(T.Comma);
        this.SUBRULE2(this.expr);
      });
      this.OPTION2(() => this.CONSUME2(T.Comma));
    });
    this.CONSUME(T.RBracket);
  });

  repeatExpr = this.RULE("repeatExpr", () => {
    this.CONSUME(T.Repeat);
    this.SUBRULE(this.unaryExpr);
    this.CONSUME(T.LBrace);
    this.SUBRULE(this.expr);
    this.CONSUME(T.RBrace);
  });
}

// One parser for the process: performSelfAnalysis is expensive, and chevrotain parsers
// are meant to be reused by resetting `input`.
export const parser = new DlParser();
