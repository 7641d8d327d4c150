import { describe, expect, test } from 'vitest';
import { lemmaCandidates } from '../../../lib/morph/lemma';

describe('lemmaCandidates (stem fallback)', () => {
  test.each([
    ['саде', 'сад'],
    ['сербии', 'сербия'],
    ['воеводиной', 'воеводина'],
    ['китаем', 'китай'],
    ['твери', 'тверь'],
    ['москве', 'москва'],
    ['жанаозене', 'жанаозен'],
    ['грозного', 'грозный'],
    ['туреханова', 'туреханов'],
    ['нигиной', 'нигина'],
  ])('%s → … %s …', (form, base) => {
    expect(lemmaCandidates(form)).toContain(base);
  });

  test('never returns the word itself', () => {
    expect(lemmaCandidates('москве')).not.toContain('москве');
  });
});
