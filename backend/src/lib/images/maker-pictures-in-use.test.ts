import { makerPictureUse, type MakerPictureUses } from "./maker-pictures-in-use"

const picture = { url: "https://files.test/kawung.webp", thumbnail_url: "https://files.test/kawung-400.webp" }

describe("when a maker's picture is in use", () => {
  it("names the first piece that shows either rendition, before the profile", () => {
    const uses: MakerPictureUses = {
      products: [
        { title: "Kain Lurik", urls: ["https://files.test/lurik.webp"] },
        { title: "Kain Cap Kawung", urls: [picture.thumbnail_url] },
        { title: "Selendang Kawung", urls: [picture.url] },
      ],
      profile: [picture.url],
    }
    expect(makerPictureUse(uses, picture)).toEqual({ product: "Kain Cap Kawung" })
  })

  it("counts what the profile shows; a picture shown nowhere, or of a maker not found, is not in use", () => {
    const none: MakerPictureUses = { products: [{ title: "Kain Lurik", urls: [] }], profile: ["https://files.test/lain.webp"] }
    expect(makerPictureUse({ ...none, profile: [picture.url] }, picture)).toEqual({ profile: true })
    expect(makerPictureUse({ ...none, profile: ["https://files.test/studio.webp", picture.thumbnail_url] }, picture)).toEqual({ profile: true })
    expect(makerPictureUse(none, picture)).toBeNull()
    expect(makerPictureUse(undefined, picture)).toBeNull()
  })
})
