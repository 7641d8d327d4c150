import { describe, expect, test } from 'vitest';
import { parseImport, serializeExport } from '@/lib/related/transfer';
import { article, NOW } from './helpers';

describe('export and import', () => {
  const articles = [article('https://a.test/1', [['country:KZ', 2]], 3), { ...article('https://a.test/2', [], 1), source: 'feed' as const, feedUrl: 'https://a.test/rss' }];

  test('an export parses back to the same articles', () => {
    const parsed = parseImport(serializeExport(articles, NOW));
    expect(parsed).toEqual({ ok: true, articles });
  });

  test.each([
    ['not JSON', '{oops', /^Not JSON/],
    ['another format', JSON.stringify({ format: 'other', version: 1, exportedAt: '', articles: [] }), /^format:/],
    ['a newer version', JSON.stringify({ format: 'kontext-related', version: 99, exportedAt: '', articles: [] }), /^version:/],
    [
      'a javascript: URL',
      JSON.stringify({ format: 'kontext-related', version: 1, exportedAt: '', articles: [{ ...article('https://a.test/x', [], 0), url: 'javascript:alert(1)' }] }),
      /^articles\.0\.url: must be an http\(s\) URL/,
    ],
    [
      'a bad entity type',
      JSON.stringify({ format: 'kontext-related', version: 1, exportedAt: '', articles: [article('https://a.test/x', [['country:KZ', 1]], 0)].map((a) => ({ ...a, entities: [{ ...a.entities[0], type: 'XX' }] })) }),
      /^articles\.0\.entities\.0\.type:/,
    ],
  ])('%s is refused with a reason', (_name, text, reason) => {
    const parsed = parseImport(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
  });

  test('index keys are derived, not trusted', () => {
    const tampered = { ...articles[0]!, entityIds: ['person:someone-else'] };
    const parsed = parseImport(JSON.stringify({ format: 'kontext-related', version: 1, exportedAt: '', articles: [tampered] }));
    expect(parsed.ok && parsed.articles[0]?.entityIds).toEqual(['country:KZ']);
  });
});
