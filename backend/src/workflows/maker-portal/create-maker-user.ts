import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createMakerUserStep } from "./steps/create-maker-user"

export const createMakerUserWorkflowId = "create-maker-user"

export type CreateMakerUserInput = { maker_id: string; email: string; name: string; auth_identity_id: string }

/**
 * Gives a person a maker portal login: a `maker_user` of the maker, and the auth identity (actor type
 * `maker`) pointing at it, so that its tokens carry the maker user as actor.
 */
export const createMakerUserWorkflow = createWorkflow(createMakerUserWorkflowId, (input: CreateMakerUserInput) => {
  const user = createMakerUserStep(
    transform({ input }, ({ input }) => ({ maker_id: input.maker_id, email: input.email, name: input.name }))
  )
  setAuthAppMetadataStep(
    transform({ input, user }, ({ input, user }) => ({
      authIdentityId: input.auth_identity_id,
      actorType: "maker",
      value: user.id,
    }))
  )
  return new WorkflowResponse(user)
})
