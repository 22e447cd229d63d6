import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { documentFilesRouter } from "../modules/document/files/document-files.router";
import { eventCalendarRouter } from "../modules/event/calendar/event-calendar.router";
import { registrationsCsvRouter } from "../modules/event/registrations-csv.router";
import { openDataRouter } from "../modules/open-data/open-data.router";
import { importTemplatesRouter } from "../modules/common/csv-import/import-templates.router";
import { FileStorage } from "../modules/document/files/file-storage";
import { createErrorFormatter } from "../modules/common/format-error";
import { createRequestContext, type ApiDependencies, type RequestContext } from "./context";
import { corsMiddleware } from "./cors";
import { healthRouter } from "./health";
import { publicCachePlugins } from "./public-cache";
import { DEFAULT_QUERY_LIMITS, queryLimitsPlugin } from "./query-limits/query-limits";
import { auditApiKeyMiddleware, callerMiddleware } from "./rate-limit/caller-middleware";
import { DEFAULT_RATE_LIMITS, rateLimitedError } from "./rate-limit/request-budget";
import { buildApiSchema } from "./schema";

export interface RunningApi {
  server: Server;
  url: string;
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
  const apollo = new ApolloServer<RequestContext>({
    schema: await buildApiSchema(),
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
    ],
  });
  await apollo.start();

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
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    auditApiKeyMiddleware,
    expressMiddleware(apollo, {
      context: ({ req, res }) => createRequestContext(dependencies, { req, res }),
    }),
  );

  await new Promise<void>((resolveListen, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolveListen());
  });
  const { port: boundPort } = server.address() as AddressInfo;
  return {
    server,
    url: `http://localhost:${boundPort}/graphql`,
    stop: () => apollo.stop(),
  };
}
