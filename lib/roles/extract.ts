/**
 * The role an article gives a person by apposition, in the base form:
 * «встреча посла Казахстана в Таджикистане Валихана Туреханова» → «посол Казахстана в Таджикистане»
 * (the head noun goes to the nominative, its dependents stay as written);
 * "Tajik Foreign Minister Sirojiddin Muhriddin" → "Tajik Foreign Minister";
 * «Мади Атамкулов, посол Казахстана в Сербии,» → «посол Казахстана в Сербии».
 */
import type { Token } from '../text/tokenize';
import { isRoleModifier, isRoleWord, roleBase } from './lexicon';

const MAX_ROLE_TOKENS = 10;
// Words that end the role phrase on its left: the name's own governing word lies beyond them.
const STOP_RU = new Set(['с', 'со', 'между', 'от', 'к', 'у', 'для', 'о', 'об', 'за', 'что', 'как', 'который', 'которая', 'а', 'но']);
const LINK_RU = new Set(['в', 'во', 'при', 'по', 'на', 'и', 'по']);
const LINK_EN = new Set(['of', 'to', 'for', 'and', 'the', 'in', 'at']);
const VERB_END = /(ли|ло|ла|ся|сь|ть|ет|ит|ют|ут|ал|ил|ел|ял)$/;

/** Role before or after a person name occupying tokens [t0, t1). */
export function extractRole(text: string, tokens: readonly Token[], t0: number, t1: number, lang: 'ru' | 'en'): string | undefined {
  return (lang === 'ru' ? roleBeforeRu(text, tokens, t0) : roleBeforeEn(text, tokens, t0)) ?? roleAfter(text, tokens, t1, lang);
}

function roleBeforeRu(text: string, tokens: readonly Token[], t0: number): string | undefined {
  let head = -1;
  for (let k = t0 - 1; k >= 0 && t0 - k <= MAX_ROLE_TOKENS; k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct') break;
    const norm = compoundNorm(tokens, k);
    if (isRoleWord(norm) || isRoleWord(t.norm)) {
      head = firstPart(tokens, k);
      k = head;
      continue;
    }
    if (head >= 0) {
      // Left of a head: only more modifiers («первым заместителем») extend the phrase.
      if (isRoleModifier(t.norm, 'ru')) {
        head = k;
        continue;
      }
      break;
    }
    // Verbs end the phrase; short words like «дел» only look like past tenses.
    if (STOP_RU.has(t.norm) || (!t.cap && t.norm.length >= 5 && VERB_END.test(t.norm) && !LINK_RU.has(t.norm))) break;
  }
  if (head < 0) return undefined;
  return baseForm(text, tokens, head, t0 - 1, 'ru');
}

function roleBeforeEn(text: string, tokens: readonly Token[], t0: number): string | undefined {
  let start = -1;
  let hasHead = false;
  for (let k = t0 - 1; k >= 0 && t0 - k <= MAX_ROLE_TOKENS; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') break;
    const role = isRoleWord(t.norm);
    if (!(role || t.cap || isRoleModifier(t.norm, 'en') || LINK_EN.has(t.norm))) break;
    if (role) hasHead = true;
    start = k;
    if (t.sentStart) break;
  }
  if (!hasHead) return undefined;
  while (start < t0 && (LINK_EN.has(tokens[start]!.norm) || tokens[start]!.norm === 'the')) start++;
  // The phrase must end in a role word or a name after one ("Ambassador to Serbia").
  return start < t0 ? text.slice(tokens[start]!.start, tokens[t0 - 1]!.end) : undefined;
}

/** «Имя Фамилия, посол Казахстана в Сербии, …»: a nominative role after a comma. */
function roleAfter(text: string, tokens: readonly Token[], t1: number, lang: 'ru' | 'en'): string | undefined {
  if (tokens[t1]?.text !== ',') return undefined;
  let k = t1 + 1;
  const first = k;
  let hasHead = false;
  while (k < tokens.length && k - first < MAX_ROLE_TOKENS && tokens[k]!.kind !== 'punct') {
    const n = tokens[k]!.norm;
    if (isRoleWord(n) && (lang === 'en' || roleBase(n) === n)) hasHead = true;
    else if (!hasHead && !isRoleModifier(n, lang) && !tokens[k]!.cap && !/'s$/.test(n)) return undefined;
    k++;
  }
  if (!hasHead || k === first || tokens[k]?.text !== ',' && tokens[k]?.text !== '.' && tokens[k]?.text !== ')') return undefined;
  return text.slice(tokens[first]!.start, tokens[k - 1]!.end);
}

/** «премьер-министра»: the hyphen-compound ending at token k, folded with a space. */
function compoundNorm(tokens: readonly Token[], k: number): string {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  return t.glued && prev ? prev.norm + ' ' + t.norm : t.norm;
}

function firstPart(tokens: readonly Token[], k: number): number {
  let s = k;
  while (s > 0 && tokens[s]!.glued) s--;
  return s;
}

/** Puts the head (and modifiers before it) into the nominative; keeps the rest as written. */
function baseForm(text: string, tokens: readonly Token[], from: number, to: number, lang: 'ru' | 'en'): string {
  const words: string[] = [];
  let k = from;
  let headDone = false;
  let pos = tokens[from]!.start;
  let out = '';
  while (k <= to) {
    const t = tokens[k]!;
    let end = k;
    while (tokens[end + 1]?.glued && end + 1 <= to) end++;
    const written = text.slice(t.start, tokens[end]!.end);
    const norm = end > k ? tokens.slice(k, end + 1).map((x) => x.norm).join(' ') : t.norm;
    let base = written;
    if (!headDone) {
      const rb = roleBase(norm);
      if (rb) {
        base = rb;
        headDone = true;
      } else if (lang === 'ru' && isRoleModifier(t.norm, 'ru')) base = adjectiveNominative(written.toLowerCase());
    }
    out += text.slice(pos, t.start) + base;
    pos = tokens[end]!.end;
    words.push(base);
    k = end + 1;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** «первым» → «первый», «генерального» → «генеральный», «чрезвычайного» → «чрезвычайный». */
export function adjectiveNominative(w: string): string {
  const m = /(ого|ому|ым|ом|ой|ая|ую|ый)$/.exec(w);
  if (!m) return w;
  return w.slice(0, -m[0].length) + 'ый';
}
