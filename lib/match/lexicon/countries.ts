/**
 * How institution names qualify their country, for the countries the news we serve writes about
 * most: «Министерство финансов» + «Республики Казахстан» / «Казахстана» / «РК», "Ministry of
 * Finance" + "of the Republic of Kazakhstan" / "of Kazakhstan", "Kazakh Foreign Ministry".
 * A text that says only «Министерством финансов» means its own country's ministry; these are the
 * qualified keys we try (folded: lowercase, ё→е). Other countries fall back to their dataset names.
 */

export interface CountryQualifiers {
  /** Genitive qualifiers after a Russian name. */
  ru: readonly string[];
  /** "of …" qualifiers after an English name (without "of"). */
  en: readonly string[];
  /** Adjectives before an English name ("Kazakh Foreign Ministry"). */
  enAdj: readonly string[];
}

const TABLE: Record<string, string> = {
  KZ: 'рк|республики казахстан|казахстана / the republic of kazakhstan|kazakhstan / kazakh|kazakhstan|kazakhstani',
  KG: 'кр|кыргызской республики|кыргызстана|киргизии / the kyrgyz republic|kyrgyzstan / kyrgyz|kyrgyzstan',
  RU: 'рф|российской федерации|россии / the russian federation|russia / russian',
  UZ: 'руз|республики узбекистан|узбекистана / the republic of uzbekistan|uzbekistan / uzbek|uzbekistan',
  TJ: 'рт|республики таджикистан|таджикистана / the republic of tajikistan|tajikistan / tajik|tajikistan',
  TM: 'туркменистана / turkmenistan / turkmen|turkmenistan',
  BY: 'рб|республики беларусь|беларуси|белоруссии / the republic of belarus|belarus / belarusian',
  AZ: 'азербайджанской республики|азербайджана / the republic of azerbaijan|azerbaijan / azerbaijani',
  AM: 'республики армения|армении / the republic of armenia|armenia / armenian',
  GE: 'грузии / georgia / georgian',
  UA: 'украины / ukraine / ukrainian',
  RS: 'республики сербия|сербии / the republic of serbia|serbia / serbian',
  CN: 'кнр|китайской народной республики|китая / the people\'s republic of china|china / chinese',
  IR: 'исламской республики иран|ирана / the islamic republic of iran|iran / iranian',
  TR: 'турецкой республики|турции / turkey|turkiye / turkish',
  US: 'сша / the united states|the us / us|american',
  AF: 'афганистана / afghanistan / afghan',
  MN: 'монголии / mongolia / mongolian',
};

const PARSED = new Map<string, CountryQualifiers>(
  Object.entries(TABLE).map(([iso, row]) => {
    const [ru = [], en = [], adj = []] = row.split(' / ').map((part) => part.split('|').filter(Boolean));
    return [iso, { ru, en, enAdj: adj }] as const;
  }),
);

/** The qualifiers of a country (ISO2), or null when the table does not list it. */
export function countryQualifiers(iso2: string): CountryQualifiers | null {
  return PARSED.get(iso2) ?? null;
}
