import { SERVICES_INDEX } from "@obserwatorium/schema";
import express, { type Router } from "express";
import type { ApiDependencies } from "../../app/context";
import { systemClock } from "../common/clock";
import { PostgresTextFallback } from "../common/text-fallback";
import { TextRanking } from "../common/text-ranking";
import { createOrganizationLoaders } from "../organization/organization.loaders";
import { baseUrlOf } from "../open-data/http-caching";
import { OPEN_DATA_LICENCE } from "../open-data/open-data-licence";
import { createServiceLoaders } from "../service/service.loaders";
import { createTerritoryLoaders } from "../territory/territory.loaders";
import { pageOf } from "./hsds-page";
import { HSDS_PROFILE, HSDS_VERSION } from "./hsds-profile";
import { handleHsds, newestModified, sendHsdsJson, sendNotFound } from "./hsds-http";
import { isUuid, pageParams, serviceListParams } from "./hsds-params";
import { CATEGORY_TAXONOMY, CATEGORY_TERMS, termById } from "./hsds-taxonomy";
import { HsdsService } from "./hsds.service";

type Dependencies = Pick<ApiDependencies, "orm" | "search" | "logger" | "clock" | "siteUrl">;

function hsdsFor(dependencies: Dependencies): HsdsService {
  const em = dependencies.orm.em.fork();
  const search = new TextRanking(
    dependencies.search,
    dependencies.logger,
    SERVICES_INDEX,
    new PostgresTextFallback(em),
  );
  return new HsdsService(
    em,
    {
      service: createServiceLoaders(em),
      organization: createOrganizationLoaders(em),
      territory: createTerritoryLoaders(em),
    },
    search,
    dependencies.clock ?? systemClock,
    dependencies.siteUrl ?? "http://localhost:3000",
  );
}

/**
 * The service catalogue as Open Referral HSDS 3.0 (https://docs.openreferral.org), read-only and
 * public: GET /hsds, /hsds/services[/{id}], /hsds/organizations[/{id}], /hsds/taxonomies[/{id}],
 * /hsds/taxonomy_terms[/{id}]. Published records only; the data is under CC BY 4.0 as open data.
 */
export function hsdsRouter(dependencies: Dependencies): Router {
  const router = express.Router();

  router.get("/hsds", (req, res) => {
    const base = `${baseUrlOf(req)}/hsds`;
    res.set("Cache-Control", "public, max-age=300").json({
      version: HSDS_VERSION,
      profile: HSDS_PROFILE,
      description:
        "Koszyk usług społecznych województwa podlaskiego (Obserwatorium ROPS w Białymstoku) w standardzie Open Referral HSDS 3.0.",
      publisher: {
        name: OPEN_DATA_LICENCE.attribution,
        website: dependencies.siteUrl ?? "http://localhost:3000",
      },
      licence: OPEN_DATA_LICENCE,
      links: {
        services: `${base}/services`,
        organizations: `${base}/organizations`,
        taxonomies: `${base}/taxonomies`,
        taxonomy_terms: `${base}/taxonomy_terms`,
      },
    });
  });

  router.get(
    "/hsds/services",
    handleHsds(async (req, res) => {
      const page = await hsdsFor(dependencies).serviceList(serviceListParams(req));
      sendHsdsJson(req, res, page, newestModified(page.contents));
    }),
  );
  router.get(
    "/hsds/services/:id",
    handleHsds(async (req, res) => {
      const id = String(req.params.id);
      const service = isUuid(id) ? await hsdsFor(dependencies).serviceById(id) : null;
      if (service) sendHsdsJson(req, res, service, newestModified([service]));
      else sendNotFound(res, "service");
    }),
  );
  router.get(
    "/hsds/organizations",
    handleHsds(async (req, res) =>
      sendHsdsJson(req, res, await hsdsFor(dependencies).organizationList(pageParams(req))),
    ),
  );
  router.get(
    "/hsds/organizations/:id",
    handleHsds(async (req, res) => {
      const id = String(req.params.id);
      const organization = isUuid(id) ? await hsdsFor(dependencies).organizationById(id) : null;
      if (organization) sendHsdsJson(req, res, organization);
      else sendNotFound(res, "organization");
    }),
  );
  router.get(
    "/hsds/taxonomies",
    handleHsds((req, res) => sendHsdsJson(req, res, pageOf([CATEGORY_TAXONOMY], pageParams(req)))),
  );
  router.get("/hsds/taxonomies/:id", (req, res) => {
    if (String(req.params.id).toLowerCase() === CATEGORY_TAXONOMY.id)
      sendHsdsJson(req, res, CATEGORY_TAXONOMY);
    else sendNotFound(res, "taxonomy");
  });
  router.get(
    "/hsds/taxonomy_terms",
    handleHsds((req, res) => sendHsdsJson(req, res, pageOf(CATEGORY_TERMS, pageParams(req)))),
  );
  router.get("/hsds/taxonomy_terms/:id", (req, res) => {
    const term = termById(String(req.params.id));
    if (term) sendHsdsJson(req, res, term);
    else sendNotFound(res, "taxonomy term");
  });

  return router;
}
