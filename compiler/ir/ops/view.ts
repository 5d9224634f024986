// The view facts most entries share: no view at all, or an alias of input 0's bytes.
import type { ViewFact } from "./types.ts";

const NONE: ViewFact = { kind: "none" };
const ALIAS: ViewFact = { kind: "alias" };

export function noView(): ViewFact {
  return NONE;
}

export function aliasView(): ViewFact {
  return ALIAS;
}
