import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { findMakerPictureUses, makerPictureUse } from "../../../lib/images/maker-pictures-in-use"
import { MAKER_MODULE, type MakerModuleService } from "../../../modules/maker"
import type { OwnMakerImage } from "./maker-images"

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
    // Removed makers and pieces are read too: a removed piece keeps its pictures, while a removed
    // maker's unused uploads are cleaned up like anyone's. A maker not found at all keeps them.
    const uses = await findMakerPictureUses(container, [...new Set(images.map((i) => i.maker_id))], { with_deleted: true })
    const stale = images.filter((i) => uses.has(i.maker_id) && !makerPictureUse(uses.get(i.maker_id), i))
    return new StepResponse(stale.map(({ id, url, thumbnail_url, file_ids }) => ({ id, url, thumbnail_url, file_ids })))
  }
)
