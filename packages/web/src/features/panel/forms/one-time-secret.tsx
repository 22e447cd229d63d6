"use client";

import { useState, type ReactNode } from "react";
import { FormField } from "@/components/form-field";

/**
 * A secret the API returns once and keeps only the hash of (an invitation link, an API key): shown
 * read-only, selected on focus, with a copy button that says what happened.
 */
export function OneTimeSecret(props: {
  id: string;
  label: string;
  hint: ReactNode;
  value: string;
  /** What is copied, in the accusative: "link", "klucz". */
  noun: string;
}) {
  const { id, label, hint, value, noun } = props;
  const [copied, setCopied] = useState<string | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(`Skopiowano ${noun} do schowka.`);
    } catch {
      (document.getElementById(id) as HTMLInputElement | null)?.select();
      setCopied(`Nie udało się skopiować automatycznie: ${noun} jest zaznaczony, skopiuj go skrótem Ctrl+C.`);
    }
  }

  return (
    <div className="notice invitation-link">
      <FormField id={id} label={label} hint={hint}>
        {(control) => (
          <input
            {...control}
            type="text"
            readOnly
            value={value}
            onFocus={(event) => event.currentTarget.select()}
          />
        )}
      </FormField>
      <button type="button" className="button button--secondary" onClick={copy}>
        Kopiuj {noun}
      </button>
      <p role="status">{copied ?? ""}</p>
    </div>
  );
}
