import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { RequestContext } from "../../../app/context";
import { serviceImportPayload, ServiceImportPayload } from "./service-import.type";

@Resolver()
export class ServiceImportResolver {
  @Authorized()
  @Mutation(() => ServiceImportPayload, {
    description:
      "Creates or updates services from CSV (template: GET /files/templates/services-import.csv; columns: title, " +
      "slug, description, serviceType, providerNip, providerRegon, providerKrs, providerId, targetGroups, costKind, " +
      "costAmount, costUnit, costExplanation, howToApply, deliveryModes, languages, areaCodes, locationName, " +
      "locationStreetAddress, locationPostalCode, locationCity, locationGminaCode, lastVerifiedAt, " +
      'lastVerifiedSource; lists separated with "|"). A line whose provider, title (case, Polish letters and ' +
      "spacing aside) and location (TERYT gmina and street, when the file has location columns) name a stored " +
      "service updates it (columns the file lacks keep their values); other lines create drafts. All or nothing; " +
      "dryRun only reports",
  })
  async importServicesCsv(
    @Arg("csv", () => String, { description: "The file's text, at most 1 000 000 characters" }) csv: string,
    @Arg("dryRun", () => Boolean, {
      defaultValue: true,
      description: "Only check the file and report what would happen; nothing is written",
    })
    dryRun: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return serviceImportPayload(await ctx.serviceImport.importCsv(csv, dryRun, ctx.auth.user!));
  }
}
