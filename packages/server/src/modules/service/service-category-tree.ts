import {
  SERVICE_AREA_LABELS_PL,
  SERVICE_AREAS,
  SERVICE_TYPE_AREA,
  SERVICE_TYPE_DESCRIPTIONS_PL,
  SERVICE_TYPE_LABELS_PL,
  SERVICE_TYPES,
} from "@obserwatorium/schema";
import type { ServiceCategoryType } from "./service-category.type";

/** The 14 statutory areas in statutory order with their types, counted from per-type counts. */
export function categoryTree(countsByType: ReadonlyMap<string, number>): ServiceCategoryType[] {
  return SERVICE_AREAS.map((area) => {
    const types = SERVICE_TYPES.filter((type) => SERVICE_TYPE_AREA[type] === area).map((type) => ({
      code: type,
      name: SERVICE_TYPE_LABELS_PL[type],
      description: SERVICE_TYPE_DESCRIPTIONS_PL[type],
      serviceCount: countsByType.get(type) ?? 0,
    }));
    return {
      code: area,
      name: SERVICE_AREA_LABELS_PL[area],
      types,
      serviceCount: types.reduce((sum, type) => sum + type.serviceCount, 0),
    };
  });
}
