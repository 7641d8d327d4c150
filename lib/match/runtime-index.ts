/**
 * Read access to a CompiledMatchIndex. Splitting the joined strings is the only work done at
 * load, so a recognizer is ready about as fast as the JSON is parsed.
 */
import type { EntityType } from '../data/types';
import {
  type CompiledMatchIndex,
  type EntityKind,
  getRefs,
  kindOfCode,
  typeOfKind,
} from './index-format';

export class RuntimeIndex {
  readonly ids: string[];
  private readonly names: string[];
  private readonly namesEn: string[];
  private readonly byId = new Map<string, number>();

  constructor(private readonly index: CompiledMatchIndex) {
    this.ids = index.ids === '' ? [] : index.ids.split('\n');
    this.names = index.names.split('\n');
    this.namesEn = index.namesEn.split('\n');
  }

  get size(): number {
    return this.ids.length;
  }

  refs(key: string): readonly number[] {
    return getRefs(this.index.forms, key);
  }

  /** Longest key length in words among keys starting with this word (1 when none is longer). */
  maxWords(firstNorm: string): number {
    return Object.hasOwn(this.index.multi, firstNorm) ? this.index.multi[firstNorm]! : 1;
  }

  kind(e: number): EntityKind {
    return kindOfCode(this.index.meta.charAt(e * 4));
  }

  type(e: number): EntityType {
    return typeOfKind(this.kind(e));
  }

  country(e: number): string {
    return this.index.meta.slice(e * 4 + 1, e * 4 + 3);
  }

  /** Prior 0..9 (population, prominence). */
  prior(e: number): number {
    return this.index.meta.charCodeAt(e * 4 + 3) - 48;
  }

  parent(e: number): number {
    return this.index.parent[e] ?? -1;
  }

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
