"use server";

import { redirect } from "next/navigation";
import { graphql } from "@/__generated__";
import { safePanelPath } from "@/lib/panel/current-user";
import { panelMutate } from "@/lib/panel/panel-client";

const ResolveServiceReport = graphql(`
  mutation PanelResolveServiceReport($id: ID!, $note: String) {
    resolveServiceReport(id: $id, note: $note) {
      report {
        id
        resolvedAt
      }
      userErrors {
        field
        message
      }
    }
  }
`);

const text = (formData: FormData, name: string, max: number) => {
  const value = formData.get(name);
  return typeof value === "string" ? value.trim().slice(0, max) : "";
};

/** Marks a resident's report as dealt with and returns to the queue, which says how it went. */
export async function resolveReport(formData: FormData): Promise<void> {
  const back = safePanelPath(text(formData, "wroc", 300));
  const note = text(formData, "note", 2000);
  let resolved = false;
  try {
    const { data, error } = await panelMutate(ResolveServiceReport, {
      id: text(formData, "id", 300),
      note: note || null,
    });
    if (error) throw error;
    resolved = Boolean(data?.resolveServiceReport.report);
  } catch (error) {
    console.error("Resolving a service report failed", error);
  }
  const separator = back.includes("?") ? "&" : "?";
  redirect(`${back}${separator}zgloszenie=${resolved ? "zalatwione" : "blad"}`);
}
