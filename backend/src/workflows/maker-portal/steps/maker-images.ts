import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { checkImageFile, renderImage } from "../../../lib/images/maker-images"
import { MAKER_MODULE, type MakerModuleService } from "../../../modules/maker"

/** One uploaded file as the route received it; `content` is base64. */
export type MakerUploadFile = { filename: string; mime_type: string; content: string }

/** A checked picture with its WebP renditions (base64), ready for the file module. */
export type PreparedMakerImage = {
  original_name: string
  width: number
  height: number
  large: string
  thumbnail: string
}

/**
 * Checks every file (JPEG, PNG or WebP by name, declared type and content alike) and renders its
 * renditions. Writes nothing, so a single bad file refuses the whole upload before anything is stored.
 */
export const prepareMakerImagesStep = createStep(
  "prepare-maker-images",
  async (files: MakerUploadFile[]) => {
    if (!files.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Choose at least one picture to upload (form field files)")
    }
    const checked = files.map((f) => {
      const bytes = Buffer.from(f.content, "base64")
      checkImageFile({ filename: f.filename, mime_type: f.mime_type, bytes })
      return { name: f.filename, bytes }
    })
    const prepared: PreparedMakerImage[] = []
    for (const file of checked) {
      const r = await renderImage(file.name, file.bytes)
      prepared.push({
        original_name: file.name,
        width: r.width,
        height: r.height,
        large: r.large.toString("base64"),
        thumbnail: r.thumbnail.toString("base64"),
      })
    }
    return new StepResponse(prepared)
  }
)

export type MakerImageRecord = {
  maker_id: string
  url: string
  thumbnail_url: string
  file_ids: string[]
  original_name: string
  width: number
  height: number
}

/** Records the maker's uploaded pictures; compensation removes the records. */
export const createMakerImagesStep = createStep(
  "create-maker-images",
  async (records: MakerImageRecord[], { container }) => {
    const service = container.resolve<MakerModuleService>(MAKER_MODULE)
    const created = await service.createMakerImages(records)
    return new StepResponse(created, created.map((c) => c.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    await container.resolve<MakerModuleService>(MAKER_MODULE).deleteMakerImages(ids)
  }
)

export type OwnMakerImage = { id: string; url: string; thumbnail_url: string; file_ids: string[] }

/**
 * The maker's own pictures with these ids, in the order given. Any other id (unknown or another
 * maker's) is a 404 with the same message, so a maker cannot learn that another maker's picture exists.
 */
export const findOwnMakerImagesStep = createStep(
  "find-own-maker-images",
  async (input: { maker_id: string; image_ids: string[] }, { container }) => {
    if (!input.image_ids.length) {
      return new StepResponse([] as OwnMakerImage[])
    }
    const service = container.resolve<MakerModuleService>(MAKER_MODULE)
    const rows = await service.listMakerImages({ id: [...new Set(input.image_ids)], maker_id: input.maker_id })
    const byId = new Map(rows.map((r) => [r.id, r]))
    const missing = [...new Set(input.image_ids.filter((id) => !byId.has(id)))]
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Image ${missing.join(", ")} was not found`)
    }
    return new StepResponse(
      input.image_ids.map((id) => {
        const r = byId.get(id)!
        return { id: r.id, url: r.url, thumbnail_url: r.thumbnail_url, file_ids: r.file_ids as string[] }
      })
    )
  }
)

/** Removes picture records (soft delete); compensation brings them back. */
export const deleteMakerImagesStep = createStep(
  "delete-maker-images",
  async (ids: string[], { container }) => {
    await container.resolve<MakerModuleService>(MAKER_MODULE).softDeleteMakerImages(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    await container.resolve<MakerModuleService>(MAKER_MODULE).restoreMakerImages(ids)
  }
)
