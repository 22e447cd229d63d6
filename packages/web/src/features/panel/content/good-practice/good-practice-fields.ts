export const GOOD_PRACTICE_FIELD_LABELS: Record<string, string> = {
  title: "Tytuł",
  slug: "Adres strony (slug)",
  summary: "Streszczenie",
  bodyMarkdown: "Opis",
  areaCodes: "Gdzie realizowano (kody TERYT)",
  serviceAreas: "Obszary usług społecznych",
  targetGroups: "Dla kogo",
  "period.from": "Od (rok lub data)",
  "period.to": "Do (rok lub data)",
  "contact.name": "Osoba do kontaktu",
  "contact.email": "E-mail",
  "contact.phone": "Telefon",
  "funding.kinds": "Źródła finansowania",
  "funding.source": "Finansowanie — opis",
  organizationIds: "Realizatorzy",
};

/** Every field of the form with the rows posted, labelled for the error summary. */
export function goodPracticeFormLabels(resultRows: number, attachmentRows: number): Record<string, string> {
  const labels = { ...GOOD_PRACTICE_FIELD_LABELS };
  for (let row = 0; row < resultRows; row++) {
    labels[`results.${row}.indicator`] = `Rezultat ${row + 1}: wskaźnik`;
    labels[`results.${row}.value`] = `Rezultat ${row + 1}: wartość`;
    labels[`results.${row}.unit`] = `Rezultat ${row + 1}: jednostka`;
  }
  for (let row = 0; row < attachmentRows; row++) {
    labels[`attachments.${row}.title`] = `Link ${row + 1}: tytuł`;
    labels[`attachments.${row}.url`] = `Link ${row + 1}: adres`;
  }
  return labels;
}

/** The number of rows of a repeatable group in a posted form. */
export function postedRows(values: Record<string, string>, group: string): number {
  const rows = Object.keys(values)
    .map((name) => new RegExp(`^${group}\\.(\\d{1,3})\\.`).exec(name)?.[1])
    .filter((row): row is string => row !== undefined)
    .map(Number);
  return rows.length ? Math.max(...rows) + 1 : 0;
}
