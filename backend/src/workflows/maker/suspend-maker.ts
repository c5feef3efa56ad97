import { makerStatusWorkflow } from "./set-maker-status"

export const suspendMakerWorkflowId = "suspend-maker"

/**
 * Suspends a maker and takes all its products out of the "Gelar Online" sales channel, which
 * hides them from store listings, product pages, carts, search and exhibition pages at once.
 */
export const suspendMakerWorkflow = makerStatusWorkflow(suspendMakerWorkflowId, "suspended")
