import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { GIVEN_NAMES_MODULE, collectGivenNames, renderGivenNamesModule } from '../../../scripts/data/build-given-names';
import { isGivenName } from '../../../lib/match/unknown';

describe('generated given-name lexicon', () => {
  test('the committed module is what the generator writes (run npm run -s data:names)', () => {
    expect(readFileSync(GIVEN_NAMES_MODULE, 'utf8')).toBe(renderGivenNamesModule());
  });

  test('names are folded, single words, sorted and unique', () => {
    const { latin, cyrillic } = collectGivenNames();
    for (const list of [latin, cyrillic]) {
      expect(list).toEqual([...new Set(list)].sort());
      for (const n of list) expect(n).toMatch(/^[a-zа-яієїґ]{3,}$/);
    }
  });

  test.each(['bernd', 'fatih', 'mehmet', 'viktor', 'leandro', 'maros', 'нигина', 'ольга', 'нигиной'])('knows %s', (n) => {
    expect(isGivenName(n)).toBe(true);
  });

  test.each(['may', 'june', 'will', 'grant', 'hope', 'paris', 'georgia', 'jordan', 'monday', 'мир', 'сила'])('never counts %s as a given name', (n) => {
    expect(isGivenName(n)).toBe(false);
  });
});
