// The one memory plan, over a schedule, for every target. Inputs, params, consts and outputs
// sit in a fixed region (packed in that order, so a host can write and read them at stable
// offsets); every temporary lives from the kernel that first writes it to the last kernel that
// reads it and is placed best-fit into holes left by temporaries that died. Buffers that alias
// a concat's region take no space of their own and keep the concat's buffer alive. Where a
// target allows it, an elementwise kernel writes over an operand that dies in it (in place).
// A temporary that the weights phase writes and the run phase reads lives to the end.
// The target says how big an element is, how offsets align, how large one arena may grow.
import type { DType } from "../ir/ir.ts";
import { numElements } from "../ir/infer.ts";
import { BestFitAllocator } from "../ir/best-fit.ts";
import type { Schedule } from "./schedule.ts";
import { sameView } from "./view.ts";

export interface MemoryTarget {
  /** Bytes per element in memory (WASM stores bool as one byte, WGSL as a u32). */
  elementBytes(dtype: DType): number;
  /** Every buffer offset is a multiple of this. */
  align: number;
  /** The largest arena (WGSL: the binding and buffer size limits); Infinity for one unbounded arena. */
  maxArenaBytes: number;
  /** Whether a kernel may write its output over an operand that dies in it. */
  inPlace: boolean;
}

export interface Placement {
  arena: number;
  /** Byte offset of the buffer's storage in its arena (an alias: its storage buffer's offset). */
  offset: number;
  /** Bytes reserved (aligned). */
  bytes: number;
}

export interface MemoryPlan {
  arenas: { byteSize: number }[];
  /** By buffer id; undefined for a buffer no kernel touches (a const inlined into every use). */
  placement: (Placement | undefined)[];
  /** First and last kernel index at which each buffer holds a live value (fixed buffers: the whole run). */
  lifetime: { start: number; end: number }[];
  /** Bytes of the fixed region. */
  fixedBytes: number;
  /** The most bytes temporaries need at once. */
  peakBytes: number;
  /** fixedBytes + peakBytes. */
  totalBytes: number;
  /** What temporaries would need without reuse. */
  naiveBytes: number;
  /** Kernels that write over an operand (in place). */
  inPlace: number[];
}

export class MemoryPlanError extends Error {
  constructor(message: string, readonly buffer: number, readonly bytes: number) {
    super(message);
    this.name = "MemoryPlanError";
  }
}

export function alignUp(n: number, a: number): number {
  return Math.ceil(n / a) * a;
}

