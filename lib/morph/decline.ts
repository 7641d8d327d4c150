/**
 * Word-level Russian declension for proper names and the common nouns that head place and
 * organization names. Each function returns the forms per case slot; a slot may hold several
 * variants (unstressed/stressed endings) because over-generating a rare form costs nothing, while
 * missing one loses a match.
 */

export type CaseSlot = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'prep' | 'pl';
/** Forms per case slot; `pl` collects every plural form (we never need to tell them apart). */
export type Paradigm = Record<CaseSlot, string[]>;

export type WordRole = 'given' | 'surname' | 'patronymic' | 'noun' | 'adj' | 'proper';
export type Gender = 'm' | 'f';

const SIBILANT = 'жшщчц';
const VELAR_SIBILANT = 'гкхжшщч';

/** Endings of surnames and names that never decline (checked on the lowercase word). */
export const INDECLINABLE_ENDINGS = [
  'зода', 'заде', 'ко', 'ых', 'их', 'аго', 'яго', 'ово', 'ево', 'ино',
  'улы', 'уулу', 'кызы', 'ұлы', 'қызы', 'оглы', 'кизи',
];
const VOWEL_FINAL_INDECL = /[оеиуюэы]$/;

/** A paradigm where every slot is the word itself. */
export function frozen(w: string): Paradigm {
  return { nom: [w], gen: [w], dat: [w], acc: [w], ins: [w], prep: [w], pl: [] };
}

function p(nom: string, gen: string[], dat: string[], acc: string[], ins: string[], prep: string[], pl: string[] = []): Paradigm {
  return { nom: [nom], gen, dat, acc, ins, prep, pl };
}

/** True when a proper name with this ending does not decline for this role and gender. */
export function isIndeclinable(word: string, role: WordRole, gender?: Gender): boolean {
  if (role === 'adj') return false;
  const w = word.toLowerCase();
  if (INDECLINABLE_ENDINGS.some((e) => w.endsWith(e) && w.length > e.length + 1)) return true;
  if (role === 'noun') return false;
  if (VOWEL_FINAL_INDECL.test(w)) return true;
  // Women's surnames and names ending in a consonant or ь do not decline («Майей Гойкович»).
  if (gender === 'f' && (role === 'surname' || role === 'given') && /[^аяёоеиуюыэ]$/.test(w)) {
    return !(role === 'surname' && /(ова|ева|ёва|ина|ына|ая|яя)$/.test(w));
  }
  return false;
}

/** Adjective declension (Алматинская, Краснодарский, Грозный, Набережные, Достоевский). */
export function declineAdjective(w: string, animate = false): Paradigm | null {
  const l = w.toLowerCase();
  const end2 = l.slice(-2);
  const stem = w.slice(0, -2);
  const last = l.slice(-3, -2);
  const soft = end2 === 'ий' && !VELAR_SIBILANT.includes(last) ? true : end2 === 'яя' || end2 === 'ее';
  const plAdj = (s: string, v: string) => [s + v + 'е', s + v + 'х', s + v + 'м', s + v + 'ми'];
  switch (end2) {
    case 'ый':
    case 'ой':
    case 'ий': {
      const o = soft ? 'е' : 'о';
      // ы never follows к/г/х or a sibilant: Донской → Донским.
      const y = end2 === 'ий' || VELAR_SIBILANT.includes(last) ? 'и' : 'ы';
      // Accusative = genitive for people (Достоевского), = nominative for things (Краснодарский край).
      const acc = animate ? stem + o + 'го' : w;
      return p(w, [stem + o + 'го'], [stem + o + 'му'], [acc], [stem + y + 'м'], [stem + o + 'м'], plAdj(stem, y));
    }
    case 'ая':
    case 'яя': {
      const o = soft ? 'е' : 'о';
      const u = soft ? 'юю' : 'ую';
      const y = soft || VELAR_SIBILANT.includes(last) ? 'и' : 'ы';
      return p(w, [stem + o + 'й'], [stem + o + 'й'], [stem + u], [stem + o + 'й'], [stem + o + 'й'], plAdj(stem, y));
    }
    case 'ое':
    case 'ее': {
      const o = soft ? 'е' : 'о';
      // Каспийское → Каспийским (velar stem), Синее → Синим.
      const y = soft || VELAR_SIBILANT.includes(last) ? 'и' : 'ы';
      return p(w, [stem + o + 'го'], [stem + o + 'му'], [w], [stem + y + 'м'], [stem + o + 'м']);
    }
    case 'ые':
    case 'ие': {
      const y = end2 === 'ие' ? 'и' : 'ы';
      return p(w, [stem + y + 'х'], [stem + y + 'м'], [animate ? stem + y + 'х' : w], [stem + y + 'ми'], [stem + y + 'х']);
    }
    default:
      return null;
  }
}

