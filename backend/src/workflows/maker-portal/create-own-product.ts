import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createInventoryLevelsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createMakerProductsWorkflow } from "../maker/create-maker-products"
import { getDefaultShippingProfileStep } from "./steps/get-default-shipping-profile"
import { getExhibitionStockLocationStep } from "./steps/get-exhibition-stock-location"
import { findOwnMakerImagesStep } from "./steps/maker-images"
import { productPictures } from "./product-pictures"
import { type MakerPortalProductInput, SIZE_OPTION } from "./types"

export const createOwnProductWorkflowId = "create-own-maker-product"

/**
 * A maker adds a piece of its own from the portal: sizes become variants of one "Ukuran" option,
 * priced in IDR, each counting its pieces at the exhibition's stock location (a one-of-a-kind cloth
 * cannot be sold twice); batik attributes follow their rules; pictures must be the maker's own
 * uploads; the product is linked to this maker only.
 */
export const createOwnProductWorkflow = createWorkflow(
  createOwnProductWorkflowId,
  (input: { maker_id: string; product: MakerPortalProductInput }) => {
    const images = findOwnMakerImagesStep(
      transform({ input }, ({ input }) => ({ maker_id: input.maker_id, image_ids: input.product.images ?? [] }))
    )
    const profile = getDefaultShippingProfileStep()
    const location = getExhibitionStockLocationStep()
    const products = createMakerProductsWorkflow.runAsStep({
      input: transform({ input, profile, images }, ({ input, profile, images }) => {
        const p = input.product
        const sizes = p.variants.map((v) => v.title)
        return {
          maker_id: input.maker_id,
          products: [
            {
              title: p.title,
              handle: p.handle,
              description: p.description ?? undefined,
              status: p.status,
              shipping_profile_id: profile.id,
              ...(images.length ? productPictures(images) : {}),
              options: [{ title: SIZE_OPTION, values: sizes }],
              // Ranked as listed: variants created together share a timestamp, so nothing else orders them.
              variants: p.variants.map((v, rank) => ({
                title: v.title,
                sku: v.sku ?? undefined,
                variant_rank: rank,
                options: { [SIZE_OPTION]: v.title },
                manage_inventory: true,
                prices: [{ amount: v.price, currency_code: "idr" }],
              })),
              ...(p.batik ? { batik: p.batik } : {}),
            },
          ],
        }
      }),
    })
    // createProductsWorkflow gives each managed variant an inventory item but no stock anywhere.
    const { data: variants } = useQueryGraphStep({
      entity: "product_variant",
      fields: ["id", "title", "inventory_items.inventory_item_id"],
      filters: transform({ products }, ({ products }) => ({ product_id: products[0].id })),
    }).config({ name: "get-own-product-inventory-items" })
    createInventoryLevelsWorkflow.runAsStep({
      input: transform({ input, variants, location }, ({ input, variants, location }) => {
        const stock = new Map(input.product.variants.map((v) => [v.title, v.stock]))
        return {
          inventory_levels: (variants as { title: string; inventory_items?: { inventory_item_id: string }[] }[]).flatMap((v) =>
            (v.inventory_items ?? []).map((i) => ({
              inventory_item_id: i.inventory_item_id,
              location_id: location.id,
              stocked_quantity: stock.get(v.title) ?? 0,
            }))
          ),
        }
      }),
    })
    return new WorkflowResponse(transform({ products }, ({ products }) => products[0]))
  }
)
