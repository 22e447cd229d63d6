import { LOCALE_TAGS, type Locale } from "@/i18n/locales";
import { serviceLabels } from "./service-labels";

/**
 * "polski, ukraiński, polski język migowy (PJM)" for ["pl", "uk", "pjm"] in Polish; languages beyond
 * the search form's list are named by ICU (which does not know "pjm"), unknown codes as written.
 */
export function languageList(codes: readonly string[], locale: Locale = "pl"): string {
  const labels = serviceLabels(locale).languages;
  const names = new Intl.DisplayNames([LOCALE_TAGS[locale]], { type: "language", fallback: "none" });
  return codes.map((code) => labels[code.toLowerCase()] ?? safeLanguageName(names, code) ?? code).join(", ");
}

function safeLanguageName(names: Intl.DisplayNames, code: string): string | undefined {
  try {
    return names.of(code);
  } catch {
    return undefined;
  }
}

const amountFormat = new Intl.NumberFormat("pl-PL", { maximumFractionDigits: 2 });

/**
 * "25 zł/godz." or "12,50 zł za posiłek": the unit is free text, written either with the currency
 * ("zł/godz.") or without it ("za godzinę").
 */
export function priceText(amount: number | null | undefined, unit: string | null | undefined): string | null {
  if (amount === null || amount === undefined) return null;
  const formatted = amountFormat.format(amount);
  const trimmedUnit = unit?.trim() ?? "";
  if (!trimmedUnit) return `${formatted} zł`;
  return /^zł(?!\p{L})/u.test(trimmedUnit) ? `${formatted} ${trimmedUnit}` : `${formatted} zł ${trimmedUnit}`;
}
