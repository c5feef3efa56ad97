import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createMakersWorkflow } from "../maker/create-makers"
import type { CreateMakerInput } from "../maker/types"
import { createMakerUserWorkflow } from "./create-maker-user"

export const applyAsMakerWorkflowId = "apply-as-maker"

export type ApplyAsMakerInput = {
  maker: Omit<CreateMakerInput, "status">
  name: string
  email: string
  auth_identity_id: string
}

/**
 * A maker's application: the business is created `pending` (hidden from the store, no portal access
 * until an organiser approves it) and the applicant becomes its first portal user.
 */
export const applyAsMakerWorkflow = createWorkflow(applyAsMakerWorkflowId, (input: ApplyAsMakerInput) => {
  const makers = createMakersWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ makers: [{ ...input.maker, status: "pending" as const }] })),
  })
  const user = createMakerUserWorkflow.runAsStep({
    input: transform({ input, makers }, ({ input, makers }) => ({
      maker_id: makers[0].id,
      email: input.email,
      name: input.name,
      auth_identity_id: input.auth_identity_id,
    })),
  })
  const result = transform({ makers, user }, ({ makers, user }) => ({ maker: makers[0], user }))
  return new WorkflowResponse(result)
})
