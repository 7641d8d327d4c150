/** Keeps the best score per entity ordinal; cheap enough to feed tens of thousands of candidates. */
export class BestPerEntity {
  private readonly best = new Map<number, { score: number; key: string }>();

  /** Records a candidate; keeps it only if it beats the entity's previous best. */
  offer(entity: number, score: number, key: string): void {
    const prev = this.best.get(entity);
    if (!prev || score > prev.score) this.best.set(entity, { score, key });
  }

  get size(): number {
    return this.best.size;
  }

  /** Count of entities scoring at least `min`. */
  countAtLeast(min: number): number {
    let n = 0;
    for (const v of this.best.values()) if (v.score >= min) n++;
    return n;
  }

  /** The best `limit` entries, highest score first, ties by ordinal (stable across runs). */
  top(limit: number): { entity: number; score: number; key: string }[] {
    // Bounded insertion instead of a full sort: a one-letter query can have 30,000 candidates.
    const out: { entity: number; score: number; key: string }[] = [];
    const better = (a: { entity: number; score: number }, b: { entity: number; score: number }): boolean =>
      a.score > b.score || (a.score === b.score && a.entity < b.entity);
    for (const [entity, v] of this.best) {
      const item = { entity, score: v.score, key: v.key };
      if (out.length === limit && !better(item, out[out.length - 1]!)) continue;
      let i = out.length;
      while (i > 0 && better(item, out[i - 1]!)) i--;
      out.splice(i, 0, item);
      if (out.length > limit) out.pop();
    }
    return out;
  }
}
