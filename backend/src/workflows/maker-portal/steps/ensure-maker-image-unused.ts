import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { findMakerPictureUses, makerPictureUse } from "../../../lib/images/maker-pictures-in-use"
import type { OwnMakerImage } from "./maker-images"

/** Refuses to delete a picture that one of the maker's pieces or its profile still shows. Writes nothing. */
export const ensureMakerImageUnusedStep = createStep(
  "ensure-maker-image-unused",
  async (input: { maker_id: string; image: OwnMakerImage }, { container }) => {
    // Removed pieces are not read: a picture only they had is shown nowhere, so the maker may delete it.
    const uses = await findMakerPictureUses(container, [input.maker_id])
    const use = makerPictureUse(uses.get(input.maker_id), input.image)
    if (use) {
      const where = "product" in use ? `a picture of "${use.product}"` : "on your profile"
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Image ${input.image.id} is ${where}: remove it there before deleting it`)
    }
    return new StepResponse(input.image.id)
  }
)
