import { describe, expect, test } from 'vitest';
import { find, recognizer, ru } from './helpers';

describe('roles by apposition, in the base form', () => {
  test.each([
    ['Состоялась встреча посла Казахстана в Таджикистане Валихана Туреханова.', 'Валихана Туреханова', 'посол Казахстана в Таджикистане'],
    ['Он встретился с заместителем министра иностранных дел Таджикистана Нигиной Ализода.', 'Нигиной Ализода', 'заместитель министра иностранных дел Таджикистана'],
    ['Встреча с председателем краевого правительства Майей Гойкович.', 'Майей Гойкович', 'председатель краевого правительства'],
    ['Посол Казахстана в Сербии Мади Атамкулов совершил визит.', 'Мади Атамкулов', 'Посол Казахстана в Сербии'.replace('П', 'п')],
    ['Выступил первым заместителем министра Пётр Иванов.', 'Пётр Иванов', 'первый заместитель министра'],
    ['Письмо премьер-министру Петру Иванову.', 'Петру Иванову', 'премьер-министр'],
    ['Мади Атамкулов, посол Казахстана в Сербии, совершил визит.', 'Мади Атамкулов', 'посол Казахстана в Сербии'],
  ])('%s', (text, name, role) => {
    expect(find(ru(text), name)?.role).toBe(role);
  });

  test.each([
    ['Tajik Foreign Minister Sirojiddin Muhriddin met the delegation.', 'Sirojiddin Muhriddin', 'Tajik Foreign Minister'],
    ['Kazakh Ambassador to Serbia Madi Atamkulov arrived.', 'Madi Atamkulov', 'Kazakh Ambassador to Serbia'],
  ])('%s', (text, name, role) => {
    expect(find(recognizer.recognize(text, { lang: 'en' }), name)?.role).toBe(role);
  });

  test('no role across a verb or a preposition', () => {
    expect(find(ru('Министр встретился с Мади Атамкуловым.'), 'Мади Атамкуловым')?.role).toBeUndefined();
  });

  test('a later bare mention carries the role found earlier', () => {
    const ms = ru('Встреча с председателем краевого правительства Майей Гойкович. Гойкович подтвердила намерение.');
    expect(find(ms, 'Гойкович')?.role).toBe('председатель краевого правительства');
  });
});
