import { createServer } from "node:http";
import { buildSchema, execute, parse, validate } from "graphql";

// The overhead baseline: graphql-js alone behind node:http, no framework, no database.
const schema = buildSchema("type Query { ok: Boolean }");

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    const { query, variables } = JSON.parse(Buffer.concat(chunks).toString()) as {
      query: string;
      variables?: Record<string, unknown>;
    };
    const document = parse(query);
    const errors = validate(schema, document);
    const result = errors.length ? { errors } : execute({ schema, document, variableValues: variables });
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify(result));
  });
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  process.stdout.write(`listening ${typeof address === "object" && address ? address.port : 0}\n`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
