// The grammar of spec/grammar.md as a chevrotain CstParser: declarations here, types and
// expressions in parser-expr.ts. Only the grammar lives here; build-ast.ts turns the
// concrete syntax tree into the AST. Recovery is on so one run reports many syntax
// errors; the builder copes with the partial trees that leaves.
import * as T from "./lexer.ts";
import { ExprParser } from "./parser-expr.ts";
import { errorMessages } from "./syntax-messages.ts";

export class DlParser extends ExprParser {
  constructor() {
    super({
      recoveryEnabled: true,
      maxLookahead: 3,
      nodeLocationTracking: "onlyOffset",
      errorMessageProvider: errorMessages,
    });
    this.performSelfAnalysis();
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
}

// One parser for the process: performSelfAnalysis is expensive, and chevrotain parsers
// are meant to be reused by resetting `input`.
export const parser = new DlParser();
