import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKER_MODULE, type MakerModuleService } from "../../../modules/maker"
import type { OwnMakerImage } from "./maker-images"

type MakerPictures = {
  id: string
  photos?: string[] | null
  logo_url?: string | null
  products?: { thumbnail: string | null; images?: { url: string }[] | null }[] | null
}

/** At most this many pictures per run: a backlog is worked off over the following runs. */
const BATCH = 500

/**
 * Pictures uploaded before `uploaded_before` that none of their maker's pieces (drafts included) and
 * not its profile shows: uploads a maker tried and never used. Writes nothing.
 */
export const findStaleMakerImagesStep = createStep(
  "find-stale-maker-images",
  async (input: { uploaded_before: string }, { container }) => {
    const images = (await container
      .resolve<MakerModuleService>(MAKER_MODULE)
      .listMakerImages(
        { created_at: { $lt: new Date(input.uploaded_before) } },
        { select: ["id", "maker_id", "url", "thumbnail_url", "file_ids"], take: BATCH, order: { created_at: "ASC" } }
      )) as (OwnMakerImage & { maker_id: string })[]
    if (!images.length) {
      return new StepResponse([] as OwnMakerImage[])
    }
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "maker",
      fields: ["id", "photos", "logo_url", "products.thumbnail", "products.images.url"],
      filters: { id: [...new Set(images.map((i) => i.maker_id))] },
      withDeleted: true,
    })
    const used = new Map(
      (data as unknown as MakerPictures[]).map((maker) => [
        maker.id,
        new Set([
          ...(maker.photos ?? []),
          ...(maker.logo_url ? [maker.logo_url] : []),
          ...(maker.products ?? []).flatMap((p) => [p.thumbnail ?? "", ...(p.images ?? []).map((i) => i.url)]),
        ]),
      ])
    )
    const stale = images.filter((i) => {
      const urls = used.get(i.maker_id)
      return !!urls && !urls.has(i.url) && !urls.has(i.thumbnail_url)
    })
    return new StepResponse(stale.map(({ id, url, thumbnail_url, file_ids }) => ({ id, url, thumbnail_url, file_ids })))
  }
)
