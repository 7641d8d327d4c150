import { describe, expect, it } from 'vitest';
import { csvField, parseCsv } from '@/lib/custom/csv';

const rows = (text: string) => {
  const r = parseCsv(text);
  if (!r.ok) throw new Error(`${r.code} at row ${r.row}`);
  return r.rows;
};

describe('parseCsv', () => {
  it.each([
    ['plain', 'a,b\n1,2\n', [['a', 'b'], ['1', '2']]],
    ['no final line break', 'a,b\n1,2', [['a', 'b'], ['1', '2']]],
    ['CRLF line ends', 'a,b\r\n1,2\r\n', [['a', 'b'], ['1', '2']]],
    ['old Mac CR line ends', 'a,b\r1,2', [['a', 'b'], ['1', '2']]],
    ['byte-order mark', '\uFEFFtype,name\nPER,X', [['type', 'name'], ['PER', 'X']]],
    ['empty fields', 'a,,c\n,,\n', [['a', '', 'c'], ['', '', '']]],
    ['comma inside quotes', '"Фонд ""Пример"", Алматы",x', [['Фонд "Пример", Алматы', 'x']]],
    ['doubled quotes', '"say ""hi"""', [['say "hi"']]],
    ['LF inside quotes', '"a\nb",c\nd,e', [['a\nb', 'c'], ['d', 'e']]],
    ['CRLF inside quotes becomes LF', '"a\r\nb",c\r\n', [['a\nb', 'c']]],
    ['empty quoted field', '"",x', [['', 'x']]],
    ['quoted last field then EOF', 'x,""', [['x', '']]],
    ['Cyrillic and spaces kept', ' Айдар Бекмуханов ,KZ', [[' Айдар Бекмуханов ', 'KZ']]],
  ])('%s', (_, text, expected) => {
    expect(rows(text).map((r) => r.fields)).toEqual(expected);
  });

  it('numbers rows as a spreadsheet does: a quoted line break stays in one row', () => {
    const parsed = rows('h1,h2\n"multi\nline",x\nlast,y\n');
    expect(parsed.map((r) => r.row)).toEqual([1, 2, 3]);
  });

  it.each([
    ['unclosed quote', 'a,b\n1,"open\n2,3\n', 'csv_unclosed_quote', 2],
    ['quote inside an unquoted field', 'a,b\n1,2\nx"y,3\n', 'csv_stray_quote', 3],
    ['text after a closing quote', 'a\n"x"y\n', 'csv_stray_quote', 2],
  ])('rejects %s with its row', (_, text, code, row) => {
    expect(parseCsv(text)).toEqual({ ok: false, code, row });
  });
});

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
  ])('%s → %s, and reads back', (value, written) => {
    expect(csvField(value)).toBe(written);
    expect(rows(written)[0]!.fields).toEqual([value]);
  });
});
