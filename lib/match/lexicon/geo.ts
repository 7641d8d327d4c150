/**
 * Geographic names that are not countries, regions or cities, and so are not in the dataset:
 * continents, macro-regions, seas, historical and physical regions. News names them all the
 * time («в Центральной Азии», "across Central Asia", «на Каспии»), and their parts collide with
 * small places («Азия», "Central" region, «Банк»), so they are recognized as whole names first.
 *
 * Russian entries are lemmas (case forms are generated); `|` adds forms the generator cannot
 * make (plurals: «Балканы|Балкан|Балканах»).
 */
export const GEO_RU = [
  'Европа', 'Азия', 'Африка', 'Океания', 'Антарктида', 'Арктика', 'Евразия',
  'Северная Америка', 'Южная Америка', 'Латинская Америка', 'Центральная Америка',
  'Центральная Азия', 'Средняя Азия', 'Южная Азия', 'Восточная Азия', 'Юго-Восточная Азия', 'Западная Азия', 'Малая Азия',
  'Западная Европа', 'Восточная Европа', 'Центральная Европа', 'Южная Европа', 'Северная Европа',
  'Ближний Восток', 'Средний Восток', 'Дальний Восток', 'Северная Африка',
  'Кавказ', 'Южный Кавказ', 'Северный Кавказ', 'Закавказье', 'Скандинавия', 'Прибалтика', 'Сибирь', 'Урал',
  'Поволжье', 'Приаралье', 'Семиречье', 'Донбасс', 'Ферганская долина', 'Балканы|Балкан|Балканах|Балканам',
  'Черное море', 'Каспийское море', 'Каспий', 'Балтийское море', 'Средиземное море', 'Красное море',
  'Аральское море', 'Азовское море', 'Северное море', 'Баренцево море', 'Персидский залив',
  'Тихий океан', 'Атлантический океан', 'Индийский океан', 'Северный Ледовитый океан', 'Атлантика',
];

export const GEO_EN = [
  'Europe', 'Asia', 'Africa', 'Oceania', 'Antarctica', 'Arctic', 'Eurasia', 'North America', 'South America',
  'Latin America', 'Central America', 'Central Asia', 'South Asia', 'East Asia', 'Southeast Asia', 'West Asia',
  'Western Europe', 'Eastern Europe', 'Central Europe', 'Southern Europe', 'Northern Europe', 'Middle East',
  'Far East', 'Near East', 'North Africa', 'Caucasus', 'South Caucasus', 'North Caucasus', 'Scandinavia',
  'Balkans', 'Baltics', 'Siberia', 'Urals', 'Donbas', 'Donbass', 'Fergana Valley', 'Ferghana Valley',
  'Black Sea', 'Caspian Sea', 'Baltic Sea', 'Mediterranean', 'Mediterranean Sea', 'Red Sea',
  'Aral Sea', 'Sea of Azov', 'North Sea', 'Persian Gulf', 'Pacific Ocean', 'Atlantic Ocean', 'Indian Ocean', 'Arctic Ocean', 'Sahel', 'Horn of Africa',
];

/** Adjectives made from those names: "Central Asian", «центральноазиатский» are not mentions. */
export const GEO_ADJECTIVES_EN = [
  'Central Asian', 'South Asian', 'East Asian', 'Southeast Asian', 'Middle Eastern', 'Eastern European',
  'Western European', 'Central European', 'North African', 'Latin American', 'South Caucasian',
];
