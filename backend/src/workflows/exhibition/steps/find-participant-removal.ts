import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXHIBITION_MODULE, type ExhibitionModuleService } from "../../../modules/exhibition"

export const findParticipantRemovalStepId = "find-participant-removal"

/**
 * Finds the participant of a maker in an exhibition and the featured items of that maker's
 * products there: leaving the exhibition takes the maker's featured items with it.
 */
export const findParticipantRemovalStep = createStep(
  findParticipantRemovalStepId,
  async (input: { exhibition_id: string; maker_id: string }, { container }) => {
    const service: ExhibitionModuleService = container.resolve(EXHIBITION_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [participant] = await service.listExhibitionParticipants(
      { exhibition_id: input.exhibition_id, maker_id: input.maker_id },
      { select: ["id"] }
    )
    if (!participant) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Maker ${input.maker_id} does not take part in exhibition ${input.exhibition_id}`
      )
    }
    const { data } = await query.graph({
      entity: "maker",
      fields: ["id", "products.id"],
      filters: { id: input.maker_id },
    })
    const productIds = ((data[0] as { products?: { id: string }[] })?.products ?? [])
      .filter(Boolean)
      .map((p) => p.id)
    const featured = productIds.length
      ? await service.listExhibitionFeaturedItems(
          { exhibition_id: input.exhibition_id, product_id: productIds },
          { select: ["id"] }
        )
      : []
    return new StepResponse({
      participant_id: participant.id,
      featured_item_ids: featured.map((f) => f.id),
    })
  }
)
