"use client";

import type { FormEvent, ReactNode } from "react";
import type { CertificateType } from "@/__generated__/graphql";
import { prefilledValidTo } from "./certificate-form-input";

/**
 * Keeps "Ważny do" at the end of the mark's fixed term while the editor changes "Ważny od" or the
 * type, until they type an end date of their own. Without JavaScript the prefilled date stays and
 * the API names the right one if the start was changed.
 */
export function TermDates(props: { children: ReactNode; defaultType: CertificateType }) {
  const onChange = (event: FormEvent<HTMLDivElement>) => {
    const form = (event.target as HTMLInputElement).form;
    const name = (event.target as HTMLInputElement).name;
    if (!form || (name !== "validFrom" && name !== "type")) return;
    const from = form.elements.namedItem("validFrom") as HTMLInputElement | null;
    const to = form.elements.namedItem("validTo") as HTMLInputElement | null;
    const type = (form.elements.namedItem("type") as HTMLSelectElement | null)?.value ?? props.defaultType;
    if (!from || !to || (to.value && to.dataset.prefilled !== to.value)) return;
    const next = prefilledValidTo(type as CertificateType, from.value);
    to.value = next;
    to.dataset.prefilled = next;
  };
  return (
    <div
      onChange={onChange}
      ref={(element) => {
        const to = element?.querySelector<HTMLInputElement>('input[name="validTo"]');
        if (to && to.dataset.prefilled === undefined) to.dataset.prefilled = to.value;
      }}
    >
      {props.children}
    </div>
  );
}
