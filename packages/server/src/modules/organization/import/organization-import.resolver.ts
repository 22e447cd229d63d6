import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { RequestContext } from "../../../app/context";
import { organizationImportPayload, OrganizationImportPayload } from "./organization-import.type";

@Resolver()
export class OrganizationImportResolver {
  @Authorized()
  @Mutation(() => OrganizationImportPayload, {
    description:
      "Creates or updates organizations from CSV (template: GET /files/templates/organizations-import.csv; " +
      "columns: name, shortName, slug, legalForm, pesType, nip, regon, krs, streetAddress, postalCode, city, " +
      "gminaCode, latitude, longitude, areaCodes, email, phone, website, description, foundingBody, " +
      'employeeCount, employeesAtRiskCount, isActive, lastVerifiedAt, lastVerifiedSource; lists separated with "|"). ' +
      "A line whose NIP, else REGON, else KRS (digits only) names a stored organization updates it (columns the " +
      "file lacks keep their values); other lines create drafts. All or nothing; dryRun only reports",
  })
  async importOrganizationsCsv(
    @Arg("csv", () => String, { description: "The file's text, at most 1 000 000 characters" }) csv: string,
    @Arg("dryRun", () => Boolean, {
      defaultValue: true,
      description: "Only check the file and report what would happen; nothing is written",
    })
    dryRun: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return organizationImportPayload(await ctx.organizationImport.importCsv(csv, dryRun, ctx.auth.user!));
  }
}
