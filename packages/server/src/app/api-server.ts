import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type Request, type Response } from "express";
import type { GraphQLSchema } from "graphql";
import { documentFilesRouter } from "../modules/document/files/document-files.router";
import { eventCalendarRouter } from "../modules/event/calendar/event-calendar.router";
import { registrationsCsvRouter } from "../modules/event/registrations-csv.router";
import { hsdsRouter } from "../modules/hsds/hsds.router";
import { openDataRouter } from "../modules/open-data/open-data.router";
import { importTemplatesRouter } from "../modules/common/csv-import/import-templates.router";
import { FileStorage } from "../modules/document/files/file-storage";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "../modules/common/database-unavailable";
import { createErrorFormatter } from "../modules/common/format-error";
import { createRequestContext, type ApiDependencies, type RequestContext } from "./context";
import { buildSubgraphApiSchema } from "./federation/subgraph-schema";
import { corsMiddleware } from "./cors";
import { healthRouter } from "./health";
import { publicCachePlugins } from "./public-cache";
import { DEFAULT_QUERY_LIMITS, queryLimitsPlugin } from "./query-limits/query-limits";
import { auditApiKeyMiddleware, callerMiddleware } from "./rate-limit/caller-middleware";
import { DEFAULT_RATE_LIMITS, rateLimitedError } from "./rate-limit/request-budget";
import { buildApiSchema } from "./schema";

const GRAPHQL_PATHS = new Set(["/graphql", "/subgraph"]);

export interface RunningApi {
  server: Server;
  url: string;
  /** The Apollo Federation 2 subgraph endpoint, when `federationSubgraph` is on. */
  subgraphUrl?: string;
  stop(): Promise<void>;
}

/** Runs `afterWrite` once a mutation has finished, before its response leaves. */
function afterMutations(afterWrite: () => Promise<void>): ApolloServerPlugin<RequestContext> {
  return {
    requestDidStart: async () => ({
      willSendResponse: async ({ operation }) => {
        if (operation?.operation === "mutation") await afterWrite();
      },
    }),
  };
}

export async function startApiServer(
  dependencies: ApiDependencies,
  { port, host }: { port: number; host?: string },
): Promise<RunningApi> {
  const { afterWrite } = dependencies;
  const app = express();
  app.disable("x-powered-by");
  // The site's server and a local reverse proxy forward the client's address and protocol.
  app.set("trust proxy", "loopback");
  const server = createServer(app);
  // The subgraph runs the same resolvers, context, limits and error masking as /graphql; no inline
  // traces (Apollo's ftv1), which would give any caller resolver timings.
  const apolloFor = (schema: GraphQLSchema, extraPlugins: ApolloServerPlugin<RequestContext>[] = []) =>
    new ApolloServer<RequestContext>({
      schema,
      introspection: true,
      includeStacktraceInErrorResponses: false,
      formatError: createErrorFormatter(dependencies.logger),
      plugins: [
        ApolloServerPluginDrainHttpServer({ httpServer: server }),
        queryLimitsPlugin<RequestContext>(
          { ...DEFAULT_QUERY_LIMITS, ...dependencies.queryLimits },
          // A request spends its measured cost (at least the point spent on arrival).
          ({ rateLimit }, cost) => {
            if (cost > 1 && !rateLimit.spend(cost - 1)) throw rateLimitedError(rateLimit);
          },
        ),
        ...publicCachePlugins(),
        ...(afterWrite ? [afterMutations(afterWrite)] : []),
        ...extraPlugins,
      ],
    });
  const schema = await buildApiSchema();
  const apollo = apolloFor(schema);
  const subgraph = dependencies.federationSubgraph
    ? apolloFor(buildSubgraphApiSchema(schema), [ApolloServerPluginInlineTraceDisabled()])
    : null;
  await apollo.start();
  await subgraph?.start();
  const context = ({ req, res }: { req: Request; res: Response }) =>
    createRequestContext(dependencies, { req, res });

  app.use(healthRouter(dependencies));
  // Before the rate limit, so that a partner's page can read its refusals too.
  app.use("/graphql", corsMiddleware(dependencies.corsOrigins ?? []));
  const clock = dependencies.clock;
  app.use(
    callerMiddleware(
      dependencies,
      { ...DEFAULT_RATE_LIMITS, ...dependencies.rateLimits },
      clock ? () => clock.now().getTime() : Date.now,
    ),
  );
  app.use(documentFilesRouter(dependencies, new FileStorage(dependencies.files)));
  app.use(importTemplatesRouter());
  app.use(registrationsCsvRouter(dependencies));
  app.use(eventCalendarRouter(dependencies));
  app.use(openDataRouter(dependencies));
  app.use(hsdsRouter(dependencies));
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    auditApiKeyMiddleware,
    expressMiddleware(apollo, { context }),
  );
  // Called by a gateway, server to server: no CORS.
  if (subgraph)
    app.use(
      "/subgraph",
      express.json({ limit: "1mb" }),
      auditApiKeyMiddleware,
      expressMiddleware(subgraph, { context }),
    );

  // A database outage met outside Apollo (signing the caller in, files, CSV, calendars) is answered
  // the same way, in the shape of the route: GraphQL errors on the GraphQL endpoints.
  app.use((error: unknown, req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (!isDatabaseUnavailable(error) || res.headersSent) return next(error);
    res.status(503).set("Retry-After", "5");
    const code = "SERVICE_UNAVAILABLE";
    if (GRAPHQL_PATHS.has(req.path))
      res.json({ errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE, extensions: { code } }] });
    else res.json({ error: { code, message: DATABASE_UNAVAILABLE_MESSAGE } });
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolveListen());
  });
  const { port: boundPort } = server.address() as AddressInfo;
  return {
    server,
    url: `http://localhost:${boundPort}/graphql`,
    ...(subgraph && { subgraphUrl: `http://localhost:${boundPort}/subgraph` }),
    stop: async () => {
      await Promise.all([apollo.stop(), subgraph?.stop()]);
    },
  };
}
