// CST → AST for declarations (expressions and types are in build-expr.ts). A declaration
// or item whose required parts were lost to error recovery is dropped: the parser has
// already reported why, and the checker then sees only well-formed nodes.
import type { CstNode } from "chevrotain";
import type * as A from "./ast.ts";
import { diag, type Diagnostic } from "../diagnostics/diagnostic.ts";
import { has, Spans, sub, subs, tok, toks } from "./cst-util.ts";
import { ExprBuilder } from "./build-expr.ts";

export interface BuildResult {
  program: A.Program;
  /** Syntax errors only the builder can see (e.g. a top-level `fn` without a name). */
  diagnostics: Diagnostic[];
}

/** Builds the program from its top-level items' CSTs (parse.ts parses them one by one). */
export function buildProgram(topItems: CstNode[], file: string, textLength: number): BuildResult {
  const b = new DeclBuilder(new Spans(file));
  const decls: A.Decl[] = [];
  for (const item of topItems) {
    const d = b.topItem(item);
    if (d) decls.push(d);
  }
  return {
    program: { kind: "Program", file, decls, span: { file, start: 0, end: textLength } },
    diagnostics: b.diagnostics.concat(b.exprDiagnostics),
  };
}

class DeclBuilder {
  readonly diagnostics: Diagnostic[] = [];
  private readonly e: ExprBuilder;

  constructor(private readonly sp: Spans) {
    this.e = new ExprBuilder(sp);
  }

  get exprDiagnostics(): Diagnostic[] {
    return this.e.diagnostics;
  }

  topItem(n: CstNode): A.Decl | undefined {
    const use = sub(n, "useDecl");
    if (use) return this.useDecl(use);
    const fn = sub(n, "fnDecl");
    if (fn) return this.fnDecl(fn, "top");
    const layer = sub(n, "layerDecl");
    if (layer) return this.layerDecl(layer);
    const model = sub(n, "modelDecl");
    if (model) return this.modelDecl(model);
    const wired = sub(n, "wiredDecl");
    if (wired) return this.wiredDecl(wired);
    const train = sub(n, "trainDecl");
    if (train) return this.trainDecl(train);
    const c = sub(n, "constDecl");
    if (c) return this.constDecl(c);
    return undefined;
  }

  // ---------------------------------------------------------------- use
  private useDecl(n: CstNode): A.UseDecl | undefined {
    const span = this.sp.node(n, 0);
    const tail = sub(n, "useTail");
    const str = this.e.string(tok(n, "StringLit"));
    const idents = toks(n, "Identifier").map((t) => this.e.ident(t)!);
    let glob = false;
    let items: A.UseItem[] = [];
    if (tail) {
      glob = has(tail, "Star");
      for (const it of subs(tail, "useItem")) {
        const item = this.useItem(it);
        if (item) items.push(item);
      }
      if (!glob && items.length === 0) return undefined;
    }
    if (str) return { kind: "Use", source: { kind: "file", path: str }, glob, items, span };
    if (idents.length === 0) return undefined;
    let segments = idents;
    if (!tail) {
      // `use std.nn.Linear`: the last name is the one imported item.
      if (idents.length < 2) {
        this.error(
          idents[0].span.end,
          idents[0].span.end,
          `expected \`.\` and the names to import after the module path \`${idents[0].name}\``,
          "write `use std.nn.{Linear, relu}`, `use std.nn.Linear` or `use std.nn.*`",
        );
        return undefined;
      }
      const last = idents[idents.length - 1];
      segments = idents.slice(0, -1);
      items = [{ kind: "UseItem", name: last, span: last.span }];
    }
    const srcSpan = this.sp.join(segments[0].span, segments[segments.length - 1].span);
    return { kind: "Use", source: { kind: "module", segments, span: srcSpan }, glob, items, span };
  }

  private useItem(n: CstNode): A.UseItem | undefined {
    const name = this.e.ident(tok(n, "Identifier"));
    if (!name) return undefined;
    const item: A.UseItem = { kind: "UseItem", name, span: this.sp.node(n, name.span.start) };
    if (has(n, "Kw_as")) {
      const alias = this.e.ident(tok(n, "Identifier", 1));
      if (!alias) return undefined;
      item.alias = alias;
    }
    return item;
  }

