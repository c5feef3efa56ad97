import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXHIBITION_MODULE, type ExhibitionModuleService } from "../../../modules/exhibition"

export const computeRenumberingStepId = "compute-renumbering"

/**
 * Reads the featured items still in the given exhibitions and numbers them 1..n in their current
 * order, so removals never leave gaps. Runs after the deletions it closes up.
 */
export const computeRenumberingStep = createStep(
  computeRenumberingStepId,
  async (exhibitionIds: string[], { container }) => {
    const ids = [...new Set(exhibitionIds)]
    if (!ids.length) {
      return new StepResponse([] as { id: string; position: number }[])
    }
    const service: ExhibitionModuleService = container.resolve(EXHIBITION_MODULE)
    const items = await service.listExhibitionFeaturedItems(
      { exhibition_id: ids },
      { select: ["id", "exhibition_id", "position", "created_at"], order: { position: "ASC", created_at: "ASC" } }
    )
    const next = new Map<string, number>()
    return new StepResponse(
      items.map((item) => {
        const exhibitionId = (item as unknown as { exhibition_id: string }).exhibition_id
        const position = (next.get(exhibitionId) ?? 0) + 1
        next.set(exhibitionId, position)
        return { id: item.id, position }
      })
    )
  }
)
