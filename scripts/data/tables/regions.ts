/**
 * Hand-written first-level regions where the sources are stale or lack Russian names:
 * Kazakhstan after the 2018 and 2022 reforms (Turkistan instead of South Kazakhstan; Abai, Zhetysu,
 * Ulytau created in 2022), cities of republican significance named as cities, Central Asian
 * capitals that GeoNames lists as admin-1 units, and Vojvodina. Keyed by GeoNames id.
 */
export interface RegionOverride {
  ru: string;
  en: string;
  aliases?: string[];
}

export const REGION_OVERRIDES: Record<string, RegionOverride> = {
  // Kazakhstan
  '607847': { ru: 'Западно-Казахстанская область', en: 'West Kazakhstan Region', aliases: ['ЗКО'] },
  '608879': { ru: 'Мангистауская область', en: 'Mangystau Region', aliases: ['Мангыстауская область'] },
  '609862': { ru: 'Атырауская область', en: 'Atyrau Region' },
  '610688': { ru: 'Актюбинская область', en: 'Aktobe Region' },
  '1517381': { ru: 'Восточно-Казахстанская область', en: 'East Kazakhstan Region', aliases: ['ВКО'] },
  '1518003': { ru: 'Акмолинская область', en: 'Akmola Region' },
  '1519367': { ru: 'Северо-Казахстанская область', en: 'North Kazakhstan Region', aliases: ['СКО'] },
  '1520239': { ru: 'Павлодарская область', en: 'Pavlodar Region' },
  '1521406': { ru: 'Кызылординская область', en: 'Kyzylorda Region' },
  '1521671': { ru: 'Костанайская область', en: 'Kostanay Region' },
  '1523401': { ru: 'Карагандинская область', en: 'Karaganda Region' },
  '1524444': { ru: 'Жамбылская область', en: 'Jambyl Region', aliases: ['Zhambyl Region'] },
  '1524787': {
    ru: 'Туркестанская область',
    en: 'Turkistan Region',
    aliases: ['Южно-Казахстанская область', 'ЮКО', 'South Kazakhstan Region'],
  },
  '1537162': { ru: 'Алматинская область', en: 'Almaty Region' },
  '12510143': { ru: 'Абайская область', en: 'Abai Region', aliases: ['область Абай', 'Abay Region'] },
  '12510144': { ru: 'Жетысуская область', en: 'Zhetysu Region', aliases: ['область Жетысу', 'Jetisu Region'] },
  '12510145': { ru: 'Улытауская область', en: 'Ulytau Region', aliases: ['область Улытау'] },
  '1526395': { ru: 'город Алматы', en: 'City of Almaty' },
  '1537272': { ru: 'город Шымкент', en: 'City of Shymkent' },
  '1538317': { ru: 'город Астана', en: 'City of Astana' },
  '1538316': { ru: 'город Байконыр', en: 'City of Baikonur' },
  // Kyrgyzstan
  '1528334': { ru: 'город Бишкек', en: 'City of Bishkek' },
  '10300944': { ru: 'город Ош', en: 'City of Osh' },
  '1528260': { ru: 'Иссык-Кульская область', en: 'Issyk-Kul Region' },
  '1538652': { ru: 'Чуйская область', en: 'Chuy Region' },
  // Tajikistan
  '7280679': { ru: 'город Душанбе', en: 'City of Dushanbe' },
  '1221692': { ru: 'Горно-Бадахшанская автономная область', en: 'Gorno-Badakhshan', aliases: ['ГБАО'] },
  '6452615': { ru: 'Районы республиканского подчинения', en: 'Districts of Republican Subordination' },
  '1221092': { ru: 'Согдийская область', en: 'Sughd Region' },
  '1347488': { ru: 'Хатлонская область', en: 'Khatlon Region' },
  // Turkmenistan
  '162182': { ru: 'город Ашхабад', en: 'City of Ashgabat' },
  '162181': { ru: 'Ахалский велаят', en: 'Ahal Region' },
  '601465': { ru: 'Дашогузский велаят', en: 'Dashoguz Region' },
  // Uzbekistan
  '1484839': { ru: 'город Ташкент', en: 'City of Tashkent' },
  '453752': { ru: 'Республика Каракалпакстан', en: 'Karakalpakstan', aliases: ['Каракалпакстан'] },
  // Serbia
  '784272': {
    ru: 'Воеводина',
    en: 'Vojvodina',
    aliases: ['Автономный край Воеводина', 'Autonomous Province of Vojvodina', 'АК Воеводина'],
  },
  // Azerbaijan: GeoNames has only the Soviet-era English name and no current spelling.
  '147435': {
    ru: 'Нахичеванская Автономная Республика',
    en: 'Nakhchivan Autonomous Republic',
    aliases: ['Нахичевань', 'Нахчыван', 'Nakhchivan', 'Nakhichevan', 'Naxçıvan'],
  },
};
