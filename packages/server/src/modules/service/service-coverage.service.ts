import { COUNTY_KINDS, MUNICIPALITY_KINDS, type TerritorialUnitKind } from "@obserwatorium/schema";
import { InvalidInputError } from "../common/errors";
import type { Viewer } from "../common/viewer";
import type { TerritorialUnitService } from "../territory/territorial-unit.service";
import { categoryTree } from "./service-category-tree";
import type { ServiceCoverageType } from "./service-coverage.type";
import { serviceVisibility } from "./service.query";
import type { ServiceRepository } from "./service.repository";

const COVERAGE_KINDS: readonly TerritorialUnitKind[] = [...COUNTY_KINDS, ...MUNICIPALITY_KINDS];

/** The gap view: for a gmina or powiat, which statutory areas have at least one service and which none. */
export class ServiceCoverageService {
  constructor(
    private readonly repository: ServiceRepository,
    private readonly territory: TerritorialUnitService,
    private readonly viewer: Viewer,
  ) {}

  async coverage(areaCode: string): Promise<ServiceCoverageType> {
    const code = areaCode.trim();
    if (!/^(\d{4}|\d{7})$/.test(code)) {
      throw new InvalidInputError(
        "areaCode",
        "must be the TERYT code of a powiat (4 digits) or a gmina (7 digits)",
      );
    }
    const unit = await this.territory.findByCode(code);
    if (!unit) throw new InvalidInputError("areaCode", "is not a TERYT unit");
    if (!COVERAGE_KINDS.includes(unit.kind)) {
      throw new InvalidInputError("areaCode", "must be a powiat or a gmina, not a part of one");
    }
    const counts = await this.repository.countByType({ ...serviceVisibility(this.viewer), areaCode: code });
    const categories = categoryTree(counts);
    return {
      unit,
      serviceCount: categories.reduce((sum, category) => sum + category.serviceCount, 0),
      categories,
      missingCategories: categories.filter((category) => category.serviceCount === 0),
    };
  }
}