export function planMemory(s: Schedule, target: MemoryTarget): MemoryPlan {
  const nb = s.buffers.length;
  const storage = (id: number): number => {
    let b = s.buffers[id];
    while (b.alias) b = s.buffers[b.alias.of];
    return b.id;
  };
  const kernelsN = s.kernels.length;
  const start = new Array<number>(nb).fill(Infinity);
  const end = new Array<number>(nb).fill(-Infinity);
  const touched = new Set<number>();
  s.kernels.forEach((k, i) => {
    const out = storage(k.output);
    start[out] = Math.min(start[out], i);
    end[out] = Math.max(end[out], i);
    touched.add(out);
    for (const r of k.reads) {
      const st = storage(r);
      end[st] = Math.max(end[st], i);
      touched.add(st);
    }
  });
  // A weights-phase value the run phase reads must survive every run until the next prepare.
  s.kernels.forEach((k, i) => {
    if (i < s.prepareKernels) return;
    for (const r of k.reads) {
      const st = storage(r);
      if (start[st] < s.prepareKernels) end[st] = kernelsN;
    }
  });
  const sizeOf = (id: number): number => {
    const b = s.buffers[id];
    return Math.max(target.align, alignUp(numElements(b.shape) * target.elementBytes(b.dtype), target.align));
  };
  const placement: (Placement | undefined)[] = new Array(nb).fill(undefined);
  const arenas: { byteSize: number }[] = [];
  const fixedRoles = ["input", "param", "const", "output"] as const;
  let fill = 0;
  for (const role of fixedRoles) {
    for (const b of s.buffers) {
      if (b.role !== role || b.alias) continue;
      if (role === "const" && !touched.has(b.id)) continue;
      const bytes = sizeOf(b.id);
      if (bytes > target.maxArenaBytes) tooBig(b.id, bytes);
      if (arenas.length === 0 || fill + bytes > target.maxArenaBytes) {
        arenas.push({ byteSize: 0 });
        fill = 0;
      }
      placement[b.id] = { arena: arenas.length - 1, offset: fill, bytes };
      fill += bytes;
      arenas[arenas.length - 1].byteSize = fill;
      start[b.id] = 0;
      end[b.id] = kernelsN;
    }
  }
  const fixedBytes = arenas.reduce((a, x) => a + x.byteSize, 0);

  // Temporaries, in kernel order: free what died, then place what this kernel writes.
  const temps: { arena: number; base: number; alloc: BestFitAllocator }[] = [];
  const openTemp = (): void => {
    if (temps.length === 0 && arenas.length > 0) {
      temps.push({ arena: arenas.length - 1, base: fill, alloc: new BestFitAllocator(target.maxArenaBytes - fill) });
    } else {
      arenas.push({ byteSize: 0 });
      temps.push({ arena: arenas.length - 1, base: 0, alloc: new BestFitAllocator(target.maxArenaBytes) });
    }
  };
  let live: { buf: number; temp: number }[] = [];
  let naive = 0;
  const inPlace: number[] = [];
  const release = (l: { buf: number; temp: number }): void => {
    const p = placement[l.buf]!;
    temps[l.temp].alloc.free(p.offset - temps[l.temp].base, p.bytes);
  };
  s.kernels.forEach((k, i) => {
    live = live.filter((l) => {
      if (end[l.buf] < i) release(l);
      return end[l.buf] >= i;
    });
    const out = storage(k.output);
    if (placement[out] || s.buffers[out].role !== "temp") return;
    const bytes = sizeOf(out);
    if (bytes > target.maxArenaBytes) tooBig(out, bytes);
    naive += bytes;
    const donor = target.inPlace ? inPlaceDonor(s, k, i, end, placement, storage, bytes) : undefined;
    if (donor !== undefined) {
      const j = live.findIndex((l) => l.buf === donor);
      const l = live[j];
      placement[out] = { ...placement[donor]! };
      live[j] = { buf: out, temp: l.temp };
      inPlace.push(i);
      return;
    }
    let placed = -1;
    let which = 0;
    for (; which < temps.length && placed < 0; which++) placed = temps[which].alloc.alloc(bytes);
    while (placed < 0) {
      // The first temporary arena continues the last fixed one, which may be nearly full.
      const fresh = temps.length > 0 || arenas.length === 0;
      openTemp();
      which = temps.length;
      placed = temps[which - 1].alloc.alloc(bytes);
      if (placed < 0 && fresh) tooBig(out, bytes);
    }
    const t = temps[which - 1];
    placement[out] = { arena: t.arena, offset: t.base + placed, bytes };
    live.push({ buf: out, temp: which - 1 });
  });
  for (const t of temps) arenas[t.arena].byteSize = Math.max(arenas[t.arena].byteSize, t.base + t.alloc.peak);
  for (const a of arenas) a.byteSize = Math.max(a.byteSize, target.align);
  if (arenas.length === 0) arenas.push({ byteSize: target.align });
  // Aliases share their storage's placement; the alias view says where inside it.
  for (const b of s.buffers) if (b.alias && placement[storage(b.id)]) placement[b.id] = placement[storage(b.id)];
  const lifetime = s.buffers.map((b) => ({ start: start[storage(b.id)], end: end[storage(b.id)] }));
  const totalBytes = arenas.reduce((a, x) => a + x.byteSize, 0);
  return { arenas, placement, lifetime, fixedBytes, peakBytes: totalBytes - fixedBytes, totalBytes, naiveBytes: naive, inPlace };

  function tooBig(buf: number, bytes: number): never {
    const b = s.buffers[buf];
    throw new MemoryPlanError(`buffer b${buf} (${b.dtype}[${b.shape.join(", ")}], node %${b.node}) needs ${bytes} bytes, more than the target's largest buffer of ${target.maxArenaBytes} bytes`, buf, bytes);
  }
}

/**
 * An operand of an elementwise loop kernel that dies in it, read at exactly the places the
 * kernel writes and of the same size: the kernel can overwrite it element by element.
 */
function inPlaceDonor(s: Schedule, k: Schedule["kernels"][number], i: number, end: number[], placement: (Placement | undefined)[],
  storage: (id: number) => number, bytes: number): number | undefined {
  if (k.kind !== "loop" || k.body.inner !== 0) return undefined;
  const store = k.body.store.view;
  for (const v of k.body.values) {
    if (v.k !== "load") continue;
    const b = storage(v.buf);
    if (b !== v.buf || s.buffers[b].role !== "temp" || end[b] !== i || placement[b]?.bytes !== bytes) continue;
    // Every load of this buffer must read exactly the element being written.
    const all = k.body.values.filter((w) => (w.k === "load" || w.k === "gather") && storage(w.buf) === b);
    if (all.every((w) => w.k === "load" && sameView(w.view, store))) return b;
  }
  return undefined;
}
