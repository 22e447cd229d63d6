/**
 * Validation messages of the editor mutations (written for API clients, in English) as the Polish
 * sentences an import file's author reads next to the column. A message not listed stays as it is.
 */
const EXACT: Readonly<Record<string, string>> = {
  "must not be empty": "nie może być puste",
  "has an invalid check digit": "ma błędną cyfrę kontrolną",
  "must be a time HH:MM": "musi być godziną GG:MM",
  "is not a TERYT unit": "nie jest kodem jednostki TERYT",
  "must be 10 digits": "musi mieć 10 cyfr",
  "must be 9 or 14 digits": "musi mieć 9 albo 14 cyfr",
  "must say how the data was verified": "musi mówić, jak zweryfikowano dane",
  "must not contain a username or password": "nie może zawierać nazwy użytkownika ani hasła",
  "must not be negative": "nie może być ujemne",
  "must be the 7-digit TERYT code of a gmina": "musi być 7-cyfrowym kodem TERYT gminy",
  "must be a gmina, not a part of one": "musi być gminą, nie jej częścią",
  "must be a TERYT code of 2, 4 or 7 digits": "musi być kodem TERYT z 2, 4 albo 7 cyfr",
  "no organization has this ID": "żaden podmiot nie ma tego identyfikatora",
  "is not the ID of an organization": "nie jest identyfikatorem podmiotu",
  "must use http or https": "musi zaczynać się od http:// albo https://",
  "must be an absolute http or https address": "musi być pełnym adresem http:// albo https://",
  "must say what the price is for": "musi mówić, za co jest ta kwota (kolumna costUnit)",
  "must not exceed employeeCount": "nie może przekraczać liczby pracowników (employeeCount)",
  "must not contain spaces": "nie może zawierać spacji",
  "must not be in the future": "nie może być datą z przyszłości",
  "must not be before validFrom": "nie może być wcześniejsza niż validFrom",
  "must name at least one way of delivery": "musi podawać co najmniej jedną formę realizacji",
  "must lie in the województwo of the gmina (are latitude and longitude swapped?)":
    "musi leżeć w województwie gminy (czy szerokość i długość nie są zamienione?)",
  "must have a valid domain after the @": "musi mieć poprawną domenę po @",
  "must have a domain name with a dot": "musi mieć domenę z kropką",
  "must have 1 to 64 characters before the @": "musi mieć od 1 do 64 znaków przed @",
  "must contain exactly one @": "musi zawierać dokładnie jeden znak @",
  "must contain only lower-case letters, digits and single hyphens":
    "może zawierać tylko małe litery, cyfry i pojedyncze łączniki",
  "must be in the format NNNNNNNN-N": "musi mieć postać NNNNNNNN-N",
  "must be in the format NN-NNN": "musi mieć postać NN-NNN",
  "must be empty for a free service": "musi być puste dla usługi bezpłatnej",
  "must be between 0 and 130": "musi być liczbą od 0 do 130",
  "must be an ISO 639 code or 'pjm'": "musi być kodem języka ISO 639 albo „pjm”",
  "must be a non-negative amount in PLN": "musi być nieujemną kwotą w złotych",
  "must be 9 digits, +48 and 9 digits, or + and 8 to 15 digits":
    "musi mieć 9 cyfr, +48 i 9 cyfr albo + i od 8 do 15 cyfr",
  "must be 3 to 120 characters": "musi mieć od 3 do 120 znaków",
  "is required for a paid service": "jest wymagane dla usługi płatnej",
  "is listed twice": "występuje dwa razy",
  "is already used by another service": "jest już używany przez inną usługę",
  "is already used by another organization": "jest już używany przez inny podmiot",
  "an identifier or the slug is already used by another organization":
    "identyfikator albo adres strony jest już używany przez inny podmiot",
  "must not be less than minAge": "nie może być mniejsze niż minAge",
  "a service needs at least one location or one area served":
    "usługa musi mieć co najmniej jedno miejsce realizacji albo jeden obszar działania",
  "must be later than opens": "musi być później niż godzina otwarcia",
  'a quoted value is not closed (missing ")': 'wartość w cudzysłowie nie jest zamknięta (brak ")',
  'a quote (") inside a value that does not start with one':
    'cudzysłów (") wewnątrz wartości, która nie zaczyna się od cudzysłowu',
  'text right after the closing quote (")': 'tekst tuż po zamykającym cudzysłowie (")',
};

const PATTERNS: readonly [RegExp, (match: RegExpMatchArray) => string][] = [
  [/^must be at most (\d+) characters(?: long)?$/, (m) => `może mieć najwyżej ${m[1]} znaków`],
  [/^must list at most (\d+) \w+$/, (m) => `może wymieniać najwyżej ${m[1]} pozycji`],
  [/^is required for a (\w+)$/, (m) => `jest wymagane dla typu ${m[1]}`],
  [
    /^must explain how the payment is decided for (\w+)$/,
    (m) => `musi wyjaśniać zasady odpłatności dla ${m[1]}`,
  ],
];

export function polishMessage(message: string): string {
  const exact = EXACT[message];
  if (exact) return exact;
  for (const [pattern, translate] of PATTERNS) {
    const match = message.match(pattern);
    if (match) return translate(match);
  }
  return message;
}
