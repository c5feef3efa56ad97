import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createMakerProductsWorkflow } from "../maker/create-maker-products"
import { getDefaultShippingProfileStep } from "./steps/get-default-shipping-profile"
import type { MakerPortalProductInput } from "./types"

export const createOwnProductWorkflowId = "create-own-maker-product"

/**
 * A maker adds a piece of its own from the portal: sizes become variants of one "Ukuran" option,
 * priced in IDR; batik attributes follow their rules; the product is linked to this maker only.
 */
export const createOwnProductWorkflow = createWorkflow(
  createOwnProductWorkflowId,
  (input: { maker_id: string; product: MakerPortalProductInput }) => {
    const profile = getDefaultShippingProfileStep()
    const products = createMakerProductsWorkflow.runAsStep({
      input: transform({ input, profile }, ({ input, profile }) => {
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
              options: [{ title: "Ukuran", values: sizes }],
              variants: p.variants.map((v) => ({
                title: v.title,
                sku: v.sku ?? undefined,
                options: { Ukuran: v.title },
                manage_inventory: false,
                prices: [{ amount: v.price, currency_code: "idr" }],
              })),
              ...(p.batik ? { batik: p.batik } : {}),
            },
          ],
        }
      }),
    })
    return new WorkflowResponse(transform({ products }, ({ products }) => products[0]))
  }
)
