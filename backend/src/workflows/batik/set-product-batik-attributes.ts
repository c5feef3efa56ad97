import { createRemoteLinkStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { BATIK_MODULE } from "../../modules/batik"
import { createBatikAttributesStep } from "./steps/create-batik-attributes"
import { updateBatikAttributesStep } from "./steps/update-batik-attributes"
import { validateBatikAttributesStep } from "./steps/validate-batik-attributes"
import { type BatikAttributesInput, completeBatikAttributes } from "./types"

export const setProductBatikAttributesWorkflowId = "set-product-batik-attributes"

/**
 * Sets the batik attributes of an existing product: validated against the Batikmark rules,
 * replacing the product's attributes if it has some, else creating and linking them.
 */
export const setProductBatikAttributesWorkflow = createWorkflow(
  setProductBatikAttributesWorkflowId,
  (input: { product_id: string; batik: BatikAttributesInput }) => {
    validateBatikAttributesStep(
      transform({ input }, ({ input }) => [{ subject: input.product_id, batik: input.batik }])
    )
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "batik_attributes.id"],
      filters: { id: input.product_id },
      options: { throwIfKeyNotFound: true },
    })
    const existingId = transform({ products }, ({ products }) => {
      const found = (products[0] as { batik_attributes?: { id: string } | null }).batik_attributes
      return found?.id ?? null
    })

    const updated = when("batik-attributes-exist", { existingId }, ({ existingId }) => !!existingId).then(() =>
      updateBatikAttributesStep(
        transform({ existingId, input }, ({ existingId, input }) => ({
          id: existingId!,
          ...completeBatikAttributes(input.batik),
        }))
      )
    )

    const created = when("batik-attributes-missing", { existingId }, ({ existingId }) => !existingId).then(() => {
      const rows = createBatikAttributesStep(
        transform({ input }, ({ input }) => [completeBatikAttributes(input.batik)])
      )
      const row = transform({ rows }, ({ rows }) => rows[0])
      createRemoteLinkStep(
        transform({ row, input }, ({ row, input }) => [
          {
            [Modules.PRODUCT]: { product_id: input.product_id },
            [BATIK_MODULE]: { batik_attributes_id: row.id },
          },
        ])
      )
      return row
    })

    const result = transform({ updated, created }, ({ updated, created }) => updated ?? created)
    return new WorkflowResponse(result)
  }
)
