import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import { addParticipantWorkflow } from "../../../workflows/exhibition/add-participant"
import { createExhibitionWorkflow } from "../../../workflows/exhibition/create-exhibition"
import { featureProductWorkflow } from "../../../workflows/exhibition/feature-product"
import { createMakerProductsWorkflow, type MakerProductInput } from "../../../workflows/maker/create-maker-products"
import { createMakersWorkflow } from "../../../workflows/maker/create-makers"
import { SIZE_OPTION } from "../../../workflows/maker-portal/types"
import type { BaseSeedResult } from "../base"
import { DEMO_EXHIBITIONS } from "./exhibitions"
import { renderExhibitionCover, renderMakerImages, renderProductImage, storeImages } from "./images"
import { DEMO_MAKERS } from "./makers"
import { type DemoProduct, demoProducts } from "./products"

/** What a run of the demo seed added; all zero on a second run. */
export type DemoSeedResult = {
  makers: number
  products: number
  exhibitions: number
  participants: number
  featured: number
}

/**
 * Seeds the demo catalogue through the domain workflows: makers (approved, with generated logos),
 * their products with batik attributes, pictures and stock at the exhibition location, the December
 * 2026 and 2025 exhibitions with booths and curated features. Everything is looked up by handle
 * first, so a second run adds nothing.
 */
