/**
 * Short forms of organizations within one article: "Eintracht Frankfurt … Frankfurt beat Qarabag",
 * "Kazzinc Ltd … Kazzinc said" (Latin-script names). A name written in full once is the
 * referent of a later capitalized word equal to its last (or, for two-word names, first) word,
 * even where that word alone reads as a town: "in Frankfurt" stays the city.
 */
import type { Token } from '../text/tokenize';
import type { Mention } from './types';

// Words after which a capitalized word names a place, not a team or company.
const LOCATIVE = new Set(['in', 'at', 'to', 'from', 'near', 'outside', 'into', 'via']);
// Last words that are kinds, not names ("… Group", "… Bank"): never a short form.
const GENERIC = /^(group|bank|company|corporation|holding|holdings|ltd|inc|plc|llc|jsc|fund|council|ministry|agency|institute|university|union|party|league|club|association|committee|office|service|authority|exchange|minerals|mining|metals|resources|energy|oil|gas|motors|steel|power|capital|partners|airlines|airways|news|today|times|post)$/;

const ADJECTIVE_EN = /(an|ean|ian|ese|ish|ic|al|ern|ign)$/;

function foldWord(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е');
}

interface ShortForm {
  entityId: string | null;
  name: string;
}

/** Short-form keys (folded words) of the multi-word organizations mentioned in a document. */
export function orgShortForms(results: readonly Mention[][], tokensOf: (chunk: number) => readonly Token[]): Map<string, ShortForm> {
  const out = new Map<string, ShortForm>();
  const ambiguous = new Set<string>();
  results.forEach((ms, c) => {
    if (!ms.some((m) => m.type === 'ORG' && m.end - m.start > 6)) return;
    const tokens = tokensOf(c);
    let ti = 0;
    for (const m of ms) {
      if (m.type !== 'ORG') continue;
      // Mentions and tokens are both in text order: one forward walk finds each mention's words.
      while (ti < tokens.length && tokens[ti]!.start < m.start) ti++;
      const words: Token[] = [];
      for (let k = ti; k < tokens.length && tokens[k]!.end <= m.end; k++) if (tokens[k]!.kind === 'word') words.push(tokens[k]!);
      if (words.length < 2 || words.some((w) => w.upper)) continue;
      // "Qazvolt Metals Ltd" → "Qazvolt": generic trailing words are no short form.
      let n = words.length;
      while (n > 1 && GENERIC.test(words[n - 1]!.norm)) n--;
      const keys = ADJECTIVE_EN.test(words[n - 1]!.norm) ? [] : [words[n - 1]!];
      // "Eintracht Frankfurt", "Goldman Sachs": either word of a two-word name, unless the first is
      // an adjective ("European Commission", "Foreign Ministry").
      if (n === 2 && !ADJECTIVE_EN.test(words[0]!.norm)) keys.push(words[0]!);
      for (const w of keys) {
        // Latin script only: a Russian short form changes with case («Барыс», «Барыса»), and a
        // Russian institution's last word is most often its country in the genitive.
        if (!w.cap || w.norm.length < 4 || !/^[a-z]+$/.test(w.norm) || GENERIC.test(w.norm)) continue;
        const prev = out.get(w.norm);
        if (prev && prev.entityId !== m.entityId) ambiguous.add(w.norm);
        else out.set(w.norm, { entityId: m.entityId, name: m.name });
      }
    }
  });
  for (const k of ambiguous) out.delete(k);
  // "Ministry of Foreign Affairs of Kazakhstan": a country or region the document names is never
  // an organization's short form.
  for (const ms of results) {
    for (const m of ms) if (m.type === 'LOC' && m.entityId !== null && !m.entityId.startsWith('city:')) out.delete(foldWord(m.text));
  }
  return out;
}

/**
 * Applies short forms to one chunk's mentions: a place mention or an unmatched capitalized word
 * equal to a short form becomes that organization. Returns the mentions, sorted.
 */
export function applyOrgShortForms(text: string, tokens: readonly Token[], mentions: Mention[], forms: ReadonlyMap<string, ShortForm>): Mention[] {
  if (forms.size === 0) return mentions;
  let byStart: Map<number, Mention> | undefined;
  let added = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !t.cap) continue;
    const form = forms.get(t.norm);
    if (!form) continue;
    if (!byStart) {
      byStart = new Map<number, Mention>();
      for (const m of mentions) byStart.set(m.start, m);
    }
    const prev = previousWord(tokens, i);
    if (prev && LOCATIVE.has(prev.norm)) continue;
    const m = byStart.get(t.start);
    if (m) {
      // Only a one-word place is re-read; people and longer names keep their reading.
      const unlinkedOrg = m.type === 'ORG' && m.entityId === null && form.entityId !== null;
      if ((m.type === 'LOC' || unlinkedOrg) && m.end === t.end) Object.assign(m, { type: 'ORG', entityId: form.entityId, name: form.name, score: 0.6, candidates: [] });
      continue;
    }
    if (mentions.some((x) => t.start < x.end && t.end > x.start)) continue;
    mentions.push({ start: t.start, end: t.end, type: 'ORG', text: text.slice(t.start, t.end), entityId: form.entityId, name: form.name, score: 0.55, candidates: [] });
    added = true;
  }
  if (added) mentions.sort((a, b) => a.start - b.start);
  return mentions;
}

function previousWord(tokens: readonly Token[], i: number): Token | undefined {
  const p = tokens[i - 1];
  return p && p.kind === 'word' ? p : undefined;
}

const PAREN_ABBR = /^\s*\(\s*([\p{Lu}][\p{L}\p{N}.&-]{1,15})\s*\)/u;

/** What `\s` matches (a pre-filter may say yes to more, never to less). */
function isSpace(c: number): boolean {
  return c <= 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** An opening bracket after `at`, past spaces only: most organizations have none, and then no slice is made. */
function bracketAfter(text: string, at: number): boolean {
  for (let i = at; i < text.length && i < at + 24; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 /* ( */) return true;
    if (!isSpace(c)) return false;
  }
  return false;
}

/**
 * "Turkish Statistical Institute (TurkStat)", «Бюро национальной статистики (БНС)»: a one-word
 * name in brackets right after an organization is that organization's short name. Adds those
 * mentions to the chunk and returns their keys (folded) for the rest of the document.
 */
export function parentheticalShortNames(text: string, mentions: Mention[]): Map<string, ShortForm> {
  const out = new Map<string, ShortForm>();
  const added: Mention[] = [];
  for (const m of mentions) {
    if (m.type !== 'ORG' || !bracketAfter(text, m.end)) continue;
    const hit = PAREN_ABBR.exec(text.slice(m.end, m.end + 24));
    if (!hit) continue;
    const start = m.end + hit[0].indexOf(hit[1]!);
    const end = start + hit[1]!.length;
    const inside = mentions.find((x) => x.start < end && x.end > start);
    // A place in brackets is where the organization is ("Astana (Kazakhstan)"), unless it is the
    // bracketed name itself; an unlinked organization there takes the outer link.
    if (inside && !(inside.type === 'ORG' && inside.entityId === null && inside.start === start && inside.end === end)) continue;
    if (inside) mentions.splice(mentions.indexOf(inside), 1);
    added.push({ start, end, type: 'ORG', text: text.slice(start, end), entityId: m.entityId, name: m.name, score: 0.6, candidates: [] });
    out.set(foldWord(hit[1]!), { entityId: m.entityId, name: m.name });
  }
  if (added.length > 0) {
    mentions.push(...added);
    mentions.sort((a, b) => a.start - b.start);
  }
  return out;
}
