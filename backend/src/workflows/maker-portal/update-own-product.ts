import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createInventoryItemsWorkflow,
  createRemoteLinkStep,
  deleteProductVariantsWorkflow,
  updateProductsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { setProductBatikAttributesWorkflow } from "../batik/set-product-batik-attributes"
import { ensureMakerOwnsProductsStep } from "./steps/ensure-maker-owns-products"
import { findOwnSizesStep } from "./steps/find-own-sizes"
import { getExhibitionStockLocationStep } from "./steps/get-exhibition-stock-location"
import { findOwnMakerImagesStep } from "./steps/maker-images"
import { productPictures } from "./product-pictures"
import type { MakerPortalProductUpdate } from "./types"

export const updateOwnProductWorkflowId = "update-own-maker-product"

/**
 * A maker edits, publishes/unpublishes or re-pictures one of its own pieces (pictures only from its own
 * uploads), replaces its batik attributes (same rules as on create) and edits its sizes: renamed and
 * re-priced, added (counting stock at the exhibition's location, like on create) or removed; another
 * maker's piece, picture or size is a 404 and nothing changes.
 */
export const updateOwnProductWorkflow = createWorkflow(
  updateOwnProductWorkflowId,
  (input: { maker_id: string; id: string; update: MakerPortalProductUpdate }) => {
    ensureMakerOwnsProductsStep(transform({ input }, ({ input }) => ({ maker_id: input.maker_id, product_ids: [input.id] })))
    const sizes = findOwnSizesStep(
      transform({ input }, ({ input }) => ({
        product_id: input.id,
        variant_ids: (input.update.variants ?? []).flatMap((v) => (v.id ? [v.id] : [])),
      }))
    )
    const images = findOwnMakerImagesStep(
      transform({ input }, ({ input }) => ({ maker_id: input.maker_id, image_ids: input.update.images ?? [] }))
    )
    const location = getExhibitionStockLocationStep()
    // Batik rules are checked before the product is touched, so a refused attribute changes nothing else.
    when("own-product-batik-given", { input }, ({ input }) => !!input.update.batik).then(() => {
      setProductBatikAttributesWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({ product_id: input.id, batik: input.update.batik! })),
      })
    })
    // Removed sizes go through Medusa's own deletion, which also deletes their inventory items and links
    // (the product update alone would leave them behind).
    const removed = transform({ input, sizes }, ({ input, sizes }) => {
      const kept = new Set((input.update.variants ?? []).flatMap((v) => (v.id ? [v.id] : [])))
      return input.update.variants ? sizes.variant_ids.filter((id) => !kept.has(id)) : []
    })
    when("own-product-sizes-removed", { removed }, ({ removed }) => removed.length > 0).then(() => {
      deleteProductVariantsWorkflow.runAsStep({ input: transform({ removed }, ({ removed }) => ({ ids: removed })) })
    })
    const updated = updateProductsWorkflow.runAsStep({
      input: transform({ input, images }, ({ input, images }) => {
        const { images: ids, batik: _batik, variants, ...update } = input.update
        return {
          selector: { id: input.id },
          update: {
            ...update,
            ...(ids ? productPictures(images) : {}),
            // The sizes kept and the new ones (without an id), which the product module creates.
            ...(variants
              ? {
                  variants: variants.map((v, rank) => ({
                    ...(v.id ? { id: v.id } : { manage_inventory: true }),
                    title: v.title,
                    variant_rank: rank,
                    prices: [{ amount: v.price, currency_code: "idr" }],
                  })),
                }
              : {}),
          },
        }
      }),
    })
    // updateProductsWorkflow gives new sizes no inventory item, so they are counted here as on create.
    const added = when("own-product-sizes-added", { input }, ({ input }) => !!input.update.variants?.some((v) => !v.id)).then(() => {
      const { data: variants } = useQueryGraphStep({
        entity: "product_variant",
        fields: ["id", "title", "sku"],
        filters: transform({ input }, ({ input }) => ({ product_id: input.id })),
      }).config({ name: "get-own-product-sizes-after-edit" })
      const fresh = transform({ input, variants, sizes }, ({ input, variants, sizes }) => {
        const before = new Set(sizes.variant_ids)
        const stock = new Map((input.update.variants ?? []).filter((v) => !v.id).map((v) => [v.title, v.stock ?? 1]))
        return (variants as { id: string; title: string; sku?: string | null }[])
          .filter((v) => !before.has(v.id))
          .map((v) => ({ ...v, stock: stock.get(v.title) ?? 0 }))
      })
      const items = createInventoryItemsWorkflow.runAsStep({
        input: transform({ fresh, location }, ({ fresh, location }) => ({
          items: fresh.map((v) => ({
            title: v.title,
            ...(v.sku ? { sku: v.sku } : {}),
            location_levels: [{ location_id: location.id, stocked_quantity: v.stock }],
          })),
        })),
      })
      createRemoteLinkStep(
        transform({ fresh, items }, ({ fresh, items }) =>
          fresh.map((v, i) => ({
            [Modules.PRODUCT]: { variant_id: v.id },
            [Modules.INVENTORY]: { inventory_item_id: items[i].id },
            data: { required_quantity: 1 },
          }))
        )
      )
      return items
    })
    return new WorkflowResponse(transform({ updated, added }, ({ updated }) => updated[0]))
  }
)
