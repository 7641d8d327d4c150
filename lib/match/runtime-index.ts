/**
 * Read access to a CompiledMatchIndex plus the dataset's ids and names. Splitting the forms table
 * is the only work done at load, so a recognizer is ready about as fast as the JSON is parsed.
 */
import type { EntityType } from '../data/types';
import type { EntityNames } from './entity-names';
import { FormsTable } from './forms-table';
import {
  type CompiledMatchIndex,
  type EntityKind,
  INDEX_VERSION,
  META_WIDTH,
  kindOfCode,
  typeOfKind,
} from './index-format';

export class RuntimeIndex {
  readonly forms: FormsTable;

  constructor(
    private readonly index: CompiledMatchIndex,
    private readonly names: EntityNames,
  ) {
    if (index.v !== INDEX_VERSION) {
      throw new Error(`match index v${index.v} is stale (recognizer expects v${INDEX_VERSION}): rebuild the dataset`);
    }
    this.forms = new FormsTable(index.forms);
  }

  get size(): number {
    return this.index.meta.length / META_WIDTH;
  }

  /** Entity id of an ordinal. */
  id(e: number): string {
    return this.names.id(e);
  }

  refs(key: string): readonly number[] {
    return this.forms.get(key);
  }

  /** True when a longer key continues `key` with another word. */
  continues(key: string): boolean {
    return this.forms.continues(key);
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

  /** A city's region (-1 for none and for other kinds). */
  parent(e: number): number {
    return this.kind(e) === 'region' ? -1 : this.ref(e);
  }

  /** The city a region's bare name usually means («Стамбул», "New York"); -1 for none and other kinds. */
  eponymousCity(e: number): number {
    return this.kind(e) === 'region' ? this.ref(e) : -1;
  }

  private ref(e: number): number {
    const code = this.index.meta.slice(e * META_WIDTH + 4, e * META_WIDTH + 7);
    return code === '---' || code === '' ? -1 : parseInt(code, 36);
  }

  /** Display name; '' when the dataset has none (callers use the text as written). */
  name(e: number, lang: 'ru' | 'en'): string {
    return this.names.name(e, lang);
  }
}
