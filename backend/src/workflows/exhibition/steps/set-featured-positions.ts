import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXHIBITION_MODULE, type ExhibitionModuleService } from "../../../modules/exhibition"

export const setFeaturedPositionsStepId = "set-featured-positions"

type Positions = { id: string; position: number }[]

/** Sets the positions of featured items; compensation puts the previous positions back. */
export const setFeaturedPositionsStep = createStep(
  setFeaturedPositionsStepId,
  async (positions: Positions, { container }) => {
    if (!positions.length) {
      return new StepResponse([] as Positions, [] as Positions)
    }
    const service: ExhibitionModuleService = container.resolve(EXHIBITION_MODULE)
    const before = await service.listExhibitionFeaturedItems(
      { id: positions.map((p) => p.id) },
      { select: ["id", "position"] }
    )
    const changed = positions.filter((p) => before.find((b) => b.id === p.id)?.position !== p.position)
    if (changed.length) {
      await service.updateExhibitionFeaturedItems(changed)
    }
    const previous = before
      .filter((b) => changed.some((c) => c.id === b.id))
      .map((b) => ({ id: b.id, position: b.position }))
    return new StepResponse(positions, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) {
      return
    }
    const service: ExhibitionModuleService = container.resolve(EXHIBITION_MODULE)
    await service.updateExhibitionFeaturedItems(previous)
  }
)
