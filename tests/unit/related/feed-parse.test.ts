import { describe, expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { FeedError, parseFeed } from '@/lib/related/feed-parse';

const feed = (name: string) => fs.readFileSync(path.resolve('tests/fixtures/feeds', name), 'utf8');
const BASE = 'https://news.example/rss.xml';

describe('RSS 2.0', () => {
  const parsed = parseFeed(feed('rss2.xml'), BASE);

  test('reads the channel title and items with links, skipping items without one', () => {
    expect(parsed.title).toBe('Новости региона');
    expect(parsed.items.map((i) => i.url)).toEqual([
      'https://news.example/2026/02/tokayev-astana',
      'https://news.example/2026/02/vojvodina',
      'https://news.example/2026/02/guid-only',
    ]);
  });

  test('HTML in descriptions becomes plain text: no tags, no scripts, entities decoded', () => {
    const [first, second] = parsed.items;
    expect(first?.text).toBe('Президент Казахстана Касым-Жомарт Токаев провел переговоры.');
    expect(second?.title).toBe('Воеводина & Нови-Сад: новый договор');
    expect(second?.text).toBe('Глава правительства Воеводины Майя Гойкович подписала документ.');
    for (const item of parsed.items) expect(`${item.title} ${item.text}`).not.toMatch(/[<>]|alert/);
  });

  test('dates: RFC 822 and dc:date to ISO; unreadable dates are left out', () => {
    expect(parsed.items[0]?.published).toBe('2026-02-13T09:20:00.000Z');
    expect(parsed.items[1]?.published).toBe('2026-02-14T09:00:00.000Z');
    expect(parsed.items[2]?.published).toBeUndefined();
  });
});

describe('Atom', () => {
  const parsed = parseFeed(feed('atom.xml'), 'https://world.example/feed.atom');

  test('picks the alternate link, html titles and summaries as text', () => {
    expect(parsed.title).toBe('World desk');
    expect(parsed.items[0]).toEqual({
      url: 'https://world.example/serbia-kazakhstan',
      title: 'Serbia and Kazakhstan',
      text: 'Maja Gojković met the ambassador in Novi Sad.',
      published: '2026-02-15T07:30:00.000Z',
    });
  });

  test('falls back to updated and to xhtml content', () => {
    expect(parsed.items[1]).toMatchObject({ url: 'https://world.example/updated', published: '2026-02-16T00:00:00.000Z' });
    // Mixed xhtml content keeps its words (their order may differ: it is only annotated and shown).
    expect(parsed.items[1]?.text.split(/[\s.]+/).sort()).toEqual(['', 'Tokayev', 'spoke']);
  });
});

describe('bad input', () => {
  test.each([
    ['broken XML', '<rss><channel><title>x</channel></rss>', 'not-xml'],
    ['not XML at all', '<!doctype html><html><body><p>Hi<br></body></html>', 'not-xml'],
    ['XML but not a feed', '<?xml version="1.0"?><note><to>x</to></note>', 'not-a-feed'],
    ['empty', '', 'not-xml'],
  ])('%s → FeedError(%s)', (_name, xml, code) => {
    expect(() => parseFeed(xml, BASE)).toThrow(FeedError);
    try {
      parseFeed(xml, BASE);
    } catch (error) {
      expect((error as FeedError).code).toBe(code);
    }
  });

  test('links with other schemes are dropped', () => {
    const xml = '<rss><channel><title>x</title><item><title>t</title><link>javascript:alert(1)</link></item></channel></rss>';
    expect(parseFeed(xml, BASE).items).toEqual([]);
  });
});
