/**
 * Read access to a CompiledMatchIndex. Splitting the joined strings is the only work done at
 * load, so a recognizer is ready about as fast as the JSON is parsed.
 */
import type { EntityType } from '../data/types';
import { FormsTable } from './forms-table';
import {
  type CompiledMatchIndex,
  type EntityKind,
  INDEX_VERSION,
  META_WIDTH,
  decodeIds,
  kindOfCode,
  typeOfKind,
} from './index-format';

export class RuntimeIndex {
  readonly ids: string[];
  private readonly names: string[];
  private readonly namesEn: string[];
  private readonly byId = new Map<string, number>();
  readonly forms: FormsTable;

  constructor(private readonly index: CompiledMatchIndex) {
    if (index.v !== INDEX_VERSION) {
      throw new Error(`match index v${index.v} is stale (recognizer expects v${INDEX_VERSION}): rebuild the dataset`);
    }
    this.ids = decodeIds(index.ids);
    this.forms = new FormsTable(index.forms);
    this.names = index.names.split('\n');
    this.namesEn = index.namesEn.split('\n');
  }

  get size(): number {
    return this.ids.length;
  }

  refs(key: string): readonly number[] {
    return this.forms.get(key);
  }

  /** True when a longer key continues `key` with another word. */
  continues(key: string): boolean {
    return this.forms.hasPrefix(key + ' ');
  }

  kind(e: number): EntityKind {
    return kindOfCode(this.index.meta.charAt(e * META_WIDTH));
  }

  type(e: number): EntityType {
    return typeOfKind(this.kind(e));
  }

  country(e: number): string {
    return this.index.meta.slice(e * META_WIDTH + 1, e * META_WIDTH + 3);
  }

  /** Prior 0..9 (population, prominence). */
  prior(e: number): number {
    return this.index.meta.charCodeAt(e * META_WIDTH + 3) - 48;
  }

  parent(e: number): number {
    const code = this.index.meta.slice(e * META_WIDTH + 4, e * META_WIDTH + 7);
    return code === '---' || code === '' ? -1 : parseInt(code, 36);
  }

  /** Display name; '' for small towns whose names are not stored (callers use the text). */
  name(e: number, lang: 'ru' | 'en'): string {
    if (lang === 'en') {
      const en = this.namesEn[e];
      if (en) return en;
    }
    return this.names[e] ?? '';
  }

  /** Entity index by id (built on first use: only the disambiguation of countries needs it). */
  indexOf(id: string): number {
    if (this.byId.size === 0) this.ids.forEach((x, i) => this.byId.set(x, i));
    return this.byId.get(id) ?? -1;
  }
}
