/**
 * Curated country aliases and abbreviations the press uses, and short display names where the
 * sources give a long or odd form. Keyed by ISO 3166-1 alpha-2.
 * Ambiguous abbreviations are left out on purpose: «РБ» (Беларусь or Башкортостан), «РТ»
 * (Таджикистан or Татарстан), "US" (the pronoun).
 */
export const COUNTRY_DISPLAY: Record<string, { ru?: string; en?: string }> = {
  NL: { en: 'Netherlands' },
  CZ: { ru: 'Чехия' },
  TR: { ru: 'Турция' },
  CI: { ru: 'Кот-д’Ивуар' },
  PS: { ru: 'Палестина', en: 'Palestine' },
  VA: { ru: 'Ватикан' },
  TL: { en: 'Timor-Leste' },
  MK: { ru: 'Северная Македония' },
  SZ: { ru: 'Эсватини' },
  XK: { ru: 'Косово' },
};

export const COUNTRY_ALIASES: Record<string, string[]> = {
  AE: ['ОАЭ', 'Объединённые Арабские Эмираты', 'UAE', 'Emirates'],
  AM: ['Республика Армения', 'Republic of Armenia'],
  AZ: ['Азербайджанская Республика', 'Republic of Azerbaijan'],
  BA: ['БиГ', 'BiH', 'Босния'],
  BY: ['Белоруссия', 'Республика Беларусь', 'Republic of Belarus', 'Belorussia'],
  CD: ['ДРК', 'ДР Конго', 'DRC', 'Congo-Kinshasa'],
  CF: ['ЦАР', 'CAR'],
  CG: ['Конго-Браззавиль', 'Congo-Brazzaville'],
  CN: ['КНР', 'Китайская Народная Республика', 'PRC', "People's Republic of China"],
  CZ: ['Чешская Республика', 'Czech Republic'],
  DE: ['ФРГ', 'Федеративная Республика Германия', 'Federal Republic of Germany'],
  GB: ['Великобритания', 'Соединённое Королевство', 'Британия', 'UK', 'U.K.', 'Britain', 'Great Britain'],
  GE: ['Sakartvelo'],
  IR: ['Исламская Республика Иран', 'Islamic Republic of Iran'],
  KG: ['Киргизия', 'Кыргызская Республика', 'КР', 'Kyrgyz Republic', 'Kirghizia'],
  KP: ['КНДР', 'Северная Корея', 'DPRK'],
  KR: ['Республика Корея', 'Южная Корея', 'Republic of Korea'],
  KZ: ['РК', 'Республика Казахстан', 'Republic of Kazakhstan', 'Qazaqstan', 'Қазақстан'],
  MD: ['Молдавия', 'Республика Молдова', 'Republic of Moldova'],
  MK: ['Македония', 'Macedonia'],
  MM: ['Бирма', 'Burma'],
  NL: ['Голландия', 'Holland', 'The Netherlands'],
  RS: ['Республика Сербия', 'Republic of Serbia', 'Србија'],
  RU: ['РФ', 'Российская Федерация', 'Russian Federation'],
  SA: ['КСА', 'Королевство Саудовская Аравия', 'KSA'],
  SZ: ['Свазиленд', 'Swaziland'],
  TJ: ['Республика Таджикистан', 'Republic of Tajikistan', 'Тоҷикистон'],
  TM: ['Туркмения', 'Turkmenia'],
  TR: ['Турецкая Республика', 'Türkiye', 'Turkiye'],
  UA: ['Ukraina'],
  US: ['США', 'Соединённые Штаты Америки', 'Соединённые Штаты', 'USA', 'U.S.', 'U.S.A.', 'United States of America'],
  UZ: ['РУз', 'Республика Узбекистан', 'Republic of Uzbekistan', "O'zbekiston"],
  ZA: ['ЮАР', 'Южно-Африканская Республика', 'RSA'],
};
