import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../app/context";
import { ServiceCoverageType } from "./service-coverage.type";

@Resolver(() => ServiceCoverageType)
export class ServiceCoverageResolver {
  @Query(() => ServiceCoverageType, {
    description: "For a gmina or powiat: the statutory areas with services and the gaps",
  })
  coverage(
    @Arg("areaCode", () => String, { description: "TERYT code of a powiat (4 digits) or a gmina (7 digits)" })
    areaCode: string,
    @Ctx() { serviceCoverage }: RequestContext,
  ) {
    return serviceCoverage.coverage(areaCode);
  }
}
