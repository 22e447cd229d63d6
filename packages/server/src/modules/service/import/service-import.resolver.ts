import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { RequestContext } from "../../../app/context";
import { ServiceImportPayload } from "./service-import.type";

@Resolver()
export class ServiceImportResolver {
  @Authorized()
  @Mutation(() => ServiceImportPayload, {
    description:
      "Creates draft services from CSV (columns: title, slug, description, serviceType, providerNip, targetGroups, " +
      "costKind, costAmount, costUnit, costExplanation, howToApply, deliveryModes, languages, areaCodes, " +
      'lastVerifiedAt, lastVerifiedSource; lists separated with "|"), all or nothing; dryRun only validates',
  })
  importServicesCsv(
    @Arg("csv", () => String, { description: "The file's text, at most 1 000 000 characters" }) csv: string,
    @Arg("dryRun", () => Boolean, { defaultValue: true }) dryRun: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.serviceImport.importCsv(csv, dryRun, ctx.auth.user!);
  }
}
