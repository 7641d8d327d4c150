import { describe, expect, test } from 'vitest';
import { tokenize } from '../../../lib/text/tokenize';

const words = (text: string) => tokenize(text).filter((t) => t.kind !== 'punct');

describe('tokenize', () => {
  test.each([
    ['в Нови-Саде', ['в', 'нови', 'саде']],
    ['Касым-Жомарт Токаев', ['касым', 'жомарт', 'токаев']],
    ['с Алматинской областью.', ['с', 'алматинской', 'областью']],
    ['O’Neil', ["o'neil"]],
    ['В. Туреханов', ['в', 'туреханов']],
    // The English possessive is a clitic, not part of the name.
    ["Uzbekistan's economy", ['uzbekistan', 'economy']],
    ['Serbia’s president', ['serbia', 'president']],
    ["O'Neill's book", ["o'neill", 'book']],
  ])('%s → %j', (text, norms) => {
    expect(words(text).map((t) => t.norm)).toEqual(norms);
  });

  test('offsets point into the original text (ё, typographic quotes)', () => {
    const text = 'Встреча с «Пётром Лёвиным»';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  test('hyphen parts are glued, spaced dashes are not', () => {
    const [nov, sad] = words('Нови-Сад');
    expect(nov!.glued).toBe(false);
    expect(sad!.glued).toBe(true);
    expect(words('Астана - столица')[1]!.glued).toBe(false);
  });

  test.each([
    ['Гойкович подтвердила. Стороны отметили', ['Гойкович', 'Стороны']],
    ['Заголовок\n\nПосол подчеркнул', ['Заголовок', 'Посол']],
    ['«Газпром» сообщил', ['Газпром']],
  ])('sentence starts in %j', (text, starts) => {
    expect(tokenize(text).filter((t) => t.sentStart && t.kind === 'word').map((t) => t.text)).toEqual(starts);
  });

  test('capitals and abbreviations', () => {
    const [mid, rk, word] = words('МИД РК сообщил');
    expect(mid!.upper && rk!.upper).toBe(true);
    expect(word!.cap).toBe(false);
  });
});
