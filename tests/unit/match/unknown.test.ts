import { describe, expect, test } from 'vitest';
import { en, find, recognizer, ru } from './helpers';
import { isGivenName } from '../../../lib/match/unknown';

describe('people named by a given name outside the lexicon', () => {
  test.each([
    ['По словам Жасулана Калиева, сделка закрыта.', 'Жасулана Калиева'],
    ['Награду вручили Виолетте Козловой.', 'Виолетте Козловой'],
    ['Заявление сделал Ермухамет Сапаров.', 'Ермухамет Сапаров'],
    ['Вместе с Бекзатом Нургалиевым работал его брат.', 'Бекзатом Нургалиевым'],
  ])('%s', (text, name) => {
    expect(ru(text).map((m) => [m.text, m.type])).toEqual([[name, 'PER']]);
  });

  test.each([
    ['Министр Алия Сарсенова заявила о реформе.', 'Алия Сарсенова'],
    ['Депутат Ольга Булавкина выступила против.', 'Ольга Булавкина'],
  ])('a role word opening the sentence stays outside the name: %s', (text, name) => {
    expect(ru(text).map((m) => m.text)).toEqual([name]);
  });

  test.each([
    ['Посол Сербии Дик Схоф вручил верительные грамоты.', 'Дик Схоф'],
    ['Заместитель министра иностранных дел Таджикистана Леван Гехт прибыл в Астану.', 'Леван Гехт'],
    ['Глава МИД РК Бадр Абдель Аты провел переговоры.', 'Бадр Абдель Аты'],
  ])('a title and its complement (a country, a ministry) introduce a name no lexicon has: %s', (text, name) => {
    const m = find(ru(text), name);
    expect(m?.type).toBe('PER');
    expect(m?.entityId).toBeNull();
  });

  test.each([
    ['В аэропорту имени Шарля де Голля приземлился самолет.', 'Шарля де Голля'],
    ['Картину Леонардо да Винчи показали в Лувре.', 'Леонардо да Винчи'],
    ['Встреча с Яном ван ден Бергом прошла в Астане.', 'Яном ван ден Бергом'],
  ])('a name particle joins the words of one name, not a sentence\'s first word: %s', (text, name) => {
    const m = find(ru(text), name);
    expect(m?.type).toBe('PER');
    expect(m?.entityId).toBeNull();
  });

  test('a particle between names of different things joins nothing', () => {
    expect(ru('Мы видели Астану да Алматы.').filter((m) => m.type === 'PER')).toEqual([]);
  });

  test.each([
    // The word before the name is a person's, not a complement: the title is that person's.
    ['Директор центра ISSAI Хусейн Атакан Варол дал интервью.', 'Атакан Варол'],
    // A break between the complement and the next capitalized words.
    ['Выступил министр энергетики Казахстана. Дик Схоф ответил позже.', 'Дик Схоф'],
  ])('no title cue across a person or a break: %s', (text, notAName) => {
    expect(ru(text).find((m) => m.text === notAName && m.type === 'PER')).toBeUndefined();
  });

  test.each([['Северный Каменев'], ['Московская Ивановка']])('adjective + surname-like word is no person: %s', (pair) => {
    expect(ru(`Мы проехали ${pair} вчера.`).filter((m) => m.type === 'PER')).toEqual([]);
  });
});

describe('names not in the dataset', () => {
  test.each([
    ['Встречу провёл Пётр Иванов.', 'Пётр Иванов', 'PER'],
    ['Об этом сообщила Айгерим Нурланова.', 'Айгерим Нурланова', 'PER'],
    ['Слово взял Ерлан Карин.', 'Ерлан Карин', 'PER'],
    ['Доклад сделал Иван Петрович Сидоренко.', 'Иван Петрович Сидоренко', 'PER'],
    ['В совещании участвовал Нурлан Кемелулы.', 'Нурлан Кемелулы', 'PER'],
    ['Сообщение подписал А. Бекмуханов.', 'А. Бекмуханов', 'PER'],
    ['Как заявил министр Жумангарин, цены стабильны.', 'Жумангарин', 'PER'],
    ['Работы ведёт компания «Казахмыс».', 'Казахмыс', 'ORG'],
    ['Контракт получило ТОО «Шымкент Строй».', 'ТОО «Шымкент Строй»', 'ORG'],
    ['Проект одобрил ЕАБР в среду.', 'ЕАБР', 'ORG'],
    ['Проект одобрило Министерство энергетики в среду.', 'Министерство энергетики', 'ORG'],
    ['Акция прошла в городе Кокшетау.', 'Кокшетау', 'LOC'],
  ] as const)('%s → %s', (text, written, type) => {
    const m = find(ru(text), written);
    expect(m?.type).toBe(type);
    expect(m?.entityId).toBeNull();
  });

  test('unknown names get their base form', () => {
    expect(find(ru('Встреча с Петром Ивановым.'), 'Петром Ивановым')?.name).toBe('Петр Иванов');
  });

  test.each([
    ['Особое внимание было уделено IT-проектам.'],
    ['Кроме того, Стороны отметили важность СМИ.'],
    ['Административным центром края является город.'],
  ])('no unknown names in %s', (text) => {
    expect(ru(text)).toEqual([]);
  });

  test('a namesake of a dataset person is not linked to them', () => {
    const m = find(ru('Выступил Алексей Туреханов из Костаная.'), 'Алексей Туреханов');
    expect(m?.entityId).toBeNull();
    expect(m?.candidates?.[0]?.entityId).toBe('person:valikhan-turekhanov');
  });

  test('English unknown organizations by abbreviation', () => {
    expect(find(recognizer.recognize('The deal was backed by EBRD officials.', { lang: 'en' }), 'EBRD')?.type).toBe('ORG');
  });
});

