/**
 * Read access to a CompiledMatchIndex plus the dataset's ids and names. Splitting the forms table
 * is the only work done at load, so a recognizer is ready about as fast as the JSON is parsed.
 */
import type { EntityType } from '../data/types';
import { foldKey } from '../text/normalize';
import type { EntityNames } from './entity-names';
import { FormsTable, type Probe } from './forms-table';
import {
  type CompiledMatchIndex,
  type EntityKind,
  INDEX_VERSION,
  KIND_CODES,
  META_WIDTH,
  kindOfCode,
  typeOfKind,
} from './index-format';

/** Kind by the char code of its meta code: `kind` runs for every ref of every match. */
const KIND_BY_CODE: readonly EntityKind[] = (() => {
  const out: EntityKind[] = new Array<EntityKind>(128).fill(kindOfCode(''));
  for (const code of Object.values(KIND_CODES)) out[code.charCodeAt(0)] = kindOfCode(code);
  return out;
})();
/** No ref in meta's base-36 field ('---'). */
const NO_REF = -1;

export class RuntimeIndex {
  readonly forms: FormsTable;
  /**
   * What this index has read from the dataset alone (ids, names, country codes; see
   * `DatasetFacts`), shared by every index over the same dataset and names. Word-level caches,
   * which depend on the text read, stay per index.
   */
  private readonly shared: DatasetFacts;

  constructor(
    private readonly index: CompiledMatchIndex,
    private readonly names: EntityNames,
  ) {
    if (index.v !== INDEX_VERSION) {
      throw new Error(`match index v${index.v} is stale (recognizer expects v${INDEX_VERSION}): rebuild the dataset`);
    }
    this.forms = new FormsTable(index.forms);
    this.shared = datasetFacts(index, names);
  }

  get size(): number {
    return this.index.meta.length / META_WIDTH;
  }

  /** Entity id of an ordinal. */
  id(e: number): string {
    let id = this.shared.ids.get(e);
    if (id === undefined) {
      id = this.names.id(e);
      this.shared.ids.set(e, id);
    }
    return id;
  }

  refs(key: string): readonly number[] {
    return this.forms.get(key);
  }

  /** Refs, prefix and continuation answers for `key`, not cached here: the key tree keeps them (key-nodes.ts). */
  probeUncached(key: string): Probe {
    return this.forms.probeUncached(key);
  }

  kind(e: number): EntityKind {
    return KIND_BY_CODE[this.index.meta.charCodeAt(e * META_WIDTH)] ?? kindOfCode('');
  }

  type(e: number): EntityType {
    return typeOfKind(this.kind(e));
  }

  country(e: number): string {
    let c = this.shared.countries.get(e);
    if (c === undefined) {
      c = this.index.meta.slice(e * META_WIDTH + 1, e * META_WIDTH + 3);
      this.shared.countries.set(e, c);
    }
    return c;
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

  /** The base-36 ordinal in meta's last three chars, read by char code (no slice, no parseInt). */
  private ref(e: number): number {
    const meta = this.index.meta;
    const at = e * META_WIDTH + 4;
    let n = 0;
    for (let i = at; i < at + 3; i++) {
      const d = base36Digit(meta.charCodeAt(i));
      if (d < 0) return NO_REF;
      n = n * 36 + d;
    }
    return n;
  }

  /**
   * True when some dataset person's display name (Russian or English) starts with the given name
   * `given` (folded): the question `sameGivenName` asks of one person, asked of all at once, so a
   * fuzzy search whose every hit it would reject is not run. Built on first use (a few hundred people).
   */
  personGivenName(given: string): boolean {
    if (!this.shared.givenNames) {
      const givenNames = new Set<string>();
      for (let e = 0; e < this.size; e++) {
        if (this.type(e) !== 'PER') continue;
        for (const lang of ['en', 'ru'] as const) {
          const first = this.name(e, lang).split(/\s+/)[0];
          if (first) givenNames.add(foldKey(first));
        }
      }
      this.shared.givenNames = givenNames;
    }
    return this.shared.givenNames.has(given);
  }

  /** Display name; '' when the dataset has none (callers use the text as written). */
  name(e: number, lang: 'ru' | 'en'): string {
    const seen = this.shared.displayNames[lang];
    let name = seen.get(e);
    if (name === undefined) {
      name = this.names.name(e, lang);
      seen.set(e, name);
    }
    return name;
  }
}

/** Facts read from the dataset (not from any text), shared by the indexes over it. */
interface DatasetFacts {
  /**
   * Country codes read so far, by ordinal: disambiguation asks for them per ref per match, and a
   * `slice` each time allocated a new two-char string.
   */
  countries: Map<number, string>;
  /**
   * Ids and display names read so far, by ordinal. The dataset's record list is a lazy Proxy
   * (each index read parses the property name), and every mention and candidate asks for both.
   */
  ids: Map<number, string>;
  displayNames: { ru: Map<number, string>; en: Map<number, string> };
  /** Folded first words of people's display names (`personGivenName`), built on first use. */
  givenNames: Set<string> | undefined;
}

const factsByDataset = new WeakMap<CompiledMatchIndex, WeakMap<EntityNames, DatasetFacts>>();

function datasetFacts(index: CompiledMatchIndex, names: EntityNames): DatasetFacts {
  let byNames = factsByDataset.get(index);
  if (!byNames) factsByDataset.set(index, (byNames = new WeakMap()));
  let facts = byNames.get(names);
  if (!facts) {
    facts = { countries: new Map(), ids: new Map(), displayNames: { ru: new Map(), en: new Map() }, givenNames: undefined };
    byNames.set(names, facts);
  }
  return facts;
}

/** Value of a base-36 digit char code, -1 for anything else ('-', or NaN past the end). */
function base36Digit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  return -1;
}
