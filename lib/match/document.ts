/**
 * Second pass over a whole document: context, disambiguation, coreference of bare surnames,
 * roles, and the final non-overlapping mention list per chunk.
 */
import { extractRole } from '../roles/extract';
import { type ChunkPass, passChunk } from './chunk';
import { type DocContext, buildContext } from './context';
import { baseName, surnameKeys } from './coref';
import { cueKinds } from './cues';
import { resolve } from './disambiguate';
import type { FuzzyMatcher } from './fuzzy';
import { linkInstitution } from './institution';
import { domainEnd } from './latin-org';
import { applyOrgShortForms, orgShortForms, parentheticalShortNames } from './org-coref';
import { REF_SURNAME, refEntity, refFlags } from './index-format';
import type { DictMatch } from './lookup';
import type { RuntimeIndex } from './runtime-index';
import type { Token } from '../text/tokenize';
import type { Mention } from './types';
import type { UnknownSpan } from './unknown';

/** A prominent person's (minister and above) bare surname links without support from the document. */
const BARE_SURNAME_MIN_PRIOR = 8;

/** Recognizes mentions in every chunk of one document. */
export function runDocument(chunks: readonly string[], index: RuntimeIndex, fuzzy: FuzzyMatcher, lang: 'ru' | 'en'): Mention[][] {
  const passes = chunks.map((c) => passChunk(c, index, fuzzy));
  const ctx = buildContext(passes.map((p) => p.dict), index);
  // Unknown people named in full: their surname forms → display name, for later bare surnames.
  const unknownPeople = new Map<string, string>();
  for (const p of passes) {
    for (const u of p.unknown) {
      if (u.type === 'PER' && u.we - u.ws >= 2) {
        const name = unknownPersonName(p, u);
        for (const k of surnameKeys(p.words[u.we - 1]!.tok.norm)) if (!unknownPeople.has(k)) unknownPeople.set(k, name);
      }
    }
  }
  const roles = new Map<string, string>();
  const results = passes.map((p) => chunkMentions(p, index, ctx, lang, unknownPeople, roles));
  const shortForms = orgShortForms(results, (c) => passes[c]!.tokens);
  results.forEach((ms, c) => {
    for (const [k, v] of parentheticalShortNames(passes[c]!.text, ms)) shortForms.set(k, v);
  });
  if (shortForms.size > 0) results.forEach((ms, c) => applyOrgShortForms(passes[c]!.text, passes[c]!.tokens, ms, shortForms));
  // A role found once applies to every mention of that person («Гойкович подтвердила»).
  for (const ms of results) for (const m of ms) if (m.type === 'PER' && !m.role) {
    const r = roles.get(m.entityId ?? 'name:' + m.name);
    if (r) m.role = r;
  }
  return results;
}

function chunkMentions(
  p: ChunkPass,
  index: RuntimeIndex,
  ctx: ReturnType<typeof buildContext>,
  lang: 'ru' | 'en',
  unknownPeople: Map<string, string>,
  roles: Map<string, string>,
): Mention[] {
  const out: Mention[] = [];
  const span = (ws: number, we: number) => ({ start: p.words[ws]!.tok.start, end: abbreviationEnd(p, ws, we) });
  for (const m of p.dict) out.push(dictMention(p, m, index, ctx, lang, span(m.ws, m.we)));
  for (const u of p.unknown) out.push(unknownMention(p, u, index, ctx, lang));
  adoptInnerLinks(out);
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const final: Mention[] = [];
  for (const m of out) {
    const last = final[final.length - 1];
    if (last && m.start < last.end) continue;
    final.push(m);
  }
  bareUnknownSurnames(p, final, unknownPeople);
  for (const m of final) {
    if (m.type !== 'PER') continue;
    const t0 = tokenStartingAt(p.tokens, m.start);
    let t1 = t0;
    while (t1 < p.tokens.length && p.tokens[t1]!.end <= m.end) t1++;
    const role = t0 >= 0 ? extractRole(p.text, p.tokens, t0, t1, lang) : undefined;
    if (role) {
      m.role = role;
      const key = m.entityId ?? 'name:' + m.name;
      if (!roles.has(key)) roles.set(key, role);
    }
  }
  return final;
}

