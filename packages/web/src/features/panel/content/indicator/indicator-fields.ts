import { valueField } from "./indicator-form-values";

/** The definition form's fields with their labels, for the error summary. */
export const INDICATOR_FORM_LABELS: Record<string, string> = {
  code: "Kod",
  name: "Nazwa",
  programme: "Program",
  area: "Obszar ustawowy",
  unit: "Jednostka miary",
  definition: "Sposób obliczania",
  source: "Źródło danych",
  direction: "Kierunek",
};

/** The value form's fields with their labels. */
export const INDICATOR_VALUE_FORM_LABELS: Record<string, string> = {
  [valueField("territorialUnitCode")]: "Jednostka (kod TERYT)",
  [valueField("year")]: "Rok",
  [valueField("value")]: "Wartość",
  [valueField("baseline")]: "Wartość bazowa",
  [valueField("target")]: "Wartość docelowa",
  [valueField("source")]: "Źródło tej wartości",
  [valueField("note")]: "Uwagi",
};