export async function seedDemoCatalogue(
  container: MedusaContainer,
  base: BaseSeedResult
): Promise<DemoSeedResult> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const timed = async <T>(what: string, run: () => Promise<T>): Promise<T> => {
    const started = Date.now()
    const result = await run()
    logger.info(`Demo seed: ${what} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    return result
  }
  const makerIds = await timed("makers", () => seedMakers(container))
  const products = await timed("products", () => seedProducts(container, base, makerIds.byHandle))
  const exhibitions = await timed("exhibitions", () => seedExhibitions(container, makerIds.byHandle))
  return { makers: makerIds.created, products, ...exhibitions }
}

async function seedMakers(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: existing } = await query.graph({
    entity: "maker",
    fields: ["id", "handle"],
    filters: { handle: DEMO_MAKERS.map((m) => m.handle) },
  })
  const byHandle = new Map<string, string>(existing.map((m: { id: string; handle: string }) => [m.handle, m.id]))
  const missing = DEMO_MAKERS.filter((m) => !byHandle.has(m.handle))
  if (missing.length) {
    const rendered = await Promise.all(missing.map(renderMakerImages))
    const urls = await storeImages(
      container,
      rendered.flatMap((r) => [r.logo, r.photo])
    )
    const { result } = await createMakersWorkflow(container).run({
      input: {
        makers: missing.map(({ logo: _logo, ...maker }, i) => ({
          ...maker,
          logo_url: urls[i * 2],
          photos: [urls[i * 2 + 1]],
          status: "approved" as const,
        })),
      },
    })
    for (const maker of result) {
      byHandle.set(maker.handle, maker.id)
    }
  }
  return { byHandle, created: missing.length }
}

function productInput(product: DemoProduct, image: string, base: BaseSeedResult): MakerProductInput {
  const sizes = Object.keys(product.sizes)
  return {
    title: product.title,
    handle: product.handle,
    description: product.description,
    status: ProductStatus.PUBLISHED,
    shipping_profile_id: base.shippingProfileId,
    thumbnail: image,
    images: [{ url: image }],
    // English texts until products get translations: the storefront shows them under /en.
    metadata: { title_en: product.title_en, description_en: product.description_en },
    // Sold by the portal's size option, so makers can edit demo pieces: a size for clothing, "All size" otherwise.
    options: [{ title: SIZE_OPTION, values: sizes }],
    variants: sizes.map((size) => ({
      title: size,
      sku: `${product.handle}-${size}`.toUpperCase().replace(/\s+/g, "-"),
      options: { [SIZE_OPTION]: size },
      manage_inventory: true,
      prices: [{ currency_code: "idr", amount: product.price }],
    })),
    batik: product.batik,
  }
}

async function seedProducts(
  container: MedusaContainer,
  base: BaseSeedResult,
  makerIds: Map<string, string>
): Promise<number> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const all = demoProducts()
  const { data: existing } = await query.graph({
    entity: "product",
    fields: ["handle"],
    filters: { handle: all.map((p) => p.handle) },
  })
  const taken = new Set(existing.map((p: { handle: string }) => p.handle))
  const missing = all.filter((p) => !taken.has(p.handle))
  if (!missing.length) {
    return 0
  }

  const images = await storeImages(container, await Promise.all(missing.map(renderProductImage)))
  const imageByHandle = new Map(missing.map((p, i) => [p.handle, images[i]]))
  const createdIds: string[] = []
  for (const [makerHandle, makerProducts] of groupBy(missing, (p) => p.maker_handle)) {
    const { result } = await createMakerProductsWorkflow(container).run({
      input: {
        maker_id: makerIds.get(makerHandle)!,
        products: makerProducts.map((p) => productInput(p, imageByHandle.get(p.handle)!, base)),
      },
    })
    createdIds.push(...result.map((p) => p.id))
  }

  // createProductsWorkflow makes an inventory item per variant but puts no stock anywhere.
  const stock = new Map(missing.map((p) => [p.handle, p.sizes]))
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["title", "product.handle", "inventory_items.inventory_item_id"],
    filters: { product_id: createdIds },
  })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: variants.flatMap((v) =>
        (v.inventory_items ?? []).map((item: { inventory_item_id: string } | null) => ({
          inventory_item_id: item!.inventory_item_id,
          location_id: base.stockLocationId,
          stocked_quantity: stock.get(v.product!.handle)?.[v.title!] ?? 0,
        }))
      ),
    },
  })
  return missing.length
}

async function seedExhibitions(container: MedusaContainer, makerIds: Map<string, string>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const added = { exhibitions: 0, participants: 0, featured: 0 }
  for (const demo of DEMO_EXHIBITIONS) {
    const { data } = await query.graph({
      entity: "exhibition",
      fields: ["id", "participants.maker_id", "featured_items.product_id"],
      filters: { handle: demo.handle },
    })
    let exhibition = data[0] as
      | { id: string; participants?: { maker_id: string }[]; featured_items?: { product_id: string }[] }
      | undefined
    if (!exhibition) {
      const [cover] = await storeImages(container, [await renderExhibitionCover(demo)])
      const { cover: _cover, participants: _p, featured: _f, ...fields } = demo
      const { result } = await createExhibitionWorkflow(container).run({
        input: { ...fields, cover_image_url: cover },
      })
      exhibition = { id: result.id, participants: [], featured_items: [] }
      added.exhibitions++
    }

    const present = new Set((exhibition.participants ?? []).map((p) => p.maker_id))
    for (const participant of demo.participants) {
      const makerId = makerIds.get(participant.maker)!
      if (present.has(makerId)) {
        continue
      }
      await addParticipantWorkflow(container).run({
        input: { exhibition_id: exhibition.id, maker_id: makerId, booth_code: participant.booth_code },
      })
      added.participants++
    }

    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "handle"],
      filters: { handle: demo.featured.map((f) => f.product) },
    })
    const productIds = new Map(products.map((p: { id: string; handle: string }) => [p.handle, p.id]))
    const featured = new Set((exhibition.featured_items ?? []).map((f) => f.product_id))
    // One at a time and in order: each feature goes to the end, so the list keeps the curators' order.
    for (const item of demo.featured) {
      const productId = productIds.get(item.product)!
      if (featured.has(productId)) {
        continue
      }
      await featureProductWorkflow(container).run({
        input: { exhibition_id: exhibition.id, product_id: productId, note_id: item.note_id, note_en: item.note_en },
      })
      added.featured++
    }
  }
  return added
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    groups.set(k, [...(groups.get(k) ?? []), item])
  }
  return groups
}
