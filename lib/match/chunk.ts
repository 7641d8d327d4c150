/**
 * First pass over one chunk: tokens, dictionary matches, fuzzy matches, and names not in the
 * dataset. Nothing here needs the rest of the document.
 */
import { isAdjectiveNom } from '../morph/decline';
import { type Token, tokenize } from '../text/tokenize';
import type { FuzzyMatcher } from './fuzzy';
import { detectGeo } from './geo';
import { REF_SURNAME, refEntity, refFlags } from './index-format';
import { type DictMatch, type Word, lookupChunk, wordsOf } from './lookup';
import type { RuntimeIndex } from './runtime-index';
import { DEMONYM_EN, isInitial, onePersonWord, otherGivenName, sameGivenName, surnameAfter } from './namesake';
import { REGION_AFTER, adjectiveLikePlace, cyrillicNameBefore, featureEnd, institutionWord, personLikePlace } from './place-readings';
import { type UnknownSpan, detectUnknown, isGivenName, isNameParticle, personPair } from './unknown';
import { detectDistricts } from './district';
import { detectLatinOrgs } from './latin-org';
import { detectOrgs, isInstitutionWord } from './unknown-org';
import { isRoleWord } from '../roles/lexicon';
import { isWeakPlace } from './weak-place';
import { type PlaceSpans, detectTitleOrgs } from './unknown-org-en';

export interface ChunkPass {
  text: string;
  tokens: Token[];
  words: Word[];
  dict: DictMatch[];
  unknown: UnknownSpan[];
  /** Unknown spans that extend a bare dataset surname with another given name (a namesake). */
  namesakes: Map<UnknownSpan, DictMatch>;
}

// Oblique adjective endings: capitalized adjectives («Сербской») must not fuzzy-match places.
const ADJ_OBLIQUE = /(ского|ской|скому|ским|ском|скую|ских|ные|ного|ной|ному|ным|ном|ную|ных)$/;

