import { LOCALE_TAGS, type Locale } from "./locales";

/** The word forms a count needs in a language; `other` is always there (English has only one/other). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** "5 usług", "5 services", "5 послуг": the count formatted for the language and the right form. */
export function countWith(locale: Locale, count: number, forms: PluralForms): string {
  const tag = LOCALE_TAGS[locale];
  const category = new Intl.PluralRules(tag).select(count);
  return `${count.toLocaleString(tag)} ${forms[category] ?? forms.other}`;
}
