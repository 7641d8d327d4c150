/**
 * Type cues: words just before a name that say what kind of entity it is
 * («город Москва», «Алматинской области», «министр Лавров», "the city of Reading").
 */
import type { EntityKind } from './index-format';

const CITY = /^(город|города|городе|городу|городом|г|столица|столицы|столице|столицу|столицей|city|town|capital)$/;
const REGION = /^(область|области|областью|край|края|краю|краем|крае|регион|региона|регионе|провинция|провинции|штат|штата|штате|округ|округа|округе|region|province|state|oblast)$/;
const COUNTRY = /^(страна|страны|стране|country|республика|республики|республике)$/;

/** The entity kinds a cue word (folded) points to, or null when it is no cue. */
export function cueKinds(norm: string): EntityKind[] | null {
  if (CITY.test(norm)) return ['city', 'city-base'];
  if (REGION.test(norm)) return ['region'];
  if (COUNTRY.test(norm)) return ['country'];
  return null;
}