  // ---------------------------------------------------------------- functions and blocks
  private fnDecl(n: CstNode, where: "top" | "layer"): A.FnDecl | undefined {
    const span = this.sp.node(n, 0);
    const name = this.e.ident(tok(n, "Identifier"));
    const params = this.paramList(sub(n, "paramList"));
    if (!params) return undefined;
    if (where === "top" && !name) {
      const lp = tok(sub(n, "paramList"), "LParen");
      const at = lp?.startOffset ?? span.start;
      this.error(at, at + 1, `expected a function name, found \`(\``, "only the forward function of a layer has no name");
      return undefined;
    }
    if (where === "layer" && name) {
      this.error(
        name.span.start,
        name.span.end,
        `expected \`(\`, found identifier \`${name.name}\``,
        "a layer's forward function has no name: write `fn (x: ...) -> ... { ... }`",
      );
    }
    const rt = sub(n, "type");
    const returnType = rt ? this.e.type(rt) : undefined;
    const body = this.block(sub(n, "block"), span.end);
    const fn: A.FnDecl = { kind: "Fn", params, body, span };
    if (name && where === "top") fn.name = name;
    if (returnType) fn.returnType = returnType;
    return fn;
  }

  /** The parameters of a `(...)` list; undefined when the list itself is missing. */
  private paramList(n: CstNode | undefined): A.Param[] | undefined {
    if (!n) return undefined;
    const out: A.Param[] = [];
    for (const p of subs(n, "param")) {
      const name = this.e.ident(tok(p, "Identifier"));
      if (!name) continue;
      const param: A.Param = { kind: "Param", name, span: this.sp.node(p, name.span.start) };
      const type = this.e.type(sub(p, "type"));
      if (type) param.type = type;
      const def = this.e.expr(sub(p, "expr"));
      if (def) param.default = def;
      out.push(param);
    }
    return out;
  }

  private block(n: CstNode | undefined, fallback: number): A.Block {
    if (!n) return { kind: "Block", stmts: [], span: this.sp.of(fallback, fallback) };
    const stmts: A.LetStmt[] = [];
    for (const s of subs(n, "letStmt")) {
      const st = this.letStmt(s);
      if (st) stmts.push(st);
    }
    const block: A.Block = { kind: "Block", stmts, span: this.sp.node(n, fallback) };
    const result = this.e.expr(sub(n, "expr"));
    if (result) block.result = result;
    return block;
  }

  private letStmt(n: CstNode): A.LetStmt | undefined {
    const name = this.e.ident(tok(n, "Identifier"));
    const value = this.e.expr(sub(n, "expr"));
    if (!name || !value) return undefined;
    const st: A.LetStmt = { kind: "Let", name, value, span: this.sp.node(n, name.span.start) };
    const type = this.e.type(sub(n, "type"));
    if (type) st.type = type;
    return st;
  }

  // ---------------------------------------------------------------- layers
  private layerDecl(n: CstNode): A.LayerDecl | undefined {
    const name = this.e.ident(tok(n, "Identifier"));
    if (!name) return undefined;
    const items: A.LayerItem[] = [];
    for (const it of subs(n, "layerItem")) {
      const p = sub(it, "paramDecl");
      const l = sub(it, "letStmt");
      const f = sub(it, "fnDecl");
      const item = p ? this.paramDecl(p) : l ? this.letStmt(l) : f ? this.fnDecl(f, "layer") : undefined;
      if (item) items.push(item);
    }
    const params = this.paramList(sub(n, "paramList")) ?? [];
    return { kind: "Layer", name, params, items, span: this.sp.node(n, name.span.start) };
  }

  private paramDecl(n: CstNode): A.ParamDecl | undefined {
    const name = this.e.ident(tok(n, "Identifier"));
    const type = this.e.type(sub(n, "type"));
    const init = this.e.expr(sub(n, "expr"));
    if (!name || !type || !init) return undefined;
    return { kind: "ParamDecl", isState: has(n, "Kw_state"), name, type, init, span: this.sp.node(n, name.span.start) };
  }

  // ---------------------------------------------------------------- models
  private modelDecl(n: CstNode): A.ModelDecl | undefined {
    const name = this.e.ident(tok(n, "Identifier"));
    if (!name) return undefined;
    const items: A.ModelItem[] = [];
    for (const it of subs(n, "modelItem")) {
      const i = sub(it, "inputDecl");
      const o = sub(it, "outputDecl");
      const l = sub(it, "letStmt");
      const item = i ? this.inputDecl(i) : o ? this.outputDecl(o) : l ? this.letStmt(l) : undefined;
      if (item) items.push(item);
    }
    const params = this.paramList(sub(n, "paramList")) ?? [];
    return { kind: "Model", name, params, items, span: this.sp.node(n, name.span.start) };
  }

