import { makerStatusWorkflow } from "./set-maker-status"

export const approveMakerWorkflowId = "approve-maker"

/**
 * Approves a maker and puts all its products into the "Gelar Online" sales channel, so they
 * appear in every store endpoint with their own published/draft status untouched.
 */
export const approveMakerWorkflow = makerStatusWorkflow(approveMakerWorkflowId, "approved")
