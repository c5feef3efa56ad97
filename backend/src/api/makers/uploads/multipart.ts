import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import multer from "multer"
import { MAX_IMAGE_BYTES, MAX_IMAGES_PER_UPLOAD } from "../../../lib/images/maker-images"

/** The form field that carries the pictures of `POST /makers/uploads`. */
export const UPLOAD_FIELD = "files"

// In memory, as Medusa's own uploads: the limits stop an oversized file while it streams in, so nothing
// bigger than the limit is ever held, and nothing reaches the file module before the workflow checks it.
const parse = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_IMAGE_BYTES, files: MAX_IMAGES_PER_UPLOAD, fields: 0 },
}).array(UPLOAD_FIELD, MAX_IMAGES_PER_UPLOAD)

const MB = MAX_IMAGE_BYTES / 1024 / 1024

/** Words for multer's limit errors that a maker understands. */
function refusal(code: string): { status: number; message: string } {
  switch (code) {
    case "LIMIT_FILE_SIZE":
      return { status: 413, message: `A picture is larger than ${MB} MB: make it smaller and upload it again` }
    case "LIMIT_FILE_COUNT":
      return { status: 400, message: `Upload at most ${MAX_IMAGES_PER_UPLOAD} pictures at a time` }
    case "LIMIT_UNEXPECTED_FILE":
      return { status: 400, message: `Send the pictures in the form field "${UPLOAD_FIELD}", at most ${MAX_IMAGES_PER_UPLOAD}` }
    case "LIMIT_FIELD_COUNT":
      return { status: 400, message: `Send only pictures, in the form field "${UPLOAD_FIELD}"` }
    default:
      return { status: 400, message: "The upload could not be read: send the pictures as multipart/form-data" }
  }
}

/** Reads a multipart upload of pictures into memory within the size and count limits. */
export function parseImageUpload(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  parse(req as any, res as any, (err?: unknown) => {
    if (!err) {
      return next()
    }
    const code = (err as { code?: string }).code ?? ""
    if (err instanceof multer.MulterError || code) {
      const { status, message } = refusal(code)
      res.status(status).json({ type: "invalid_data", message })
      return
    }
    next(err)
  })
}
