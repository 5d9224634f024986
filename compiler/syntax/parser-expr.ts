// The expression and type half of the grammar (spec/grammar.md), as a base class that
// parser.ts extends with declarations; chevrotain grammars compose by inheritance.
import { CstParser, type IParserConfig } from "chevrotain";
import * as T from "./lexer.ts";

// CST keys (see unaryExpr) shared by the AST builder.
export const PREFIX = { LABEL: "prefix" };
export const LIT = { LABEL: "lit" };
export const POSTFIX = { LABEL: "postfix" };

export class ExprParser extends CstParser {
  constructor(config: IParserConfig) {
    super(T.ALL_TOKENS, config);
  }

  // Each alternation's list is built once and reused. Building it on every call costs
  // allocations and, under tsx/esbuild's keepNames, a defineProperty per `ALT` closure,
  // which made parsing several times slower.
  private readonly altCache: unknown[] = [];
  protected alts<A>(id: number, make: () => A): A {
    return (this.altCache[id] ??= make()) as A;
  }

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
  // Labels put each group under one CST key, in source order, so the builder reads the
  // operand's primary, prefix and postfix operators without probing every token name.
  private readonly prefixAlts = [
    { ALT: () => this.CONSUME(T.Minus, PREFIX) },
    { ALT: () => this.CONSUME(T.Bang, PREFIX) },
  ];
  private readonly primaryAlts = {
    DEF: [
      { ALT: () => this.CONSUME(T.IntegerLit, LIT) },
      { ALT: () => this.CONSUME(T.FloatLit, LIT) },
      { ALT: () => this.CONSUME(T.SizeLit, LIT) },
      { ALT: () => this.CONSUME(T.StringLit, LIT) },
      { ALT: () => this.CONSUME(T.True, LIT) },
      { ALT: () => this.CONSUME(T.False, LIT) },
      { ALT: () => this.CONSUME(T.Identifier, LIT) },
      { ALT: () => this.CONSUME(T.ScheduleName, LIT) },
      {
        ALT: () => {
          this.CONSUME(T.LParen);
          this.SUBRULE(this.expr);
          this.CONSUME(T.RParen);
        },
      },
      { ALT: () => this.SUBRULE(this.listExpr, LIT) },
      { ALT: () => this.SUBRULE(this.repeatExpr, LIT) },
    ],
    ERR_MSG: "an expression",
  };
  private readonly postfixOp = () => {
    this.OR3(this.postfixAlts);
  };
  private readonly postfixAlts = [
    { ALT: () => this.SUBRULE(this.callArgs, POSTFIX) },
    { ALT: () => this.SUBRULE(this.indexSuffix, POSTFIX) },
    { ALT: () => this.SUBRULE(this.member, POSTFIX) },
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
