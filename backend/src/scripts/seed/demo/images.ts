import type { MedusaContainer } from "@medusajs/framework/types"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import sharp from "sharp"
import type { DemoExhibition } from "./exhibitions"
import type { DemoMaker } from "./makers"
import { batikSvg, hashSeed, logoSvg, PALETTES } from "./patterns"
import type { DemoProduct } from "./products"
import { svgToWebp } from "./render"
import { DYE_BATHS } from "./vocabulary"

/** A rendered picture waiting to be stored through the file module. */
export type RenderedImage = { filename: string; content: Buffer }

/** The product's picture: its motifs in its dye bath, in the outline of its form. */
export async function renderProductImage(product: Pick<DemoProduct, "handle" | "picture">): Promise<RenderedImage> {
  const bath = DYE_BATHS[product.picture.dye]
  const svg = batikSvg({
    seed: product.picture.seed,
    motifs: product.picture.motifs,
    palette: PALETTES[bath.dye_type][bath.palette],
    form: product.picture.form,
  })
  return { filename: `demo/products/${product.handle}.webp`, content: await svgToWebp(svg) }
}

/** A maker's round logo with its initials and a photo-like close-up of the cloth it is known for. */
export async function renderMakerImages(maker: DemoMaker): Promise<{ logo: RenderedImage; photo: RenderedImage }> {
  const palette = PALETTES[maker.logo.dye][maker.logo.palette]
  const seed = hashSeed(maker.handle)
  const [logo, photo] = await Promise.all([
    svgToWebp(logoSvg({ seed, name: maker.name, motif: maker.logo.motif, palette })),
    svgToWebp(batikSvg({ seed: seed + 1, motifs: [maker.logo.motif], palette, form: "kain-panjang" })),
  ])
  return {
    logo: { filename: `demo/makers/${maker.handle}-logo.webp`, content: logo },
    photo: { filename: `demo/makers/${maker.handle}-kain.webp`, content: photo },
  }
}

/** A wide cover (1200x630, the Open Graph size) cut from a kain drawn in the exhibition's motif. */
export async function renderExhibitionCover(exhibition: Pick<DemoExhibition, "handle" | "cover">): Promise<RenderedImage> {
  const svg = batikSvg({
    seed: exhibition.cover.seed,
    motifs: [exhibition.cover.motif, "truntum"],
    palette: PALETTES.natural[exhibition.cover.seed % PALETTES.natural.length],
    form: "kain-panjang",
    size: 1200,
  })
  const content = await sharp(Buffer.from(svg))
    .resize(1200, 630, { fit: "cover" })
    .webp({ quality: 68, smartSubsample: true })
    .toBuffer()
  return { filename: `demo/exhibitions/${exhibition.handle}.webp`, content }
}

/**
 * Stores pictures through Medusa's file module (the local provider serves them from /static in
 * development) and returns their public URLs in the same order.
 */
export async function storeImages(container: MedusaContainer, images: RenderedImage[]): Promise<string[]> {
  if (!images.length) {
    return []
  }
  const { result } = await uploadFilesWorkflow(container).run({
    input: {
      files: images.map((image) => ({
        filename: image.filename,
        mimeType: "image/webp",
        content: image.content.toString("base64"),
        access: "public" as const,
      })),
    },
  })
  return result.map((file) => file.url)
}
