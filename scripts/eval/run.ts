/**
 * `npm run eval [-- --check] [--verbose] [--only ID] [--dir PATH]`: runs the pipeline on the gold
 * texts in tests/fixtures/eval/ (or in PATH; subfolders such as heldout/ are not read) and prints
 * per-language, per-type precision/recall/F1 (exact span and overlap) and linking accuracy, then a
 * JSON summary. `--check` exits 1 below the targets.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityType } from '../../lib/data/types';
import { annotateText, loadRecognizer } from './pipeline';
import { type Counts, type GoldEntity, TYPES, addCounts, prf, scoreText } from './score';

interface GoldText {
  id: string;
  lang: 'ru' | 'en';
  source: string;
  text: string;
  entities: GoldEntity[];
}

/** Targets on exact-span F1 per language and type, and on linking accuracy. */
const TARGETS: Record<'ru' | 'en', Record<EntityType, number>> = {
  ru: { PER: 0.9, LOC: 0.9, ORG: 0.75 },
  en: { PER: 0.85, LOC: 0.85, ORG: 0.7 },
};
const LINK_TARGET = 0.95;

const args = process.argv.slice(2);
const DIR = (args.includes('--dir') ? args[args.indexOf('--dir') + 1] : undefined) ?? join('tests', 'fixtures', 'eval');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const golds = readdirSync(DIR)
  .filter((f) => f.endsWith('.json') && (!only || f.includes(only)))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as GoldText);

const recognizer = loadRecognizer();
type Agg = { exact: Record<EntityType, Counts>; overlap: Record<EntityType, Counts>; linkFound: number; linkRight: number; texts: number };
const agg: Partial<Record<'ru' | 'en', Agg>> = {};
const started = performance.now();
for (const g of golds) {
  const pred = annotateText(recognizer, g.text, g.lang);
  const s = scoreText(g.text, g.entities, pred);
  const a = (agg[g.lang] ??= {
    exact: { PER: { tp: 0, fp: 0, fn: 0 }, LOC: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 } },
    overlap: { PER: { tp: 0, fp: 0, fn: 0 }, LOC: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 } },
    linkFound: 0,
    linkRight: 0,
    texts: 0,
  });
  a.texts++;
  for (const t of TYPES) {
    addCounts(a.exact[t], s.exact[t]);
    addCounts(a.overlap[t], s.overlap[t]);
  }
  a.linkFound += s.linkFound;
  a.linkRight += s.linkRight;
  if (args.includes('--verbose') && s.errors.length > 0) console.log(`\n${g.id}\n  ${s.errors.join('\n  ')}`);
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const summary: Record<string, unknown> = { texts: golds.length, ms: Math.round(performance.now() - started) };
let ok = true;
console.log('\nlang type   exact P/R/F1          overlap P/R/F1        gold');
for (const lang of ['ru', 'en'] as const) {
  const a = agg[lang];
  if (!a) continue;
  const per: Record<string, unknown> = { texts: a.texts };
  for (const t of TYPES) {
    const e = prf(a.exact[t]);
    const o = prf(a.overlap[t]);
    const gold = a.exact[t].tp + a.exact[t].fn;
    console.log(`${lang}   ${t}    ${fmt(e)}    ${fmt(o)}    ${gold}`);
    per[t] = { exact: { p: round(e.p), r: round(e.r), f1: round(e.f1) }, overlap: { p: round(o.p), r: round(o.r), f1: round(o.f1) }, gold };
    if (gold > 0 && e.f1 < TARGETS[lang][t]) ok = false;
  }
  const link = a.linkFound === 0 ? 1 : a.linkRight / a.linkFound;
  console.log(`${lang}   link   ${a.linkRight}/${a.linkFound} = ${link.toFixed(3)}`);
  per.linking = round(link);
  if (link < LINK_TARGET) ok = false;
  summary[lang] = per;
}
summary.meetsTargets = ok;
console.log(JSON.stringify(summary));
if (args.includes('--check') && !ok) process.exitCode = 1;

function fmt(x: { p: number; r: number; f1: number }): string {
  return [x.p, x.r, x.f1].map((v) => v.toFixed(3)).join('/');
}
