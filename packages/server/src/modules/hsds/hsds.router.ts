import { createHash } from "node:crypto";
import { SERVICES_INDEX } from "@obserwatorium/schema";
import express, { type NextFunction, type Request, type Response, type Router } from "express";
import type { ApiDependencies } from "../../app/context";
import { systemClock } from "../common/clock";
import { PostgresTextFallback } from "../common/text-fallback";
import { TextRanking } from "../common/text-ranking";
import { createOrganizationLoaders } from "../organization/organization.loaders";
import { baseUrlOf, clientHasCurrent } from "../open-data/http-caching";
import { OPEN_DATA_LICENCE } from "../open-data/open-data-licence";
import { createServiceLoaders } from "../service/service.loaders";
import { createTerritoryLoaders } from "../territory/territory.loaders";
import { pageOf } from "./hsds-page";
import { HSDS_PROFILE, HSDS_VERSION } from "./hsds-profile";
import { HsdsParameterError, isUuid, pageParams, serviceListParams } from "./hsds-params";
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

/** The newest `last_modified` in a body, for Last-Modified. */
function lastModifiedOf(body: unknown): Date | null {
  const stamps = (JSON.stringify(body).match(/"last_modified":"[^"]+"/g) ?? []).map((entry) =>
    Date.parse(entry.slice(17, -1)),
  );
  return stamps.length ? new Date(Math.max(...stamps)) : null;
}

/** JSON with a weak ETag of the body itself, so a harvester re-downloads a page only when it changed. */
function sendJson(req: Request, res: Response, body: unknown) {
  const text = JSON.stringify(body);
  const etag = `W/"${createHash("sha256").update(text).digest("base64url").slice(0, 27)}"`;
  const changed = lastModifiedOf(body);
  res.set({
    ETag: etag,
    "Cache-Control": "public, max-age=300",
    Link: `<${OPEN_DATA_LICENCE.url}>; rel="license"`,
    ...(changed && { "Last-Modified": changed.toUTCString() }),
  });
  if (clientHasCurrent(req, etag, changed)) {
    res.status(304).end();
    return;
  }
  res.type("application/json; charset=utf-8").send(text);
}

const notFound = (res: Response, what: string) =>
  res.status(404).json({ error: "NOT_FOUND", message: `No published ${what} with this id` });

type Handler = (req: Request, res: Response) => Promise<void> | void;

/** Bad parameters become 400 naming the parameter; anything else goes to the common handler. */
const handle = (handler: Handler) => async (req: Request, res: Response, next: NextFunction) => {
  try {
    await handler(req, res);
  } catch (error) {
    if (error instanceof HsdsParameterError) {
      res.status(400).json({
        error: "BAD_REQUEST",
        parameter: error.parameter,
        message: `${error.parameter} ${error.message}`,
      });
    } else next(error);
  }
};

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
    handle(async (req, res) =>
      sendJson(req, res, await hsdsFor(dependencies).serviceList(serviceListParams(req))),
    ),
  );
  router.get(
    "/hsds/services/:id",
    handle(async (req, res) => {
      const id = String(req.params.id);
      const service = isUuid(id) ? await hsdsFor(dependencies).serviceById(id) : null;
      if (service) sendJson(req, res, service);
      else notFound(res, "service");
    }),
  );
  router.get(
    "/hsds/organizations",
    handle(async (req, res) =>
      sendJson(req, res, await hsdsFor(dependencies).organizationList(pageParams(req))),
    ),
  );
  router.get(
    "/hsds/organizations/:id",
    handle(async (req, res) => {
      const id = String(req.params.id);
      const organization = isUuid(id) ? await hsdsFor(dependencies).organizationById(id) : null;
      if (organization) sendJson(req, res, organization);
      else notFound(res, "organization");
    }),
  );
  router.get(
    "/hsds/taxonomies",
    handle((req, res) => sendJson(req, res, pageOf([CATEGORY_TAXONOMY], pageParams(req)))),
  );
  router.get("/hsds/taxonomies/:id", (req, res) => {
    if (String(req.params.id).toLowerCase() === CATEGORY_TAXONOMY.id) sendJson(req, res, CATEGORY_TAXONOMY);
    else notFound(res, "taxonomy");
  });
  router.get(
    "/hsds/taxonomy_terms",
    handle((req, res) => sendJson(req, res, pageOf(CATEGORY_TERMS, pageParams(req)))),
  );
  router.get("/hsds/taxonomy_terms/:id", (req, res) => {
    const term = termById(String(req.params.id));
    if (term) sendJson(req, res, term);
    else notFound(res, "taxonomy term");
  });

  return router;
}
