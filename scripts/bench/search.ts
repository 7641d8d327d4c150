/**
 * Popup search: every prefix of a few real queries, as typed, against the full dataset; and the
 * same keystrokes through plain fuse.js over every alias (what the popup would do without the
 * prefix index and the sharded fuzzy fallback).
 */
import type Fuse from 'fuse.js';
import type { KnowledgeBase } from '../../lib/knowledge/knowledge-base';
import type { Figure } from './report';
import { max, median, percentile, timeOnce } from './stats';

export const QUERIES = ['Гойкович', 'нови сад', 'Алматинской', 'mid rk', 'Vojvodina', 'Токаев'];
const LIMIT = 10;
const FRAME_MS = 16;

function keystrokes(): string[] {
  return QUERIES.flatMap((q) => [...q].map((_, i) => q.slice(0, i + 1)));
}

export function benchSearch(kb: KnowledgeBase, fuse: Fuse<string>): Figure[] {
  // The one-time index build is a cold-start cost (reported there); here: per keystroke.
  const build = timeOnce(() => kb.prepareSearch());
  const keys = keystrokes();
  const ours = keys.map((k) => timeOnce(() => kb.search(k, LIMIT)));
  const plain = keys.map((k) => timeOnce(() => fuse.search(k, { limit: LIMIT })));
  const fig = (name: string, value: number, baseline: number, target: string, pass: boolean | null): Figure => ({
    section: 'search', name, value, unit: 'ms', baseline, baselineLabel: 'plain fuse.js', ratio: value / baseline, target, pass,
  });
  return [
    fig(`per keystroke, median (${keys.length} keystrokes)`, median(ours), median(plain), 'faster than fuse.js', median(ours) < median(plain)),
    fig('per keystroke, p95', percentile(ours, 0.95), percentile(plain, 0.95), `< ${FRAME_MS} ms`, percentile(ours, 0.95) < FRAME_MS),
    fig(`per keystroke, max («${keys[ours.indexOf(max(ours))]}»)`, max(ours), max(plain), `< ${FRAME_MS} ms`, max(ours) < FRAME_MS),
    {
      section: 'search', name: 'search index build (first query after load)', value: build, unit: 'ms',
      baseline: null, baselineLabel: '—', ratio: null, target: '—', pass: null,
    },
  ];
}
