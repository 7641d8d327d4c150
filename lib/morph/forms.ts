/**
 * Russian case forms of whole names, generated at data-build time.
 *
 * A name is split into words with a role each (given name, patronymic, surname; or adjectives,
 * head noun and a frozen tail for places and organizations), every word is declined on its own,
 * and the forms are combined case by case («Майя Гойкович» → «Майей Гойкович», never
 * «Майей Гойковичем» for a woman; «Алматинская область» → «Алматинской областью»).
 */
import {
  type CaseSlot,
  type Gender,
  type Paradigm,
  type WordRole,
  declinePluralNoun,
  declineWord,
  frozen,
  isAdjectiveNom,
} from './decline';

export type NameKind = 'person' | 'given' | 'surname' | 'patronymic' | 'place' | 'org';

export interface FormOptions {
  kind: NameKind;
  gender?: Gender;
  /** For persons: the family-name word(s) when not last («Си» in «Си Цзиньпин»). */
  family?: string;
}

const SINGULAR: CaseSlot[] = ['nom', 'gen', 'dat', 'acc', 'ins', 'prep'];
const PATRONYMIC_RE = /(вич|вна|ична|инична|улы|уулу|кызы|ұлы|қызы|оглы|кизи)$/i;
// Common nouns that head names and end in -о, so they decline (unlike Косово, Токио, Осло).
const NEUTER_HEAD_RE = /(ство|ство|ие|ье|бюро)$/i;
const COORD = new Set(['и', 'and']);

/** Generates the distinct written forms of `name` in all six cases (and plural for surnames). */
export function generateForms(name: string, opts: FormOptions): string[] {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  if (!/[а-яё]/i.test(name)) return [name];
  const paradigms = opts.kind === 'person' ? personParadigms(words, opts) : phraseParadigms(words, opts);
  const out = new Set<string>([words.join(' ')]);
  for (const slot of SINGULAR) for (const f of combine(paradigms, slot)) out.add(f);
  // Plurals only for surnames («братья Турехановы»); plural place forms are never needed.
  if (paradigms.length === 1 && opts.kind !== 'place' && opts.kind !== 'org') for (const f of paradigms[0]!.pl) out.add(f);
  return [...out];
}

function personParadigms(words: string[], opts: FormOptions): Paradigm[] {
  const familyWords = opts.family ? opts.family.split(/\s+/) : [];
  return words.map((w, i) => {
    let role: WordRole;
    if (/^\p{Lu}\.$/u.test(w)) return frozen(w);
    if (familyWords.length > 0) role = familyWords.includes(w) ? 'surname' : 'given';
    else if (words.length === 1) role = 'surname';
    else if (i === words.length - 1) role = 'surname';
    else if (i > 0 && PATRONYMIC_RE.test(w)) role = 'patronymic';
    else role = 'given';
    return declineHyphenated(w, role, opts.gender);
  });
}

function phraseParadigms(words: string[], opts: FormOptions): Paradigm[] {
  if (opts.kind === 'given' || opts.kind === 'surname' || opts.kind === 'patronymic') {
    return words.map((w) => declineHyphenated(w, opts.kind as WordRole, opts.gender));
  }
  let head = words.findIndex((w) => !isAdjectiveNom(w));
  // One word in -ий after a consonant other than к/г/х/ж/ш/ч/щ/н is a noun, not an adjective:
  // «Каспий» → «Каспия» (but «Грозный», «Великий» stay adjectives).
  if (head === -1 && words.length === 1 && /[^кгхжшчщн]ий$/i.test(words[0]!)) head = 0;
  if (head === -1) {
    // Only adjectives («Грозный», «Набережные»): each declines as an adjective.
    return words.map((w) => declineWord(w, 'adj'));
  }
  const headWord = words[head]!;
  // «Нови Сад», «Сан Марино»: an indeclinable first part before another capitalized word → the
  // last capitalized word is the head.
  if (opts.kind === 'place' && head === 0 && declineHyphenated(headWord, 'proper').gen[0] === headWord) {
    const lastCap = words.length - 1;
    if (lastCap > head && /^\p{Lu}/u.test(words[lastCap]!) && words.slice(head + 1).every((w) => /^\p{Lu}/u.test(w))) {
      head = lastCap;
    }
  }
  const adjs = words.slice(0, head);
  const plural = adjs.some((w) => /(ые|ие)$/i.test(w));
  // An agreeing adjective shows the head's gender: «Алматинская область» (f), «Нижний Тагил» (m).
  const nounGender: Gender | undefined = adjs.some((w) => /(ая|яя)$/i.test(w))
    ? 'f'
    : adjs.some((w) => /(ый|ий|ой)$/i.test(w))
      ? 'm'
      : undefined;
  // A neuter adjective shows a common neuter head: «Каспийское море» → «Каспийского моря».
  const neuter = adjs.some((w) => /(ое|ее)$/i.test(w));
  return words.map((w, i) => {
    if (i < head) return isAdjectiveNom(w) ? declineWord(w, 'adj') : frozen(w);
    if (i === head) return declineHead(w, opts, plural, nounGender, neuter);
    // «Босния и Герцеговина»: a coordinated second head declines too.
    if (i === head + 2 && COORD.has(words[head + 1]!.toLowerCase())) return declineHead(w, opts, false);
    return frozen(w);
  });
}

function declineHead(w: string, opts: FormOptions, plural: boolean, nounGender?: Gender, neuter = false): Paradigm {
  if (plural) return declineWordParts(w, declinePluralNoun);
  const common = opts.kind === 'org' || NEUTER_HEAD_RE.test(w) || nounGender !== undefined || neuter;
  return declineHyphenated(w, common ? 'noun' : 'proper', opts.gender, nounGender);
}

/**
 * Hyphenated words: given names and place names decline only their last part («Касым-Жомарта»,
 * «Нови-Саде»), «X-на-Y» places only their first («Ростова-на-Дону»), surnames every part.
 */
function declineHyphenated(w: string, role: WordRole, gender?: Gender, nounGender?: Gender): Paradigm {
  if (!w.includes('-')) return declineWord(w, role, gender, nounGender);
  const parts = w.split('-');
  const naIdx = parts.findIndex((x, i) => i > 0 && /^(на|он|ам|де|ла)$/i.test(x));
  if (role === 'surname') return joinParts(parts.map((x) => declineWord(x, role, gender)));
  const declined = naIdx > 0 ? 0 : parts.length - 1;
  return joinParts(parts.map((x, i) => (i === declined ? declineWord(x, role, gender, nounGender) : frozen(x))));
}

function declineWordParts(w: string, f: (part: string) => Paradigm): Paradigm {
  const parts = w.split('-');
  return joinParts(parts.map((x, i) => (i === parts.length - 1 ? f(x) : frozen(x))));
}

function joinParts(parts: Paradigm[]): Paradigm {
  const res = frozen('');
  for (const slot of [...SINGULAR, 'pl'] as CaseSlot[]) res[slot] = combine(parts, slot, '-');
  return res;
}

/** Case-aligned product of the words' variants in one slot. */
function combine(paradigms: Paradigm[], slot: CaseSlot, sep = ' '): string[] {
  let acc: string[] = [''];
  for (const [i, pd] of paradigms.entries()) {
    const variants = slot === 'pl' ? pd.pl : pd[slot];
    if (variants.length === 0) return [];
    const next: string[] = [];
    for (const a of acc) for (const v of variants) next.push(i === 0 ? v : a + sep + v);
    acc = next;
  }
  return acc;
}
