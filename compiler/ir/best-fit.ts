// The region allocator both backends' memory plans use for temporaries: best fit over
// [0, peak) with holes coalesced on free, growing the top when no hole fits.

export class BestFitAllocator {
  private holes: { off: number; size: number }[] = []; // sorted by offset, never adjacent
  peak = 0;

  /** `cap`: the region may not grow past it (a WebGPU buffer's maximum size). */
  constructor(readonly cap: number = Infinity) {}

  /** Offset of a free region of `size` bytes, or -1 when none fits under the cap. */
  alloc(size: number): number {
    let best = -1;
    for (let i = 0; i < this.holes.length; i++) {
      const h = this.holes[i];
      if (h.size >= size && (best < 0 || h.size < this.holes[best].size)) best = i;
    }
    if (best >= 0) {
      const h = this.holes[best];
      if (h.size === size) this.holes.splice(best, 1);
      else this.holes[best] = { off: h.off + size, size: h.size - size };
      return h.off;
    }
    // A hole at the top is extended rather than left unused.
    const last = this.holes[this.holes.length - 1];
    const top = last && last.off + last.size === this.peak ? last.off : this.peak;
    if (top + size > this.cap) return -1;
    if (top !== this.peak) this.holes.pop();
    this.peak = top + size;
    return top;
  }

  free(off: number, size: number): void {
    let i = 0;
    while (i < this.holes.length && this.holes[i].off < off) i++;
    this.holes.splice(i, 0, { off, size });
    const next = this.holes[i + 1];
    if (next && off + size === next.off) {
      this.holes[i].size += next.size;
      this.holes.splice(i + 1, 1);
    }
    const prev = this.holes[i - 1];
    if (prev && prev.off + prev.size === off) {
      prev.size += this.holes[i].size;
      this.holes.splice(i, 1);
    }
  }
}
