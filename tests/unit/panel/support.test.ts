import { describe, expect, test } from 'vitest';
import { pageSupport, siteKeyOf } from '@/lib/panel/support';

describe('pageSupport', () => {
  test.each([
    ['http://127.0.0.1:4789/kazakhstan-today/', true],
    ['https://www.kt.kz/rus/politics/posol_1377963415.html', true],
    ['https://example.org/docs/report.pdf.html', true],
  ])('%s can be annotated', (url, ok) => {
    expect(pageSupport(url).ok).toBe(ok);
  });

  test.each([
    ['chrome://extensions/', 'browser'],
    ['chrome://newtab/', 'browser'],
    ['edge://settings', 'browser'],
    ['about:blank', 'browser'],
    ['about:reader?url=https%3A%2F%2Fexample.org%2F', 'browser'],
    ['view-source:https://example.org/', 'browser'],
    ['moz-extension://0b1c/sidepanel.html', 'browser'],
    ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html', 'browser'],
    ['data:text/html,<p>hi</p>', 'browser'],
    ['https://chromewebstore.google.com/detail/kontext/abc', 'store'],
    ['https://chrome.google.com/webstore/detail/abc', 'store'],
    ['https://addons.mozilla.org/ru/firefox/addon/kontext/', 'store'],
    ['https://microsoftedge.microsoft.com/addons/detail/x', 'store'],
    ['https://example.org/files/Report.PDF', 'pdf'],
    ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', 'pdf'],
    ['file:///home/reader/article.html', 'file'],
    ['ftp://example.org/a.txt', 'other'],
    ['not a url', 'other'],
  ])('%s cannot (%s)', (url, reason) => {
    expect(pageSupport(url)).toEqual({ ok: false, reason });
  });

  test('the store check is by host, not by a look-alike path', () => {
    expect(pageSupport('https://chrome.google.com/search?q=webstore').ok).toBe(true);
    expect(pageSupport('https://addons.mozilla.org.example.com/').ok).toBe(true);
  });

  test('file pages work once the user allowed file access, except PDFs', () => {
    expect(pageSupport('file:///tmp/a.html', { fileAccess: true })).toEqual({ ok: true });
    expect(pageSupport('file:///tmp/a.pdf', { fileAccess: true })).toEqual({ ok: false, reason: 'pdf' });
  });

  test('an unknown URL is left to the content script to decide', () => {
    expect(pageSupport(undefined)).toEqual({ ok: true });
    expect(pageSupport('')).toEqual({ ok: true });
  });
});

describe('siteKeyOf', () => {
  test.each([
    ['https://www.kt.kz/rus/a.html', 'www.kt.kz'],
    ['http://127.0.0.1:4789/kazakhstan-today/', '127.0.0.1'],
    ['chrome://extensions', null],
    ['file:///tmp/a.html', null],
    [undefined, null],
    ['::', null],
  ])('%s → %s', (url, key) => {
    expect(siteKeyOf(url)).toBe(key);
  });
});
