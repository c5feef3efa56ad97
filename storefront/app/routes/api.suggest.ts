import { data } from "react-router"
import { suggestProducts } from "~/lib/medusa/search.server"
import { inLanguage } from "~/lib/types"
import type { Route } from "./+types/api.suggest"

/**
 * Suggestions while typing: product titles for a partial query (two characters or more), in the
 * language of the page asking (`lang=en`: English titles where a product has one).
 */
export async function loader({ request }: Route.LoaderArgs) {
  const params = new URL(request.url).searchParams
  const q = (params.get("q") ?? "").trim().slice(0, 100)
  const lang = params.get("lang") === "en" ? "en" : "id"
  const found = q.length >= 2 ? await suggestProducts(q) : []
  const suggestions = found.map((s) => ({ title: inLanguage(lang, s.title, s.title_en), handle: s.handle }))
  return data({ suggestions }, { headers: { "Cache-Control": "public, max-age=30, s-maxage=30, stale-while-revalidate=300" } })
}
