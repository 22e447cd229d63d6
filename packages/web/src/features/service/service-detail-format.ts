import { LANGUAGE_LABELS } from "./service-labels";

// Languages beyond the search form's list are named by ICU (which does not know "pjm").
const languageNames = new Intl.DisplayNames(["pl"], { type: "language", fallback: "none" });

/** "polski, ukraiński, polski język migowy (PJM)" for ["pl", "uk", "pjm"]; unknown codes as written. */
export function languageList(codes: readonly string[]): string {
  return codes
    .map((code) => LANGUAGE_LABELS[code.toLowerCase()] ?? safeLanguageName(code) ?? code)
    .join(", ");
}

function safeLanguageName(code: string): string | undefined {
  try {
    return languageNames.of(code);
  } catch {
    return undefined;
  }
}

/** "1 roku", "18 lat": the genitive after "od" and "do". */
function years(age: number): string {
  return `${age} ${age === 1 ? "roku" : "lat"}`;
}

/** "od 18 do 25 lat", "od 60 lat", "do 17 lat"; null when the service has no age limits. */
export function ageRangeText(
  minAge: number | null | undefined,
  maxAge: number | null | undefined,
): string | null {
  const min = minAge ?? null;
  const max = maxAge ?? null;
  if (min === null && max === null) return null;
  if (min === null) return `do ${years(max!)}`;
  if (max === null) return `od ${years(min)}`;
  return `od ${min === 1 ? years(1) : min} do ${years(max)}`;
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
