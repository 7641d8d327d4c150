/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds to plain records, with a pure XML parser (service workers
 * have no DOMParser). Titles and descriptions come out as plain text: markup in them is removed,
 * never rendered.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { htmlToText, truncate } from './text';

/** One feed item, as plain text. */
export interface FeedItem {
  url: string;
  title: string;
  /** The description or summary as plain text (short). */
  text: string;
  /** ISO 8601, when the feed gives a date we can read. */
  published?: string;
}

export interface ParsedFeed {
  title: string;
  items: FeedItem[];
}

export type FeedErrorCode = 'not-xml' | 'not-a-feed';

/** Why a document could not be read as a feed; `code` picks the message shown in the options. */
export class FeedError extends Error {
  constructor(
    readonly code: FeedErrorCode,
    detail: string,
  ) {
    super(detail);
    this.name = 'FeedError';
  }
}

/** Longest description kept per item: enough to annotate and show as an excerpt. */
export const FEED_TEXT_MAX = 600;
/** Items read per feed and poll; feeds rarely carry more, and older ones add little. */
export const FEED_ITEMS_MAX = 100;

const ARRAYS = new Set(['item', 'entry', 'link']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true, // dc:date → date, content:encoded → encoded, atom:link → link
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ARRAYS.has(name),
});

type XmlNode = string | number | boolean | { [key: string]: XmlValue } | undefined;
type XmlValue = XmlNode | XmlNode[];

/**
 * Parses a feed document. `base` resolves relative item links. Throws `FeedError` for
 * malformed XML or XML that is not a feed.
 */
export function parseFeed(xml: string, base: string): ParsedFeed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new FeedError('not-xml', `${valid.err.msg} (line ${valid.err.line})`);
  const doc = asObject(parser.parse(xml));
  const rss = asObject(doc?.rss);
  const rdf = asObject(doc?.RDF);
  const atom = asObject(doc?.feed);
  if (rss || rdf) {
    const channel = asObject(rss?.channel ?? rdf?.channel);
    const items = list(rss ? channel?.item : rdf?.item);
    return {
      title: truncate(htmlToText(textOf(channel?.title)), 200),
      items: collect(items.map((item) => rssItem(asObject(item), base))),
    };
  }
  if (atom) {
    return { title: truncate(htmlToText(textOf(atom.title)), 200), items: collect(list(atom.entry).map((e) => atomEntry(asObject(e), base))) };
  }
  throw new FeedError('not-a-feed', 'No <rss>, <rdf:RDF> or <feed> root element');
}

function rssItem(item: Record<string, XmlValue> | null, base: string): FeedItem | null {
  if (!item) return null;
  const guid = asObject(item.guid);
  const guidUrl = guid && guid['@_isPermaLink'] !== 'false' ? textOf(guid) : textOf(item.guid);
  const url = absolute(textOf(first(item.link)) || guidUrl, base);
  const description = textOf(item.description) || textOf(item.encoded);
  return make(url, textOf(item.title), description, textOf(item.pubDate) || textOf(item.date));
}

function atomEntry(entry: Record<string, XmlValue> | null, base: string): FeedItem | null {
  if (!entry) return null;
  const links = list(entry.link).map(asObject);
  const link = links.find((l) => !l?.['@_rel'] || l['@_rel'] === 'alternate') ?? links[0];
  const url = absolute(typeof link?.['@_href'] === 'string' ? link['@_href'] : '', base);
  const summary = textOf(entry.summary) || textOf(entry.content);
  return make(url, textOf(entry.title), summary, textOf(entry.published) || textOf(entry.updated));
}

function make(url: string | null, rawTitle: string, rawText: string, rawDate: string): FeedItem | null {
  const title = truncate(htmlToText(rawTitle), 300);
  if (!url || !title) return null;
  const time = rawDate ? Date.parse(rawDate) : NaN;
  const item: FeedItem = { url, title, text: truncate(htmlToText(rawText), FEED_TEXT_MAX) };
  if (Number.isFinite(time)) item.published = new Date(time).toISOString();
  return item;
}

function collect(items: (FeedItem | null)[]): FeedItem[] {
  const seen = new Set<string>();
  const out: FeedItem[] = [];
  for (const item of items) {
    if (!item || seen.has(item.url)) continue;
    seen.add(item.url);
    out.push(item);
    if (out.length >= FEED_ITEMS_MAX) break;
  }
  return out;
}

function absolute(href: string, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

function asObject(value: unknown): Record<string, XmlValue> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, XmlValue>) : null;
}

function list(value: XmlValue): XmlNode[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function first(value: XmlValue): XmlNode {
  return Array.isArray(value) ? value[0] : value;
}

/** Text content of a node: a string, `#text` beside attributes, or nested (Atom xhtml) children. */
function textOf(value: XmlValue): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(textOf).join(' ');
  const parts: string[] = [];
  for (const [key, child] of Object.entries(value)) if (!key.startsWith('@_')) parts.push(textOf(child));
  return parts.join(' ').trim();
}
