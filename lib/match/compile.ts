/**
 * Compiles dataset entities into the match index (run at data-build time).
 *
 * People, organizations, countries, regions and large cities get every Russian case form; small
 * cities get their base names only and are found by the recognizer's lemma fallback, which keeps
 * the index small (~33k cities would otherwise multiply by ~6).
 */
import type { EntityRecord, PersonRecord, PlaceRecord } from '../data/types';
import { generateForms, type NameKind } from '../morph/forms';
import {
  type CompiledMatchIndex,
  type EntityKind,
  INDEX_VERSION,
  KIND_CODES,
  REF_ABBR,
  REF_COMMON,
  REF_SURNAME,
  addRef,
  packRef,
} from './index-format';
import { encodeForms } from './forms-table';
import { isAbbreviation, nameKey, scriptOf } from './keys';
import { COMMON_WORDS } from './lexicon/common';

/** Cities at least this large (or capitals) get full case forms and stored display names. */
export const FULL_FORMS_MIN_POPULATION = 500_000;
/**
 * At most this many Cyrillic names per entity get case forms (the Russian name first); further
 * aliases are spelling variants, matched in the nominative or by the lemma fallback.
 */
const MAX_DECLINED_ALIASES = 2;
/** Small towns: at most this many aliases besides the ru/en names (GeoNames lists many variants). */
const MAX_TOWN_ALIASES = 2;
/**
 * Regions of these countries get full case forms; elsewhere the recognizer's lemma fallback
 * (including adjective + noun: «Алматинской областью» → «алматинская область») finds them.
 */
const FOCUS_COUNTRIES = new Set(
  'KZ RU UZ KG TJ TM AZ AM GE BY UA MD RS BA HR ME MK SI BG RO PL LT LV EE MN CN TR IR AF'.split(' '),
);

/**
 * Builds the compact, JSON-serializable match index for `entities`, keeping their order (the
 * dataset's canonical order, so ordinals agree with the other indexes).
 */
export function compileMatchIndex(entities: readonly EntityRecord[]): CompiledMatchIndex {
  const position = new Map(entities.map((e, i) => [e.id, i]));
  const eponym = eponymousCities(entities);
  const forms = new Map<string, number[]>();
  let meta = '';

  const add = (entity: number, written: string, flags: number) => {
    const key = nameKey(written);
    if (key.length < 2) return;
    let f = flags;
    if (!key.includes(' ') && COMMON_WORDS.has(key) && !(flags & REF_ABBR)) f |= REF_COMMON;
    addRef(forms, key, packRef(entity, f));
  };

  entities.forEach((e, i) => {
    const kind = entityKind(e);
    // A city's region; a region's eponymous city (the city its name usually means: «в Стамбуле»).
    const parent = e.type !== 'LOC' ? -1 : e.kind === 'region' ? (eponym.get(i) ?? -1) : e.region ? (position.get(e.region) ?? -1) : -1;
    meta += KIND_CODES[kind] + (e.type === 'ORG' ? (e.country ?? '--') : e.country).slice(0, 2).padEnd(2, '-') + prior(e);
    meta += parent >= 0 && parent < 36 ** 3 ? parent.toString(36).padStart(3, '0') : '---';
    for (const [written, flags] of surfaceForms(e, kind)) add(i, written, flags);
  });

  return {
    v: INDEX_VERSION,
    meta,
    forms: encodeForms(forms),
  };
}

/**
 * Region ordinal → the most populous city named like it (by any name or alias) that lies in it or
 * is a national capital: Istanbul for the province, New York City for the state, Washington D.C.
 * for the state of Washington. News means the city when it writes the bare name.
 */
function eponymousCities(entities: readonly EntityRecord[]): Map<number, number> {
  const cities = new Map<string, number[]>();
  entities.forEach((e, i) => {
    if (e.type !== 'LOC' || e.kind !== 'city') return;
    for (const n of new Set([e.name.ru, e.name.en, ...(e.aliases ?? [])].map(nameKey))) addRef(cities, n, i);
  });
  const out = new Map<number, number>();
  entities.forEach((e, i) => {
    if (e.type !== 'LOC' || e.kind !== 'region') return;
    let best = -1;
    let bestPop = -1;
    for (const key of new Set([nameKey(e.name.ru), nameKey(e.name.en)])) {
      for (const c of cities.get(key) ?? []) {
        const city = entities[c] as PlaceRecord;
        const pop = city.population ?? 0;
        if ((city.region === e.id || city.capital) && pop > bestPop) [best, bestPop] = [c, pop];
      }
    }
    if (best >= 0) out.set(i, best);
  });
  return out;
}

function entityKind(e: EntityRecord): EntityKind {
  if (e.type === 'PER') return e.gender === 'f' ? 'person-f' : 'person-m';
  if (e.type === 'ORG') return 'org';
  if (e.kind === 'country') return 'country';
  if (e.kind === 'region') return 'region';
  return fullFormsCity(e) ? 'city' : 'city-base';
}

function fullFormsCity(e: PlaceRecord): boolean {
  return (e.population ?? 0) >= FULL_FORMS_MIN_POPULATION || e.capital === true;
}

