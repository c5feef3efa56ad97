import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXHIBITION_MODULE, type ExhibitionModuleService } from "../../../modules/exhibition"

export const validateFeaturableStepId = "validate-featurable"

type ProductWithMaker = {
  id: string
  title: string
  maker?: { id: string; name: string; status: string } | null
}

/**
 * Checks that a product may be featured in an exhibition: both exist, the product is not featured
 * there yet, and its maker is approved and takes part. Returns the next free position.
 */
export const validateFeaturableStep = createStep(
  validateFeaturableStepId,
  async (input: { exhibition_id: string; product_id: string }, { container }) => {
    const service: ExhibitionModuleService = container.resolve(EXHIBITION_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [exhibition] = await service.listExhibitions({ id: input.exhibition_id }, { select: ["id", "title_en"] })
    if (!exhibition) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Exhibition ${input.exhibition_id} was not found`)
    }
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "title", "maker.id", "maker.name", "maker.status"],
      filters: { id: input.product_id },
    })
    const product = data[0] as ProductWithMaker | undefined
    if (!product) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${input.product_id} was not found`)
    }
    const maker = product.maker
    if (!maker) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `"${product.title}" has no maker: only a participating maker's product can be featured`
      )
    }
    if (maker.status !== "approved") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `"${product.title}" is by ${maker.name}, who is ${maker.status}: only an approved maker's product can be featured`
      )
    }
    const [participant] = await service.listExhibitionParticipants(
      { exhibition_id: input.exhibition_id, maker_id: maker.id },
      { select: ["id"] }
    )
    if (!participant) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `"${product.title}" is by ${maker.name}, who does not take part in ${exhibition.title_en}: add the maker with a booth first`
      )
    }
    const items = await service.listExhibitionFeaturedItems(
      { exhibition_id: input.exhibition_id },
      { select: ["id", "product_id"] }
    )
    if (items.some((i) => i.product_id === input.product_id)) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `"${product.title}" is already featured in ${exhibition.title_en}`
      )
    }
    return new StepResponse({ position: items.length + 1 })
  }
)
