/**
 * Russian names for cities where the alternate-name heuristic is wrong or a former name is still
 * common in the press. Keyed by GeoNames id; the build fails if an id is not in cities15000.
 */
export interface CityOverride {
  ru: string;
  en?: string;
  aliases?: string[];
}

export const CITY_OVERRIDES: Record<string, CityOverride> = {
  '1526273': { ru: 'Астана', aliases: ['Нур-Султан', 'Акмола', 'Целиноград', 'Акмолинск', 'Nur-Sultan', 'Akmola', 'Tselinograd'] },
  '1526384': { ru: 'Алматы', aliases: ['Алма-Ата', 'Alma-Ata', 'Верный'] },
  '1518980': { ru: 'Шымкент', aliases: ['Чимкент', 'Chimkent'] },
  '610612': { ru: 'Актау', en: 'Aktau', aliases: ['Шевченко', 'Shevchenko', 'Aqtau'] },
  '608668': { ru: 'Уральск', aliases: ['Орал', 'Uralsk'] },
  '609655': { ru: 'Караганда', aliases: ['Karaganda'] },
  '610529': { ru: 'Атырау', aliases: ['Гурьев'] },
  '610611': { ru: 'Актобе', aliases: ['Актюбинск', 'Aktyubinsk'] },
  '1516589': { ru: 'Жезказган', aliases: ['Jezkazgan', 'Zhezkazgan'] },
  '1516905': { ru: 'Тараз', aliases: ['Джамбул', 'Жамбыл'] },
  '1517945': { ru: 'Туркестан', aliases: ['Туркистан', 'Turkistan'] },
  '1518542': { ru: 'Талдыкорган', aliases: ['Taldykorgan'] },
  '1519422': { ru: 'Семей', aliases: ['Семипалатинск', 'Semipalatinsk'] },
  '1519922': { ru: 'Кызылорда', aliases: ['Kyzylorda'] },
  '1519928': { ru: 'Костанай', aliases: ['Кустанай', 'Kostanay'] },
  '1519948': { ru: 'Конаев', aliases: ['Капчагай', 'Kapchagay', 'Qonaev'] },
  '1520172': { ru: 'Петропавловск', aliases: ['Петропавл', 'Petropavlovsk'] },
  '1520240': { ru: 'Павлодар' },
  '1520316': { ru: 'Усть-Каменогорск', aliases: ['Оскемен', 'Oskemen'] },
  '1521368': { ru: 'Байконур', aliases: ['Байконыр', 'Baikonur'] },
  '1522203': { ru: 'Кокшетау', aliases: ['Кокчетав', 'Kokchetav'] },
  '1528675': { ru: 'Бишкек', aliases: ['Фрунзе'] },
  '1527534': { ru: 'Ош' },
  '1528249': { ru: 'Джалал-Абад', aliases: ['Жалал-Абад'] },
  '1221874': { ru: 'Душанбе', aliases: ['Сталинабад'] },
  '1514879': { ru: 'Худжанд', aliases: ['Ленинабад', 'Khujand', 'Khodjent'] },
  '1220747': { ru: 'Бохтар', aliases: ['Курган-Тюбе', 'Kurgan-Tyube'] },
  '1512569': { ru: 'Ташкент', aliases: ['Toshkent'] },
  '1216265': { ru: 'Самарканд', aliases: ['Samarqand'] },
  '1217662': { ru: 'Бухара', aliases: ['Buxoro'] },
  '1513157': { ru: 'Наманган' },
  '1514019': { ru: 'Фергана', aliases: ["Farg'ona"] },
  '601294': { ru: 'Нукус' },
  '162183': { ru: 'Ашхабад', aliases: ['Ашгабат', 'Ashkhabad'] },
  '3194360': { ru: 'Нови-Сад', aliases: ['Нови Сад'] },
  '792680': { ru: 'Белград', aliases: ['Београд', 'Beograd'] },
  '789128': { ru: 'Крагуевац', aliases: ['Крагујевац'] },
  '524901': { ru: 'Москва' },
  '498817': { ru: 'Санкт-Петербург', aliases: ['Петербург', 'Ленинград', 'St. Petersburg'] },
  '703448': { ru: 'Киев', aliases: ['Київ', 'Kiev'] },
  '625144': { ru: 'Минск' },
  '2643743': { ru: 'Лондон' },
  '4140963': { ru: 'Вашингтон' },
  '1816670': { ru: 'Пекин', aliases: ['Peking'] },
};
