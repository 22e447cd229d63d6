import type { FundingKind } from "@obserwatorium/schema";
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../app/context";
import { InvalidInputError } from "../common/errors";
import { toGlobalId } from "../common/global-id";
import { OrganizationType } from "../organization/organization.type";
import { TerritorialUnitType } from "../territory/territorial-unit.type";
import { GoodPracticesArgs } from "./dto/good-practices.args";
import type { GoodPractice } from "./good-practice.entity";
import {
  GoodPracticeConnection,
  GoodPracticeContactType,
  GoodPracticeFundingType,
  GoodPracticePeriodType,
  GoodPracticeResultType,
  GoodPracticeType,
  LinkAttachmentType,
} from "./good-practice.type";
import { renderSafeMarkdown } from "./safe-markdown";

@Resolver(() => GoodPracticeType)
export class GoodPracticeResolver {
  @Query(() => GoodPracticeConnection, {
    description: "Good practices, newest first or by relevance to text",
  })
  goodPractices(
    @Args(() => GoodPracticesArgs) args: GoodPracticesArgs,
    @Ctx() { goodPractices }: RequestContext,
  ) {
    return goodPractices.list(args);
  }

  @Query(() => GoodPracticeType, {
    nullable: true,
    description: "One good practice by its global ID or slug",
  })
  goodPractice(
    @Ctx() { goodPractices }: RequestContext,
    @Arg("id", () => ID, { nullable: true, description: "Global ID; give this or slug" }) id?: string | null,
    @Arg("slug", () => String, { nullable: true, description: "The slug from its URL; give this or id" })
    slug?: string | null,
  ) {
    if ((id ? 1 : 0) + (slug ? 1 : 0) !== 1)
      throw new InvalidInputError("id", "give exactly one of id and slug");
    return id ? goodPractices.findById(id) : goodPractices.findBySlug(slug!);
  }

  @FieldResolver(() => ID, { description: "Global ID, stable and opaque; works with node(id)" })
  id(@Root() practice: GoodPractice) {
    return toGlobalId("GoodPractice", practice.id);
  }

  @Authorized()
  @FieldResolver(() => String, {
    description: "The Markdown source for editing; signed-in users only. Pages show bodyHtml",
  })
  bodyMarkdown(@Root() practice: GoodPractice) {
    return practice.bodyMarkdown;
  }

  @FieldResolver(() => String, {
    description: "The body as safe HTML: no raw HTML, headings from h2, links http/https/mailto with rel",
  })
  bodyHtml(@Root() practice: GoodPractice) {
    return renderSafeMarkdown(practice.bodyMarkdown);
  }

  @FieldResolver(() => [TerritorialUnitType], { description: "TERYT units where it was carried out" })
  async areas(@Root() practice: GoodPractice, @Ctx() { territory, loaders }: RequestContext) {
    return territory.findManyByCodes(await loaders.goodPractice.areaCodesByPractice.load(practice.id));
  }

  @FieldResolver(() => [OrganizationType], {
    description: "Who carried it out; only organizations visible to you",
  })
  organizations(@Root() practice: GoodPractice, @Ctx() { goodPractices }: RequestContext) {
    return goodPractices.organizationsOf(practice);
  }

  @FieldResolver(() => GoodPracticePeriodType, { description: "When it ran" })
  period(@Root() practice: GoodPractice): GoodPracticePeriodType {
    return {
      fromYear: practice.periodFromYear,
      fromDate: practice.periodFromDate ?? null,
      toYear: practice.periodToYear ?? null,
      toDate: practice.periodToDate ?? null,
    };
  }

  @FieldResolver(() => GoodPracticeFundingType, { description: "How it was paid for" })
  funding(@Root() practice: GoodPractice): GoodPracticeFundingType {
    return { kinds: practice.fundingKinds as FundingKind[], source: practice.fundingSource };
  }

  @FieldResolver(() => [GoodPracticeResultType], { description: "Measured results, in the order given" })
  async results(@Root() practice: GoodPractice, @Ctx() { loaders }: RequestContext) {
    const results = await loaders.goodPractice.resultsByPractice.load(practice.id);
    return results.map(({ indicator, value, unit }) => ({ indicator, value: Number(value), unit }));
  }

  @FieldResolver(() => GoodPracticeContactType, { description: "Whom to ask about it" })
  contact(@Root() practice: GoodPractice): GoodPracticeContactType {
    return {
      name: practice.contactName ?? null,
      email: practice.contactEmail ?? null,
      phone: practice.contactPhone ?? null,
    };
  }

  @FieldResolver(() => [LinkAttachmentType], {
    description: "Links to material about it, in the order given",
  })
  async attachments(@Root() practice: GoodPractice, @Ctx() { loaders }: RequestContext) {
    const attachments = await loaders.goodPractice.attachmentsByPractice.load(practice.id);
    return attachments.map(({ title, url }) => ({ title, url }));
  }
}
