import { describe, expect, test } from 'vitest';
import { buildExport, exportBaseName, toCsv, toJson, toMarkdown } from '@/lib/export';
import { csvField } from '@/lib/export/csv';
import { markdownCell } from '@/lib/export/markdown';
import { CONTEXT } from '../panel/fixtures';

/** A small RFC 4180 reader, so tests check what a spreadsheet would actually see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += ch;
  }
  return rows;
}

describe('JSON', () => {
  test('article and entities grouped by type, by salience', () => {
    const doc = JSON.parse(toJson(CONTEXT));
    expect(doc.article).toEqual({ url: CONTEXT.url, title: CONTEXT.title, published: '2026-02-13T14:20:00+05:00' });
    expect(doc.entities.map((e: { entityId: string | null }) => e.entityId)).toEqual([
      'person:maja-gojkovic',
      'person:valikhan-turekhanov',
      null,
      'region:3194360',
      'country:RS',
      'org:mfa-kz',
    ]);
    expect(doc.entities[0]).toEqual({
      type: 'PER',
      name: 'Майя Гойкович',
      entityId: 'person:maja-gojkovic',
      mentions: 2,
      roles: ['председатель краевого правительства'],
      salience: 0.4,
    });
  });

  test('no date gives null, not a missing key', () => {
    expect(JSON.parse(toJson({ ...CONTEXT, published: undefined })).article.published).toBeNull();
  });
});

describe('CSV', () => {
  test('header and one row per entity, CRLF line ends', () => {
    const text = toCsv(CONTEXT);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')[0]).toBe('article_url,article_title,article_published,type,name,entity_id,mentions,roles');
    const rows = parseCsv(text);
    expect(rows).toHaveLength(1 + CONTEXT.entities.length);
    expect(rows[1]).toEqual([
      CONTEXT.url,
      CONTEXT.title,
      '2026-02-13T14:20:00+05:00',
      'PER',
      'Майя Гойкович',
      'person:maja-gojkovic',
      '2',
      'председатель краевого правительства',
    ]);
    expect(rows[4]!.slice(3, 7)).toEqual(['LOC', 'Воеводина', 'region:3194360', '3']);
  });

  test.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+7 701', "'+7 701"],
    ['@cmd', "'@cmd"],
    ['-1,5', `"'-1,5"`],
    ['', ''],
  ])('field %j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  test('numbers and empty values', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField(null)).toBe('');
  });

  test('awkward names survive a round trip', () => {
    const entities = [{ ...CONTEXT.entities[1]!, name: 'ООО "Рога, Копыта"\nи партнёры', roles: ['a', 'b'] }];
    const rows = parseCsv(toCsv({ ...CONTEXT, entities }));
    expect(rows[1]![4]).toBe('ООО "Рога, Копыта"\nи партнёры');
    expect(rows[1]![7]).toBe('a; b');
  });
});

describe('Markdown', () => {
  test('title, source, date, then a table row per entity', () => {
    const lines = toMarkdown(CONTEXT).split('\n');
    expect(lines[0]).toBe('# Посол Казахстана встретился с замминистра иностранных дел Таджикистана - Kazakhstan Today');
    expect(lines).toContain('Source: <http://127.0.0.1:4789/kazakhstan-today/>');
    expect(lines).toContain('Published: 2026-02-13T14:20:00+05:00');
    expect(lines).toContain('| Type | Name | ID | Mentions | Roles |');
    expect(lines).toContain('| Place | Воеводина | region:3194360 | 3 |  |');
    expect(lines).toContain('| Person | Майя Гойкович | person:maja-gojkovic | 2 | председатель краевого правительства |');
    expect(lines.filter((l) => l.startsWith('| ')).length).toBe(2 + CONTEXT.entities.length);
  });

  test.each([
    ['a|b', 'a\\|b'],
    ['two\nlines', 'two lines'],
    ['crlf\r\nend', 'crlf end'],
    ['back\\slash|', 'back\\\\slash\\|'],
  ])('cell %j → %j', (text, expected) => {
    expect(markdownCell(text)).toBe(expected);
  });

  test('a pipe or newline in a name does not break the table', () => {
    const entities = [{ ...CONTEXT.entities[1]!, name: 'A|B\nC' }];
    const row = toMarkdown({ ...CONTEXT, entities }).split('\n').find((l) => l.startsWith('| Person'));
    expect(row).toBe('| Person | A\\|B C | person:maja-gojkovic | 2 | председатель краевого правительства |');
  });

  test('a title cannot inject markup or extra lines', () => {
    const md = toMarkdown({ ...CONTEXT, title: 'Hi\n# <b>x</b>' });
    expect(md.split('\n')[0]).toBe('# Hi \\# \\<b\\>x\\</b\\>');
  });
});

describe('files', () => {
  test('names carry the date and a slug of the title', () => {
    expect(exportBaseName(CONTEXT)).toBe('kontext-2026-02-13-посол-казахстана-встретился-с-замминистра-иностранных-дел');
    expect(exportBaseName({ url: 'https://www.kt.kz/a', title: '' })).toBe('kontext-www-kt-kz');
  });

  test.each([
    ['json', 'application/json;charset=utf-8'],
    ['csv', 'text/csv;charset=utf-8'],
    ['md', 'text/markdown;charset=utf-8'],
  ] as const)('%s', (format, mime) => {
    const file = buildExport(CONTEXT, format);
    expect(file.mime).toBe(mime);
    expect(file.name.endsWith(`.${format}`)).toBe(true);
    expect(file.text.length).toBeGreaterThan(100);
  });
});
