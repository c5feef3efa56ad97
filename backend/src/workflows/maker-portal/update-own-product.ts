import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createInventoryItemsWorkflow,
  createRemoteLinkStep,
  deleteProductVariantsWorkflow,
  setProductProductOptionsWorkflow,
  updateProductOptionsWorkflow,
  updateProductOptionValuesOnProductStep,
  updateProductsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { setProductBatikAttributesWorkflow } from "../batik/set-product-batik-attributes"
import { ensureMakerOwnsProductsStep } from "./steps/ensure-maker-owns-products"
import { findOwnSizesStep } from "./steps/find-own-sizes"
import { getExhibitionStockLocationStep } from "./steps/get-exhibition-stock-location"
import { findOwnMakerImagesStep } from "./steps/maker-images"
import { productPictures } from "./product-pictures"
import { type MakerPortalProductUpdate, SIZE_OPTION } from "./types"

export const updateOwnProductWorkflowId = "update-own-maker-product"

/**
 * A maker edits, publishes/unpublishes or re-pictures one of its own pieces (pictures only from its own
 * uploads), replaces its batik attributes (same rules as on create) and edits its sizes: renamed and
 * re-priced, added (counting stock at the exhibition's location, like on create) or removed, the
 * "Ukuran" option's values following them; another maker's piece, picture or size is a 404 and
 * nothing changes.
 */
export const updateOwnProductWorkflow = createWorkflow(
  updateOwnProductWorkflowId,
  (input: { maker_id: string; id: string; update: MakerPortalProductUpdate }) => {
    ensureMakerOwnsProductsStep(transform({ input }, ({ input }) => ({ maker_id: input.maker_id, product_ids: [input.id] })))
    const sizes = findOwnSizesStep(
      transform({ input }, ({ input }) => ({
        product_id: input.id,
        variant_ids: (input.update.variants ?? []).flatMap((v) => (v.id ? [v.id] : [])),
        sizes_edited: !!input.update.variants,
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
    // Each size's name is its variant's "Ukuran" value. Medusa lets a variant take only a value the piece
    // offers and refuses to drop one a variant still holds, so new names are offered first and the
    // names no size keeps are dropped after the variants have moved to their new ones.
    const values = transform({ input, sizes }, ({ input, sizes }) => {
      const option = sizes.option
      if (!option || !input.update.variants) {
        return null
      }
      const names = input.update.variants.map((v) => v.title)
      const kept = new Set(names)
      const offered = new Set(option.values.map((v) => v.value))
      const known = new Set(option.option_values)
      return {
        option_id: option.id,
        unknown: names.filter((n) => !known.has(n)),
        known: option.option_values,
        unoffered: names.filter((n) => !offered.has(n)),
        dropped: option.values.filter((v) => !kept.has(v.value)).map((v) => v.id),
        // A shared option's other values belong to other products; a piece's own option keeps only its sizes.
        cut_to: option.is_exclusive && option.option_values.some((v) => !kept.has(v)) ? names : null,
      }
    })
    when("own-size-names-new", { values }, ({ values }) => !!values?.unknown.length).then(() => {
      updateProductOptionsWorkflow
        .runAsStep({
          input: transform({ values }, ({ values }) => ({
            selector: { id: values!.option_id },
            update: { values: [...values!.known, ...values!.unknown] },
          })),
        })
        .config({ name: "add-own-size-option-values" })
    })
    when("own-size-names-unoffered", { values }, ({ values }) => !!values?.unoffered.length).then(() => {
      setProductProductOptionsWorkflow.runAsStep({
        input: transform({ input, values }, ({ input, values }) => ({
          product_id: input.id,
          update: [{ product_option_id: values!.option_id, add: values!.unoffered.map((value) => ({ value })) }],
        })),
      })
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
                    options: { [SIZE_OPTION]: v.title },
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
    when("own-size-names-dropped", { values }, ({ values }) => !!values?.dropped.length).then(() => {
      // setProductProductOptionsWorkflow's own step: running that workflow a second time here would need a
      // step name, and the type of its void result does not let one be given.
      updateProductOptionValuesOnProductStep(
        transform({ input, values }, ({ input, values }) => [
          { product_id: input.id, product_option_id: values!.option_id, remove: values!.dropped },
        ])
      )
    })
    // Last: undoing it would bring the names back as new values, which the piece's offer no longer points to.
    when("own-size-names-removed", { values }, ({ values }) => !!values?.cut_to).then(() => {
      updateProductOptionsWorkflow
        .runAsStep({
          input: transform({ values }, ({ values }) => ({ selector: { id: values!.option_id }, update: { values: values!.cut_to! } })),
        })
        .config({ name: "remove-own-size-option-values" })
    })
    return new WorkflowResponse(transform({ updated, added }, ({ updated }) => updated[0]))
  }
)