/** Looks like an adjective form in the nominative (used to split «Алматинская область»). */
export function isAdjectiveNom(w: string): boolean {
  const l = w.toLowerCase();
  if (l.length < 4) return false;
  // Verbal nouns in -ние/-тие (управление, развитие) are nouns, not plural adjectives.
  if (/(ение|ание|тие|вие|ьие)$/.test(l)) return false;
  return /(ый|ий|ой|ая|яя|ое|ее|ые|ие)$/.test(l);
}

/** Possessive surnames in -ов/-ев/-ин/-ын (Туреханов, Путин) and their female forms. */
function declinePossessive(w: string, gender: Gender): Paradigm | null {
  const l = w.toLowerCase();
  if (gender === 'm' && /(ов|ев|ёв|ин|ын)$/.test(l)) {
    // Non-Russian -ин names (Мухриддин, Дарвин) take -ом; Russian ones (Путин) take -ым.
    const ins = /ин$/.test(l) ? [w + 'ым', w + 'ом'] : [w + 'ым'];
    return p(w, [w + 'а'], [w + 'у'], [w + 'а'], ins, [w + 'е'], [w + 'ы', w + 'ых', w + 'ым', w + 'ыми']);
  }
  if (gender === 'f' && /(ова|ева|ёва|ина|ына)$/.test(l)) {
    const s = w.slice(0, -1);
    return p(w, [s + 'ой'], [s + 'ой'], [s + 'у'], [s + 'ой'], [s + 'ой'], [s + 'ы', s + 'ых', s + 'ым', s + 'ыми']);
  }
  return null;
}

/** Noun declension by ending: consonant, -а/-я/-ия, -ь, -й/-ий, neuter -о/-е/-ие/-ье, plural -ы/-и. */
export interface NounOptions {
  /** Common neuter nouns in -о decline (министерство); proper names in -о do not (Косово). */
  neuterO?: boolean;
  /** People: accusative = genitive. */
  animate?: boolean;
  /** Gender of a -ь noun when known (from an agreeing adjective); both are generated otherwise. */
  gender?: Gender;
}

