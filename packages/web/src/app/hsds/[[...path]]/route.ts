import { forwardToApi } from "@/lib/api-proxy";

// The API's hsds files at the site's own address, like /graphql.
export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  const { pathname, search } = new URL(request.url);
  return forwardToApi(request, `${pathname}${search}`);
}
