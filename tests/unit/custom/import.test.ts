import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCustomEntities, type ImportResult } from '@/lib/custom/import';
import type { CustomEntity } from '@/lib/custom/entity';
import { detectFormat } from '@/lib/custom/read';

const TODAY = '2026-02-13';
const run = (text: string, format: 'csv' | 'json' = 'csv', existing: CustomEntity[] = []) => importCustomEntities(existing, text, format, TODAY);
const problems = (r: ImportResult) => (r.ok ? [] : r.problems.map((p) => [p.row, p.code, p.field ?? ''].join(':')));
const ok = (r: ImportResult) => {
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r;
};

describe('importing CSV', () => {
  it('reads a valid file into stored entities', () => {
    const r = ok(run('type,name_ru,name_en,aliases,country,gender,role_ru\nPER,Айдар Бекмуханов,,Бекмуханов А. | A. Bekmukhanov,kz,ж,редактор\n'));
    expect(r.entities).toEqual([
      {
        id: 'per-aydar-bekmuhanov',
        type: 'PER',
        name_ru: 'Айдар Бекмуханов',
        aliases: ['Бекмуханов А.', 'A. Bekmukhanov'],
        country: 'KZ',
        gender: 'f',
        role_ru: 'редактор',
        added: TODAY,
      },
    ]);
    expect([r.added, r.updated]).toEqual([1, 0]);
  });

  it('reports every problem with its spreadsheet row, counting a multi-line cell as one row', () => {
    const csv = [
      'type,name_ru,country,role_ru,lat,lon,website',
      'PER,Хороший Человек,KZ,"редактор,\nведущий",,,', // row 2: valid
      'PER,,KZ,,,,', // row 3
      'LOC,Село,KZ,,91,,', // row 4
      'ORG,Фонд,KZ,директор,,,ftp://x.org', // row 5
      'person,Анна,Казахстан,,,,', // row 6
      'CITY,Город,,,,,', // row 7
    ].join('\n');
    expect(problems(run(csv))).toEqual([
      '3:name_required:name_ru',
      '4:out_of_range:lat',
      '4:required:lon',
      '5:invalid_url:website',
      '5:not_for_type:role_ru',
      '6:invalid_country:country',
      '7:invalid_type:type',
    ]);
  });

  it.each([
    ['unknown column', 'type,nmae_ru\nPER,X', ['1:unknown_column:nmae_ru', '1:missing_column:name_ru']],
    ['missing type column', 'name_ru\nX', ['1:missing_column:type']],
    ['duplicate column', 'type,name_ru,Name_RU\nPER,X,Y', ['1:duplicate_column:name_ru']],
    ['extra cells', 'type,name_ru,country\nPER,X,KZ,oops', ['2:extra_cells:']],
    ['header only', 'type,name_ru\n', ['0:empty_file:']],
    ['empty file', '\uFEFF  \n', ['0:empty_file:']],
    ['unclosed quote', 'type,name_ru\nPER,"X\n', ['2:csv_unclosed_quote:']],
    ['duplicate ids', 'id,type,name_ru,country\na,PER,X,KZ\na,PER,Y,KZ', ['3:duplicate_id:id']],
    ['bad id', 'id,type,name_ru,country\nПетров,PER,X,KZ', ['2:invalid_id:id']],
    ['control characters in a name', 'type,name_ru,country\nPER,"X\u200eY",KZ', ['2:invalid_text:name_ru']],
    ['a name without letters', 'type,name_ru,country\nPER,12345,KZ', ['2:invalid_text:name_ru']],
    ['too many aliases', `type,name_ru,country,aliases\nPER,X,KZ,${Array.from({ length: 21 }, (_, i) => `a${i}`).join('|')}`, ['2:too_many_aliases:aliases']],
  ])('rejects %s', (_, csv, expected) => {
    expect(problems(run(csv))).toEqual(expected);
  });

  it('skips blank lines, accepts CRLF and a BOM, joins line breaks inside names', () => {
    const r = ok(run('\uFEFFtype,name_ru,country\r\n\r\nLOC,"Жана-\r\nАул",KZ\r\n,,\r\n'));
    expect(r.entities.map((e) => e.name_ru)).toEqual(['Жана- Аул']);
  });
});

