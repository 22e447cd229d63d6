"use client";

import { useEffect, useState } from "react";
import { fieldId } from "../forms/form-state";
import { PanelTextArea, PanelTextField } from "../forms/panel-fields";

/**
 * The certified products and services: the given rows (stored ones plus one empty row, enough
 * without JavaScript); with JavaScript a button adds more empty rows and moves the focus there.
 */
export function CertifiedOfferingRows(props: { rows: number; values: Record<string, string> }) {
  const [rows, setRows] = useState(props.rows);
  const [scripted, setScripted] = useState(false);
  const [focusRow, setFocusRow] = useState<number | null>(null);
  useEffect(() => setScripted(true), []);
  useEffect(() => {
    if (focusRow !== null) document.getElementById(fieldId(`offerings.${focusRow}.name`))?.focus();
  }, [focusRow]);
  return (
    <fieldset>
      <legend>Certyfikowane produkty i usługi</legend>
      <p className="hint">
        Co najmniej jedna pozycja. Pusta pozycja jest pomijana; aby usunąć pozycję, wyczyść jej pola.
      </p>
      {Array.from({ length: rows }, (_, row) => (
        <fieldset key={row} className="panel-repeat">
          <legend>Pozycja {row + 1}</legend>
          <PanelTextField
            name={`offerings.${row}.name`}
            label="Nazwa"
            defaultValue={props.values[`offerings.${row}.name`]}
          />
          <PanelTextArea
            name={`offerings.${row}.description`}
            label="Opis"
            rows={2}
            defaultValue={props.values[`offerings.${row}.description`]}
          />
          <PanelTextField
            name={`offerings.${row}.cpvCodes`}
            label="Kody CPV"
            hint="Postać NNNNNNNN-N, kilka oddziel przecinkami, np. 55520000-1."
            defaultValue={props.values[`offerings.${row}.cpvCodes`]}
          />
        </fieldset>
      ))}
      {scripted && (
        <button
          type="button"
          onClick={() => {
            setFocusRow(rows);
            setRows(rows + 1);
          }}
        >
          Dodaj kolejną pozycję
        </button>
      )}
    </fieldset>
  );
}