/** Runs lookup, fuzzy matching and unknown-name detection on one chunk. */
export function passChunk(text: string, index: RuntimeIndex, fuzzy: FuzzyMatcher): ChunkPass {
  const tokens = tokenize(text);
  const words = wordsOf(tokens);
  // Quoted names after an organization cue («компания «Шымкент Строй»») are organizations even
  // when a place name is inside; a dataset organization match inside them is kept.
  const quoted = detectOrgs(text, tokens, words, new Array<boolean>(words.length).fill(false), true);
  const inQuoted = (m: DictMatch) => quoted.some((q) => m.ws < q.we && m.we > q.ws);
  const all = lookupChunk(words, index).filter((m) => !inQuoted(m) || m.refs.every((r) => index.type(refEntity(r)) === 'ORG'));
  // Continents and macro-regions win over the places inside them («Центральной» + «Азии»); only a
  // longer dataset name around one wins over it ("Asian Development Bank").
  const contains = (m: DictMatch, g: { ws: number; we: number }) => m.ws <= g.ws && m.we >= g.we && m.we - m.ws > g.we - g.ws;
  const geo = detectGeo(words).filter((g) => !all.some((m) => contains(m, g)));
  const dict = all.filter((m) => !geo.some((g) => m.ws < g.we && m.we > g.ws));
  const namesakes = new Map<UnknownSpan, DictMatch>();
  const covered = new Array<boolean>(words.length).fill(false);
  for (const g of geo) for (let j = g.ws; j < g.we; j++) covered[j] = true;
  // Districts («Казалинском районе») win over a town named like their adjective; a region the
  // dataset names with its noun («Алматинской области») is a longer match and stays.
  const multi = new Array<boolean>(words.length).fill(false);
  for (const m of dict) if (m.we - m.ws > 1) for (let j = m.ws; j < m.we; j++) multi[j] = true;
  for (const g of geo) for (let j = g.ws; j < g.we; j++) multi[j] = true;
  const districts = detectDistricts(words, multi);
  for (const d of districts) for (let j = d.ws; j < d.we; j++) covered[j] = true;
  const kept: DictMatch[] = [];
  const hyphenPlaces: UnknownSpan[] = [];
  for (const m of dict) {
    if (covered[m.ws]) continue;
    if (personLikePlace(text, words, m, index) || isWeakPlace(tokens, words, m, index) || institutionWord(words, m, index) || adjectiveLikePlace(words, m, index)) continue;
    const placeOnly = m.refs.every((r) => index.type(refEntity(r)) === 'LOC');
    // «школа имени Абая», «аэропорт имени Шарля де Голля»: what follows «имени» is whom it is named after.
    if (placeOnly && m.ws > 0 && !words[m.ws]!.brk && words[m.ws - 1]!.tok.norm === 'имени') continue;
    if (placeOnly && quotedPlace(tokens, words, m)) {
      // Nor is it a misspelt name for the fuzzy matcher to find.
      for (let j = m.ws; j < m.we; j++) covered[j] = true;
      continue;
    }
    // "Vakhsh River", "Rustaveli Avenue", "South Gobi": a place or compass word followed by a
    // capitalized feature noun or name is a longer place the dataset lacks, not the town.
    const feature = m.we - m.ws === 1 ? featureEnd(words, m, index, covered) : -1;
    if (feature > m.we) {
      hyphenPlaces.push({ ws: m.ws, we: feature, type: 'LOC' });
      for (let j = m.ws; j < feature; j++) covered[j] = true;
      continue;
    }
    // «Таван-Толгой»: a place named as the second half of a hyphenated name is not that place;
    // the whole compound is a place the dataset lacks.
    if (words[m.ws]!.tok.glued && !covered[m.ws - 1] && words[m.ws - 1]!.tok.cap && m.refs.every((r) => index.type(refEntity(r)) === 'LOC')) {
      let ws = m.ws - 1;
      while (ws > 0 && words[ws]!.tok.glued && !covered[ws - 1]) ws--;
      hyphenPlaces.push({ ws, we: m.we, type: 'LOC' });
      for (let j = ws; j < m.we; j++) covered[j] = true;
      continue;
    }
    // «Ровшан Наджаф», «Рид Буше»: a town's name right after a capitalized word inside a sentence is
    // a surname after a given name the lexicon lacks.
    if (cyrillicNameBefore(words, m, index, covered)) {
      namesakes.set({ ws: m.ws - 1, we: m.we, type: 'PER' }, m);
      for (let j = m.ws - 1; j < m.we; j++) covered[j] = true;
      continue;
    }
    const prev = words[m.ws - 1];
    // A surname alone, or a one-word person alias ("Bayramov"): either may be a namesake's.
    const bareSurname = !m.initials && (m.refs.every((r) => refFlags(r) & REF_SURNAME) || (m.we - m.ws === 1 && onePersonWord(m, index)));
    const next = words[m.we];
    // «Антониу Гутеррешем»: the given name may itself have matched someone (a one-word alias).
    const last = kept[kept.length - 1];
    const prevIsPersonWord = last !== undefined && last.we === m.ws && last.we - last.ws === 1 && onePersonWord(last, index);
    const own = bareSurname && prev && !words[m.ws]!.brk && (!covered[m.ws - 1] || prevIsPersonWord) ? m.refs.filter((r) => sameGivenName(index, refEntity(r), prev.tok.norm)) : [];
    if (own.length > 0) {
      if (covered[m.ws - 1]) kept.pop();
      // "Volodymyr Zelenskiy": the person's own given name before another spelling of the surname.
      kept.push({ ws: m.ws - 1, we: m.we, refs: own.map((r) => r - refFlags(r)), lemma: m.lemma, initials: false });
      for (let j = m.ws - 1; j < m.we; j++) covered[j] = true;
      continue;
    }
    // «Алексей Туреханов» when the dataset has «Валихан Туреханов»: another person.
    if (bareSurname && prev && !words[m.ws]!.brk && !covered[m.ws - 1] && otherGivenName(prev.tok)) {
      namesakes.set({ ws: m.ws - 1, we: m.we, type: 'PER' }, m);
      covered[m.ws - 1] = true;
    } else if (bareSurname && next && !next.brk && !covered[m.we] && next.tok.cap && !next.tok.upper && surnameAfter(words[m.ws]!.tok.norm, next.tok.norm)) {
      // «Хусейном Мемичем», "Dan Jorgensen", "Wang Wentao": a dataset surname used as someone
      // else's given name, or an East Asian surname before another given name.
      namesakes.set({ ws: m.ws, we: m.we + 1, type: 'PER' }, m);
      covered[m.we] = true;
    } else kept.push(m);
    for (let j = m.ws; j < m.we; j++) covered[j] = true;
  }
  const orgs = quoted.filter((q) => !dict.some((m) => m.ws < q.we && m.we > q.ws));
  for (const q of orgs) for (let j = q.ws; j < q.we; j++) covered[j] = true;
  // "University of Glasgow", "Kazakhstan Tennis Federation": places inside belong to the name.
  const titled = detectTitleOrgs(text, words, covered, placeSpans(kept, geo, index));
  for (const t of titled) for (let j = t.ws; j < t.we; j++) covered[j] = true;
  const inTitled = (a: { ws: number; we: number }) => titled.some((t) => a.ws >= t.ws && a.we <= t.we);
  if (titled.length > 0) for (let k = kept.length - 1; k >= 0; k--) if (inTitled(kept[k]!)) kept.splice(k, 1);
  for (const m of fuzzyMatches(text, words, covered, fuzzy, index)) {
    kept.push(m);
    for (let j = m.ws; j < m.we; j++) covered[j] = true;
  }
  kept.sort((a, b) => a.ws - b.ws);
  for (const m of kept) regionCueAfter(words, m, index);
  const places = geo.filter((g) => !g.adjective && !inTitled(g)).map((g): UnknownSpan => ({ ws: g.ws, we: g.we, type: 'LOC' }));
  const unknown: UnknownSpan[] = [...namesakes.keys(), ...orgs, ...titled, ...places, ...districts, ...hyphenPlaces];
  const countryAt = countryMentions(words, kept, index);
  // «Служба новостей Kazakhstan Today», «Совет директоров Самрук-Казыны»: a unit named right before a
  // known organization is part of that organization, which is the mention; the unit is not another one.
  const knownOrgAt = new Set(kept.filter((m) => m.refs.some((r) => index.type(refEntity(r)) === 'ORG')).map((m) => m.ws));
  const orgSpans = detectOrgs(text, tokens, words, covered, false, (j) => countryAt.get(j) ?? -1).filter(
    (s) => !(knownOrgAt.has(s.we) && !words[s.we]!.brk),
  );
  for (const s of orgSpans) {
    unknown.push(s);
    for (let j = s.ws; j < s.we; j++) covered[j] = true;
  }
  // A country absorbed into an institution's name is no longer a mention of its own.
  if (orgSpans.length > 0) {
    const inside = (m: DictMatch) => countryAt.has(m.ws) && orgSpans.some((s) => m.ws >= s.ws && m.we <= s.we);
    for (let k = kept.length - 1; k >= 0; k--) if (inside(kept[k]!)) kept.splice(k, 1);
  }
  for (const s of detectLatinOrgs(text, words, covered)) {
    // "Elon Musk" in Russian text is a person; a brand has no given name.
    if (s.we - s.ws === 2 && isGivenName(words[s.ws]!.tok.norm)) s.type = 'PER';
    unknown.push(s);
    for (let j = s.ws; j < s.we; j++) covered[j] = true;
  }
  unknown.push(...detectUnknown(words, covered, placesAndOrgs(words.length, kept, unknown, index)));
  return { text, tokens, words, dict: kept, unknown, namesakes };
}

