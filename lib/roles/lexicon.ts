/**
 * Words that head a post in an apposition («посол», «министр», "Minister"), with all their case
 * forms mapped back to the nominative, and the modifiers that may stand before them.
 */
import { declineNoun } from '../morph/decline';

/** Nominative role heads; «base|stem» gives a stem for fleeting vowels (посол → посла). */
const HEADS_RU = `
посол|посл министр замминистра заместитель председатель сопредседатель зампред президент вице-президент
премьер-министр премьер вице-премьер глава руководитель директор гендиректор советник помощник спикер
депутат сенатор губернатор аким хоким хаким мэр секретарь госсекретарь генсек пресс-секретарь представитель
спецпредставитель полпред посланник консул генконсул атташе канцлер король королева принц эмир султан
начальник командующий главнокомандующий лидер основатель владелец|владельц омбудсмен судья прокурор
генпрокурор префект уполномоченный управляющий ректор президента-элект вице-спикер
`;

const HEADS_EN = `
ambassador minister secretary president vice-president premier chairman chairwoman chair speaker
governor mayor envoy representative spokesman spokeswoman spokesperson director head chief leader
chancellor king queen prince emir sultan deputy adviser advisor senator commissioner ceo founder
`;

/** Modifiers that may precede a head («первый заместитель», «генеральный директор»). */
const MODIFIERS_RU = /^(перв|втор|генеральн|чрезвычайн|полномочн|верховн|главн|временн|исполняющ|специальн|постоянн|национальн|вице|зам|бывш|нов|экс)/;
const MODIFIERS_EN = /^(deputy|vice|first|foreign|prime|acting|former|special|permanent|general|chief|senior|interior|defence|defense|finance|economy|trade)$/;

const FORM_TO_BASE = new Map<string, string>();
for (const entry of HEADS_RU.split(/\s+/).filter(Boolean)) {
  const [base, stem] = entry.split('|') as [string, string | undefined];
  FORM_TO_BASE.set(base, base);
  const last = base.split('-').pop()!;
  const prefix = base.slice(0, base.length - last.length);
  const paradigm = /(ий|ый)$/.test(last) ? null : declineNoun(stem ? stem + 'а' : last, { animate: true });
  if (paradigm) {
    // With a fleeting vowel we declined «посла» as an -а noun; only the oblique endings are right.
    for (const forms of Object.values(paradigm)) {
      for (const f of forms) {
        const surface = stem ? stem + f.slice(stem.length) : f;
        if (stem && surface === stem + 'ы') continue;
        FORM_TO_BASE.set((prefix + surface).replace(/-/g, ' '), base);
      }
    }
    if (stem) for (const end of ['а', 'у', 'ом', 'е', 'ы', 'ов', 'ам', 'ами', 'ах']) FORM_TO_BASE.set(stem + end, base);
  } else {
    const s = last.slice(0, -2);
    for (const end of ['ий', 'его', 'ему', 'им', 'ем', 'ого', 'ому', 'ым', 'ом', 'ый']) FORM_TO_BASE.set(prefix.replace(/-/g, ' ') + s + end, base);
  }
}
for (const w of HEADS_EN.split(/\s+/).filter(Boolean)) FORM_TO_BASE.set(w, w);

/** The nominative of a role head word (folded form, hyphen parts joined by a space), or null. */
export function roleBase(norm: string): string | null {
  return FORM_TO_BASE.get(norm) ?? null;
}

/** True when the folded word is a role head in any case form. */
export function isRoleWord(norm: string): boolean {
  return FORM_TO_BASE.has(norm);
}

/** True when the folded word may modify a role head. */
export function isRoleModifier(norm: string, lang: 'ru' | 'en'): boolean {
  return lang === 'ru' ? MODIFIERS_RU.test(norm) : MODIFIERS_EN.test(norm);
}
