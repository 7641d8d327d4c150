/**
 * A rough Cyrillic → Latin transliteration of folded keys, only for comparing names across
 * scripts (Гойкович ~ Gojkovic, Токаев ~ Tokayev). Not for display.
 */
const CYR_LAT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** Latin skeleton of a folded key: transliterated, with spelling variants merged (j/y, ks/x). */
export function latinSkeleton(key: string): string {
  let out = '';
  for (const ch of key) out += CYR_LAT[ch] ?? ch;
  return out
    .replace(/j/g, 'y')
    .replace(/x/g, 'ks')
    .replace(/ch$/, 'c')
    .replace(/(kh|h)/g, 'h')
    .replace(/ye/g, 'e')
    .replace(/w/g, 'v')
    .replace(/[^a-z ]/g, '');
}
