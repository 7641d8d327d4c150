import { describe, expect, it } from 'vitest';
import { formatCurrency, formatLanguages, formatPartialDate, formatPeriod, formatPopulation } from '@/lib/card/format';
import { pickUiLang, translator } from '@/lib/card/i18n';

// Intl output uses non-breaking spaces for grouping; compare with ordinary spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatting per locale', () => {
  it.each([
    ['ru', 215400, '215 400'],
    ['en', 215400, '215,400'],
    ['ru', 6982084, '7 млн'],
    ['en', 20_330_000, '20.3M'],
  ] as const)('population %s %d → %s', (lang, n, out) => {
    expect(plain(formatPopulation(n, lang))).toBe(out);
  });

  it.each([
    ['2019', 'ru', '2019'],
    ['2023-05', 'en', 'May 2023'],
    ['2023-05', 'ru', 'май 2023 г.'],
    ['2026-02-13', 'ru', '13 февраля 2026 г.'],
    ['2026-02-13', 'en', 'February 13, 2026'],
    ['около 2010', 'ru', 'около 2010'],
  ] as const)('partial date %s (%s) → %s', (date, lang, out) => {
    expect(plain(formatPartialDate(date, lang))).toBe(out);
  });

  it('uses the genitive month after «с»', () => {
    expect(formatPartialDate('2023-05', 'ru', 'genitive')).toBe('мая 2023 г.');
    expect(formatPartialDate('2023-05', 'en', 'genitive')).toBe('May 2023');
  });

  it('formats an open-ended period', () => {
    expect(formatPeriod('2019', undefined, 'en')).toBe('2019 – …');
  });

  it('names languages and currencies in the UI language', () => {
    expect(formatLanguages(['sr', 'hu', 'sr-ME'], 'ru')).toBe('сербский, венгерский');
    expect(formatLanguages(['kk', 'ru'], 'en')).toBe('Kazakh, Russian');
    expect(formatCurrency({ code: 'KZT', name: 'Tenge' }, 'ru')).toMatch(/тенге \(KZT\)/i);
  });
});

describe('UI language', () => {
  it.each([
    ['auto', 'ru-RU', 'ru'],
    ['auto', 'kk', 'ru'],
    ['auto', 'en-US', 'en'],
    ['auto', 'de', 'en'],
    ['en', 'ru-RU', 'en'],
    ['ru', 'en-GB', 'ru'],
  ] as const)('%s with browser %s → %s', (pref, browserLang, out) => {
    expect(pickUiLang(pref, browserLang)).toBe(out);
  });

  it('substitutes $1 like i18n.getMessage', () => {
    expect(translator('ru')('card_mentions', 3)).toBe('Упоминаний в статье: 3');
    expect(translator('en')('card_since', 'May 2023')).toBe('since May 2023');
  });
});
