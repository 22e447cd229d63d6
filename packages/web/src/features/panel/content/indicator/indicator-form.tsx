import type { PanelIndicatorRecordQuery } from "@/__generated__/graphql";
import { SERVICE_AREA_LABELS } from "@/features/service/service-labels";
import { getMessages } from "@/i18n/messages";
import { PanelSelect, PanelTextArea, PanelTextField } from "../../forms/panel-fields";
import { PanelForm } from "../../forms/panel-form";
import { optionsOf } from "../shared/options";
import { saveIndicatorAction } from "./indicator-actions";
import { INDICATOR_FORM_LABELS } from "./indicator-fields";
import "../shared/content.css";

export type IndicatorRecord = NonNullable<PanelIndicatorRecordQuery["indicator"]>;

const facts = getMessages("pl").data.facts;

/** An indicator's definition; the code is chosen once, when the indicator is defined. */
export function IndicatorForm(props: { indicator: IndicatorRecord | null }) {
  const { indicator } = props;
  return (
    <PanelForm
      action={saveIndicatorAction}
      submitLabel={indicator ? "Zapisz zmiany" : "Zapisz wskaźnik"}
      labels={INDICATOR_FORM_LABELS}
    >
      {indicator ? (
        <>
          <input type="hidden" name="id" value={indicator.code} />
          <input type="hidden" name="code" value={indicator.code} />
          <p>
            Kod: <code>{indicator.code}</code> (nie zmienia się — odwołują się do niego wartości i pliki
            importu).
          </p>
        </>
      ) : (
        <PanelTextField
          name="code"
          label={INDICATOR_FORM_LABELS.code!}
          required
          hint="Stały identyfikator: litery i cyfry połączone znakiem _ , np. OZPS_KLUBY_SENIORA. Po zapisaniu nie można go zmienić."
        />
      )}
      <PanelTextField
        name="name"
        label={INDICATOR_FORM_LABELS.name!}
        required
        defaultValue={indicator?.name}
      />
      <PanelSelect
        name="programme"
        label={INDICATOR_FORM_LABELS.programme!}
        required
        options={optionsOf(facts.programmes)}
        emptyLabel="— wybierz —"
        defaultValue={indicator?.programme}
      />
      <PanelSelect
        name="area"
        label={INDICATOR_FORM_LABELS.area!}
        options={optionsOf(SERVICE_AREA_LABELS)}
        emptyLabel="— żaden —"
        defaultValue={indicator?.area}
      />
      <PanelTextField
        name="unit"
        label={INDICATOR_FORM_LABELS.unit!}
        required
        hint="Np. %, liczba, na 10 tys. mieszkańców."
        defaultValue={indicator?.unit}
      />
      <PanelSelect
        name="direction"
        label={INDICATOR_FORM_LABELS.direction!}
        required
        options={optionsOf(facts.directions)}
        emptyLabel="— wybierz —"
        defaultValue={indicator?.direction}
      />
      <PanelTextArea
        name="definition"
        label={INDICATOR_FORM_LABELS.definition!}
        rows={4}
        hint="Zwykłym językiem: co jest liczone i w stosunku do czego."
        defaultValue={indicator?.definition}
      />
      <PanelTextField name="source" label={INDICATOR_FORM_LABELS.source!} defaultValue={indicator?.source} />
    </PanelForm>
  );
}
