import fs from "node:fs"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import sharp from "sharp"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { deleteStaleMakerImagesWorkflow } from "../../src/workflows/maker-portal/delete-stale-maker-images"
import { eventually, failing } from "./domain-fixtures"
import { makerUploadDir, picture, removeUploads, twoMakers, uploadForm } from "./maker-portal-fixtures"

vi.setConfig({ testTimeout: 60_000 })

type Options = { headers: Record<string, string> }
type Image = { id: string; url: string; thumbnail_url: string; width: number; height: number; original_name: string }

/** The files the local file provider stored for one maker. */
const storedFiles = (makerId: string) => {
  const dir = makerUploadDir(makerId)
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let m: Awaited<ReturnType<typeof twoMakers>>

    beforeAll(async () => {
      m = await twoMakers(api, getContainer())
    })
    afterAll(() => removeUploads(m.sari.maker.id, m.other.maker.id))

    const upload = (files: Parameters<typeof uploadForm>[0], as: Options) => api.post("/makers/uploads", uploadForm(files), as)
    const served = async (url: string) =>
      sharp(Buffer.from((await api.get(new URL(url).pathname, { responseType: "arraybuffer" })).data)).metadata()

    it("a maker uploads a JPEG, a PNG and a WebP: each is kept as 1200 px and 400 px WebP, served, and listed as its own only", async () => {
      const res = await upload(
        [
          { name: "kain-parang.jpg", type: "image/jpeg", bytes: await picture("jpeg", 2400, 1600) },
          { name: "motif.PNG", type: "image/png", bytes: await picture("png", 800, 800) },
          { name: "booth.webp", type: "image/webp", bytes: await picture("webp", 1300, 900) },
        ],
        m.asSari
      )
      expect(res.status).toBe(201)
      const images: Image[] = res.data.images
      expect(images.map((i) => [i.original_name, i.width, i.height])).toEqual([
        ["kain-parang.jpg", 2400, 1600],
        ["motif.PNG", 800, 800],
        ["booth.webp", 1300, 900],
      ])
      expect(await served(images[0].url)).toMatchObject({ format: "webp", width: 1200, height: 800 })
      expect(await served(images[0].thumbnail_url)).toMatchObject({ format: "webp", width: 400, height: 267 })
      // A smaller picture is never enlarged.
      expect(await served(images[1].url)).toMatchObject({ format: "webp", width: 800 })
      expect(storedFiles(m.sari.maker.id)).toHaveLength(6)
      expect(JSON.stringify(res.data)).not.toMatch(/file_ids|maker_id/)

      const mine = await api.get("/makers/uploads", m.asSari)
      expect(mine.data.count).toBe(3)
      expect(mine.data.images.map((i: Image) => i.id).sort()).toEqual(images.map((i) => i.id).sort())
      expect((await api.get("/makers/uploads", m.asOther)).data.count).toBe(0)
      // No fields= or expansion reaches the owner, its people or the file keys.
      expect((await failing(api.get("/makers/uploads?fields=*maker,*maker.users", m.asSari))).status).toBe(400)
      const one = await api.get(`/makers/uploads/${images[0].id}?fields=*maker,file_ids`, m.asSari)
      expect(Object.keys(one.data.image).sort()).toEqual(["created_at", "height", "id", "original_name", "thumbnail_url", "url", "width"])
    })

    it("refuses another type, an oversized file and content that does not match its name or type with a 4xx, storing nothing", async () => {
      const jpeg = await picture("jpeg", 200, 200)
      const png = await picture("png", 200, 200)
      const gif = await sharp({ create: { width: 20, height: 20, channels: 3, background: "#000" } }).gif().toBuffer()
      const oversized = Buffer.concat([jpeg, Buffer.alloc(5 * 1024 * 1024 + 1 - jpeg.length)])
      const cases: [Parameters<typeof uploadForm>[0], number, RegExp][] = [
        [[{ name: "kain.gif", type: "image/gif", bytes: gif }], 400, /kain.gif: only JPEG, PNG or WebP/],
        [[{ name: "kain.jpg", type: "image/jpeg", bytes: gif }], 400, /kain.jpg is named as a JPEG picture but its content is not a JPEG, PNG or WebP/],
        [[{ name: "faktur.jpg", type: "image/jpeg", bytes: Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj\n") }], 400, /faktur.jpg .* not a JPEG, PNG or WebP/],
        [[{ name: "kain.jpg", type: "image/jpeg", bytes: png }], 400, /kain.jpg is named as a JPEG picture but its content is a PNG picture/],
        [[{ name: "kain.png", type: "image/jpeg", bytes: png }], 400, /kain.png is sent as image\/jpeg/],
        [[{ name: "rusak.png", type: "image/png", bytes: png.subarray(0, 80) }], 400, /rusak.png could not be read as a picture/],
        [[{ name: "besar.jpg", type: "image/jpeg", bytes: oversized }], 413, /larger than 5 MB/],
        // One bad file refuses the whole upload: the good one beside it is not kept either.
        [
          [
            { name: "bagus.jpg", type: "image/jpeg", bytes: jpeg },
            { name: "palsu.webp", type: "image/webp", bytes: png },
          ],
          400,
          /palsu.webp is named as a WebP picture/,
        ],
        [[], 400, /Choose at least one picture/],
      ]
      for (const [files, status, message] of cases) {
        const res = await failing(upload(files, m.asOther))
        expect([files.map((f) => f.name), res.status]).toEqual([files.map((f) => f.name), status])
        expect(res.data.message).toMatch(message)
      }
      const tooMany = await failing(upload(Array.from({ length: 11 }, (_, i) => ({ name: `k${i}.jpg`, type: "image/jpeg", bytes: jpeg })), m.asOther))
      expect(tooMany.status).toBe(400)
      expect(tooMany.data.message).toMatch(/at most 10 pictures/)
      expect(storedFiles(m.other.maker.id)).toEqual([])
      expect((await api.get("/makers/uploads", m.asOther)).data.count).toBe(0)
    })

    it("a piece and the profile use only the maker's own pictures; another maker's picture is a 404 and nothing changes", async () => {
      const [own] = (await upload([{ name: "tulis.jpg", type: "image/jpeg", bytes: await picture("jpeg") }], m.asSari)).data.images
      const [theirs] = (await upload([{ name: "milik-lain.png", type: "image/png", bytes: await picture("png") }], m.asOther)).data.images

      const created = await api.post(
        "/makers/products",
        { title: "Kain Tulis Asem Arang", handle: "tulis-asem-arang", variants: [{ title: "All size", price: 1_250_000 }], images: [own.id] },
        m.asSari
      )
      expect(created.data.product.images.map((i: { url: string }) => i.url)).toEqual([own.url])
      expect(created.data.product.thumbnail).toBe(own.thumbnail_url)

      const stolen = await failing(
        api.post("/makers/products", { title: "Curian", handle: "curian", variants: [{ title: "All size", price: 100_000 }], images: [theirs.id] }, m.asSari)
      )
      expect(stolen.status).toBe(404)
      expect(stolen.data.message).toBe(`Image ${theirs.id} was not found`)
      expect((await api.get("/makers/products", m.asSari)).data.products.map((p: { handle: string }) => p.handle)).not.toContain("curian")

      const id = created.data.product.id
      const swap = await failing(api.post(`/makers/products/${id}`, { title: "Diganti", images: [theirs.id] }, m.asSari))
      expect(swap.status).toBe(404)
      const still = (await api.get(`/makers/products/${id}`, m.asSari)).data.product
      expect([still.title, still.thumbnail]).toEqual(["Kain Tulis Asem Arang", own.thumbnail_url])

      const profile = await failing(api.post("/makers/me", { photos: [theirs.id] }, m.asSari))
      expect(profile.status).toBe(404)
      expect(profile.data.message).toBe(`Image ${theirs.id} was not found`)
      expect((await api.get("/makers/me", m.asSari)).data.maker.photos).toEqual([])

      // In use: kept, with a message saying where; unused: deleted with its files.
      const inUse = await failing(api.delete(`/makers/uploads/${own.id}`, m.asSari))
      expect(inUse.status).toBe(400)
      expect(inUse.data.message).toMatch(/is a picture of "Kain Tulis Asem Arang"/)
      const before = storedFiles(m.other.maker.id).length
      expect((await api.delete(`/makers/uploads/${theirs.id}`, m.asOther)).data).toMatchObject({ id: theirs.id, deleted: true })
      expect(storedFiles(m.other.maker.id)).toHaveLength(before - 2)
      expect((await failing(api.get(`/makers/uploads/${theirs.id}`, m.asOther))).status).toBe(404)
    })

    it("the nightly clean-up deletes pictures unused for a week with their files, keeping those on a piece and recent ones", async () => {
      const [onPiece, dropped, recent] = (
        await upload(
          [
            { name: "dipakai.jpg", type: "image/jpeg", bytes: await picture("jpeg") },
            { name: "batal.jpg", type: "image/jpeg", bytes: await picture("jpeg") },
            { name: "baru.jpg", type: "image/jpeg", bytes: await picture("jpeg") },
          ],
          m.asSari
        )
      ).data.images as Image[]
      await api.post(
        "/makers/products",
        { title: "Kain Cap Kawung", handle: "cap-kawung-bersih", variants: [{ title: "All size", price: 450_000 }], images: [onPiece.id] },
        m.asSari
      )
      // Eight days ago, as far as the clean-up can tell.
      await getContainer()
        .resolve(ContainerRegistrationKeys.PG_CONNECTION)
        .raw(`UPDATE maker_image SET created_at = now() - interval '8 days' WHERE id IN (?, ?)`, [onPiece.id, dropped.id])
      const files = storedFiles(m.sari.maker.id).length

      const { result } = await deleteStaleMakerImagesWorkflow(getContainer()).run({
        input: { uploaded_before: new Date(Date.now() - 7 * 24 * 3600 * 1000).toISOString() },
      })
      expect(result.deleted).toEqual([dropped.id])
      expect((await failing(api.get(`/makers/uploads/${dropped.id}`, m.asSari))).status).toBe(404)
      expect(storedFiles(m.sari.maker.id)).toHaveLength(files - 2)
      const kept = (await api.get("/makers/uploads?limit=100", m.asSari)).data.images.map((i: Image) => i.id)
      expect(kept).toEqual(expect.arrayContaining([onPiece.id, recent.id]))
      expect((await api.get(new URL(onPiece.url).pathname)).status).toBe(200)
    })

    it("a maker edits its profile (story, people, photos, pickup address); a rename reaches its pieces in search within seconds", async () => {
      const [photo] = (await upload([{ name: "rumah-batik.webp", type: "image/webp", bytes: await picture("webp") }], m.asSari)).data.images
      const body = {
        name: "Batik Sari Malon Gunungpati",
        story_id: "Kami membatik sejak 1998 di Malon.",
        story_en: "We have made batik in Malon since 1998.",
        people: [{ name: "Sri Lestari", role: "pembatik", bio_id: "Pendiri", bio_en: "Founder" }],
        pickup_address: "Jl. Malon Raya 12, Gunungpati",
        photos: [photo.id],
      }
      const res = await api.post("/makers/me", body, m.asSari)
      expect(res.data.maker).toMatchObject({ ...body, photos: [photo.url], status: "approved" })
      expect((await api.get("/store/makers/sari-malon", m.c.store)).data.maker).toMatchObject({ name: body.name, story_en: body.story_en })

      await eventually(async () => {
        const found = await api.post(
          "/store/search",
          { entity: "product", fields: ["handle", "maker.name"], filters: { q: "parang" } },
          m.c.store
        )
        const doc = found.data.results[0].hits.find((h: { document: { handle: string } }) => h.document.handle === "cap-parang")
        expect(doc?.document.maker.name).toBe("Batik Sari Malon Gunungpati")
      }, 10_000)

      for (const [bad, message] of [
        [{ status: "approved" }, /status/],
        [{ handle: "dicuri" }, /handle/],
        [{ people: [{ name: "", role: "pembatik" }] }, /people, 0, name/],
        [{ email: "bukan-email" }, /email must be an email address/],
        [{ name: "  " }, /field .name. too small/],
      ] as const) {
        const refused = await failing(api.post("/makers/me", bad, m.asSari))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(message)
      }
      expect((await api.get("/makers/me", m.asSari)).data.maker).toMatchObject({ name: body.name, handle: "sari-malon" })
    })
  },
})
