import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { deleteStaleMakerImagesWorkflow } from "../workflows/maker-portal/delete-stale-maker-images"

/**
 * An upload unused for a week is one the maker tried and dropped: a week leaves a maker editing a
 * piece over several days time to save it. Runs at night (server time), when no one edits.
 */
export const STALE_UPLOAD_DAYS = 7

export default async function staleMakerUploadsJob(container: MedusaContainer): Promise<void> {
  const uploaded_before = new Date(Date.now() - STALE_UPLOAD_DAYS * 24 * 3600 * 1000).toISOString()
  const { result } = await deleteStaleMakerImagesWorkflow(container).run({ input: { uploaded_before } })
  if (result.deleted.length) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(`Maker uploads: deleted ${result.deleted.length} picture(s) unused for ${STALE_UPLOAD_DAYS} days`)
  }
}

export const config = {
  name: "stale-maker-uploads",
  schedule: "30 3 * * *",
}
