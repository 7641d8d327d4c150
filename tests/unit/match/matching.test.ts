import { describe, expect, test } from 'vitest';
import { find, ru, recognizer } from './helpers';

describe('dictionary matching of inflected names', () => {
  test.each([
    ['Встреча с Валиханом Турехановым прошла в Душанбе.', 'Валиханом Турехановым', 'person:valikhan-turekhanov'],
    ['Письмо Нигине Ализода передали вчера.', 'Нигине Ализода', 'person:nigina-alizoda'],
    ['Делегация встретилась с Майей Гойкович.', 'Майей Гойкович', 'person:maja-gojkovic'],
    ['Об этом заявил Касым-Жомарт Кемелевич Токаев.', 'Касым-Жомарт Кемелевич Токаев', 'person:kassym-jomart-tokayev'],
    ['Переговоры прошли в Сербии и Таджикистане.', 'Сербии', 'country:RS'],
    ['Соглашение с Алматинской областью подписано.', 'Алматинской областью', 'region:1537162'],
    ['Форум пройдёт в Нови-Саде.', 'Нови-Саде', 'city:3194360'],
    ['Форум пройдёт в Нови Саде.', 'Нови Саде', 'city:3194360'],
    ['Контакты с Воеводиной расширяются.', 'Воеводиной', 'region:784272'],
    ['Представители Соединённых Штатов Америки приехали.', 'Соединённых Штатов Америки', 'country:US'],
    ['Так сообщили в Министерстве иностранных дел Республики Казахстан.', 'Министерстве иностранных дел Республики Казахстан', 'org:mfa-kz'],
    ['Заявление МИД РК опубликовано.', 'МИД РК', 'org:mfa-kz'],
    ['Заявление ООН опубликовано.', 'ООН', 'org:un'],
  ])('%s', (text, written, id) => {
    expect(find(ru(text), written)?.entityId).toBe(id);
  });

  test('adjective + noun fallback for regions without generated forms', () => {
    expect(find(ru('Паводок в Нижней Австрии усилился.'), 'Нижней Австрии')?.entityId).toBe('region:3000001');
  });

  test('lemma fallback finds small towns whose forms were not generated', () => {
    const m = find(ru('Рабочие в Жанаозене вышли на смену.'), 'Жанаозене');
    expect(m?.entityId).toBe('city:1516589');
    // The display name comes from the dataset, in the nominative.
    expect(m?.name).toBe('Жанаозен');
  });

  test.each([
    ['Российский бизнес и сербской стороны, казахско-таджикского сотрудничества.'],
    ['Посол подчеркнул важность диалога. Стороны отметили успехи. Особое внимание уделено связям.'],
    ['Заря новой эпохи.'],
    ['мид и оон пишутся строчными только с ошибкой.'],
  ])('no mentions in %s', (text) => {
    expect(ru(text)).toEqual([]);
  });

  test('a place name that is a common word matches mid-sentence with a capital', () => {
    expect(find(ru('Жители посёлка Заря получили воду.'), 'Заря')?.entityId).toBe('city:9000001');
  });

  test('initials with a surname', () => {
    expect(find(ru('Об этом сказал В. Туреханов.'), 'В. Туреханов')?.entityId).toBe('person:valikhan-turekhanov');
  });

  test('offsets are JS string offsets into the text', () => {
    const text = '«Ёлки» — в Сербии 😀 и в Нови-Саде.';
    for (const m of recognizer.recognize(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('fuzzy matching of transliteration variants', () => {
  test.each([
    ['Talks with Maja Gojkovic ended.', 'person:maja-gojkovic'],
    ['Talks with Maja Gojković ended.', 'person:maja-gojkovic'],
    ['President Kassym-Jomart Tokayev said so.', 'person:kassym-jomart-tokayev'],
    ['Президент Тоқаев заявил об этом.', 'person:kassym-jomart-tokayev'],
    ['The minister met Maja Gojkovich on Monday.', 'person:maja-gojkovic'],
  ])('%s', (text, id) => {
    expect(recognizer.recognize(text).some((m) => m.entityId === id)).toBe(true);
  });

  test('lowercase words never fuzzy-match', () => {
    expect(recognizer.recognize('the serbia-bound gojkovic letters', { lang: 'en' })).toEqual([]);
  });
});

describe('English pages use the same dataset', () => {
  test('names, countries and organizations', () => {
    const ms = recognizer.recognize('Kazakhstan and Serbia signed a deal in Novi Sad, the UN said.', { lang: 'en' });
    expect(ms.map((m) => m.entityId)).toEqual(['country:KZ', 'country:RS', 'city:3194360', 'org:un']);
    expect(ms[0]!.name).toBe('Kazakhstan');
  });
});
