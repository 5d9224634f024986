// Dead-code elimination: a rewrite that keeps every node. The rewrite utility itself drops
// what no output or parameter update reaches (inputs and params stay: they are the model's
// interface), so this pass exists to run that sweep on its own, e.g. after lowering.
import { rewriteProgram } from "./rewrite.ts";
import type { Pass } from "./program.ts";

export const dcePass: Pass = {
  name: "dce",
  run(program) {
    return rewriteProgram(program);
  },
};
