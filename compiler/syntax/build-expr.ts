// CST → AST for expressions and types. Every function returns undefined rather than
// throwing when error recovery left the CST incomplete; callers drop what they cannot build.
import type { CstNode, IToken } from "chevrotain";
import type * as A from "./ast.ts";
import { has, isReal, isToken, nodeRange, type Spans, sub, subs, tok, toks } from "./cst-util.ts";
import * as T from "./lexer.ts";
import { diag, type Diagnostic } from "../diagnostics/diagnostic.ts";

/** Dtype names that make a bare type name a scalar tensor type (`f32` is `f32[]`). */
const BARE_TENSOR_DTYPES = new Set(["f32", "i32"]);

const CMP = 3;
const EXPR_PRECEDENCE: Record<string, number> = {
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
const DIM_PRECEDENCE: Record<string, number> = { "+": 1, "-": 1, "*": 2, "/": 2 };

interface Climb<E> {
  ops: IToken[];
  /** operands[i] comes just before ops[i]. */
  operands: E[];
  i: number;
  prec: Record<string, number>;
  make: (op: IToken, left: E, right: E) => E;
  /** Called for the second operator of a chain at the non-associative level (comparison). */
  onChain?: (op: IToken) => void;
}

/** Precedence climbing; every level is left-associative, comparison also reports chains. */
function climb<E>(st: Climb<E>, minPrec: number): E {
  let left = st.operands[st.i];
  let prevPrec = -1;
  while (st.i < st.ops.length) {
    const op = st.ops[st.i];
    const p = st.prec[op.image] ?? 0;
    if (p < minPrec) break;
    if (p === CMP && prevPrec === CMP) st.onChain?.(op);
    st.i++;
    const right = climb(st, p + 1);
    left = st.make(op, left, right);
    prevPrec = p;
  }
  return left;
}

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
    return this.dimExpr(sub(n, "dimExpr"));
  }

  /** A flat `atom (op atom)*` dimension expression, folded by precedence. */
  private dimExpr(n: CstNode | undefined): A.DimExpr | undefined {
    if (!n) return undefined;
    // Atoms are tokens (numbers, names) or parenthesised nested dimExprs, in source order.
    const atoms: { at: number; dim: A.DimExpr | undefined }[] = [];
    for (const t of toks(n, "IntegerLit")) {
      atoms.push({ at: t.startOffset, dim: { kind: "DimNum", value: Number(t.image), span: this.sp.token(t) } });
    }
    for (const t of toks(n, "Identifier")) {
      const span = this.sp.token(t);
      const dim: A.DimExpr = t.image === "_" ? { kind: "DimWild", span } : { kind: "DimName", name: t.image, span };
      atoms.push({ at: t.startOffset, dim });
    }
    const parens = toks(n, "LParen");
    const closes = toks(n, "RParen");
    subs(n, "dimExpr").forEach((inner, i) => {
      const open = parens[i];
      const dim = this.dimExpr(inner);
      if (!open || !dim) return atoms.push({ at: open?.startOffset ?? dim?.span.start ?? Infinity, dim: undefined });
      // The parentheses stay in the span, so errors underline them.
      const close = closes.find((c) => c.startOffset >= dim.span.end);
      const end = close ? close.startOffset + 1 : dim.span.end;
      atoms.push({ at: open.startOffset, dim: { ...dim, span: this.sp.of(open.startOffset, end) } });
    });
    atoms.sort((a, b) => a.at - b.at);
    const operands: A.DimExpr[] = [];
    for (const a of atoms) {
      if (!a.dim) break;
      operands.push(a.dim);
    }
    if (operands.length === 0) return undefined;
    const ops = toks(n, "Plus", "Minus", "Star", "Slash").slice(0, operands.length - 1);
    return climb({ ops, operands, i: 0, prec: DIM_PRECEDENCE, make: this.makeDim }, 1);
  }

  // ---------------------------------------------------------------- binary operators
  /** An expression: the flat `operand (op operand)*` list folded by precedence. */
  expr(n: CstNode | undefined): A.Expr | undefined {
    if (!n) return undefined;
    const operandNodes = subs(n, "unaryExpr");
    if (operandNodes.length === 1) return this.unaryExpr(operandNodes[0]);
    const operands: A.Expr[] = [];
    // Recovery may leave an operator without its right operand: fold only the complete prefix.
    for (const node of operandNodes) {
      const e = this.unaryExpr(node);
      if (!e) break;
      operands.push(e);
    }
    if (operands.length === 0) return undefined;
    const ops = toks(n, "BinaryOp").slice(0, operands.length - 1);
    return climb({ ops, operands, i: 0, prec: EXPR_PRECEDENCE, make: this.makeBinary, onChain: this.chained }, 1);
  }

  // Made once, not per expression (allocation, and esbuild's keepNames, cost per closure).
  private readonly makeBinary = (op: IToken, l: A.Expr, r: A.Expr): A.Expr => this.binary(op, l, r);
  // Comparison is non-associative: `a < b < c` is reported, then read as `(a < b) < c`.
  private readonly chained = (op: IToken): void => {
    this.diagnostics.push(
      diag("E0004", this.sp.token(op), "comparison operators cannot be chained", { hint: "write `a < b && b < c`" }),
    );
  };
  private readonly makeDim = (op: IToken, left: A.DimExpr, right: A.DimExpr): A.DimExpr => ({
    kind: "DimBin",
    op: op.image as "+" | "-" | "*" | "/",
    left,
    right,
    span: this.sp.join(left.span, right.span),
  });

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
  unaryExpr(n: CstNode | undefined): A.Expr | undefined {
    if (!n) return undefined;
    const c = n.children;
    let operand = this.primary(n);
    if (!operand) return undefined;
    if (c.postfix) operand = this.postfix(operand, c.postfix as CstNode[]);
    if (c.StarStar) {
      const pow = tok(n, "StarStar");
      const exponent = this.unaryExpr(sub(n, "unaryExpr"));
      if (pow && exponent) operand = this.binary(pow, operand, exponent);
    }
    const prefix = c.prefix as IToken[] | undefined;
    if (!prefix) return operand;
    for (let i = prefix.length - 1; i >= 0; i--) {
      const op = prefix[i];
      if (!isReal(op)) continue;
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
  /** Applies postfix operators (calls, indexing, `.name`), which the CST lists in source order. */
  private postfix(target: A.Expr, ops: CstNode[]): A.Expr {
    let acc = target;
    for (const op of ops) {
      if (op.name === "callArgs") {
        const argsSpan = this.sp.node(op, acc.span.end);
        const args: A.Arg[] = [];
        for (const a of subs(op, "arg")) {
          const arg = this.arg(a);
          if (arg) args.push(arg);
        }
        acc = { kind: "Call", callee: acc, args, argsSpan, span: this.sp.join(acc.span, argsSpan) };
      } else if (op.name === "indexSuffix") {
        const indices: A.IndexItem[] = [];
        for (const it of subs(op, "indexItem")) {
          const item = this.indexItem(it);
          if (item) indices.push(item);
        }
        acc = { kind: "Index", target: acc, indices, span: this.sp.join(acc.span, this.sp.node(op, acc.span.end)) };
      } else {
        const name = this.ident(tok(op, "Identifier"));
        if (!name) continue;
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

  /** The primary inside a unaryExpr node: a `lit` token or node, or a parenthesised expr. */
  private primary(n: CstNode): A.Expr | undefined {
    const lit = n.children.lit?.[0];
    if (lit === undefined) {
      const open = tok(n, "LParen");
      const inner = this.expr(sub(n, "expr"));
      if (!open || !inner) return undefined;
      // Parentheses stay in the span, so `(a + b) * c` underlines `(a + b)`.
      const close = tok(n, "RParen");
      return { ...inner, span: this.sp.of(open.startOffset, close ? close.startOffset + 1 : inner.span.end) };
    }
    if (!isToken(lit)) return lit.name === "listExpr" ? this.list(lit) : this.repeat(lit);
    if (!isReal(lit)) return undefined;
    const span = this.sp.token(lit);
    switch (lit.tokenType) {
      case T.IntegerLit:
      case T.FloatLit:
        return { kind: "Number", value: Number(lit.image), isFloat: lit.tokenType === T.FloatLit, raw: lit.image, span };
      case T.Identifier:
      case T.ScheduleName:
        return { kind: "Name", name: lit.image, span };
      case T.SizeLit:
        return { kind: "Size", bytes: T.sizeBytes(lit.image), raw: lit.image, span };
      case T.True:
      case T.False:
        return { kind: "Bool", value: lit.tokenType === T.True, span };
      default:
        return this.string(lit); // a closed or unterminated string
    }
  }

  string(t: IToken | undefined): A.StringLit | undefined {
    if (!isReal(t)) return undefined;
    const closed = t.tokenType === T.ClosedString;
    const { value, badEscapes } = T.decodeString(t.image, closed);
    return { kind: "String", value, span: this.sp.token(t), ...(closed && badEscapes.length === 0 ? {} : { malformed: true as const }) };
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
    const count = this.unaryExpr(sub(n, "unaryExpr"));
    const body = this.expr(sub(n, "expr"));
    if (!count || !body) return undefined;
    return { kind: "Repeat", count, body, span: this.sp.node(n, count.span.start) };
  }
}
