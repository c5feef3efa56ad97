import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ensureMakerOwnsProductsStep } from "./steps/ensure-maker-owns-products"

export const deleteOwnProductWorkflowId = "delete-own-maker-product"

/** A maker deletes one of its own pieces; another maker's piece is a 404 and stays. */
export const deleteOwnProductWorkflow = createWorkflow(
  deleteOwnProductWorkflowId,
  (input: { maker_id: string; id: string }) => {
    ensureMakerOwnsProductsStep(transform({ input }, ({ input }) => ({ maker_id: input.maker_id, product_ids: [input.id] })))
    deleteProductsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ ids: [input.id] })) })
    return new WorkflowResponse(transform({ input }, ({ input }) => ({ id: input.id, object: "product", deleted: true })))
  }
)