/** Capitalized words a quoted name may have after the place's name («Астана Арена Холл»). */
const MAX_QUOTED_NAME_TAIL = 3;

/**
 * «Астану» in «Команда «Кайрат» обыграла «Астану»», «Астана Арене», «Цифровой Казахстан»: a
 * place's name inside a short «…» name (capitalized words from the opening quote to the closing
 * one) names something else: a club, a venue, a project, a channel. A quoted sentence («Ереван
 * будет балансировать…») still names the place.
 */
function quotedPlace(tokens: readonly Token[], words: readonly Word[], m: DictMatch): boolean {
  // Back to the opening quote, over the name's capitalized words before the place.
  let head = 0;
  let ti = words[m.ws]!.ti - 1;
  for (; ti >= 0; ti--) {
    const t = tokens[ti]!;
    if (t.kind === 'word' && t.cap && ++head <= MAX_QUOTED_NAME_TAIL) continue;
    break;
  }
  const open = tokens[ti];
  if ((open?.text !== '«' && open?.text !== '„') || open.end !== tokens[ti + 1]!.start) return false;
  let tail = 0;
  for (let ti = words[m.we - 1]!.ti + 1; ti < tokens.length; ti++) {
    const t = tokens[ti]!;
    if (t.text === '»' || t.text === '“') return true;
    if (t.kind !== 'word' || !t.cap || ++tail > MAX_QUOTED_NAME_TAIL) return false;
  }
  return false;
}

/** Words inside a place or organization mention (a title's complement: «министр иностранных дел Венгрии»). */
function placesAndOrgs(n: number, kept: readonly DictMatch[], unknown: readonly UnknownSpan[], index: RuntimeIndex): boolean[] {
  const out = new Array<boolean>(n).fill(false);
  const mark = (s: { ws: number; we: number }) => {
    for (let j = s.ws; j < s.we; j++) out[j] = true;
  };
  for (const m of kept) if (m.refs.every((r) => index.type(refEntity(r)) !== 'PER')) mark(m);
  for (const s of unknown) if (s.type !== 'PER') mark(s);
  return out;
}

