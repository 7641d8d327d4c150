/**
 * The Firefox build (.output/firefox-mv2) in Debian's Firefox ESR: the same reader paths the
 * Chromium suite covers, once each, on the same fixture pages — highlights, the hover and keyboard
 * card, popup search, the sidebar page, and a page with a strict Content-Security-Policy.
 */
import { expect, test } from '@playwright/test';
import { FirefoxSession, KEY } from './support/marionette';

const ORIGIN = `http://127.0.0.1:${process.env.KONTEXT_FIXTURE_PORT ?? 4789}`;
const DEMO_URL = `${ORIGIN}/kazakhstan-today/`;

interface Highlight {
  type: string | null;
  entity: string | null;
  text: string | null;
}


let firefox: FirefoxSession;

test.beforeAll(async () => {
  firefox = await FirefoxSession.launch();
});

test.afterAll(async () => {
  await firefox?.close();
});

/** Opens `url` and waits for the extension's first highlights. */
async function openAnnotated(url: string): Promise<Highlight[]> {
  await firefox.navigate(url);
  await firefox.waitFor('return document.querySelector("kontext-mention") !== null', [], 30_000);
  return firefox.script<Highlight[]>(
    'return [...document.querySelectorAll("kontext-mention")].map((el) => ({ type: el.getAttribute("data-kontext-type"), entity: el.getAttribute("data-kontext-entity"), text: el.textContent }))',
  );
}

/** The open card's text, once its dialog shows `expected`. */
function cardText(expected: string): Promise<string> {
  return firefox.waitFor<string>(
    'const root = document.querySelector("kontext-card")?.shadowRoot; const text = root?.querySelector("[role=dialog]")?.innerText ?? ""; return text.includes(arguments[0]) ? text : "";',
    [expected],
  );
}

test('highlights people, places and organizations on the demo article, in any case form', async () => {
  const highlights = await openAnnotated(DEMO_URL);
  const has = (type: string, entity: string, text: string) =>
    expect(highlights, `${type} ${text}`).toContainEqual({ type, entity, text });
  has('PER', 'person:valikhan-turekhanov', 'Валихана Туреханова');
  has('PER', 'person:nigina-alizoda', 'Нигиной Ализода');
  has('PER', 'person:maja-gojkovic', 'Майей Гойкович');
  has('LOC', 'region:784272', 'Воеводиной');
  has('LOC', 'city:3194360', 'Нови-Сад');
  has('ORG', 'org:mfa-kz', 'МИД РК');
  // The article text itself is untouched: highlights only wrap it.
  const text = await firefox.script<string>('return document.querySelector("article").textContent');
  expect(text).toContain('Валихана Туреханова');
});

test('hovering a name opens its card: the role the article gives, posts with dates and sources', async () => {
  await openAnnotated(DEMO_URL);
  await firefox.hover(await firefox.find('kontext-mention[data-kontext-entity="person:valikhan-turekhanov"]'));
  const text = await cardText('Valikhan Turekhanov');
  expect(text).toContain('посол Казахстана в Таджикистане');
  expect(text).toContain('Ambassador of Kazakhstan to Tajikistan');
  expect(text).toMatch(/as of \w+ \d+, 20\d\d/);
  expect(text).toContain('Source:');
});

test('Alt+Shift+K moves keyboard focus to a highlight and opens its card; Escape closes it', async () => {
  await openAnnotated(DEMO_URL);
  await firefox.press(KEY.alt, KEY.shift, 'K');
  const focused = await firefox.waitFor<string>('return document.activeElement?.getAttribute("data-kontext-entity") ?? ""');
  expect(focused).toMatch(/^(person|country|region|city|org):/);
  await firefox.waitFor('return !!document.querySelector("kontext-card")?.shadowRoot?.querySelector("[role=dialog]")');
  await firefox.press(KEY.escape);
  await firefox.waitFor('return !document.querySelector("kontext-card")?.shadowRoot?.querySelector("[role=dialog]")');
  expect(await firefox.script<string>('return document.activeElement?.getAttribute("data-kontext-entity") ?? ""')).toBe(focused);
});

test('popup search finds a city in either script, with its country', async () => {
  const article = await firefox.newTab();
  try {
    await firefox.openExtensionPage('popup.html');
    const input = await firefox.find('input[type="search"], input');
    await firefox.type(input, 'нови сад');
    const first = await firefox.waitFor<string>(
      'const r = document.querySelector("[data-testid=search-result]"); return r ? r.getAttribute("data-entity-id") + " " + r.textContent : "";',
      [],
      30_000,
    );
    expect(first).toContain('city:3194360');
    expect(first).toContain('Serbia');
  } finally {
    await firefox.command('WebDriver:CloseWindow');
    await firefox.switchTo(article);
  }
});

test('the sidebar page lists the article context grouped, with counts', async () => {
  await openAnnotated(DEMO_URL);
  const article = await firefox.newTab();
  try {
    // The article's tab id, asked from an extension page (no "tabs" permission: ids, not URLs).
    await firefox.openExtensionPage('popup.html');
    const tabId = await firefox.script<number>('return browser.tabs.query({ index: 0, currentWindow: true }).then(([t]) => t.id)');
    await firefox.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    const panel = await firefox.waitFor<string>('const t = document.body.innerText; return t.includes("Воеводина") ? t : "";', [], 30_000);
    expect(panel).toMatch(/Воеводина\s*×3/);
    expect(panel).toMatch(/Майя Гойкович\s*×2/);
    expect(panel).toContain('посол Казахстана в Таджикистане');
    expect(panel.indexOf('Валихан Туреханов')).toBeLessThan(panel.indexOf('Воеводина'));
  } finally {
    await firefox.command('WebDriver:CloseWindow');
    await firefox.switchTo(article);
  }
});

test('a page with a strict Content-Security-Policy is annotated, styled and its cards open', async () => {
  const highlights = await openAnnotated(`${ORIGIN}/sacred-csp/`);
  expect(highlights.some((h) => h.text?.includes('Туреханов'))).toBe(true);
  const decoration = await firefox.script<string>(
    'const el = [...document.querySelectorAll("kontext-mention")].find((m) => m.textContent.includes("Туреханов")); return getComputedStyle(el).textDecorationLine',
  );
  expect(decoration).toContain('underline');
  await firefox.hover(await firefox.find('kontext-mention'));
  await firefox.waitFor('return !!document.querySelector("kontext-card")?.shadowRoot?.querySelector("[role=dialog]")');
});
