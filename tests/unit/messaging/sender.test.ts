import { describe, expect, test } from 'vitest';
import { isRequest, type Request } from '../../../lib/messaging/protocol';
import { isAllowedSender } from '../../../lib/messaging/sender';

const ID = 'kontext-id';
const ORIGIN = 'chrome-extension://kontext-id/';
const tab = { id: ID, url: 'https://news.example/article', tab: { id: 7 } };
const ownPage = { id: ID, url: `${ORIGIN}popup.html` };
const otherExtension = { id: 'someone-else', url: 'https://news.example/', tab: { id: 7 } };

describe('requests and who may send them', () => {
  test('only known request types pass the guard', () => {
    expect(isRequest({ type: 'content→bg:prepare' })).toBe(true);
    expect(isRequest({ type: 'content→bg:annotate', chunks: [] })).toBe(true);
    expect(isRequest({ type: 'content→bg:unknown' })).toBe(false);
    expect(isRequest('content→bg:prepare')).toBe(false);
    expect(isRequest(null)).toBe(false);
  });

  test.each<[Request, typeof tab | typeof ownPage | typeof otherExtension, boolean]>([
    // The early dataset request comes from a page's content script, like annotate.
    [{ type: 'content→bg:prepare' }, tab, true],
    [{ type: 'content→bg:prepare' }, ownPage, false],
    [{ type: 'content→bg:prepare' }, otherExtension, false],
    [{ type: 'content→bg:annotate', chunks: [] }, tab, true],
    [{ type: 'ui→bg:dataset-info' }, ownPage, true],
    // A search box opening asks for the index: only the extension's own pages have one.
    [{ type: 'ui→bg:prepare-search' }, ownPage, true],
    [{ type: 'ui→bg:prepare-search' }, tab, false],
    [{ type: 'ui→bg:dataset-info' }, tab, false],
    [{ type: 'any→bg:search', query: 'Астана' }, tab, true],
    [{ type: 'any→bg:search', query: 'Астана' }, ownPage, true],
  ])('%o from %o: %s', (request, sender, allowed) => {
    expect(isAllowedSender(request, sender, ID, ORIGIN)).toBe(allowed);
  });
});
