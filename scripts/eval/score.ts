/** Precision/recall/F1 for predicted mentions against gold spans, exact and overlapping. */
import type { EntityType } from '../../lib/data/types';

export interface GoldEntity {
  start: number;
  end: number;
  type: EntityType;
  entityId: string | null;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface TextScore {
  exact: Record<EntityType, Counts>;
  overlap: Record<EntityType, Counts>;
  /** Gold mentions with an entityId that were found (overlap, same type), and how many linked right. */
  linkFound: number;
  linkRight: number;
  errors: string[];
}

export const TYPES: EntityType[] = ['PER', 'LOC', 'ORG'];

function zero(): Record<EntityType, Counts> {
  return { PER: { tp: 0, fp: 0, fn: 0 }, LOC: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 } };
}

/** Scores one text. `text` is used only to quote spans in error messages. */
export function scoreText(text: string, gold: readonly GoldEntity[], pred: readonly GoldEntity[]): TextScore {
  const s: TextScore = { exact: zero(), overlap: zero(), linkFound: 0, linkRight: 0, errors: [] };
  const q = (e: GoldEntity) => `${e.type} «${text.slice(e.start, e.end)}»@${e.start}`;
  const exactUsed = new Set<number>();
  for (const g of gold) {
    const i = pred.findIndex((p, k) => !exactUsed.has(k) && p.start === g.start && p.end === g.end && p.type === g.type);
    if (i >= 0) {
      exactUsed.add(i);
      s.exact[g.type].tp++;
    } else s.exact[g.type].fn++;
  }
  pred.forEach((p, k) => {
    if (!exactUsed.has(k)) s.exact[p.type].fp++;
  });
  const used = new Set<number>();
  for (const g of gold) {
    const i = pred.findIndex((p, k) => !used.has(k) && p.type === g.type && p.start < g.end && p.end > g.start);
    if (i < 0) {
      s.overlap[g.type].fn++;
      s.errors.push(`missed ${q(g)} ${g.entityId ?? 'null'}`);
      continue;
    }
    used.add(i);
    s.overlap[g.type].tp++;
    const p = pred[i]!;
    if (p.start !== g.start || p.end !== g.end) s.errors.push(`span ${q(g)} → «${text.slice(p.start, p.end)}»`);
    if (g.entityId) {
      s.linkFound++;
      if (p.entityId === g.entityId) s.linkRight++;
      else s.errors.push(`link ${q(g)} ${g.entityId} → ${p.entityId ?? 'null'}`);
    }
  }
  pred.forEach((p, k) => {
    if (used.has(k)) return;
    s.overlap[p.type].fp++;
    s.errors.push(`spurious ${q(p)} ${p.entityId ?? 'null'}`);
  });
  return s;
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1 };
}

export function addCounts(a: Counts, b: Counts): void {
  a.tp += b.tp;
  a.fp += b.fp;
  a.fn += b.fn;
}
