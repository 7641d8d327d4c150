// @vitest-environment happy-dom
/** Which elements rule out annotation, as a table of real markup. */
import { describe, expect, test } from 'vitest';
import { isExcludedElement, isInExcludedContext } from '@/entrypoints/content/exclude';

function element(html: string): Element {
  const template = document.createElement('template');
  template.innerHTML = html; // test markup
  return template.content.firstElementChild!;
}

describe('isExcludedElement', () => {
  test.each([
    ['<input value="x">', true],
    ['<textarea>x</textarea>', true],
    ['<select><option>x</option></select>', true],
    ['<div contenteditable="true">x</div>', true],
    ['<div contenteditable>x</div>', true],
    ['<div contenteditable="plaintext-only">x</div>', true],
    ['<div contenteditable="false">x</div>', false],
    ['<div role="textbox">x</div>', true],
    ['<script>x</script>', true],
    ['<style>x</style>', true],
    ['<noscript>x</noscript>', true],
    ['<code>x</code>', true],
    ['<pre>x</pre>', true],
    ['<p hidden>x</p>', true],
    ['<p aria-hidden="true">x</p>', true],
    ['<p aria-hidden="false">x</p>', false],
    ['<kontext-card></kontext-card>', true],
    ['<kontext-mention>x</kontext-mention>', true],
    ['<p>x</p>', false],
    ['<a href="/x">x</a>', false],
  ])('%s → %s', (html, excluded) => {
    expect(isExcludedElement(element(html))).toBe(excluded);
  });

  test('svg elements are excluded whatever the case of their tag name', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    expect(isExcludedElement(svg)).toBe(true);
  });
});

describe('isInExcludedContext', () => {
  test('looks through ancestors and out of shadow roots', () => {
    document.body.innerHTML = '<div contenteditable><p><span id="deep">x</span></p></div><div id="host"></div>';
    expect(isInExcludedContext(document.getElementById('deep')!, false)).toBe(true);
    const host = document.getElementById('host')!;
    host.setAttribute('aria-hidden', 'true');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p id="inner">x</p>';
    expect(isInExcludedContext(shadow.getElementById('inner')!, false)).toBe(true);
  });
});