/** Whether this entity's Cyrillic names get generated case forms. */
function declines(e: EntityRecord, kind: EntityKind): boolean {
  if (kind === 'city-base') return false;
  if (kind === 'region') return FOCUS_COUNTRIES.has((e as PlaceRecord).country);
  return true;
}

/** Prior in 0..9: how likely a bare mention refers to this entity. */
function prior(e: EntityRecord): string {
  let p: number;
  if (e.type === 'PER') p = personPrior(e);
  else if (e.type === 'ORG') p = 6;
  else if (e.kind === 'country') p = 9;
  else if (e.kind === 'region') p = 7;
  else {
    // log10(population): 15k → 0, 100k → 2, 1M → 5, 10M+ → 8; capitals get a lift.
    const pop = Math.max(e.population ?? 15_000, 15_000);
    p = Math.round((Math.log10(pop) - 4.2) * 2.7) + (e.capital ? 2 : 0);
  }
  return String(Math.max(0, Math.min(9, p)));
}

/** Every surface form to index for an entity, with its ref flags. */
function surfaceForms(e: EntityRecord, kind: EntityKind): [string, number][] {
  const out: [string, number][] = [];
  const declined0 = declines(e, kind);
  const nameKind: NameKind = e.type === 'PER' ? 'person' : e.type === 'ORG' ? 'org' : 'place';
  const gender = e.type === 'PER' ? e.gender : undefined;
  const town = kind === 'city-base';
  const extra = town ? townAliases(e.aliases ?? []) : (e.aliases ?? []);
  const aliases = uniq([e.name.ru, e.name.en, ...(town ? [] : Object.values(e.name)), ...extra]);
  if (e.type === 'ORG' && e.short) aliases.push(...Object.values(e.short).filter((s): s is string => !!s));
  let declined = 0;
  for (const raw of uniq(aliases)) {
    const alias = stripDescriptor(raw, e);
    const script = scriptOf(alias);
    if (!script) continue;
    if (isAbbreviation(alias) && alias.length <= 12) {
      out.push([alias, REF_ABBR]);
      continue;
    }
    if (script === 'cyr' && declined0 && declined < MAX_DECLINED_ALIASES) {
      declined++;
      const opts = e.type === 'PER' ? { kind: nameKind, gender, family: e.family?.ru } : { kind: nameKind };
      for (const f of generateForms(alias, opts)) out.push([f, 0]);
    } else {
      out.push([alias, 0]);
    }
  }
  if (e.type === 'PER') out.push(...personExtras(e));
  return out;
}

/** Heads of state and government and foreign ministers are named by surname alone in news. */
function personPrior(e: PersonRecord): number {
  const current = e.roles.filter((r) => !r.until);
  if (current.some((r) => r.kind === 'head-of-state' || r.kind === 'head-of-government' || r.kind === 'foreign-minister')) return 9;
  if (current.some((r) => r.kind === 'minister' || r.kind === 'legislature-chair' || r.kind === 'org-head')) return 8;
  return current.length > 0 ? 7 : 6;
}

/** Surname alone (flagged), «Имя Отчество Фамилия», and surname-first order for bylines. */
function personExtras(e: PersonRecord): [string, number][] {
  const out: [string, number][] = [];
  const ru = e.name.ru.trim().split(/\s+/);
  const en = e.name.en.trim().split(/\s+/);
  const surRu = e.family?.ru ?? ru[ru.length - 1]!;
  const surEn = e.family?.en ?? en[en.length - 1]!;
  const given = ru.filter((w) => !surRu.split(' ').includes(w));
  // A surname that is also an ordinary word ("Friday", «Мир») is never indexed alone.
  const ordinary = (s: string) => COMMON_WORDS.has(s.toLowerCase());
  if (ru.length > 1 && !ordinary(surRu)) for (const f of generateForms(surRu, { kind: 'surname', gender: e.gender })) out.push([f, REF_SURNAME]);
  if (en.length > 1 && !ordinary(surEn)) out.push([surEn, REF_SURNAME]);
  if (e.patronymic && given.length > 0) {
    for (const f of generateForms(`${given.join(' ')} ${e.patronymic} ${surRu}`, { kind: 'person', gender: e.gender })) out.push([f, 0]);
  }
  if (!e.family && ru.length === 2) out.push([`${surRu} ${given.join(' ')}`, 0]);
  return out;
}

// Descriptors before a place's proper name are not part of its span («автономный край Воеводина»
// → «Воеводина»); countries keep theirs («Республика Казахстан» is how the name is written).
const DESCRIPTOR_RE = /^(автономный край|автономная область|автономный округ|автономная республика|город|г\.|область|край|провинция|штат|city of|province of|state of)\s+(?=\p{Lu})/iu;

function stripDescriptor(alias: string, e: EntityRecord): string {
  if (e.type !== 'LOC' || e.kind === 'country') return alias;
  return alias.replace(DESCRIPTOR_RE, '');
}

/** A small town's aliases worth matching: few, and no syllable-split romanizations («A Bei Ao»). */
function townAliases(aliases: readonly string[]): string[] {
  return aliases.filter((a) => a.split(/\s+/).every((w) => w.length >= 3)).slice(0, MAX_TOWN_ALIASES);
}

function uniq(xs: string[]): string[] {
  return [...new Set(xs.filter((x) => x && x.trim()))];
}
