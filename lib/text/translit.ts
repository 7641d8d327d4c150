/**
 * A rough Cyrillic → Latin transliteration of folded keys, only for comparing names across
 * scripts (Гойкович ~ Gojkovic, Токаев ~ Tokayev). Not for display.
 */
const CYR_LAT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** CYR_LAT by char code from а (U+0430): no one-letter string per Cyrillic letter looked up. */
const CYR_LAT_BY_CODE: readonly (string | undefined)[] = Array.from({ length: 32 }, (_, k) => CYR_LAT[String.fromCharCode(0x430 + k)]);

/** Latin skeleton of a folded key: transliterated, with spelling variants merged (j/y, ks/x). */
export function latinSkeleton(key: string): string {
  let out = '';
  // By code unit: the table's letters are all in the BMP, and other code units pass through as
  // the code-point loop passed them (a surrogate pair is two units, appended in order).
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    const lat = c >= 0x430 && c < 0x450 ? CYR_LAT_BY_CODE[c - 0x430] : undefined;
    out += lat ?? key.charAt(i);
  }
  return out
    .replace(/j/g, 'y')
    .replace(/x/g, 'ks')
    .replace(/ch$/, 'c')
    .replace(/(kh|h)/g, 'h')
    .replace(/ye/g, 'e')
    .replace(/w/g, 'v')
    .replace(/[^a-z ]/g, '');
}
