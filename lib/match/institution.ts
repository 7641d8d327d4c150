/**
 * State institutions named without their country: «Министерством финансов», «Сенат», «КНБ»,
 * "the Foreign Ministry", "Cabinet of Ministers". News names its own country's institutions this
 * way, so the dataset record is the one whose name adds that country («Министерство финансов
 * Республики Казахстан», "Ministry of Foreign Affairs of Kazakhstan"). The country is the one a
 * possessive names ("Iran's Foreign Ministry"), else the one the document names most.
 */
import { generateForms } from '../morph/forms';
import type { DocContext } from './context';
import { refEntity } from './index-format';
import { countryQualifiers } from './lexicon/countries';
import { nominativeKeys } from './phrase';
import type { RuntimeIndex } from './runtime-index';

/** "Foreign Ministry" is how English news writes «Ministry of Foreign Affairs». */
const EN_TOPIC: Record<string, string> = { foreign: 'foreign affairs', interior: 'internal affairs' };

/**
 * The dataset organization an unqualified institution name means, or -1. `norms` are the folded
 * words of the name as written; `country` an ISO2 the text itself attaches to it, if any.
 */
export function linkInstitution(
  norms: readonly string[],
  lang: 'ru' | 'en',
  index: RuntimeIndex,
  ctx: DocContext,
  country?: string,
): number {
  const words = norms[0] === 'the' ? norms.slice(1) : norms;
  if (words.length === 0) return -1;
  const bases = lang === 'ru' ? nominativeKeys(words, index) : englishBases(words);
  if (bases.length === 0) return -1;
  // The name as written may already be a dataset name («Правительства Казахстана» read back).
  for (const key of bases) for (const r of index.refs(key)) if (index.type(refEntity(r)) === 'ORG') return refEntity(r);
  const countries = country ? [country] : mainCountries(ctx);
  for (const c of countries) {
    for (const key of qualifiedKeys(bases, c, lang, index)) {
      for (const r of index.refs(key)) {
        const e = refEntity(r);
        if (index.type(e) === 'ORG' && index.country(e) === c) return e;
      }
    }
  }
  return -1;
}

/** The text's own country is among the few it names most; the rest are its partners. */
const MAX_COUNTRIES = 3;

/** By document context: the counts are final once built, and every unnamed institution asks. */
const mainCountriesOf = new WeakMap<DocContext, string[]>();

function mainCountries(ctx: DocContext): string[] {
  let out = mainCountriesOf.get(ctx);
  if (!out) {
    out = [...ctx.countryCounts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_COUNTRIES).map(([c]) => c);
    mainCountriesOf.set(ctx, out);
  }
  return out;
}

/** "finance ministry" → also "ministry of finance"; "foreign ministry" → "ministry of foreign affairs". */
function englishBases(words: readonly string[]): string[] {
  const phrase = words.join(' ');
  const out = [phrase];
  const last = words[words.length - 1];
  if (words.length >= 2 && last === 'ministry') {
    const topic = words.slice(0, -1).join(' ');
    out.push(`ministry of ${EN_TOPIC[topic] ?? topic}`);
  }
  return out;
}

function qualifiedKeys(bases: readonly string[], iso2: string, lang: 'ru' | 'en', index: RuntimeIndex): string[] {
  const q = countryQualifiers(iso2);
  const out: string[] = [];
  if (lang === 'ru') {
    const suffixes = q ? q.ru : countryForms(iso2, index);
    for (const b of bases) for (const s of suffixes) out.push(`${b} ${s}`);
    return out;
  }
  const names = q ? q.en : [];
  for (const b of bases) {
    for (const s of names) out.push(`${b} of ${s}`);
    for (const a of q?.enAdj ?? []) out.push(`${a} ${b}`);
  }
  return out;
}

/** Case forms of a country's Russian name, for countries the qualifier table does not list. */
function countryForms(iso2: string, index: RuntimeIndex): string[] {
  let cache = formsCache.get(index);
  if (!cache) formsCache.set(index, (cache = new Map()));
  const cached = cache.get(iso2);
  if (cached) return cached;
  let forms: string[] = [];
  for (let e = 0; e < index.size; e++) {
    if (index.kind(e) === 'country' && index.country(e) === iso2) {
      const name = index.name(e, 'ru');
      if (name) forms = generateForms(name, { kind: 'place' }).map((f) => f.toLowerCase().replace(/ё/g, 'е'));
      break;
    }
  }
  cache.set(iso2, forms);
  return forms;
}
const formsCache = new WeakMap<RuntimeIndex, Map<string, string[]>>();
