import type { SearchTypes } from "@medusajs/framework/types"
import { currentlyFeaturedProductIds } from "./product-documents"

/**
 * Every event that can change a product's search document, and so makes the Search Module rebuild
 * it: the product itself, its variants (prices travel with variant updates), stock and reservations
 * (a one-of-a-kind cloth sold online is reserved at once), its maker, and the exhibition featuring.
 */
export const PRODUCT_INDEX_EVENTS = [
  "product.created",
  "product.updated",
  "product.deleted",
  "product-variant.created",
  "product-variant.updated",
  "product-variant.deleted",
  "inventory-level.created",
  "inventory-level.updated",
  "inventory-level.deleted",
  "reservation-item.created",
  "reservation-item.updated",
  "reservation-item.deleted",
  // Gelar's modules: MedusaService names its events <module>.<model>.<action>.
  "maker.maker.updated",
  "batik.batik-attributes.created",
  "batik.batik-attributes.updated",
  "exhibition.exhibition.created",
  "exhibition.exhibition.updated",
  "exhibition.exhibition.deleted",
  "exhibition.exhibition-featured-item.created",
  "exhibition.exhibition-featured-item.updated",
  "exhibition.exhibition-featured-item.deleted",
]

type Event = { name: string; data?: any }

function idsOf(data: any): string[] {
  const raw = data?.id ?? data?.ids
  if (raw === undefined || raw === null) {
    return []
  }
  return (Array.isArray(raw) ? raw : [raw]).map(String)
}

function unique(values: unknown[]): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === "string" && v.length > 0))]
}

/**
 * Maps an event to the products whose documents it changes. Deleted rows are read with
 * `withDeleted` so a removed variant, level or reservation still points at its product.
 */
export async function resolveProductIds(
  event: Event,
  context: SearchTypes.SearchIngestionContext
): Promise<string[]> {
  const query = context.container.query
  const ids = idsOf(event.data)
  const [entity] = event.name.split(".")
  if (event.data?.product_ids) {
    return unique([...event.data.product_ids])
  }
  if (!ids.length) {
    return []
  }
  const read = async (name: string, fields: string[]) =>
    (
      await query.graph({
        entity: name,
        fields,
        filters: { id: ids },
        withDeleted: true,
      } as any)
    ).data as any[]

  switch (entity) {
    case "product":
      return ids
    case "product-variant":
      return unique((await read("product_variant", ["product_id"])).map((v) => v.product_id))
    case "inventory-level": {
      const levels = await read("inventory_level", ["inventory_item.variants.product_id"])
      return unique(levels.flatMap((l) => (l.inventory_item?.variants ?? []).map((v: any) => v?.product_id)))
    }
    case "reservation-item": {
      const reservations = await read("reservation_item", ["inventory_item.variants.product_id"])
      return unique(
        reservations.flatMap((r) => (r.inventory_item?.variants ?? []).map((v: any) => v?.product_id))
      )
    }
    case "maker": {
      // A rename changes every document of the maker; a suspension takes its products out of the
      // sales channel in the same workflow, and the rebuilt documents no longer carry the channel.
      const makers = await read("maker", ["products.id"])
      return unique(makers.flatMap((m) => (m.products ?? []).map((p: any) => p?.id)))
    }
    case "batik": {
      const attributes = await read("batik_attributes", ["product.id"])
      return unique(attributes.map((a) => a.product?.id))
    }
    case "exhibition":
      return await featuringChanges(context)
    default:
      return []
  }
}

/**
 * Which products gained or lost the `featured` flag through a change of featuring: exactly those whose
 * indexed flag now disagrees with the exhibition (a removed featured item is gone from the database, so
 * the index is what remembers its product). A reorder changes no flag and rebuilds nothing; rebuilding
 * every featured product on each event made seeding an exhibition quadratic.
 */
async function featuringChanges(context: SearchTypes.SearchIngestionContext): Promise<string[]> {
  return await staleFeaturedProductIds(context.container.query)
}

/**
 * The products whose `featured` flag in the index disagrees with the exhibition the shop promotes
 * now. An exhibition opens and closes by the clock, without an event, so this is checked on a
 * schedule (`src/jobs/search-featuring.ts`): featured now but not in the index, or the other way round.
 */
export async function staleFeaturedProductIds(
  query: SearchTypes.SearchContainer["query"],
  now = new Date()
): Promise<string[]> {
  const featuredNow = await currentlyFeaturedProductIds(query, now)
  const indexed = new Set<string>()
  for (let skip = 0; ; skip += 100) {
    const { data } = await (query as any).search({
      entity: "product",
      fields: ["id"],
      filters: { featured: true },
      pagination: { skip, take: 100 },
      search_options: { count: "none" },
    })
    for (const hit of data ?? []) {
      if (hit?.id) {
        indexed.add(String(hit.id))
      }
    }
    if ((data ?? []).length < 100) {
      break
    }
  }
  return unique([
    ...[...featuredNow].filter((id) => !indexed.has(id)),
    ...[...indexed].filter((id) => !featuredNow.has(id)),
  ])
}
