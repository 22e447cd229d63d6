import { panelQuery } from "@/lib/panel/panel-client";
import { API_MAX_PAGE_SIZE, collectAllPages, pageOf } from "@/lib/pagination";
import { PanelProviderChoices } from "./service-queries";

/** Every organization a service may name as its provider, by name, gathered page by page. */
export function loadProviderChoices() {
  return collectAllPages(async (after) => {
    const { data, error } = await panelQuery(PanelProviderChoices, { first: API_MAX_PAGE_SIZE, after });
    if (!data) throw error ?? new Error("The provider choices are missing");
    return pageOf(data.organizations);
  });
}
