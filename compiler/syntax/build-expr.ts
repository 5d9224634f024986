// CST → AST for expressions and types. Every function returns undefined rather than
// throwing when error recovery left the CST incomplete; callers drop what they cannot build.
import type { CstNode, IToken } from "chevrotain";
import type * as A from "./ast.ts";
import type { Span } from "../source.ts";
import { has, isReal, nodeRange, type Spans, sub, subs, tok, toks } from "./cst-util.ts";
import * as T from "./lexer.ts";
import { diag, type Diagnostic } from "../diagnostics/diagnostic.ts";

/** Dtype names that make a bare type name a scalar tensor type (`f32` is `f32[]`). */
const BARE_TENSOR_DTYPES = new Set(["f32", "i32"]);

const CMP = 3;
const PRECEDENCE: Record<string, number> = {
  "||": 1,
  "&&": 2,
  "==": CMP,
  "!=": CMP,
  "<": CMP,
  "<=": CMP,
  ">": CMP,
  ">=": CMP,
  "+": 4,
  "-": 4,
  "*": 5,
  "/": 5,
  "%": 5,
  "@": 5,
};

export class ExprBuilder {
  /** Syntax errors found while building, e.g. chained comparisons. */
  readonly diagnostics: Diagnostic[] = [];

  constructor(readonly sp: Spans) {}

  ident(t: IToken | undefined): A.Ident | undefined {
    return isReal(t) ? { kind: "Ident", name: t.image, span: this.sp.token(t) } : undefined;
  }

  // ---------------------------------------------------------------- types
  type(n: CstNode | undefined): A.TypeExpr | undefined {
    if (!n) return undefined;
    const name = this.ident(tok(n, "Identifier"));
    if (!name) return undefined;
    const span = this.sp.node(n, name.span.start);
    if (has(n, "LBracket")) {
      const dims: A.DimItem[] = [];
      for (const d of subs(n, "dimItem")) {
        const item = this.dimItem(d);
        if (item) dims.push(item);
      }
      return { kind: "TensorType", dtype: name, dims, span };
    }
    if (BARE_TENSOR_DTYPES.has(name.name)) return { kind: "TensorType", dtype: name, dims: [], span };
    return { kind: "NamedType", name, span };
  }

  private dimItem(n: CstNode): A.DimItem | undefined {
    if (has(n, "DotDot")) {
      const name = tok(n, "Identifier");
      if (!name) return undefined;
      return { kind: "DimVariadic", name: name.image, span: this.sp.node(n, name.startOffset) };
    }
    return this.dimAdd(sub(n, "dimAdd"));
  }

  private dimAdd(n: CstNode | undefined): A.DimExpr | undefined {
    return this.foldDims(n, "dimMul", ["Plus", "Minus"], (c) => this.dimMul(c));
  }

  private dimMul(n: CstNode | undefined): A.DimExpr | undefined {
    return this.foldDims(n, "dimAtom", ["Star", "Slash"], (c) => this.dimAtom(c));
  }

  private foldDims(
    n: CstNode | undefined,
    operandKey: string,
    opKeys: string[],
    build: (c: CstNode) => A.DimExpr | undefined,
  ): A.DimExpr | undefined {
    if (!n) return undefined;
    const operands = subs(n, operandKey);
    const ops = toks(n, ...opKeys);
    let acc = operands[0] ? build(operands[0]) : undefined;
    for (let i = 0; i < ops.length && acc; i++) {
      const right = operands[i + 1] ? build(operands[i + 1]) : undefined;
      if (!right) break;
      const op = ops[i].image as "+" | "-" | "*" | "/";
      acc = { kind: "DimBin", op, left: acc, right, span: this.sp.join(acc.span, right.span) };
    }
    return acc;
  }

  private dimAtom(n: CstNode): A.DimExpr | undefined {
    const int = tok(n, "IntegerLit");
    if (int) return { kind: "DimNum", value: Number(int.image), span: this.sp.token(int) };
    const id = tok(n, "Identifier");
    if (id) {
      if (id.image === "_") return { kind: "DimWild", span: this.sp.token(id) };
      return { kind: "DimName", name: id.image, span: this.sp.token(id) };
    }
    const inner = this.dimAdd(sub(n, "dimAdd"));
    // A parenthesised dimension keeps its parentheses in its span, so errors underline them.
    return inner ? { ...inner, span: this.sp.node(n, inner.span.start) } : undefined;
  }

