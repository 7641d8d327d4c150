/**
 * Query-side stemming so an inflected query finds a base-form name: «Алматинской» → «алматинск»,
 * «Гойковичем» → «гойкович», «Сербии» → «серби». Crude on purpose: the stem is only used as a
 * prefix, and a stem shorter than three letters is never produced.
 */
const ENDINGS = [
  'ами', 'ями', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ской', 'ская', 'ский', 'ского', 'скому', 'ском',
  'ой', 'ей', 'ий', 'ый', 'ая', 'яя', 'ое', 'ее', 'ую', 'юю', 'ом', 'ем', 'ам', 'ям', 'ах', 'ях', 'ов', 'ев',
  'ы', 'и', 'а', 'я', 'у', 'ю', 'е', 'о', 'ь',
].sort((a, b) => b.length - a.length);

const MIN_STEM = 3;

/** Strips the longest Russian inflection ending (keeping «-ск» of adjectives); Latin words pass through. */
export function stemWord(word: string): string {
  if (!/[\u0430-\u044f]$/.test(word)) return word;
  for (const e of ENDINGS) {
    if (word.endsWith(e) && word.length - e.length >= MIN_STEM) {
      const stem = word.slice(0, word.length - e.length);
      return e.startsWith('ск') ? `${stem}ск` : stem;
    }
  }
  return word;
}