describe('coreference', () => {
  test('a later bare surname links to the full name (female, indeclinable)', () => {
    const ms = ru('Делегация встретилась с Майей Гойкович. Гойкович подтвердила намерение.');
    expect(find(ms, 'Гойкович')?.entityId).toBe('person:maja-gojkovic');
  });

  test('across chunks of one document', () => {
    const [, second] = recognizer.recognizeDocument(['Посол встретился с Валиханом Турехановым.', 'Туреханов отметил рост.'], { lang: 'ru' });
    expect(find(second!, 'Туреханов')?.entityId).toBe('person:valikhan-turekhanov');
  });

  test('a bare surname nothing supports is a person with candidates, not a link', () => {
    const m = find(ru('Туреханов отметил рост.'), 'Туреханов');
    expect(m?.type).toBe('PER');
    expect(m?.entityId).toBeNull();
    expect(m?.candidates?.[0]?.entityId).toBe('person:valikhan-turekhanov');
  });

  test('unknown people: a later bare surname in another case', () => {
    const ms = ru('Встречу провёл Пётр Сидоренко. Позже Сидоренко уехал.');
    const bare = ms.filter((m) => m.text === 'Сидоренко');
    expect(bare).toHaveLength(1);
    expect(bare[0]!.name).toBe('Пётр Сидоренко');
  });
});

describe('English people outside the dataset', () => {
  test.each([
    ['Hungarian Prime Minister Viktor Orban said Budapest would veto it.', 'Viktor Orban', 'Hungarian Prime Minister'],
    ['EU Trade Commissioner Maros Sefcovic met the delegation.', 'Maros Sefcovic', 'EU Trade Commissioner'],
    ['Finance Minister Mehmet Simsek told investors the plan was on track.', 'Mehmet Simsek', 'Finance Minister'],
    ['Governor Fatih Karahan said policy would stay tight.', 'Fatih Karahan', 'Governor'],
  ])('a capitalized title stays outside the name: %s', (text, name, role) => {
    const per = en(text).filter((m) => m.type === 'PER');
    expect(per.map((m) => [m.text, m.entityId, m.role])).toEqual([[name, null, role]]);
  });

  test.each([
    ['The talks were led by Bernd Lange, who chairs the committee.', 'Bernd Lange'],
    ['Production manager Yevgeny Stelmakhov said output rose.', 'Yevgeny Stelmakhov'],
    ['Chinese Commerce Minister Wang Wentao flew in on Monday.', 'Wang Wentao'],
    ['The deal was signed by Zheng Shanjie in Beijing.', 'Zheng Shanjie'],
  ])('given-name lexicon, surname endings and surname-first names: %s', (text, name) => {
    expect(en(text).filter((m) => m.type === 'PER').map((m) => [m.text, m.entityId])).toEqual([[name, null]]);
  });

  test('a later bare surname takes the full name found earlier', () => {
    const per = en('Finance Minister Mehmet Simsek spoke first. Simsek said the deficit would narrow.').filter((m) => m.type === 'PER');
    expect(per.map((m) => [m.text, m.name])).toEqual([
      ['Mehmet Simsek', 'Mehmet Simsek'],
      ['Simsek', 'Mehmet Simsek'],
    ]);
  });

  test.each([['May'], ['Will'], ['Grant'], ['Hope'], ['Paris']])('a given name that is also a common word or place is no person alone: %s Peters', (w) => {
    expect(isGivenName(w.toLowerCase())).toBe(false);
  });
});

describe('Russian people outside the dataset with indeclinable surname endings', () => {
  test.each([
    ['Об этом сообщил Сулхан Тамазашвили.', 'Сулхан Тамазашвили'],
    ['Переговоры провёл Гурген Арутюнян.', 'Гурген Арутюнян'],
    ['С докладом выступил Чжэн Шаньцзе.', 'Чжэн Шаньцзе'],
  ])('%s', (text, name) => {
    expect(ru(text).filter((m) => m.type === 'PER').map((m) => m.text)).toEqual([name]);
  });
});

describe('occupations and nationalities before names outside the lexicon', () => {
  test.each([
    ['Казахстанский боксёр победил британца Дензела Бентли.', 'Дензела Бентли'],
    ['Промоутер Боб Арум доволен результатом.', 'Боб Арум'],
    ['The boxer Denzel Bentley lost on points.', 'Denzel Bentley'],
  ])('%s', (text, name) => {
    const lang = /[а-я]/i.test(text) ? ru : en;
    expect(lang(text).filter((m) => m.type === 'PER').map((m) => m.text)).toEqual([name]);
  });
});
