import { expect, test } from 'vitest';
import { htmlToText, truncate } from '@/lib/related/text';

test.each([
  ['<p>Майя <b>Гойкович</b></p><p>Нови-Сад</p>', 'Майя Гойкович Нови-Сад'],
  ['a<br>b', 'a b'],
  ['<script>alert(1)</script>text<style>p{}</style>', 'text'],
  ['&laquo;Казахстан&raquo; &amp; &#1057;&#x435;рбия', '«Казахстан» & Сербия'],
  ['&lt;img src=x onerror=alert(1)&gt;', '<img src=x onerror=alert(1)>'],
  ['1 < 2 and 3 > 2', '1 < 2 and 3 > 2'],
  ['<!-- hidden -->shown', 'shown'],
])('htmlToText(%j) = %j', (html, text) => {
  expect(htmlToText(html)).toBe(text);
});

test('decoded markup stays text: it is never parsed again', () => {
  // Escaped markup decodes to characters; callers render it as text, so it cannot become a tag.
  expect(htmlToText('&lt;b&gt;x&lt;/b&gt;')).toBe('<b>x</b>');
});

test('truncate cuts at a word boundary with an ellipsis', () => {
  expect(truncate('Посол Казахстана в Сербии Мади Атамкулов совершил визит', 30)).toBe('Посол Казахстана в Сербии…');
  expect(truncate('short', 30)).toBe('short');
});
