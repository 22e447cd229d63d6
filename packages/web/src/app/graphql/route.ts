import { forwardToApi } from "@/lib/api-proxy";

// Partners, the API console and scripts call the API at the site's own address (SITE_URL/graphql).
export const dynamic = "force-dynamic";

function forward(request: Request): Promise<Response> {
  return forwardToApi(request, `/graphql${new URL(request.url).search}`);
}

export { forward as GET, forward as POST, forward as OPTIONS };
