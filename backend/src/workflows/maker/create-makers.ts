import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createMakersStep } from "./steps/create-makers"
import { ensureMakerHandlesFreeStep } from "./steps/ensure-maker-handles-free"
import type { CreateMakerInput } from "./types"

export const createMakersWorkflowId = "create-makers"

/** Creates makers with unique handles; they stay hidden from the store until approved. */
export const createMakersWorkflow = createWorkflow(
  createMakersWorkflowId,
  (input: { makers: CreateMakerInput[] }) => {
    ensureMakerHandlesFreeStep(input.makers)
    const makers = createMakersStep(input.makers)
    return new WorkflowResponse(makers)
  }
)
