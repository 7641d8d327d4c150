/**
 * Locale-aware formatting for card facts: numbers, areas, partial dates, language and currency
 * names. Everything goes through `Intl`, so a new UI language needs no code here.
 */
import type { UiLang } from './i18n';

/** Population: exact below a million ("345 000"), compact above ("20,3 млн" / "20.3M"). */
export function formatPopulation(value: number, lang: UiLang): string {
  if (value < 1_000_000) return new Intl.NumberFormat(lang).format(value);
  return new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/** A plain grouped integer ("2 724 900"). */
export function formatInteger(value: number, lang: UiLang): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(value);
}

/**
 * A date as precise as the data knows it: `YYYY` → "2019", `YYYY-MM` → "March 2019" /
 * "март 2019 г." (genitive on request: «мая 2023 г.»), `YYYY-MM-DD` → "13 February 2026" / "13 февраля 2026 г.". Anything else is shown
 * as written (data is data; a malformed date must not blank the card).
 */
export function formatPartialDate(date: string, lang: UiLang, form: 'nominative' | 'genitive' = 'nominative'): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date.trim());
  if (!match) return date;
  const [, year, month, day] = match;
  if (!month) return year!;
  // UTC on both sides so the reader's time zone cannot shift the day.
  const at = new Date(Date.UTC(Number(year), Number(month) - 1, day ? Number(day) : 1));
  if (!day && form === 'genitive' && lang === 'ru') {
    // «с мая 2023 г.», not «с май 2023 г.»: Intl gives the genitive month only next to a day.
    const parts = new Intl.DateTimeFormat('ru', { day: 'numeric', month: 'long', timeZone: 'UTC' }).formatToParts(at);
    const monthName = parts.find((p) => p.type === 'month')?.value;
    if (monthName) return `${monthName} ${year} г.`;
  }
  const options: Intl.DateTimeFormatOptions = day
    ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
    : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(lang, options).format(at);
}

/** "2019 – 2022", "с 2019" is built by the caller; this gives the bare range of two partial dates. */
export function formatPeriod(since: string | undefined, until: string | undefined, lang: UiLang): string {
  const from = since ? formatPartialDate(since, lang) : '…';
  const to = until ? formatPartialDate(until, lang) : '…';
  return `${from} – ${to}`;
}

function displayName(lang: UiLang, type: 'language' | 'currency', code: string): string {
  try {
    return new Intl.DisplayNames([lang], { type }).of(code) ?? code;
  } catch {
    return code; // codes such as GeoNames' "sr-ME" may be unknown to an older Intl
  }
}

/** Language names for BCP 47 codes, de-duplicated ("ru", "ru-KZ" → "русский"). */
export function formatLanguages(codes: readonly string[], lang: UiLang, limit = 4): string {
  const names: string[] = [];
  for (const code of codes) {
    const name = displayName(lang, 'language', code.split('-')[0] ?? code);
    if (!names.includes(name)) names.push(name);
  }
  const shown = names.slice(0, limit);
  return names.length > limit ? `${shown.join(', ')}, …` : shown.join(', ');
}

/** "тенге (KZT)" / "Kazakhstani Tenge (KZT)"; falls back to the dataset's own currency name. */
export function formatCurrency(currency: { code: string; name: string }, lang: UiLang): string {
  const name = displayName(lang, 'currency', currency.code);
  return `${name === currency.code ? currency.name : name} (${currency.code})`;
}
