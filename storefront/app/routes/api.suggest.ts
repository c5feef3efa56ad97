import { data } from "react-router"
import { suggestProducts } from "~/lib/medusa/search.server"
import type { Route } from "./+types/api.suggest"

/** Suggestions while typing: product titles for a partial query (two characters or more). */
export async function loader({ request }: Route.LoaderArgs) {
  const q = (new URL(request.url).searchParams.get("q") ?? "").trim().slice(0, 100)
  const suggestions = q.length >= 2 ? await suggestProducts(q) : []
  return data({ suggestions }, { headers: { "Cache-Control": "public, max-age=60, s-maxage=300, stale-while-revalidate=600" } })
}
