import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import sharp from "sharp"
import { parseEnv } from "../../../env"

/** Encoder settings that keep an 800x800 batik picture well under 80 kB. */
const WEBP = { quality: 68, effort: 4, smartSubsample: true } as const

/**
 * Rendered pictures by content hash under the runtime folder: drawing 100 pictures costs 10-20 s on
 * two cores, and every seeded test database and benchmark load draws the same ones.
 */
function cacheFile(svg: string, format: string): string {
  const key = crypto.createHash("sha256").update(JSON.stringify(WEBP)).update(svg).digest("hex")
  return path.join(parseEnv().GELAR_RUNTIME_DIR, "image-cache", `${key}.${format}`)
}

/** Renders an SVG to WebP; the same SVG gives the same bytes, which keeps the seed reproducible. */
export async function svgToWebp(svg: string): Promise<Buffer> {
  const file = cacheFile(svg, "webp")
  if (fs.existsSync(file)) {
    return fs.promises.readFile(file)
  }
  const content = await sharp(Buffer.from(svg)).webp(WEBP).toBuffer()
  await fs.promises.mkdir(path.dirname(file), { recursive: true })
  // Written under a temporary name and renamed, so a parallel run never reads half a file.
  const partial = `${file}.${process.pid}.tmp`
  await fs.promises.writeFile(partial, content)
  await fs.promises.rename(partial, file)
  return content
}
