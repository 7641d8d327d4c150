import { describe, expect, test } from 'vitest';
import { generateForms } from '../../../lib/morph/forms';

describe('generateForms: neuter and -ий place names', () => {
  test.each([
    ['Каспийское море', ['Каспийского моря', 'Каспийскому морю', 'Каспийским морем', 'Каспийском море']],
    ['Баренцево море', ['Баренцево море']],
    ['Каспий', ['Каспия', 'Каспию', 'Каспием', 'Каспии']],
    ['Донской район', ['Донского района', 'Донским районом']],
    ['Грозный', ['Грозного', 'Грозным']],
  ] as const)('%s', (name, expected) => {
    const forms = generateForms(name, { kind: 'place' });
    for (const f of expected) expect(forms).toContain(f);
  });

  test.each([['Каспийское море', 'Каспийскым море'], ['Каспий', 'Каспего'], ['Донской район', 'Донскым районом']])('%s never gives %s', (name, wrong) => {
    expect(generateForms(name, { kind: 'place' })).not.toContain(wrong);
  });
});

describe('generateForms: people', () => {
  test.each([
    ['Валихан Туреханов', 'm', ['Валихана Туреханова', 'Валихану Туреханову', 'Валиханом Турехановым', 'Валихане Туреханове']],
    ['Нигина Ализода', 'f', ['Нигины Ализода', 'Нигиной Ализода', 'Нигину Ализода']],
    ['Майя Гойкович', 'f', ['Майи Гойкович', 'Майей Гойкович', 'Майю Гойкович']],
    ['Мади Атамкулов', 'm', ['Мади Атамкулова', 'Мади Атамкуловым']],
    ['Мария Захарова', 'f', ['Марии Захаровой', 'Марию Захарову']],
    ['Фёдор Достоевский', 'm', ['Фёдора Достоевского', 'Фёдором Достоевским']],
    ['Касым-Жомарт Токаев', 'm', ['Касым-Жомарта Токаева', 'Касым-Жомартом Токаевым']],
    ['Тарас Шевченко', 'm', ['Тараса Шевченко']],
    ['Сергей Седых', 'm', ['Сергея Седых']],
    ['Александар Вучич', 'm', ['Александара Вучича', 'Александаром Вучичем']],
  ] as const)('%s (%s)', (name, gender, expected) => {
    const forms = generateForms(name, { kind: 'person', gender });
    for (const f of expected) expect(forms).toContain(f);
  });

  test.each([
    ['Майя Гойкович', 'Майей Гойковичем'],
    ['Нигина Ализода', 'Нигиной Ализодой'],
    ['Валихан Туреханов', 'Валихан Туреханова'],
  ])('%s never gives %s', (name, wrong) => {
    const gender = name.startsWith('Валихан') ? 'm' : 'f';
    expect(generateForms(name, { kind: 'person', gender })).not.toContain(wrong);
  });

  test('surname plurals', () => {
    expect(generateForms('Туреханов', { kind: 'surname', gender: 'm' })).toEqual(expect.arrayContaining(['Турехановы', 'Турехановых']));
  });
});

describe('generateForms: places and organizations', () => {
  test.each([
    ['Сербия', ['Сербии', 'Сербию', 'Сербией']],
    ['Казахстан', ['Казахстана', 'Казахстане', 'Казахстаном']],
    ['Китай', ['Китая', 'Китае', 'Китаем']],
    ['Воеводина', ['Воеводины', 'Воеводиной', 'Воеводине']],
    ['Алматинская область', ['Алматинской области', 'Алматинской областью', 'Алматинскую область']],
    ['Краснодарский край', ['Краснодарского края', 'Краснодарском крае']],
    ['Нови-Сад', ['Нови-Сада', 'Нови-Саде', 'Нови-Садом']],
    ['Ростов-на-Дону', ['Ростова-на-Дону', 'Ростове-на-Дону']],
    ['Соединённые Штаты Америки', ['Соединённых Штатов Америки', 'Соединённым Штатам Америки']],
    ['Босния и Герцеговина', ['Боснии и Герцеговины']],
  ])('%s', (name, expected) => {
    expect(generateForms(name, { kind: 'place' })).toEqual(expect.arrayContaining(expected));
  });

  test.each([['Косово'], ['Сочи'], ['Тбилиси']])('%s does not decline', (name) => {
    expect(generateForms(name, { kind: 'place' })).toEqual([name]);
  });

  test('organizations decline their head noun only', () => {
    const forms = generateForms('Министерство иностранных дел', { kind: 'org' });
    expect(forms).toEqual(expect.arrayContaining(['Министерства иностранных дел', 'Министерством иностранных дел']));
    expect(forms.some((f) => f.includes('иностранным'))).toBe(false);
  });

  test('no inanimate accusative mixed with animate', () => {
    expect(generateForms('Алматинская область', { kind: 'place' })).not.toContain('Алматинской областя');
  });
});
