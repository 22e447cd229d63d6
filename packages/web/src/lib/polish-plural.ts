const rules = new Intl.PluralRules("pl-PL");

/** "1 gmina", "2 gminy", "5 gmin": Polish has three plural forms for counts. */
export function pluralize(count: number, forms: { one: string; few: string; many: string }): string {
  const category = rules.select(count);
  const word = category === "one" ? forms.one : category === "few" ? forms.few : forms.many;
  return `${count.toLocaleString("pl-PL")} ${word}`;
}