  // ---------------------------------------------------------------- binary operators
  /** An expression: the flat `operand (op operand)*` list folded by precedence. */
  expr(n: CstNode | undefined): A.Expr | undefined {
    if (!n) return undefined;
    const operandNodes = subs(n, "unaryExpr");
    if (operandNodes.length === 1) return this.unaryExpr(operandNodes[0]);
    const ops = toks(n, "BinaryOp");
    const operands: A.Expr[] = [];
    // Recovery may leave an operator without its right operand: fold only the complete prefix.
    for (let i = 0; i < operandNodes.length; i++) {
      const e = this.unaryExpr(operandNodes[i]);
      if (!e) break;
      operands.push(e);
    }
    if (operands.length === 0) return undefined;
    const state = { ops: ops.slice(0, operands.length - 1), operands, i: 0 };
    return this.climb(state, 1);
  }

  /** Precedence climbing over ops[i..]; all levels are left-associative except comparison. */
  private climb(st: { ops: IToken[]; operands: A.Expr[]; i: number }, minPrec: number): A.Expr {
    let left = st.operands[st.i];
    while (st.i < st.ops.length) {
      const op = st.ops[st.i];
      const prec = PRECEDENCE[op.image] ?? 0;
      if (prec < minPrec) break;
      st.i++;
      const right = this.climb(st, prec + 1);
      left = this.binary(op, left, right);
      const next = st.ops[st.i];
      if (prec === CMP && next && PRECEDENCE[next.image] === CMP) {
        this.diagnostics.push(
          diag("E0004", this.sp.token(next), "comparison operators cannot be chained", {
            hint: "write `a < b && b < c`",
          }),
        );
      }
    }
    return left;
  }

  private binary(op: IToken, left: A.Expr, right: A.Expr): A.BinaryExpr {
    return {
      kind: "Binary",
      op: op.image as A.BinaryOp,
      opSpan: this.sp.token(op),
      left,
      right,
      span: this.sp.join(left.span, right.span),
    };
  }

  /** Prefix operators, a primary, postfix operators, and an optional `** unaryExpr`. */
  private unaryExpr(n: CstNode): A.Expr | undefined {
    let operand = this.postfix(n);
    if (!operand) return undefined;
    const pow = tok(n, "StarStar");
    if (pow) {
      const exponent = this.unaryExpr(sub(n, "unaryExpr") as CstNode);
      if (exponent) operand = this.binary(pow, operand, exponent);
    }
    const ops = toks(n, "Minus", "Bang");
    for (let i = ops.length - 1; i >= 0; i--) {
      const op = ops[i];
      operand = {
        kind: "Unary",
        op: op.image as A.UnaryOp,
        operand,
        span: this.sp.of(op.startOffset, operand.span.end),
      };
    }
    return operand;
  }

  // ---------------------------------------------------------------- postfix and primaries
  /** A primary and its postfix operators (calls, indexing, `.name`), in source order. */
  postfix(n: CstNode | undefined): A.Expr | undefined {
    let acc = this.primary(sub(n, "primary"));
    if (!acc || !n) return acc;
    const calls = subs(n, "callArgs");
    const indexes = subs(n, "indexSuffix");
    const members = toks(n, "Identifier");
    if (calls.length + indexes.length + members.length === 0) return acc;
    type Op = { at: number; call?: CstNode; index?: CstNode; member?: IToken };
    const ops: Op[] = [];
    for (const c of calls) ops.push({ at: nodeRange(c)?.[0] ?? Infinity, call: c });
    for (const x of indexes) ops.push({ at: nodeRange(x)?.[0] ?? Infinity, index: x });
    for (const m of members) ops.push({ at: m.startOffset, member: m });
    ops.sort((a, b) => a.at - b.at);
    for (const op of ops) {
      if (op.call) {
        const argsSpan = this.sp.node(op.call, acc.span.end);
        const args: A.Arg[] = [];
        for (const a of subs(op.call, "arg")) {
          const arg = this.arg(a);
          if (arg) args.push(arg);
        }
        acc = { kind: "Call", callee: acc, args, argsSpan, span: this.sp.join(acc.span, argsSpan) };
      } else if (op.index) {
        const indices: A.IndexItem[] = [];
        for (const it of subs(op.index, "indexItem")) {
          const item = this.indexItem(it);
          if (item) indices.push(item);
        }
        acc = { kind: "Index", target: acc, indices, span: this.sp.join(acc.span, this.sp.node(op.index, acc.span.end)) };
      } else if (op.member) {
        const name = this.ident(op.member)!;
        acc = { kind: "Member", target: acc, name, span: this.sp.join(acc.span, name.span) };
      }
    }
    return acc;
  }

