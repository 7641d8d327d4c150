/**
 * What the content script keeps per highlight, and per entity: kept small on purpose, since a long
 * page has over 10,000 highlights and the budget for all the content script adds is 5 MB.
 */
import type { EntityType } from '@/lib/data/types';
import type { Candidate, Mention } from '@/lib/match/types';

export const MENTION_TAG = 'kontext-mention';

/**
 * What every highlight of one entity (or of one name not in the dataset) shares. A long page has
 * thousands of highlights of a few hundred entities: names, ids and candidate lists are kept once
 * per entity here, not once per highlight.
 */
export interface MentionTarget {
  /** Stable key for grouping (entity id or unknown name). */
  readonly key: string;
  readonly entityId: string | null;
  readonly type: EntityType;
  /** Canonical display name. */
  readonly name: string;
  readonly score: number;
  /** Runner-up entities for "wrong match?" (those of the first mention that had any). */
  candidates?: readonly Candidate[];
}

/**
 * One highlighted mention: its shared target, the role the article gives at this mention, and its
 * element(s). Deliberately small (no text, offsets or arrays in the common case): the text is on
 * the page, and a 1 MB page has over 10,000 of these.
 */
export class Highlight {
  constructor(
    public target: MentionTarget,
    /** The (first) `<kontext-mention>` element. */
    readonly element: HTMLElement,
    readonly role: string | undefined = undefined,
    /** Further elements of a name split across inline elements (rare), else null. */
    private readonly more: readonly HTMLElement[] | null = null,
  ) {}

  get key(): string {
    return this.target.key;
  }

  get elements(): readonly HTMLElement[] {
    return this.more ? [this.element, ...this.more] : [this.element];
  }

  /** True when `el` is one of this highlight's elements. */
  owns(el: Element): boolean {
    return el === this.element || (this.more?.includes(el as HTMLElement) ?? false);
  }

  /** The text as written on the page. */
  get text(): string {
    return this.more ? this.elements.map((el) => el.textContent ?? '').join('') : (this.element.textContent ?? '');
  }

  /** The mention as the card and the page context see it (offsets relative to the highlight's own text). */
  toMention(): Mention {
    const { entityId, type, name, score, candidates } = this.target;
    const text = this.text;
    const mention: Mention = { start: 0, end: text.length, type, text, entityId, name, score };
    if (this.role) mention.role = this.role;
    if (candidates) mention.candidates = [...candidates];
    return mention;
  }
}

/** Stable grouping key of a mention: the entity id, or type and name for names not in the dataset. */
export function mentionKey(m: Pick<Mention, 'entityId' | 'type' | 'name'>): string {
  return m.entityId ?? `unknown:${m.type}:${m.name}`;
}

/** Interns mention targets per key, for one annotation run. */
export class Targets {
  private readonly byKey = new Map<string, MentionTarget>();

  /** The shared target of `m` (created on first sight). */
  of(m: Mention): MentionTarget {
    const key = mentionKey(m);
    let target = this.byKey.get(key);
    if (!target) {
      target = { key, entityId: m.entityId, type: m.type, name: m.name, score: m.score };
      if (m.candidates?.length) target.candidates = m.candidates;
      this.byKey.set(key, target);
    } else if (!target.candidates && m.candidates?.length) {
      target.candidates = m.candidates;
    }
    return target;
  }
}
