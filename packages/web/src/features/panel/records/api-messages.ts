import { fieldOfErrorPath, type ApiUserError } from "../forms/form-state";

/**
 * The API words its validation errors in English ("must not be empty"); the panel is Polish. Known
 * phrasings get a Polish wording, anything else is shown as the API said it.
 */
const POLISH_MESSAGES: readonly [RegExp, (...groups: string[]) => string][] = [
  [/^must not be empty$/, () => "nie może być puste"],
  [/^must be at most (\d+) characters$/, (n) => `może mieć najwyżej ${n} znaków`],
  [/^must be 10 digits$/, () => "musi mieć 10 cyfr"],
  [/^has an invalid check digit$/, () => "ma nieprawidłową cyfrę kontrolną — sprawdź, czy nie ma literówki"],
  [/^must be 9 or 14 digits$/, () => "musi mieć 9 albo 14 cyfr"],
  [/^must be in the format NN-NNN$/, () => "musi mieć postać NN-NNN, np. 15-001"],
  [/^must be in the format NNNNNNNN-N$/, () => "kod CPV musi mieć postać NNNNNNNN-N, np. 55520000-1"],
  [/^must be the 7-digit TERYT code of a gmina$/, () => "musi być 7-cyfrowym kodem TERYT gminy"],
  [/^must be the 2-digit TERYT code of a województwo$/, () => "musi być 2-cyfrowym kodem TERYT województwa"],
  [/^must be a TERYT code of 2, 4 or 7 digits$/, () => "musi być kodem TERYT z 2, 4 albo 7 cyfr"],
  [/^is not a TERYT unit$/, () => "nie ma takiej jednostki w rejestrze TERYT"],
  [/^must be a gmina, not a part of one$/, () => "musi być kodem gminy, nie jej części"],
  [/^must not be negative$/, () => "nie może być ujemna"],
  [/^must not exceed employeeCount$/, () => "nie może przekraczać liczby zatrudnionych"],
  [/^must say how the data was verified$/, () => "podaj, jak sprawdzono dane"],
  [/^is required for a (\w+)$/, (type) => `jest wymagany dla typu ${type}`],
  [/^must not be before the decision date$/, () => "nie może być wcześniejsza niż data decyzji"],
  [/^must not be before validFrom$/, () => "nie może być wcześniejsza niż początek ważności"],
  [/^must not be in the future$/, () => "nie może być z przyszłości"],
  [
    /^must be (\d{4}-\d{2}-\d{2}): this mark is granted for (\d+) months$/,
    (date, months) => `musi być ${date}: ten znak przyznaje się na ${months} miesięcy`,
  ],
  [/^is required for this type of certificate$/, () => "jest wymagana dla tego rodzaju certyfikatu"],
  [/^must name at least one product or service$/, () => "podaj co najmniej jeden produkt lub usługę"],
  [/^is already used by another certificate of this type$/, () => "ma już inny certyfikat tego rodzaju"],
  [/^a revoked certificate cannot be renewed$/, () => "cofniętego certyfikatu nie można odnowić"],
  [/^the certificate is already revoked$/, () => "certyfikat już został cofnięty"],
  [
    /^an identifier or the slug is already used by another organization$/,
    () => "NIP, REGON, KRS albo adres strony (slug) ma już inny podmiot",
  ],
  [/^is already used by another organization$/, () => "ma już inny podmiot"],
  [/^no (\w+) has this ID$/, () => "nie ma takiego rekordu — mógł zostać usunięty"],
];

export function polishApiMessage(message: string): string {
  for (const [pattern, polish] of POLISH_MESSAGES) {
    const match = pattern.exec(message);
    if (match) return polish(...match.slice(1));
  }
  return message;
}

/**
 * The API's errors made ready for `rejectedFormState(values, errors, fields)`: messages in Polish, and
 * each path moved to a field the form has — a list item (`offerings.0.cpvCodes.1`) to its list's
 * field (`offerings.0.cpvCodes`), an object (`coordinates`) to its first field; `rowIndexes` turns the
 * API's row numbers back into the form's rows when blank rows were left out of the input.
 */
export function userErrorsForForm(
  userErrors: readonly ApiUserError[],
  formFields: readonly string[],
  rowIndexes: Record<string, readonly number[]> = {},
): ApiUserError[] {
  return userErrors.map(({ field, message }) => {
    const parts = fieldOfErrorPath(field).split(".").filter(Boolean);
    const list = parts[0];
    if (list && rowIndexes[list] && parts[1] !== undefined && /^\d+$/.test(parts[1])) {
      parts[1] = String(rowIndexes[list][Number(parts[1])] ?? parts[1]);
    }
    return { field: ["input", ...nearestField(parts, formFields)], message: polishApiMessage(message) };
  });
}

function nearestField(parts: string[], formFields: readonly string[]): string[] {
  for (let length = parts.length; length > 0; length--) {
    if (formFields.includes(parts.slice(0, length).join("."))) return parts.slice(0, length);
  }
  const path = parts.join(".");
  const inside = path && formFields.find((name) => name.startsWith(`${path}.`));
  return inside ? inside.split(".") : parts;
}