  private arg(n: CstNode): A.Arg | undefined {
    const value = this.expr(sub(n, "expr"));
    if (!value) return undefined;
    const name = this.ident(tok(n, "Identifier"));
    const span = name ? this.sp.join(name.span, value.span) : value.span;
    return name ? { name, value, span } : { value, span };
  }

  indexItem(n: CstNode | undefined): A.IndexItem | undefined {
    if (!n) return undefined;
    const tail = sub(n, "sliceTail");
    const first = sub(n, "expr");
    if (!tail) return this.expr(first);
    const span = this.sp.node(n, nodeRange(tail)?.[0] ?? 0);
    const slice: A.SliceItem = { kind: "Slice", span };
    const start = this.expr(first);
    if (start) slice.start = start;
    // The tail's exprs are the end (before the second colon) and the step (after it).
    const secondColon = tok(tail, "Colon", 1);
    for (const e of subs(tail, "expr")) {
      const v = this.expr(e);
      if (!v) continue;
      if (secondColon && v.span.start > secondColon.startOffset) slice.step = v;
      else slice.end = v;
    }
    return slice;
  }

  private primary(n: CstNode | undefined): A.Expr | undefined {
    if (!n) return undefined;
    for (const key in n.children) {
      const child = n.children[key][0];
      switch (key) {
        case "IntegerLit":
        case "FloatLit":
          return this.number(child as IToken);
        case "SizeLit": {
          const t = child as IToken;
          if (!isReal(t)) return undefined;
          return { kind: "Size", bytes: T.sizeBytes(t.image), raw: t.image, span: this.sp.token(t) };
        }
        case "StringLit":
          return this.string(child as IToken);
        case "Kw_true":
        case "Kw_false": {
          const t = child as IToken;
          if (!isReal(t)) return undefined;
          return { kind: "Bool", value: t.image === "true", span: this.sp.token(t) };
        }
        case "Identifier":
        case "ScheduleName": {
          const t = child as IToken;
          if (!isReal(t)) return undefined;
          return { kind: "Name", name: t.image, span: this.sp.token(t) };
        }
        case "expr": {
          const inner = this.expr(child as CstNode);
          // Parentheses stay in the span, so `(a + b) * c` underlines `(a + b)`.
          return inner ? { ...inner, span: this.sp.node(n, inner.span.start) } : undefined;
        }
        case "listExpr":
          return this.list(child as CstNode);
        case "repeatExpr":
          return this.repeat(child as CstNode);
        default:
          continue; // `(` and `)` of a parenthesised expression
      }
    }
    return undefined;
  }

  private number(t: IToken): A.NumberLit | undefined {
    if (!isReal(t)) return undefined;
    return {
      kind: "Number",
      value: Number(t.image),
      isFloat: t.tokenType === T.FloatLit,
      raw: t.image,
      span: this.sp.token(t),
    };
  }

  string(t: IToken | undefined): A.StringLit | undefined {
    if (!isReal(t)) return undefined;
    const { value } = T.decodeString(t.image, t.tokenType === T.ClosedString);
    return { kind: "String", value, span: this.sp.token(t) };
  }

  private list(n: CstNode): A.ListExpr {
    const items: A.Expr[] = [];
    for (const e of subs(n, "expr")) {
      const v = this.expr(e);
      if (v) items.push(v);
    }
    return { kind: "List", items, span: this.sp.node(n, 0) };
  }

  private repeat(n: CstNode): A.RepeatExpr | undefined {
    const count = this.postfix(sub(n, "postfixExpr"));
    const body = this.expr(sub(n, "expr"));
    if (!count || !body) return undefined;
    return { kind: "Repeat", count, body, span: this.sp.node(n, count.span.start) };
  }

  /** Zero-width span just past a node, for placeholders such as a missing block. */
  after(s: Span): Span {
    return this.sp.of(s.end, s.end);
  }
}