  private inputDecl(n: CstNode): A.InputDecl | undefined {
    const name = this.e.ident(tok(n, "Identifier"));
    const type = this.e.type(sub(n, "type"));
    if (!name || !type) return undefined;
    return { kind: "Input", name, type, span: this.sp.node(n, name.span.start) };
  }

  private outputDecl(n: CstNode): A.OutputDecl | undefined {
    const name = this.e.ident(tok(n, "Identifier"));
    const value = this.e.expr(sub(n, "expr"));
    if (!name || !value) return undefined;
    const out: A.OutputDecl = { kind: "Output", name, value, span: this.sp.node(n, name.span.start) };
    const type = this.e.type(sub(n, "type"));
    if (type) out.type = type;
    return out;
  }

  // ---------------------------------------------------------------- wired graphs
  private wiredDecl(n: CstNode): A.WiredDecl | undefined {
    const name = this.e.ident(tok(n, "Identifier"));
    if (!name) return undefined;
    const items: A.WiredItem[] = [];
    for (const it of subs(n, "wiredItem")) {
      const i = sub(it, "inputDecl");
      const nd = sub(it, "neuronDecl");
      const c = sub(it, "connectDecl");
      const item = i ? this.inputDecl(i) : nd ? this.neuronDecl(nd) : c ? this.connectDecl(c) : undefined;
      if (item) items.push(item);
    }
    return { kind: "Wired", name, items, span: this.sp.node(n, name.span.start) };
  }

  private neuronDecl(n: CstNode): A.NeuronDecl | undefined {
    const name = this.e.ident(tok(n, "Identifier", 0));
    const activation = this.e.ident(tok(n, "Identifier", 1));
    const count = this.e.expr(sub(n, "expr"));
    if (!name || !activation || !count) return undefined;
    return {
      kind: "Neuron",
      isOutput: has(n, "Kw_output"),
      name,
      count,
      activation,
      span: this.sp.node(n, name.span.start),
    };
  }

  private connectDecl(n: CstNode): A.ConnectDecl | undefined {
    const arrow = tok(n, "Arrow");
    if (!arrow) return undefined;
    const from: A.Endpoint[] = [];
    const to: A.Endpoint[] = [];
    for (const e of subs(n, "endpoint")) {
      const ep = this.endpoint(e);
      if (!ep) continue;
      (ep.span.start < arrow.startOffset ? from : to).push(ep);
    }
    if (from.length === 0 || to.length === 0) return undefined;
    return { kind: "Connect", from, to, span: this.sp.node(n, arrow.startOffset) };
  }

  private endpoint(n: CstNode): A.Endpoint | undefined {
    const name = this.e.ident(tok(n, "Identifier"));
    if (!name) return undefined;
    const ep: A.Endpoint = { kind: "Endpoint", name, span: this.sp.node(n, name.span.start) };
    if (has(n, "LBracket")) {
      const index = this.e.indexItem(sub(n, "indexItem"));
      if (!index) return undefined;
      ep.index = index;
    }
    return ep;
  }

  // ---------------------------------------------------------------- train and constants
  private trainDecl(n: CstNode): A.TrainDecl | undefined {
    const model = this.e.ident(tok(n, "Identifier"));
    if (!model) return undefined;
    const items: A.TrainItem[] = [];
    for (const it of subs(n, "trainItem")) {
      const i = sub(it, "inputDecl");
      const s = sub(it, "settingDecl");
      const item = i ? this.inputDecl(i) : s ? this.setting(s) : undefined;
      if (item) items.push(item);
    }
    return { kind: "Train", model, items, span: this.sp.node(n, model.span.start) };
  }

  private setting(n: CstNode): A.SettingDecl | undefined {
    const key = this.e.ident(tok(n, "Identifier"));
    const value = this.e.expr(sub(n, "expr"));
    if (!key || !value) return undefined;
    return { kind: "Setting", key, value, span: this.sp.node(n, key.span.start) };
  }

  private constDecl(n: CstNode): A.ConstDecl | undefined {
    const name = this.e.ident(tok(n, "Identifier"));
    const value = this.e.expr(sub(n, "expr"));
    if (!name || !value) return undefined;
    return { kind: "Const", name, value, span: this.sp.node(n, name.span.start) };
  }

  private error(start: number, end: number, message: string, hint?: string): void {
    this.diagnostics.push(diag("E0004", this.sp.of(start, end), message, hint ? { hint } : {}));
  }
}
