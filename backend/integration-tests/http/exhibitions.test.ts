import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { asValue } from "@medusajs/framework/awilix"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CLOCK_KEY } from "../../src/lib/clock"
import {
  type Clients,
  failing,
  makerWithProducts,
  productInput,
  setUpStoreAndOrganiser,
} from "./domain-fixtures"

// Asia/Jakarta is UTC+7 all year: 3 Dec 2026 09:00 WIB is 02:00 UTC.
const STARTS = "2026-12-03T09:00:00+07:00"
const ENDS = "2026-12-07T21:00:00+07:00"
const at = (iso: string, deltaMs = 0) => new Date(new Date(iso).getTime() + deltaMs)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let c: Clients
    let now: Date | null = null
    let exhibitionId: string
    let sari: Awaited<ReturnType<typeof makerWithProducts>>
    let kawung: Awaited<ReturnType<typeof makerWithProducts>>
    let pendingMaker: Awaited<ReturnType<typeof makerWithProducts>>

    beforeAll(async () => {
      const container = getContainer()
      container.register(CLOCK_KEY, asValue(() => now ?? new Date()))
      c = await setUpStoreAndOrganiser(container, api)
      sari = await makerWithProducts(container, c.base, "sari-malon", [
        productInput(c.base, "tulis-asem-arang", 1_250_000),
        productInput(c.base, "cap-parang", 275_000),
        productInput(c.base, "printing-tugu-muda", 75_000),
      ])
      kawung = await makerWithProducts(container, c.base, "kawung-indah", [
        productInput(c.base, "cap-kawung", 300_000),
      ])
      pendingMaker = await makerWithProducts(
        container,
        c.base,
        "baru-gunungpati",
        [productInput(c.base, "cap-truntum", 200_000)],
        false
      )
      const created = await api.post(
        "/admin/exhibitions",
        {
          handle: "gelar-2026",
          title_id: "Gelar Batik Semarang 2026",
          title_en: "Gelar Semarang Batik 2026",
          venue: "Balai Kota Semarang",
          address: "Jl. Pemuda No. 148, Semarang",
          starts_at: STARTS,
          ends_at: ENDS,
        },
        c.admin
      )
      exhibitionId = created.data.exhibition.id
      await api.post(`/admin/exhibitions/${exhibitionId}/participants`, { maker_id: sari.maker.id, booth_code: "A-01" }, c.admin)
      await api.post(`/admin/exhibitions/${exhibitionId}/participants`, { maker_id: kawung.maker.id, booth_code: "B-02" }, c.admin)
      for (const handle of ["tulis-asem-arang", "cap-parang", "printing-tugu-muda"]) {
        await api.post(`/admin/exhibitions/${exhibitionId}/featured`, { product_id: sari.products[handle] }, c.admin)
      }
      await api.post(
        `/admin/exhibitions/${exhibitionId}/featured`,
        { product_id: kawung.products["cap-kawung"], note_id: "Pilihan kurator", note_en: "Curator's pick" },
        c.admin
      )
    })

    afterEach(() => {
      now = null
    })

    const adminFeatured = async () => {
      const res = await api.get(`/admin/exhibitions/${exhibitionId}`, c.admin)
      return res.data.exhibition.featured_items.map((f: any) => [f.position, f.product.handle])
    }
    const storeFeatured = async () => {
      const res = await api.get("/store/exhibitions/gelar-2026", c.store)
      return res.data.exhibition.featured.map((f: any) => [f.position, f.product.handle])
    }
    const rows = async (entity: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity, fields: ["*"], withDeleted: true })
      return data
    }

    it("derives the status from the clock at the boundary instants", async () => {
      const cases: [Date, string][] = [
        [at(STARTS, -1), "scheduled"],
        [at(STARTS), "live"],
        [at(ENDS, -1), "live"],
        [at(ENDS), "closed"],
      ]
      for (const [instant, status] of cases) {
        now = instant
        const one = await api.get("/store/exhibitions/gelar-2026", c.store)
        expect([instant.toISOString(), one.data.exhibition.status]).toEqual([instant.toISOString(), status])
        const lists = await Promise.all(
          ["current", "upcoming", "archive"].map((when) => api.get(`/store/exhibitions?when=${when}`, c.store))
        )
        const expected = { scheduled: [0, 1, 0], live: [1, 0, 0], closed: [0, 0, 1] }[status]
        expect(lists.map((l) => l.data.count)).toEqual(expected)
      }
      const invalid = await failing(api.get("/store/exhibitions?when=tomorrow", c.store))
      expect(invalid.status).toBe(400)
    })

    it("returns featured items in order with rupiah prices, notes and participants with booths", async () => {
      const res = await api.get("/store/exhibitions/gelar-2026", c.store)
      const { exhibition } = res.data
      expect(exhibition).toMatchObject({
        handle: "gelar-2026",
        title_id: "Gelar Batik Semarang 2026",
        venue: "Balai Kota Semarang",
      })
      expect(exhibition.featured).toEqual([
        expect.objectContaining({ position: 1, product: expect.objectContaining({ handle: "tulis-asem-arang", price: { amount: 1_250_000, currency_code: "idr" } }) }),
        expect.objectContaining({ position: 2, product: expect.objectContaining({ handle: "cap-parang", price: { amount: 275_000, currency_code: "idr" } }) }),
        expect.objectContaining({ position: 3, product: expect.objectContaining({ handle: "printing-tugu-muda" }) }),
        { position: 4, note_id: "Pilihan kurator", note_en: "Curator's pick", product: expect.objectContaining({ handle: "cap-kawung", price: { amount: 300_000, currency_code: "idr" } }) },
      ])
      expect(exhibition.participants).toEqual([
        { booth_code: "A-01", maker: { id: sari.maker.id, handle: "sari-malon", name: "Batik sari-malon", logo_url: null, district: "Gunungpati", sentra: "Malon" } },
        expect.objectContaining({ booth_code: "B-02", maker: expect.objectContaining({ handle: "kawung-indah" }) }),
      ])
      expect((await failing(api.get("/store/exhibitions/nope", c.store))).status).toBe(404)
    })

    it("reorders featured items, keeping positions 1..n", async () => {
      const ids = sari.products
      const res = await api.post(
        `/admin/exhibitions/${exhibitionId}/featured/reorder`,
        { product_ids: [kawung.products["cap-kawung"], ids["cap-parang"], ids["tulis-asem-arang"], ids["printing-tugu-muda"]] },
        c.admin
      )
      expect(res.status).toBe(200)
      expect(await adminFeatured()).toEqual([
        [1, "cap-kawung"],
        [2, "cap-parang"],
        [3, "tulis-asem-arang"],
        [4, "printing-tugu-muda"],
      ])
      expect(await storeFeatured()).toEqual(await adminFeatured())
    })

    it("refuses a reorder that drops, repeats or invents a product, changing nothing", async () => {
      const ids = sari.products
      const before = await adminFeatured()
      const missing = await failing(
        api.post(`/admin/exhibitions/${exhibitionId}/featured/reorder`, { product_ids: [ids["cap-parang"]] }, c.admin)
      )
      expect(missing.status).toBe(400)
      expect(missing.data.message).toMatch(/must list every featured product; missing: /)
      const repeated = await failing(
        api.post(
          `/admin/exhibitions/${exhibitionId}/featured/reorder`,
          { product_ids: [ids["cap-parang"], ids["cap-parang"], ids["tulis-asem-arang"], ids["printing-tugu-muda"]] },
          c.admin
        )
      )
      expect(repeated.status).toBe(400)
      expect(repeated.data.message).toBe(`Each featured product must appear once in the new order; repeated: ${ids["cap-parang"]}`)
      const unknown = await failing(
        api.post(
          `/admin/exhibitions/${exhibitionId}/featured/reorder`,
          { product_ids: [pendingMaker.products["cap-truntum"], ids["cap-parang"], ids["tulis-asem-arang"], ids["printing-tugu-muda"], kawung.products["cap-kawung"]] },
          c.admin
        )
      )
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toBe(`Not featured in this exhibition: ${pendingMaker.products["cap-truntum"]}`)
      expect(await adminFeatured()).toEqual(before)
    })

    it("unfeatures a product and closes the gap", async () => {
      const res = await api.delete(`/admin/exhibitions/${exhibitionId}/featured/${sari.products["cap-parang"]}`, c.admin)
      expect(res.status).toBe(200)
      expect(await adminFeatured()).toEqual([
        [1, "tulis-asem-arang"],
        [2, "printing-tugu-muda"],
        [3, "cap-kawung"],
      ])
      const again = await failing(api.delete(`/admin/exhibitions/${exhibitionId}/featured/${sari.products["cap-parang"]}`, c.admin))
      expect(again.status).toBe(404)
      expect(again.data.message).toMatch(/is not featured in exhibition/)
    })

    it("deleting a product removes its featured entries and renumbers the rest (no orphans)", async () => {
      const gone = sari.products["tulis-asem-arang"]
      const res = await api.delete(`/admin/products/${gone}`, c.admin)
      expect(res.status).toBe(200)
      expect(await adminFeatured()).toEqual([
        [1, "cap-parang"],
        [2, "printing-tugu-muda"],
        [3, "cap-kawung"],
      ])
      const live = (await rows("exhibition_featured_item")).filter((f: any) => !f.deleted_at)
      expect(live.map((f: any) => f.product_id)).not.toContain(gone)
    })

    it("removing a participant removes its maker's featured items (no orphans)", async () => {
      const res = await api.delete(`/admin/exhibitions/${exhibitionId}/participants/${sari.maker.id}`, c.admin)
      expect(res.status).toBe(200)
      expect(res.data.removed_featured_item_ids).toHaveLength(3)
      expect(await adminFeatured()).toEqual([[1, "cap-kawung"]])
      const store = await api.get("/store/exhibitions/gelar-2026", c.store)
      expect(store.data.exhibition.participants.map((p: any) => p.booth_code)).toEqual(["B-02"])
      const live = (await rows("exhibition_featured_item")).filter((f: any) => !f.deleted_at)
      expect(live).toHaveLength(1)
      const notThere = await failing(api.delete(`/admin/exhibitions/${exhibitionId}/participants/${sari.maker.id}`, c.admin))
      expect(notThere.status).toBe(404)
    })

    it("giving a featured product to a maker without a booth unfeatures it there", async () => {
      const ids = sari.products
      await api.post(`/admin/makers/${kawung.maker.id}/products`, { product_ids: [ids["cap-parang"]] }, c.admin)
      expect((await adminFeatured()).map((f: any) => f[1])).toContain("cap-parang")
      const res = await api.post(
        `/admin/makers/${pendingMaker.maker.id}/products`,
        { product_ids: [ids["tulis-asem-arang"]] },
        c.admin
      )
      expect(res.data.removed_featured_item_ids).toHaveLength(1)
      expect(await adminFeatured()).toEqual([
        [1, "cap-parang"],
        [2, "printing-tugu-muda"],
        [3, "cap-kawung"],
      ])
    })

    it("refuses to feature what breaks a rule, writing nothing", async () => {
      const before = await rows("exhibition_featured_item")
      const feature = (product_id: string) =>
        failing(api.post(`/admin/exhibitions/${exhibitionId}/featured`, { product_id }, c.admin))

      const twice = await feature(sari.products["cap-parang"])
      expect(twice.status).toBe(422)
      expect(twice.data.message).toBe('"Kain cap-parang" is already featured in Gelar Semarang Batik 2026')

      const notParticipating = await feature(pendingMaker.products["cap-truntum"])
      expect(notParticipating.status).toBe(400)
      expect(notParticipating.data.message).toMatch(/who is pending: only an approved maker's product can be featured/)

      await api.post(`/admin/makers/${pendingMaker.maker.id}/approve`, {}, c.admin)
      const noBooth = await feature(pendingMaker.products["cap-truntum"])
      expect(noBooth.status).toBe(400)
      expect(noBooth.data.message).toMatch(/does not take part in Gelar Semarang Batik 2026: add the maker with a booth first/)

      await api.post(`/admin/makers/${kawung.maker.id}/suspend`, {}, c.admin)
      await api.delete(`/admin/exhibitions/${exhibitionId}/featured/${kawung.products["cap-kawung"]}`, c.admin)
      const afterUnfeature = await rows("exhibition_featured_item")
      const suspended = await feature(kawung.products["cap-kawung"])
      expect(suspended.status).toBe(400)
      expect(suspended.data.message).toMatch(/who is suspended/)

      const unknown = await feature("prod_nope")
      expect(unknown.status).toBe(404)
      expect(unknown.data.message).toBe("Product prod_nope was not found")

      const missingField = await failing(api.post(`/admin/exhibitions/${exhibitionId}/featured`, {}, c.admin))
      expect(missingField.status).toBe(400)

      expect(before.length).toBe(afterUnfeature.length)
      expect(await rows("exhibition_featured_item")).toEqual(afterUnfeature)
    })

    it("gives booths only to approved makers, one maker per booth, and moves a maker to another booth", async () => {
      const before = await rows("exhibition_participant")
      const join = (maker_id: string, booth_code: string) =>
        api.post(`/admin/exhibitions/${exhibitionId}/participants`, { maker_id, booth_code }, c.admin)

      const pending = await failing(join(pendingMaker.maker.id, "C-03"))
      expect(pending.status).toBe(400)
      expect(pending.data.message).toBe(
        "Batik baru-gunungpati is pending: only an approved maker can take part in an exhibition"
      )
      const taken = await failing(join(kawung.maker.id, "A-01"))
      expect(taken.status).toBe(422)
      expect(taken.data.message).toBe("Booth A-01 is already given to another maker in this exhibition")
      const badCode = await failing(join(kawung.maker.id, "booth 7!"))
      expect(badCode.status).toBe(400)
      expect(badCode.data.message).toMatch(/booth_code must be up to 16 letters, digits or hyphens/)
      const unknown = await failing(join("mkr_nope", "C-03"))
      expect(unknown.status).toBe(404)
      expect(await rows("exhibition_participant")).toEqual(before)

      const moved = await join(kawung.maker.id, "C-03")
      expect(moved.data.participant.booth_code).toBe("C-03")
      const store = await api.get("/store/exhibitions/gelar-2026", c.store)
      expect(store.data.exhibition.participants.map((p: any) => p.booth_code)).toEqual(["A-01", "C-03"])
    })

    it("refuses an exhibition that does not end after it starts, a bad date or a taken handle, writing nothing", async () => {
      const before = await rows("exhibition")
      const body = {
        handle: "gelar-2027",
        title_id: "Gelar 2027",
        title_en: "Gelar 2027",
        venue: "Balai Kota",
        starts_at: "2027-12-02T09:00:00+07:00",
        ends_at: "2027-12-01T21:00:00+07:00",
      }
      const backwards = await failing(api.post("/admin/exhibitions", body, c.admin))
      expect(backwards.status).toBe(400)
      expect(backwards.data.message).toBe(
        "An exhibition must end after it starts: ends_at 2027-12-01T14:00:00.000Z is not after starts_at 2027-12-02T02:00:00.000Z"
      )
      const same = await failing(api.post("/admin/exhibitions", { ...body, ends_at: body.starts_at }, c.admin))
      expect(same.status).toBe(400)
      const noOffset = await failing(api.post("/admin/exhibitions", { ...body, ends_at: "2027-12-05 21:00" }, c.admin))
      expect(noOffset.status).toBe(400)
      expect(noOffset.data.message).toMatch(/ends_at must be a date and time with its UTC offset/)
      const taken = await failing(
        api.post("/admin/exhibitions", { ...body, handle: "gelar-2026", ends_at: "2027-12-06T21:00:00+07:00" }, c.admin)
      )
      expect(taken.status).toBe(422)
      expect(taken.data.message).toBe('Another exhibition already uses the handle "gelar-2026"')
      const editBackwards = await failing(
        api.post(`/admin/exhibitions/${exhibitionId}`, { ends_at: "2026-12-01T00:00:00+07:00" }, c.admin)
      )
      expect(editBackwards.status).toBe(400)
      expect(await rows("exhibition")).toEqual(before)
    })

    it("edits and deletes an exhibition with its participants and featured items", async () => {
      const edited = await api.post(`/admin/exhibitions/${exhibitionId}`, { venue: "Gedung Oudetrap" }, c.admin)
      expect(edited.data.exhibition.venue).toBe("Gedung Oudetrap")
      const list = await api.get("/admin/exhibitions", c.admin)
      expect(list.data.exhibitions[0]).toMatchObject({ handle: "gelar-2026", participant_count: 2, featured_count: 4 })
      const res = await api.delete(`/admin/exhibitions/${exhibitionId}`, c.admin)
      expect(res.data).toEqual({ id: exhibitionId, object: "exhibition", deleted: true })
      expect((await failing(api.get("/store/exhibitions/gelar-2026", c.store))).status).toBe(404)
      expect((await rows("exhibition_featured_item")).every((f: any) => f.deleted_at)).toBe(true)
      expect((await rows("exhibition_participant")).every((p: any) => p.deleted_at)).toBe(true)
    })
  },
})
