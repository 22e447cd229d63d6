import type { DocumentStatus } from "@obserwatorium/schema";
import { Arg, Args, Ctx, Extensions, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../app/context";
import { toGlobalId } from "../common/global-id";
import { canSeeUnpublished } from "../common/viewer";
import { OrganizationType } from "../organization/organization.type";
import { ServiceObjectType } from "../service/service.type";
import { TerritorialUnitType } from "../territory/territorial-unit.type";
import type { DocumentRecord } from "./document.entity";
import { DocumentStatusEnum } from "./document.enums";
import {
  AdoptingActType,
  DocumentConnection,
  DocumentFileType,
  DocumentType,
  PageMatchType,
} from "./document.type";
import { MATCHES_PER_DOCUMENT } from "./document-text-search";
import { DocumentsArgs } from "./dto/document-filter.input";
import { LpdiCoverageType } from "./lpdi-coverage.type";

@Resolver(() => DocumentType)
export class DocumentResolver {
  @Query(() => DocumentConnection, { description: "Documents; with filter.text, ranked by their best page" })
  documents(@Args(() => DocumentsArgs) args: DocumentsArgs, @Ctx() { documents }: RequestContext) {
    return documents.list(args);
  }

  @Query(() => DocumentType, { nullable: true, description: "One document by its global ID" })
  document(
    @Arg("id", () => ID, { description: "Global ID of the document" }) id: string,
    @Ctx() { documents }: RequestContext,
  ) {
    return documents.findById(id);
  }

  @Query(() => LpdiCoverageType, {
    description:
      "For a województwo or powiat: each powiat and gmina with the state of its LPDI, and the share adopted",
  })
  lpdiCoverage(
    @Arg("areaCode", () => String, {
      description: "TERYT code of a województwo (2 digits) or a powiat (4 digits)",
    })
    areaCode: string,
    @Ctx() { lpdiCoverage }: RequestContext,
  ) {
    return lpdiCoverage.coverage(areaCode);
  }

  @FieldResolver(() => ID, { description: "Global ID, stable and opaque; works with node(id)" })
  id(@Root() document: DocumentRecord) {
    return toGlobalId("Document", document.id);
  }

  @FieldResolver(() => DocumentStatusEnum, {
    description: "The stage combined with today's date: adds IN_FORCE, EXPIRED and REPEALED",
  })
  status(@Root() document: DocumentRecord, @Ctx() { documents }: RequestContext): DocumentStatus {
    return documents.status(document);
  }

  @FieldResolver(() => AdoptingActType, {
    nullable: true,
    description: "The resolution or order that adopted it; null until known",
  })
  act(@Root() document: DocumentRecord): AdoptingActType | null {
    const { actNumber, actBody, adoptedOn } = document;
    return actNumber || actBody || adoptedOn
      ? { number: actNumber ?? null, body: actBody ?? null, date: adoptedOn ?? null }
      : null;
  }

  @FieldResolver(() => TerritorialUnitType, { nullable: true, description: "The JST it concerns" })
  territorialUnit(@Root() document: DocumentRecord, @Ctx() { territory }: RequestContext) {
    return document.territorialUnitCode ? territory.findByCode(document.territorialUnitCode) : null;
  }

  @FieldResolver(() => [DocumentFileType], { description: "Files, oldest first" })
  files(@Root() document: DocumentRecord, @Ctx() { loaders }: RequestContext) {
    return loaders.document.filesByDocument.load(document.id);
  }

  @FieldResolver(() => [OrganizationType], {
    description: "Organizations the document concerns, those visible to you",
  })
  async relatedOrganizations(
    @Root() document: DocumentRecord,
    @Ctx() { organizations, loaders }: RequestContext,
  ) {
    const ids = await loaders.document.organizationIdsByDocument.load(document.id);
    const found = await Promise.all(ids.map((id) => organizations.findByUuid(id)));
    return found.filter((organization) => organization !== null);
  }

  @FieldResolver(() => [ServiceObjectType], {
    description: "Services the document concerns, those visible to you",
  })
  async relatedServices(@Root() document: DocumentRecord, @Ctx() { loaders, auth }: RequestContext) {
    const ids = await loaders.document.serviceIdsByDocument.load(document.id);
    const services = await loaders.service.serviceById.loadMany(ids);
    return services.filter(
      (service) =>
        service &&
        !(service instanceof Error) &&
        (service.publicationState === "PUBLISHED" || canSeeUnpublished(auth.viewer)),
    );
  }

  @FieldResolver(() => [PageMatchType], {
    description: "With documents(filter: { text }): the best pages (up to 3) with snippets; empty otherwise",
  })
  @Extensions({ listSize: MATCHES_PER_DOCUMENT })
  textMatches(@Root() document: DocumentRecord, @Ctx() { documents }: RequestContext) {
    return documents.textMatches(document);
  }
}
