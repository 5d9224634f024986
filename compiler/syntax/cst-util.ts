// Small, total accessors over chevrotain's CST. After error recovery a node may lack
// children the grammar promises, and tokens inserted by recovery have no position;
// these helpers return `undefined` for both so the AST builder never has to guess.
import type { CstElement, CstNode, IToken } from "chevrotain";
import type { Span } from "../source.ts";

export function isToken(e: CstElement): e is IToken {
  return (e as IToken).tokenType !== undefined;
}

/** A token that really is in the source (not one made up by error recovery). */
export function isReal(t: IToken | undefined): t is IToken {
  return t !== undefined && t.isInsertedInRecovery !== true && Number.isFinite(t.startOffset);
}

/** The i-th real token under `key`, skipping none: an inserted token at i yields undefined. */
export function tok(node: CstNode | undefined, key: string, i = 0): IToken | undefined {
  const e = node?.children[key]?.[i];
  if (e === undefined || !isToken(e) || !isReal(e)) return undefined;
  return e;
}

/** All real tokens under the given keys, in source order. */
export function toks(node: CstNode | undefined, ...keys: string[]): IToken[] {
  if (!node) return [];
  const out: IToken[] = [];
  for (const k of keys) for (const e of node.children[k] ?? []) if (isToken(e) && isReal(e)) out.push(e);
  out.sort((a, b) => a.startOffset - b.startOffset);
  return out;
}

export function sub(node: CstNode | undefined, key: string, i = 0): CstNode | undefined {
  const e = node?.children[key]?.[i];
  return e !== undefined && !isToken(e) ? e : undefined;
}

const NO_NODES: readonly CstNode[] = [];

/** The nodes under a subrule key (such keys never hold tokens); no copy is made. */
export function subs(node: CstNode | undefined, key: string): readonly CstNode[] {
  return (node?.children[key] as CstNode[] | undefined) ?? NO_NODES;
}

export function has(node: CstNode | undefined, key: string): boolean {
  return (node?.children[key]?.length ?? 0) > 0;
}

/** Offsets [start, end) of a node, from its real tokens; undefined if it holds none. */
export function nodeRange(node: CstNode): [number, number] | undefined {
  const loc = node.location;
  if (loc && Number.isFinite(loc.startOffset) && Number.isFinite(loc.endOffset ?? NaN)) {
    return [loc.startOffset, (loc.endOffset as number) + 1];
  }
  // Recovered nodes may carry no location: scan their tokens instead.
  let start = Infinity;
  let end = -Infinity;
  for (const key in node.children) {
    for (const e of node.children[key]) {
      if (isToken(e)) {
        if (!isReal(e)) continue;
        start = Math.min(start, e.startOffset);
        end = Math.max(end, e.startOffset + e.image.length);
      } else {
        const r = nodeRange(e);
        if (r) {
          start = Math.min(start, r[0]);
          end = Math.max(end, r[1]);
        }
      }
    }
  }
  return Number.isFinite(start) ? [start, end] : undefined;
}

export class Spans {
  constructor(readonly file: string) {}

  of(start: number, end: number): Span {
    return { file: this.file, start, end };
  }

  token(t: IToken): Span {
    return { file: this.file, start: t.startOffset, end: t.startOffset + t.image.length };
  }

  /** The node's span; a zero-width span at `fallback` when recovery left it empty. */
  node(n: CstNode, fallback: number): Span {
    const loc = n.location;
    if (loc && loc.endOffset !== undefined && Number.isFinite(loc.startOffset) && Number.isFinite(loc.endOffset)) {
      return { file: this.file, start: loc.startOffset, end: loc.endOffset + 1 };
    }
    const r = nodeRange(n);
    return r ? this.of(r[0], r[1]) : this.of(fallback, fallback);
  }

  join(a: Span, b: Span): Span {
    return { file: this.file, start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
  }
}
