/**
 * "More coverage" links: news searches for an entity's name, built from URL templates. They are
 * plain links; nothing is requested until the reader clicks one.
 */

export interface SearchEngine {
  id: string;
  label: string;
  /** `{q}` is replaced by the URL-encoded query, `{lang}` by the interface language. */
  template: string;
}

export const NEWS_SEARCH_ENGINES: readonly SearchEngine[] = [
  { id: 'google-news', label: 'Google News', template: 'https://news.google.com/search?q={q}&hl={lang}' },
  { id: 'bing-news', label: 'Bing News', template: 'https://www.bing.com/news/search?q={q}&setlang={lang}' },
  { id: 'yandex-news', label: 'Яндекс Новости', template: 'https://newssearch.yandex.ru/news/search?text={q}' },
  { id: 'duckduckgo', label: 'DuckDuckGo', template: 'https://duckduckgo.com/?q={q}&iar=news&ia=news' },
];

export interface SearchLink {
  id: string;
  label: string;
  url: string;
}

/** Search links for `name`, quoted so multi-word names are searched as a phrase. */
export function buildSearchLinks(name: string, lang: string, engines: readonly SearchEngine[] = NEWS_SEARCH_ENGINES): SearchLink[] {
  const trimmed = name.replace(/\s+/g, ' ').trim();
  if (!trimmed) return [];
  const query = encodeURIComponent(trimmed.includes(' ') ? `"${trimmed}"` : trimmed);
  const language = encodeURIComponent(lang || 'ru');
  return engines.map((e) => ({ id: e.id, label: e.label, url: e.template.replace('{q}', query).replace('{lang}', language) }));
}