export function declineNoun(w: string, opts: NounOptions = {}): Paradigm {
  const l = w.toLowerCase();
  const last = l.slice(-1);
  const prev = l.slice(-2, -1);
  const s1 = w.slice(0, -1);
  if (l.endsWith('ия')) {
    return p(w, [s1 + 'и'], [s1 + 'и'], [s1 + 'ю'], [s1 + 'ей'], [s1 + 'и'], [s1 + 'и']);
  }
  if (last === 'а') {
    const gen = VELAR_SIBILANT.includes(prev) ? 'и' : 'ы';
    const ins = SIBILANT.includes(prev) ? [s1 + 'ей', s1 + 'ой'] : [s1 + 'ой'];
    return p(w, [s1 + gen], [s1 + 'е'], [s1 + 'у'], ins, [s1 + 'е'], [s1 + gen, s1, s1 + 'ам', s1 + 'ами', s1 + 'ах']);
  }
  if (last === 'я') {
    return p(w, [s1 + 'и'], [s1 + 'е'], [s1 + 'ю'], [s1 + 'ей'], [s1 + 'е'], [s1 + 'и']);
  }
  if (last === 'ь') {
    // Gender of -ь nouns is not visible in the word: Ярославля (m) / Твери (f); область is f.
    const m = p(w, [s1 + 'я'], [s1 + 'ю'], [opts.animate ? s1 + 'я' : w], [s1 + 'ем'], [s1 + 'е'], [s1 + 'и', s1 + 'ей']);
    const f = p(w, [s1 + 'и'], [s1 + 'и'], [w], [w + 'ю'], [s1 + 'и'], [s1 + 'и', s1 + 'ей']);
    return opts.gender === 'm' ? m : opts.gender === 'f' ? f : mergeParadigms(m, f);
  }
  if (l.endsWith('ий') || l.endsWith('ие')) {
    return p(w, [s1 + 'я'], [s1 + 'ю'], [opts.animate ? s1 + 'я' : w], [s1 + 'ем'], [s1 + 'и', s1 + 'е'], [s1 + 'и']);
  }
  if (last === 'й') {
    return p(w, [s1 + 'я'], [s1 + 'ю'], [opts.animate ? s1 + 'я' : w], [s1 + 'ем'], [s1 + 'е'], [s1 + 'и', s1 + 'ев']);
  }
  if (l.endsWith('ье')) {
    return p(w, [s1 + 'я'], [s1 + 'ю'], [w], [s1 + 'ем'], [s1 + 'е']);
  }
  if (last === 'о' && opts.neuterO) {
    return p(w, [s1 + 'а'], [s1 + 'у'], [w], [s1 + 'ом'], [s1 + 'е']);
  }
  if (last === 'е' && opts.neuterO) {
    // Common neuter nouns in -е (море, поле); proper names in -е do not decline (Кабо-Верде).
    return p(w, [s1 + 'я'], [s1 + 'ю'], [w], [s1 + 'ем'], [s1 + 'е']);
  }
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(l)) {
    const ins = SIBILANT.includes(last) ? [w + 'ем', w + 'ом'] : [w + 'ом'];
    const gen = VELAR_SIBILANT.includes(last) || last === 'ц' ? 'и' : 'ы';
    return p(w, [w + 'а'], [w + 'у'], [opts.animate ? w + 'а' : w], ins, [w + 'е'], [w + gen, w + 'ов', w + 'ей', w + 'ам', w + 'ами', w + 'ах']);
  }
  return frozen(w);
}

function mergeParadigms(a: Paradigm, b: Paradigm): Paradigm {
  const out = frozen(a.nom[0]!);
  for (const k of Object.keys(out) as CaseSlot[]) out[k] = [...new Set([...a[k], ...b[k]])];
  return out;
}

/** Plural nouns heading a name (Штаты → Штатов, Эмираты → Эмиратам). */
export function declinePluralNoun(w: string): Paradigm {
  if (!/[ыи]$/i.test(w)) return frozen(w);
  const s = w.slice(0, -1);
  return p(w, [s + 'ов', s + 'ей', s], [s + 'ам'], [w], [s + 'ами'], [s + 'ах']);
}

const PERSON_ROLES = new Set<WordRole>(['given', 'surname', 'patronymic']);

/**
 * Declines one word of a name by its role in the name and the bearer's gender. `nounGender`
 * is the grammatical gender of a common noun when an agreeing adjective shows it.
 */
export function declineWord(w: string, role: WordRole, gender?: Gender, nounGender?: Gender): Paradigm {
  if (isIndeclinable(w, role, gender)) return frozen(w);
  const l = w.toLowerCase();
  const animate = PERSON_ROLES.has(role);
  if (role === 'adj') return declineAdjective(w) ?? frozen(w);
  if (role === 'surname') {
    const g = gender ?? 'm';
    const poss = declinePossessive(w, g);
    if (poss) return poss;
    if (/(ский|цкий|ская|цкая|ой|ый|ий)$/.test(l) && l.length > 4) return declineAdjective(w, true) ?? frozen(w);
  }
  if (role === 'patronymic' && /(вич|ич)$/.test(l)) {
    return p(w, [w + 'а'], [w + 'у'], [w + 'а'], [w + 'ем'], [w + 'е']);
  }
  return declineNoun(w, { neuterO: role === 'noun', animate, gender: role === 'given' ? gender : nounGender });
}
