import { PanelTextField } from "../../forms/panel-fields";
import { PanelForm } from "../../forms/panel-form";
import { setIndicatorValueAction } from "./indicator-actions";
import { INDICATOR_VALUE_FORM_LABELS } from "./indicator-fields";
import { valueField } from "./indicator-form-values";

const label = (name: string) => INDICATOR_VALUE_FORM_LABELS[valueField(name)]!;

/** One value for a unit and year; a value already stored for them is replaced. */
export function IndicatorValueForm(props: { indicatorCode: string; unit: string; unitCode: string }) {
  return (
    <PanelForm
      action={setIndicatorValueAction}
      submitLabel="Zapisz wartość"
      labels={INDICATOR_VALUE_FORM_LABELS}
      errorTitle="Nie zapisano wartości — popraw wskazane pola."
    >
      <input type="hidden" name="indicatorCode" value={props.indicatorCode} />
      <PanelTextField
        name={valueField("territorialUnitCode")}
        label={label("territorialUnitCode")}
        required
        hint="Województwo (2 cyfry), powiat (4) lub gmina (7), np. 2061 — Białystok."
        defaultValue={props.unitCode}
      />
      <PanelTextField name={valueField("year")} label={label("year")} required type="number" />
      <PanelTextField
        name={valueField("value")}
        label={`${label("value")} (${props.unit})`}
        required
        hint="Liczba bez jednostki; przecinek albo kropka, np. 12,5."
      />
      <PanelTextField name={valueField("baseline")} label={label("baseline")} />
      <PanelTextField name={valueField("target")} label={label("target")} />
      <PanelTextField
        name={valueField("source")}
        label={label("source")}
        hint="Puste — obowiązuje źródło wskaźnika."
      />
      <PanelTextField name={valueField("note")} label={label("note")} />
    </PanelForm>
  );
}