function dictMention(
  p: ChunkPass,
  m: DictMatch,
  index: RuntimeIndex,
  ctx: ReturnType<typeof buildContext>,
  lang: 'ru' | 'en',
  s: { start: number; end: number },
): Mention {
  // "OPEC+", «ОПЕК+»: the plus is part of the name and picks the entity named with it.
  if (p.text.charCodeAt(s.end) === 43 /* + */ && m.we - m.ws === 1) {
    // The key of "OPEC+" is the key of "OPEC"; the entity is found under its spelled-out alias.
    const norm = p.words[m.ws]!.tok.norm;
    const plus = [...index.refs(norm + ' plus'), ...index.refs(norm + ' плюс')].filter((x) => index.type(refEntity(x)) === 'ORG');
    if (plus.length > 0) {
      m = { ...m, refs: plus };
      s = { start: s.start, end: s.end + 1 };
    }
  }
  const prev = m.ws > 0 && !p.words[m.ws]!.brk ? p.words[m.ws - 1]!.tok.norm : '';
  // "Batken region": a cue word inside the span, after the name (see `regionCueAfter`).
  const own = m.we - m.ws > 1 ? cueKinds(p.words[m.we - 1]!.tok.norm) : null;
  const r = resolve(m, index, ctx, own?.includes('region') ? own : prev ? cueKinds(prev) : null, lang)!;
  // "Kaspi.kz": an organization's own domain suffix belongs to its name.
  if (index.type(r.entity) === 'ORG') s = { start: s.start, end: domainEnd(p.text, s.end) };
  const text = p.text.slice(s.start, s.end);
  const bare = m.refs.every((x) => refFlags(x) & REF_SURNAME) && !m.initials;
  const supported = !r.weak || (new Set(m.refs.map(refEntity)).size === 1 && index.prior(r.entity) >= BARE_SURNAME_MIN_PRIOR);
  if (bare && !supported) {
    // A bare surname nothing in the text supports: a person, but maybe a namesake.
    const candidates = [{ entityId: index.id(r.entity), name: index.name(r.entity, lang), score: r.score }, ...r.candidates];
    return { start: s.start, end: s.end, type: 'PER', text, entityId: null, name: text, score: 0.5, candidates };
  }
  // Written out rather than `...s`: one object shape for every mention, built without a clone.
  return {
    start: s.start,
    end: s.end,
    type: index.type(r.entity),
    text,
    entityId: index.id(r.entity),
    // Small towns carry no stored name (size budget): the text as written stands in.
    name: index.name(r.entity, lang) || text,
    score: bare && r.weak ? Math.min(r.score, 0.6) : r.score,
    candidates: r.candidates,
  };
}

/**
 * End of words [ws, we), with the final dot of a dotted abbreviation ("U.S.", "U.N.", «С.-Петербург»
 * is not one: its last word is long): every word one letter and a dot right after the last.
 */
function abbreviationEnd(p: ChunkPass, ws: number, we: number): number {
  const end = p.words[we - 1]!.tok.end;
  if (we - ws < 2 || p.text.charCodeAt(end) !== 46 /* . */) return end;
  for (let i = ws; i < we; i++) if (p.words[i]!.tok.text.length !== 1) return end;
  return end + 1;
}

function unknownMention(p: ChunkPass, u: UnknownSpan, index: RuntimeIndex, ctx: DocContext, lang: 'ru' | 'en'): Mention {
  const start = u.start ?? p.words[u.ws]!.tok.start;
  let end = u.end ?? abbreviationEnd(p, u.ws, u.we);
  // «Камбаратинской ГЭС-1»: a unit number belongs to the organization's name.
  if (u.type === 'ORG') end = unitNumberEnd(p.text, end);
  const text = p.text.slice(start, end);
  if (u.type === 'ORG' && u.start === undefined) {
    const norms = p.words.slice(u.ws, u.we).map((w) => w.tok.norm);
    const e = linkInstitution(norms, lang, index, ctx, possessiveCountry(p, u.ws, index));
    if (e >= 0) return { start, end, type: 'ORG', text, entityId: index.id(e), name: index.name(e, lang) || text, score: 0.7, candidates: [] };
  }
  const namesake = p.namesakes.get(u);
  const candidates = namesake
    ? [...new Set(namesake.refs.map(refEntity))].map((e) => ({ entityId: index.id(e), name: index.name(e, lang), score: 0.3 }))
    : [];
  const name = u.type === 'PER' && u.we - u.ws >= 2 ? unknownPersonName(p, u) : text;
  return { start, end, type: u.type, text, entityId: null, name, score: 0.6, candidates };
}

