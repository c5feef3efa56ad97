import path from "node:path"
import { MedusaError } from "@medusajs/framework/utils"
import sharp from "sharp"

/** Largest picture a maker may upload; checked while the upload streams in, before anything is stored. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024
/** Pictures per upload request. */
export const MAX_IMAGES_PER_UPLOAD = 10
/** A phone photo is ~12-50 MP; far more is a decompression bomb rather than a picture of a cloth. */
const MAX_INPUT_PIXELS = 100_000_000
/** Widths of the WebP renditions kept: the product page and the catalogue card. */
export const RENDITION_WIDTHS = { large: 1200, thumbnail: 400 } as const

export type ImageKind = "jpeg" | "png" | "webp"

const KINDS: Record<ImageKind, { mime: string[]; extensions: string[]; label: string }> = {
  jpeg: { mime: ["image/jpeg", "image/jpg", "image/pjpeg"], extensions: [".jpg", ".jpeg"], label: "JPEG" },
  png: { mime: ["image/png"], extensions: [".png"], label: "PNG" },
  webp: { mime: ["image/webp"], extensions: [".webp"], label: "WebP" },
}

/** The picture format told by the file's first bytes, whatever its name claims; null for anything else. */
export function sniffImageKind(bytes: Buffer): ImageKind | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    return "jpeg"
  }
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    return "png"
  }
  if (bytes.length >= 12 && bytes.toString("latin1", 0, 4) === "RIFF" && bytes.toString("latin1", 8, 12) === "WEBP") {
    return "webp"
  }
  return null
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Accepts a file only when its name, its declared type and its content all say the same one of JPEG,
 * PNG or WebP: a renamed PDF or a script called photo.jpg is refused with a message naming the file.
 */
export function checkImageFile(file: { filename: string; mime_type: string; bytes: Buffer }): ImageKind {
  const name = file.filename
  if (file.bytes.length === 0) {
    throw invalid(`${name} is empty`)
  }
  if (file.bytes.length > MAX_IMAGE_BYTES) {
    throw invalid(`${name} is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB`)
  }
  const extension = path.extname(name).toLowerCase()
  const byName = (Object.keys(KINDS) as ImageKind[]).find((k) => KINDS[k].extensions.includes(extension))
  if (!byName) {
    throw invalid(`${name}: only JPEG, PNG or WebP pictures can be uploaded (.jpg, .jpeg, .png or .webp)`)
  }
  if (!KINDS[byName].mime.includes(file.mime_type.toLowerCase())) {
    throw invalid(`${name} is sent as ${file.mime_type || "an unknown type"}, not as a ${KINDS[byName].label} picture`)
  }
  const byContent = sniffImageKind(file.bytes)
  if (byContent !== byName) {
    const what = byContent ? `a ${KINDS[byContent].label} picture` : "not a JPEG, PNG or WebP picture"
    throw invalid(`${name} is named as a ${KINDS[byName].label} picture but its content is ${what}`)
  }
  return byName
}

export type ImageRenditions = { width: number; height: number; large: Buffer; thumbnail: Buffer }

/**
 * Decodes the picture (turned upright by its EXIF orientation) and re-encodes it as WebP at the
 * rendition widths, never enlarging. Re-encoding drops every metadata block, the camera's location
 * included. A file whose bytes start right but do not decode is refused.
 */
export async function renderImage(filename: string, bytes: Buffer): Promise<ImageRenditions> {
  const source = () => sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error", autoOrient: true })
  try {
    const { width, height } = (await source().metadata()).autoOrient
    const render = (w: number) =>
      source().resize({ width: w, withoutEnlargement: true }).webp({ quality: 82 }).toBuffer()
    const [large, thumbnail] = await Promise.all([render(RENDITION_WIDTHS.large), render(RENDITION_WIDTHS.thumbnail)])
    return { width, height, large, thumbnail }
  } catch (e) {
    throw invalid(`${filename} could not be read as a picture: ${(e as Error).message}`)
  }
}
