import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_ATTRIBUTE_NAMES, highlightAttributes } from '@/lib/storage/highlight-attributes';
import { normalizeHost, sortedSites } from '@/lib/storage/site-host';
import { DEFAULT_PREFERENCES, isEnabledFor } from '@/lib/storage/settings';

describe('highlightAttributes', () => {
  it('sets the style and removes every hide flag by default', () => {
    expect(highlightAttributes(DEFAULT_PREFERENCES)).toEqual({
      'data-kontext-style': 'underline',
      'data-kontext-hide-per': null,
      'data-kontext-hide-loc': null,
      'data-kontext-hide-org': null,
    });
  });

  it('flags each type switched off (the CSS keys on these names)', () => {
    const attrs = highlightAttributes({ highlightStyle: 'off-until-hover', types: { PER: false, LOC: true, ORG: false } });
    expect(attrs).toMatchObject({ 'data-kontext-style': 'off-until-hover', 'data-kontext-hide-per': '', 'data-kontext-hide-loc': null, 'data-kontext-hide-org': '' });
    expect(Object.keys(attrs).sort()).toEqual([...HIGHLIGHT_ATTRIBUTE_NAMES].sort());
  });
});

describe('normalizeHost', () => {
  it.each([
    ['https://www.kt.kz/news/1?x=2', 'www.kt.kz'],
    ['KT.kz', 'kt.kz'],
    ['  kt.kz/rus/politics  ', 'kt.kz'],
    ['http://127.0.0.1:4789/kazakhstan-today/', '127.0.0.1'],
    ['localhost', 'localhost'],
    ['пример.рф', 'xn--e1afmkfd.xn--p1ai'],
    ['not a site', null],
    ['kt', null],
    ['javascript:alert(1)', null],
    ['ftp://kt.kz', null],
    ['', null],
  ])('%s → %s', (input, host) => {
    expect(normalizeHost(input)).toBe(host);
  });
});

describe('site switches', () => {
  it('sorts by host without www', () => {
    expect(sortedSites({ 'www.zakon.kz': false, 'kt.kz': true, 'azattyq.org': false }).map(([h]) => h)).toEqual(['azattyq.org', 'kt.kz', 'www.zakon.kz']);
  });

  it('a site is on unless switched off, and nothing runs when Kontext is off', () => {
    expect(isEnabledFor(DEFAULT_PREFERENCES, {}, 'kt.kz')).toBe(true);
    expect(isEnabledFor(DEFAULT_PREFERENCES, { 'kt.kz': false }, 'kt.kz')).toBe(false);
    expect(isEnabledFor({ ...DEFAULT_PREFERENCES, enabled: false }, { 'kt.kz': true }, 'kt.kz')).toBe(false);
  });
});