function fuzzyMatches(text: string, words: readonly Word[], covered: boolean[], fuzzy: FuzzyMatcher, index: RuntimeIndex): DictMatch[] {
  const out: DictMatch[] = [];
  for (let i = 0; i < words.length; i++) {
    const t = words[i]!.tok;
    if (covered[i] || !t.cap || t.upper || t.sentStart || t.norm.length < 3) continue;
    // After a given name or an initial a word is that person's surname, not a misspelt dataset name.
    const before = words[i - 1];
    if (before && !words[i]!.brk && !covered[i - 1] && before.tok.cap && (isGivenName(before.tok.norm) || isInitial(text, before) || otherGivenName(before.tok))) {
      // …unless it is a dataset person's surname spelt another way after that person's own given
      // name: "Volodymyr Zelenskiy" is Volodymyr Zelensky.
      // (No search when no dataset person has that given name: every hit would be rejected.)
      const same = t.norm.length >= 6 && index.personGivenName(before.tok.norm) ? fuzzy.match(t.norm).filter((r) => sameGivenName(index, refEntity(r), before.tok.norm)) : [];
      if (same.length > 0) {
        // With the given name it is a full name, no longer a bare surname: drop the flags.
        out.push({ ws: i - 1, we: i + 1, refs: same.map((r) => r - refFlags(r)), lemma: true, initials: false });
        covered[i - 1] = true;
      }
      continue;
    }
    if (isAdjectiveNom(t.norm) || ADJ_OBLIQUE.test(t.norm) || DEMONYM_EN.test(t.norm)) continue;
    // After a name particle («Яном ван ден Бергом») a word ends that person's name: no misspelt dataset name.
    if (before && !words[i]!.brk && isNameParticle(before.tok)) continue;
    // A title («Президент», «Председателем») is no misspelt name, nor the start of one; an
    // institution noun («Сената», «Кабинета») may start one («Совет Безопастности») but is none by
    // itself. Nearly every fuzzy query misses, and each one costs far more than these tests.
    const title = isRoleWord(t.norm);
    const next = words[i + 1];
    if (!title && next && !covered[i + 1] && !next.brk && next.tok.cap && !next.tok.upper) {
      const refs = fuzzy.match(t.norm + ' ' + next.tok.norm);
      if (refs.length > 0) {
        out.push({ ws: i, we: i + 2, refs, lemma: true, initials: false });
        i++;
        continue;
      }
    }
    // «Даурен Косанов»: a word before a capitalized surname is a given name the lexicon lacks, not a
    // misspelt place («Дарьен»).
    if (next && !next.brk && next.tok.cap && personPair(t.norm, next.tok.norm)) continue;
    // Given names never fuzzy-match a place or a surname ("Amanda", "Elena").
    const refs = t.norm.length >= 6 && !title && !isInstitutionWord(t.norm) && !isGivenName(t.norm) ? fuzzy.match(t.norm) : [];
    if (refs.length > 0) out.push({ ws: i, we: i + 1, refs, lemma: true, initials: false });
  }
  return out;
}

/** "Batken region", "Sughd Province": English puts the cue after the name; it joins the span. */
function regionCueAfter(words: readonly Word[], m: DictMatch, index: RuntimeIndex): void {
  const next = words[m.we];
  if (!next || next.brk || !REGION_AFTER.has(next.tok.norm)) return;
  const regions = m.refs.filter((r) => index.kind(refEntity(r)) === 'region');
  if (regions.length === 0) return;
  m.refs = regions;
  m.we += 1;
}

/** Place mentions (dictionary places and geographic names) by first and by end word. */
function placeSpans(dict: readonly DictMatch[], geo: readonly { ws: number; we: number }[], index: RuntimeIndex): PlaceSpans {
  const byStart = new Map<number, number>();
  const byEnd = new Map<number, number>();
  const add = (ws: number, we: number) => {
    byStart.set(ws, we);
    byEnd.set(we, ws);
  };
  for (const m of dict) if (m.refs.every((r) => index.type(refEntity(r)) === 'LOC')) add(m.ws, m.we);
  for (const g of geo) add(g.ws, g.we);
  return { byStart, byEnd };
}

const GENITIVE_END = /[аяиы]$/;

/**
 * Country mentions that can qualify an institution's name before them: start word → end word.
 * Genitive («Сербии», «Кыргызской Республики») or an abbreviation («РК», «РФ»).
 */
function countryMentions(words: readonly Word[], dict: readonly DictMatch[], index: RuntimeIndex): Map<number, number> {
  const out = new Map<number, number>();
  for (const m of dict) {
    const last = words[m.we - 1]!.tok;
    if (!last.upper && !GENITIVE_END.test(last.norm)) continue;
    if (m.refs.some((r) => index.kind(refEntity(r)) === 'country')) out.set(m.ws, m.we);
  }
  return out;
}

