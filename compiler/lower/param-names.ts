// Parameter names in the lowering: the checker's. The model's owner tree (values.ts Owner)
// gives the parameter nodes in declaration order; the checker's ModelInfo gives, in the same
// order, each parameter's final path (spec/language.md, "Parameter naming"), dtype, shape and
// initializer. Lowering takes path and initializer from the checker and computes neither;
// dtype, shape and the declaration's own name (`w`, the end of `blocks.3.attn.q.w`) it knows
// from the graph it built, and a disagreement is an internal error, reported rather than built.
import type { ModelInfo, TensorInfo } from "../check/result.ts";
import type { LoweredParam } from "./lower.ts";
import type { Lowering, Owner } from "./values.ts";

export interface NamedParams {
  /** Parameter node id → its checked path. */
  names: Map<number, string>;
  /** Parameters and state in owner order (the checker's, the two interleaved). */
  params: LoweredParam[];
}

export function nameParams(L: Lowering, owner: Owner, info: ModelInfo): NamedParams {
  const names = new Map<number, string>();
  const params: LoweredParam[] = [];
  // The checker lists trainable parameters and state apart, each in declaration order.
  const next = { params: 0, state: 0 };
  const walk = (o: Owner) => {
    for (const e of o.entries) {
      if (e.kind === "child") walk(e.inst.owner);
      else if (!names.has(e.node)) {
        const rec = L.params.get(e.node)!;
        const list = rec.trainable ? "params" : "state";
        const checked: TensorInfo | undefined = (rec.trainable ? info.parameters : info.state)[next[list]++];
        const what = `${rec.trainable ? "parameter" : "state"} ${next[list]} of \`${info.name}\` (declared \`${e.local}\`, lowered as ${rec.dtype}[${rec.shape.join(", ")}])`;
        if (!checked) throw disagree(`${what}: the checker has only ${next[list] - 1}`);
        if (checked.name !== e.local && !checked.name.endsWith(`.${e.local}`)) throw disagree(`${what}: the checker's is \`${checked.name}\``);
        if (checked.dtype !== rec.dtype || checked.shape.length !== rec.shape.length || checked.shape.some((d, i) => d !== rec.shape[i]))
          throw disagree(`${what}: the checker has \`${checked.name}\` as ${checked.dtype}[${checked.shape.join(", ")}]`);
        if (!checked.init) throw disagree(`${what}: the checker recorded no initializer for \`${checked.name}\``);
        names.set(e.node, checked.name);
        params.push({ name: checked.name, dtype: rec.dtype, shape: [...rec.shape], init: checked.init, trainable: rec.trainable });
      }
    }
  };
  walk(owner);
  const missing = [...info.parameters.slice(next.params), ...info.state.slice(next.state)];
  if (missing.length > 0) throw disagree(`the checker also has ${missing.map((p) => `\`${p.name}\``).join(", ")}, which lowering did not build`);
  return { names, params };
}

function disagree(what: string): Error {
  return new Error(`lowering and the checker disagree on the parameters: ${what}`);
}
