import sharp from "sharp"
import { checkImageFile, renderImage, sniffImageKind } from "./maker-images"

const picture = (format: "jpeg" | "png" | "webp", width = 60, height = 40) =>
  sharp({ create: { width, height, channels: 3, background: "#1d3b6b" } })[format]().toBuffer()

describe("maker picture checks", () => {
  it("tells JPEG, PNG and WebP by their bytes and nothing else", async () => {
    expect(sniffImageKind(await picture("jpeg"))).toBe("jpeg")
    expect(sniffImageKind(await picture("png"))).toBe("png")
    expect(sniffImageKind(await picture("webp"))).toBe("webp")
    expect(sniffImageKind(Buffer.from("%PDF-1.7\n"))).toBeNull()
    expect(sniffImageKind(Buffer.from("GIF89a......"))).toBeNull()
  })

  it("refuses a name, a declared type or content that disagree, naming the file", async () => {
    const png = await picture("png")
    expect(checkImageFile({ filename: "kain.png", mime_type: "image/png", bytes: png })).toBe("png")
    expect(() => checkImageFile({ filename: "kain.jpg", mime_type: "image/jpeg", bytes: png })).toThrow(
      "kain.jpg is named as a JPEG picture but its content is a PNG picture"
    )
    expect(() => checkImageFile({ filename: "kain.png", mime_type: "image/jpeg", bytes: png })).toThrow(/kain.png is sent as image\/jpeg/)
    expect(() => checkImageFile({ filename: "kain.gif", mime_type: "image/gif", bytes: png })).toThrow(/only JPEG, PNG or WebP/)
    expect(() =>
      checkImageFile({ filename: "faktur.jpg", mime_type: "image/jpeg", bytes: Buffer.from("%PDF-1.7\n") })
    ).toThrow(/not a JPEG, PNG or WebP picture/)
  })

  it("renders upright WebP renditions no wider than 1200 and 400 px, never enlarged", async () => {
    const big = await renderImage("besar.jpg", await picture("jpeg", 2000, 1000))
    expect({ width: big.width, height: big.height }).toEqual({ width: 2000, height: 1000 })
    expect(await sharp(big.large).metadata()).toMatchObject({ format: "webp", width: 1200, height: 600 })
    expect(await sharp(big.thumbnail).metadata()).toMatchObject({ format: "webp", width: 400, height: 200 })
    const small = await renderImage("kecil.png", await picture("png", 300, 300))
    expect(await sharp(small.large).metadata()).toMatchObject({ width: 300 })
    const truncated = (await picture("png", 500, 500)).subarray(0, 60)
    await expect(renderImage("rusak.png", truncated)).rejects.toThrow(/rusak.png could not be read as a picture/)
  })
})
