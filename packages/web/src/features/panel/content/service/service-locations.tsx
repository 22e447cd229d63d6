"use client";

import { useEffect, useRef, useState } from "react";
import { FieldError } from "@/components/field-error";
import { fieldId } from "../../forms/form-state";
import { PanelTextField } from "../../forms/panel-fields";
import { usePanelFormState } from "../../forms/panel-form";
import { postedLocationRows, weekdayName } from "./service-fields";
import { WEEKDAYS } from "./service-form-values";

interface Row {
  key: number;
  defaults: Record<string, string>;
}

/** A time field of the weekly table: its label hidden (the row and column say it), its error bound. */
function TimeField(props: { name: string; label: string; defaultValue: string }) {
  const state = usePanelFormState();
  const kept =
    state.status === "rejected" || state.status === "failed" ? state.values[props.name] : undefined;
  const value = kept ?? props.defaultValue;
  const error = state.fieldErrors[props.name] ?? null;
  const id = fieldId(props.name);
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {props.label}
      </label>
      <input
        id={id}
        key={value}
        name={props.name}
        defaultValue={value}
        inputMode="numeric"
        size={5}
        maxLength={5}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <FieldError id={`${id}-error`} message={error} />
    </>
  );
}

function LocationRow(props: { row: Row; position: number; onRemove?: () => void }) {
  const state = usePanelFormState();
  const { key, defaults } = props.row;
  const at = (name: string) => `locations.${key}.${name}`;
  const place = `Miejsce ${props.position}`;
  const exceptionsName = at("exceptions");
  const kept =
    state.status === "rejected" || state.status === "failed" ? state.values[exceptionsName] : undefined;
  const exceptions = kept ?? defaults.exceptions ?? "[]";
  const exceptionCount = (() => {
    try {
      return (JSON.parse(exceptions) as unknown[]).length;
    } catch {
      return 0;
    }
  })();
  const hoursError = state.fieldErrors[at("openingHours")] ?? null;
  return (
    <fieldset className="panel-location" id={fieldId(`locations.${key}`)}>
      <legend>{place}</legend>
      <PanelTextField
        name={at("name")}
        label="Nazwa miejsca"
        hint="Np. „Dzienny Dom Pomocy, parter”."
        defaultValue={defaults.name}
      />
      <PanelTextField
        name={at("address.streetAddress")}
        label="Ulica i numer"
        defaultValue={defaults["address.streetAddress"]}
      />
      <PanelTextField
        name={at("address.postalCode")}
        label="Kod pocztowy"
        hint="NN-NNN"
        defaultValue={defaults["address.postalCode"]}
      />
      <PanelTextField name={at("address.city")} label="Miejscowość" defaultValue={defaults["address.city"]} />
      <PanelTextField
        name={at("address.gminaCode")}
        label="Kod TERYT gminy"
        hint="7 cyfr, np. 2002034 (Łapy — gmina miejsko-wiejska)."
        defaultValue={defaults["address.gminaCode"]}
      />
      <PanelTextField
        name={at("coordinates.latitude")}
        label="Szerokość geograficzna"
        hint="Np. 52,9908; obie współrzędne albo żadna."
        defaultValue={defaults["coordinates.latitude"]}
      />
      <PanelTextField
        name={at("coordinates.longitude")}
        label="Długość geograficzna"
        hint="Np. 22,8843."
        defaultValue={defaults["coordinates.longitude"]}
      />
      <input type="hidden" name={exceptionsName} value={exceptions} />
      <table
        className="panel-hours"
        id={fieldId(at("openingHours"))}
        aria-describedby={`${fieldId(at("openingHours"))}-hint`}
      >
        <caption>Godziny otwarcia — {place.toLowerCase()}</caption>
        <thead>
          <tr>
            <th scope="col">Dzień</th>
            <th scope="col">Otwarcie</th>
            <th scope="col">Zamknięcie</th>
          </tr>
        </thead>
        <tbody>
          {WEEKDAYS.map((weekday) => (
            <tr key={weekday}>
              <th scope="row">{weekdayName(weekday)}</th>
              <td>
                <TimeField
                  name={at(`openingHours.${weekday}.opens`)}
                  label={`${place}: ${weekdayName(weekday)}, otwarcie`}
                  defaultValue={defaults[`openingHours.${weekday}.opens`] ?? ""}
                />
              </td>
              <td>
                <TimeField
                  name={at(`openingHours.${weekday}.closes`)}
                  label={`${place}: ${weekdayName(weekday)}, zamknięcie`}
                  defaultValue={defaults[`openingHours.${weekday}.closes`] ?? ""}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint" id={`${fieldId(at("openingHours"))}-hint`}>
        Godziny w postaci GG:MM, np. 08:00 i 16:00 (24:00 — do północy). W dni zamknięte zostaw puste pola.
        {exceptionCount > 0 &&
          ` Dni o innych godzinach (${exceptionCount}) zostają bez zmian; ten formularz ich nie edytuje.`}
      </p>
      <FieldError id={`${fieldId(at("openingHours"))}-error`} message={hoursError} />
      {props.onRemove && (
        <button type="button" className="button button--secondary" onClick={props.onRemove}>
          Usuń: {place.toLowerCase()}
        </button>
      )}
    </fieldset>
  );
}

/**
 * The service's places, each with its weekly hours. Without JavaScript there is one blank row more
 * than stored (blank rows are not saved; clearing a row removes the place); with it, places can be
 * added and removed with buttons.
 */
export function ServiceLocations(props: { locations: readonly Record<string, string>[] }) {
  const state = usePanelFormState();
  const [rows, setRows] = useState<Row[]>(() => {
    const posted =
      state.status === "rejected" || state.status === "failed" ? postedLocationRows(state.values) : [];
    if (posted.length) return posted.map((key) => ({ key, defaults: {} }));
    const stored = props.locations.map((defaults, key) => ({ key, defaults }));
    return [...stored, { key: stored.length, defaults: {} }];
  });
  const [enhanced, setEnhanced] = useState(false);
  const added = useRef<number | null>(null);
  useEffect(() => setEnhanced(true), []);
  useEffect(() => {
    if (added.current === null) return;
    document.getElementById(fieldId(`locations.${added.current}.name`))?.focus();
    added.current = null;
  }, [rows]);
  const error = state.fieldErrors.locations ?? null;
  return (
    <div className="panel-locations" id={fieldId("locations")} tabIndex={-1}>
      <FieldError id={`${fieldId("locations")}-error`} message={error} />
      {rows.map((row, index) => (
        <LocationRow
          key={row.key}
          row={row}
          position={index + 1}
          onRemove={
            enhanced ? () => setRows((current) => current.filter((item) => item.key !== row.key)) : undefined
          }
        />
      ))}
      {enhanced && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            setRows((current) => {
              const key = Math.max(-1, ...current.map((item) => item.key)) + 1;
              added.current = key;
              return [...current, { key, defaults: {} }];
            })
          }
        >
          Dodaj miejsce
        </button>
      )}
    </div>
  );
}
