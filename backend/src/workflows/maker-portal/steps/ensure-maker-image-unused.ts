import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { OwnMakerImage } from "./maker-images"

/** Refuses to delete a picture that one of the maker's pieces or its profile still shows. Writes nothing. */
export const ensureMakerImageUnusedStep = createStep(
  "ensure-maker-image-unused",
  async (input: { maker_id: string; image: OwnMakerImage }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "maker",
      fields: ["photos", "logo_url", "products.title", "products.thumbnail", "products.images.url"],
      filters: { id: input.maker_id },
    })
    const maker = data[0] as unknown as {
      photos?: string[] | null
      logo_url?: string | null
      products?: { title: string; thumbnail: string | null; images?: { url: string }[] | null }[] | null
    }
    const urls = new Set([input.image.url, input.image.thumbnail_url])
    const product = (maker?.products ?? []).find(
      (p) => (p.thumbnail && urls.has(p.thumbnail)) || (p.images ?? []).some((i) => urls.has(i.url))
    )
    if (product) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Image ${input.image.id} is a picture of "${product.title}": remove it there before deleting it`
      )
    }
    if ((maker?.photos ?? []).some((u) => urls.has(u)) || (maker?.logo_url && urls.has(maker.logo_url))) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Image ${input.image.id} is on your profile: remove it there before deleting it`
      )
    }
    return new StepResponse(input.image.id)
  }
)