/** Base names of unknown people's spans: asked for coreference and again for the mention. */
const personNames = new WeakMap<UnknownSpan, string>();

/** «Петра Иванова» → «Петр Иванов» for an unknown person's span of two or more words. */
function unknownPersonName(p: ChunkPass, u: UnknownSpan): string {
  let name = personNames.get(u);
  if (name === undefined) {
    name = baseName(p.words.slice(u.ws, u.we).map((w) => w.tok.text));
    personNames.set(u, name);
  }
  return name;
}

function unitNumberEnd(text: string, end: number): number {
  const m = /^-\d{1,2}(?![\p{L}\p{N}])/u.exec(text.slice(end, end + 4));
  return m ? end + m[0].length : end;
}

/**
 * «АО «Казатомпром»», «МИА «Казинформ»»: a legal form or kind with a quoted dataset name is that
 * organization; the whole span takes the inner match's link.
 */
function adoptInnerLinks(mentions: Mention[]): void {
  for (const outer of mentions) {
    if (outer.type !== 'ORG' || outer.entityId !== null) continue;
    const inner = mentions.find((m) => m !== outer && m.type === 'ORG' && m.entityId !== null && m.start >= outer.start && m.end <= outer.end);
    if (inner) Object.assign(outer, { entityId: inner.entityId, name: inner.name, score: inner.score, candidates: inner.candidates });
  }
}

/** "Iran's Foreign Ministry": the country (ISO2) a possessive right before word i names. */
function possessiveCountry(p: ChunkPass, i: number, index: RuntimeIndex): string | undefined {
  const prev = p.words[i - 1];
  if (!prev || !/^['’]s\b/.test(p.text.slice(prev.tok.end, prev.tok.end + 3))) return undefined;
  const e = index.refs(prev.tok.norm).map(refEntity).find((x) => index.kind(x) === 'country');
  return e === undefined ? undefined : index.country(e);
}

/** «Иванов заявил» after «Пётр Иванов» (not in the dataset): the bare surname is that person. */
function bareUnknownSurnames(p: ChunkPass, mentions: Mention[], people: Map<string, string>): void {
  if (people.size === 0) return;
  const before = mentions.length;
  for (const w of p.words) {
    if (!w.tok.cap || w.tok.upper) continue;
    const name = people.get(w.tok.norm);
    // The mentions found before this loop are sorted and apart: one binary search tells whether
    // one covers the word (those added here are single words elsewhere).
    if (!name || overlapsSorted(mentions, before, w.tok.start, w.tok.end)) continue;
    mentions.push({ start: w.tok.start, end: w.tok.end, type: 'PER', text: w.tok.text, entityId: null, name, score: 0.55, candidates: [] });
  }
  // Already in order unless a surname was added (the sort is stable, so skipping it changes nothing).
  if (mentions.length > before) mentions.sort((a, b) => a.start - b.start);
}

/** Whether one of mentions[0, n) (sorted by start, non-overlapping) overlaps [start, end). */
function overlapsSorted(mentions: readonly Mention[], n: number, start: number, end: number): boolean {
  // The last mention starting before `end` is the only one that can overlap.
  let lo = 0;
  let hi = n - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < end) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return at >= 0 && mentions[at]!.end > start;
}

/** Index of the token starting at `start`, or -1: tokens are in text order, so a binary search. */
function tokenStartingAt(tokens: readonly Token[], start: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = tokens[mid]!.start;
    if (s === start) return mid;
    if (s < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
