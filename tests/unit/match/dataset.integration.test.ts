/**
 * Integration: the demo article against the committed dataset (assets/public/dataset), compiled
 * with the current compiler, so it holds whether or not the committed match index is current.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { DatasetEntities } from '../../../lib/data/dataset';
import { allRecords } from '../../../lib/data/pack';
import { compileMatchIndex } from '../../../lib/match/compile';
import { createRecognizer, recordNames } from '../../../lib/match/recognizer';
import { annotateText } from '../../../scripts/eval/pipeline';
import { scoreText, type GoldEntity } from '../../../scripts/eval/score';

const entities = JSON.parse(readFileSync(join('assets', 'public', 'dataset', 'entities.json'), 'utf8')) as DatasetEntities;
const records = allRecords(entities);
const recognizer = createRecognizer(compileMatchIndex(records), recordNames(records));
const gold = JSON.parse(readFileSync(join('tests', 'fixtures', 'eval', 'ru-001-kazakhstan-today-diplomacy.json'), 'utf8')) as { text: string; entities: GoldEntity[] };

describe('demo article on the full dataset', () => {
  const mentions = annotateText(recognizer, gold.text, 'ru');

  test('every gold mention exactly, nothing else', () => {
    const s = scoreText(gold.text, gold.entities, mentions);
    expect(s.errors).toEqual([]);
  });

  test.each([
    ['Валихана Туреханова', 'посол Казахстана в Таджикистане'],
    ['Нигиной Ализода', 'заместитель министра иностранных дел Таджикистана'],
    ['Мади Атамкулов', 'посол Казахстана в Сербии'],
    ['Майей Гойкович', 'председатель краевого правительства'],
    ['Гойкович', 'председатель краевого правительства'],
  ])('role of %s', (name, role) => {
    expect(mentions.find((m) => m.text === name)?.role).toBe(role);
  });
});
