import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { RequestContext } from "../../app/context";
import { IndicatorImportPayload } from "./indicator-import-payload.type";

@Resolver()
export class IndicatorMutationResolver {
  @Authorized()
  @Mutation(() => IndicatorImportPayload, {
    description:
      "Imports indicator values from CSV (docs/INDICATOR-CSV.md): all or nothing, upserted by indicator, unit and year",
  })
  importIndicatorValues(
    @Arg("csv", () => String, { description: "The file's text, at most 1 000 000 characters" }) csv: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.indicatorEditor.importValues(csv, ctx.auth.user!);
  }
}
