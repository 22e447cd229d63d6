import { badUserInput } from "@/lib/graphql-errors";
import { GLOBAL_ID } from "@/lib/load-by-key";
import { API_MAX_PAGE_SIZE, collectAllPages, pageOf } from "@/lib/pagination";
import { panelQuery } from "@/lib/panel/panel-client";
import { PanelMyService, PanelMyServices } from "./representative-queries";

/** The organization's services by title, every page of them. */
export function loadMyServiceList(providerId: string) {
  return collectAllPages(async (after) => {
    const { data, error } = await panelQuery(PanelMyServices, {
      providerId,
      first: API_MAX_PAGE_SIZE,
      after,
    });
    if (!data) throw error ?? new Error("The organization's services are missing");
    return pageOf(data.services);
  });
}

/**
 * One service of the organization with everything a proposal starts from; null when the ID names
 * no service or a service of another provider. Only the chosen service's details are fetched.
 */
export async function loadMyService(providerId: string, serviceId: string | undefined) {
  if (!serviceId || !GLOBAL_ID.test(serviceId)) return null;
  const { data, error } = await panelQuery(PanelMyService, { id: serviceId });
  if (error && badUserInput(error)) return null;
  if (!data) throw error ?? new Error("The service is missing");
  const service = data.service;
  return service?.provider?.id === providerId ? service : null;
}