describe('importing JSON', () => {
  it('accepts a list or {entities}, aliases as a list or a string, numbers as strings', () => {
    const list = ok(run('[{"type":"LOC","name_en":"Zhana-Aul","country":"KZ","lat":"43,25","lon":76.95,"aliases":["Жанаауыл"]}]', 'json'));
    const wrapped = ok(run('{"entities":[{"type":"LOC","name_en":"Zhana-Aul","country":"KZ","lat":43.25,"lon":"76.95","aliases":"Жанаауыл"}]}', 'json'));
    expect(list.entities).toEqual(wrapped.entities);
    expect(list.entities[0]).toMatchObject({ lat: 43.25, lon: 76.95, aliases: ['Жанаауыл'] });
  });

  it.each([
    ['broken syntax', '[{"type": "PER"', ['0:json_syntax:']],
    ['not a list', '{"type": "PER"}', ['0:json_shape:']],
    ['an item that is not an object', '[{"type":"ORG","name_en":"A"}, 3]', ['2:not_an_object:']],
    ['an unknown field', '[{"type":"ORG","name_en":"A","nmae":"B"}]', ['1:unknown_field:nmae']],
    ['a wrong value type', '[{"type":"ORG","name_en":["A"]}]', ['1:invalid_text:name_en']],
    ['a javascript: website', '[{"type":"ORG","name_en":"A","website":"javascript:alert(1)"}]', ['1:invalid_url:website']],
  ])('rejects %s', (_, json, expected) => {
    expect(problems(run(json, 'json'))).toEqual(expected);
  });

  it('reduces a pasted Wikipedia address to the article title', () => {
    const r = ok(run('[{"type":"ORG","name_en":"A","wiki_ru":"https://ru.wikipedia.org/wiki/%D0%A4%D0%BE%D0%BD%D0%B4_%C2%AB%D0%9F%C2%BB"}]', 'json'));
    expect(r.entities[0]!.wiki_ru).toBe('Фонд «П»');
  });
});

describe('all or nothing', () => {
  const existing = ok(run('id,type,name_ru,country\nkeep,PER,Старый Человек,KZ\nold,ORG,Старый Фонд,KZ')).entities;
  const snapshot = structuredClone(existing);

  it('a file with one bad row changes nothing, however many rows are good', () => {
    const r = run('id,type,name_ru,country\nkeep,PER,Новое Имя,KZ\nfresh,PER,Новый,KZ\nbad,PER,,KZ', 'csv', existing);
    expect(problems(r)).toEqual(['4:name_required:name_ru']);
    expect(existing).toEqual(snapshot);
  });

  it('a good file adds new ids and replaces existing ones, keeping the rest', () => {
    const r = ok(run('id,type,name_ru,country\nkeep,PER,Новое Имя,KZ\nfresh,PER,Новый,KZ', 'csv', existing));
    expect(r.entities.map((e) => [e.id, e.name_ru])).toEqual([
      ['keep', 'Новое Имя'],
      ['old', 'Старый Фонд'],
      ['fresh', 'Новый'],
    ]);
    expect([r.added, r.updated]).toEqual([1, 1]);
    expect(existing).toEqual(snapshot);
  });

  it('importing the same file twice updates rather than duplicates', () => {
    const csv = 'type,name_ru,country\nPER,Айдар Бекмуханов,KZ';
    const once = ok(run(csv)).entities;
    const twice = ok(run(csv, 'csv', once));
    expect(twice.entities).toHaveLength(1);
    expect([twice.added, twice.updated]).toEqual([0, 1]);
  });
});

describe('templates and formats', () => {
  it.each(['csv', 'json'] as const)('the downloadable %s template imports cleanly', (format) => {
    const text = fs.readFileSync(`assets/public/templates/custom-entities.${format}`, 'utf8');
    const r = ok(run(text, format));
    expect(r.entities.map((e) => e.type)).toEqual(['PER', 'LOC', 'ORG']);
  });

  it('both templates describe the same entities', () => {
    const csv = ok(run(fs.readFileSync('assets/public/templates/custom-entities.csv', 'utf8'))).entities;
    const json = ok(run(fs.readFileSync('assets/public/templates/custom-entities.json', 'utf8'), 'json')).entities;
    expect(csv.map((e) => e.id)).toEqual(json.map((e) => e.id));
  });

  it.each([
    ['mine.JSON', 'type', 'json'],
    ['mine.csv', '[', 'csv'],
    ['clipboard', ' [{"type":"PER"}]', 'json'],
    ['clipboard', 'type,name_ru', 'csv'],
  ])('detectFormat(%s, %s) = %s', (name, text, format) => {
    expect(detectFormat(name, text)).toBe(format);
  });
});
