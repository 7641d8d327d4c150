/**
 * Cold start: from nothing to a recognizer that has answered once, against JSON.parse of the same
 * bytes. Each sample is a fresh Node process (module code is loaded before the clock starts, as
 * in a service worker whose script has run). Baseline and full runs alternate so machine noise
 * hits both alike.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Figure } from './report';
import { median } from './stats';

const RUNS = 5;
const TARGET = 3;
const CHILD = join('scripts', 'bench', 'cold-start-child.ts');

type Sample = Record<string, number>;

function sample(dir: string, mode: 'full' | 'parse'): Sample {
  const out = spawnSync('npx', ['tsx', CHILD, dir, mode], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`cold-start child failed:\n${out.stderr}`);
  return JSON.parse(out.stdout.trim().split('\n').at(-1)!) as Sample;
}

export function benchColdStart(dir: string): Figure[] {
  const full: Sample[] = [];
  const parse: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    parse.push(sample(dir, 'parse').parse!);
    full.push(sample(dir, 'full'));
  }
  const m = (key: string) => median(full.map((s) => s[key]!));
  const base = median(parse);
  const ready = m('ready');
  const deferred = m('firstFuzzy') + m('fuzzyWarm') + m('firstSearch');
  const info = (name: string, value: number): Figure => ({
    section: 'cold start', name, value, unit: 'ms', baseline: null, baselineLabel: '—', ratio: null, target: '—', pass: null,
  });
  return [
    {
      section: 'cold start', name: 'index ready (read + parse + knowledge base + recognizer + tiny recognize)',
      value: ready, unit: 'ms', baseline: base, baselineLabel: 'read + JSON.parse', ratio: ready / base,
      target: `≤ ${TARGET}× JSON.parse`, pass: ready / base <= TARGET,
    },
    info('  of which read + JSON.parse', m('parse')),
    info('  of which loadKnowledgeBase', m('knowledgeBase')),
    info('  of which createRecognizer', m('recognizer')),
    info('  of which first tiny recognize', m('tinyRecognize')),
    info('deferred: first fuzzy match (its letters\' fuzzy groups)', m('firstFuzzy')),
    info('deferred: the other fuzzy groups (background idle warm-up)', m('fuzzyWarm')),
    info('deferred: first popup search (lazy search index)', m('firstSearch')),
    {
      ...info('ready + every deferred first-use cost', ready + deferred),
      baseline: base, baselineLabel: 'read + JSON.parse', ratio: (ready + deferred) / base,
    },
  ];
}
