import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { eventually, failing } from "./domain-fixtures"
import { picture, placeOrder, removeUploads, twoMakers, uploadForm } from "./maker-portal-fixtures"

vi.setConfig({ testTimeout: 60_000 })

type Stock = { stocked_quantity: number; reserved_quantity: number; available_quantity: number }
type Product = { id: string; title: string; status: string; thumbnail: string | null; variants: { id: string; title: string; stock: Stock | null }[] }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let m: Awaited<ReturnType<typeof twoMakers>>

    beforeAll(async () => {
      m = await twoMakers(api, getContainer())
    })
    afterAll(() => removeUploads(m.sari.maker.id))

    /** A published piece of Sari's made in the portal, with the given stock per size. */
    const piece = async (handle: string, sizes: Record<string, number>, extra: Record<string, unknown> = {}): Promise<Product> =>
      (
        await api.post(
          "/makers/products",
          {
            title: `Kain ${handle}`,
            handle,
            status: "published",
            variants: Object.entries(sizes).map(([title, stock]) => ({ title, price: 1_250_000, stock })),
            ...extra,
          },
          m.asSari
        )
      ).data.product
    const setStock = (p: Product, body: object, as = m.asSari) =>
      api.post(`/makers/products/${p.id}/variants/${p.variants[0].id}/stock`, body, as)
    const stockOf = async (p: Product) => ((await api.get(`/makers/products/${p.id}`, m.asSari)).data.product as Product).variants[0].stock

    /** A shopper puts the size into a new cart twice: the second answer, and the quantities the cart kept. */
    const addTwice = async (variant_id: string) => {
      const cart = (await api.post("/store/carts", { region_id: m.c.base.regionId }, m.c.store)).data.cart
      await api.post(`/store/carts/${cart.id}/line-items`, { variant_id, quantity: 1 }, m.c.store)
      const second = await failing(api.post(`/store/carts/${cart.id}/line-items`, { variant_id, quantity: 1 }, m.c.store))
      const kept = (await api.get(`/store/carts/${cart.id}`, m.c.store)).data.cart.items.map((i: { quantity: number }) => i.quantity)
      return { second, kept }
    }

    it("a one-of-a-kind piece (stock 1) cannot go into a cart twice: the second add is a 400 naming it", async () => {
      const tulis = await piece("tulis-warak-ngendog", { "All size": 1 })
      expect(tulis.variants[0].stock).toEqual({ stocked_quantity: 1, reserved_quantity: 0, available_quantity: 1 })
      const { second, kept } = await addTwice(tulis.variants[0].id)
      expect([second.status, kept]).toEqual([400, [1]])
      expect(second.data.message).toMatch(/Kain tulis-warak-ngendog/)
    })

    it("a piece listed before stock was counted starts counting on its first stock change", async () => {
      const old = (await api.get(`/makers/products/${m.sari.products["cap-parang"]}`, m.asSari)).data.product as Product
      expect(old.variants[0].stock).toBeNull()
      const set = await setStock(old, { quantity: 1 })
      expect(set.data.variant).toMatchObject({ stocked_quantity: 1, reserved_quantity: 0, available_quantity: 1 })
      expect(await stockOf(old)).toEqual({ stocked_quantity: 1, reserved_quantity: 0, available_quantity: 1 })
      const { second, kept } = await addTwice(old.variants[0].id)
      expect([second.status, kept]).toEqual([400, [1]])
      expect(second.data.message).toMatch(/Kain cap-parang/)
    })

    it("stock is set per size on creation and changed by count or adjustment; search's in-stock flag follows within seconds", async () => {
      const kemeja = await piece("kemeja-tugu-muda", { M: 2, L: 0 })
      expect(kemeja.variants.map((v) => [v.title, v.stock?.stocked_quantity])).toEqual([
        ["M", 2],
        ["L", 0],
      ])
      const search = async () => {
        const res = await api.post(
          "/store/search",
          { entity: "product", fields: ["handle", "in_stock"], filters: { q: "kemeja-tugu-muda" } },
          m.c.store
        )
        return res.data.results[0].hits.find((h: { document: { handle: string } }) => h.document.handle === "kemeja-tugu-muda")?.document
      }
      await eventually(async () => expect(await search()).toMatchObject({ in_stock: true }), 10_000)

      const sold = await setStock(kemeja, { adjustment: -2 })
      expect(sold.data.variant).toEqual({ id: kemeja.variants[0].id, stocked_quantity: 0, reserved_quantity: 0, available_quantity: 0 })
      await eventually(async () => expect(await search()).toMatchObject({ in_stock: false }), 10_000)

      expect((await setStock(kemeja, { quantity: 3 })).data.variant.stocked_quantity).toBe(3)
      await eventually(async () => expect(await search()).toMatchObject({ in_stock: true }), 10_000)
      expect(await stockOf(kemeja)).toMatchObject({ stocked_quantity: 3 })
    })

    it("refuses bad stock changes with a message and keeps the count", async () => {
      const selendang = await piece("selendang-lasem", { "All size": 1 })
      for (const [body, message] of [
        [{}, /either quantity .* or adjustment/],
        [{ quantity: 2, adjustment: 1 }, /either quantity .* or adjustment/],
        [{ quantity: -1 }, /quantity/],
        [{ quantity: 1.5 }, /quantity/],
        [{ adjustment: 0 }, /adjustment cannot be 0/],
        [{ adjustment: -2 }, /has 1 on hand: it cannot go below 0/],
        [{ quantity: "banyak" }, /quantity/],
      ] as const) {
        const res = await failing(setStock(selendang, body))
        expect([body, res.status]).toEqual([body, 400])
        expect(res.data.message).toMatch(message)
      }
      expect(await stockOf(selendang)).toEqual({ stocked_quantity: 1, reserved_quantity: 0, available_quantity: 1 })

      // Once a shopper has bought it online the piece is reserved: stock cannot drop below what is sold.
      await placeOrder(api, m.c, [{ variant_id: selendang.variants[0].id, quantity: 1 }])
      const sold = await failing(setStock(selendang, { quantity: 0 }))
      expect(sold.status).toBe(400)
      expect(sold.data.message).toMatch(/1 already sold online/)
      expect(await stockOf(selendang)).toEqual({ stocked_quantity: 1, reserved_quantity: 1, available_quantity: 0 })
    })

    it("every maker route called with another maker's product, size or picture id answers 404 and changes nothing", async () => {
      const [image] = (await api.post("/makers/uploads", uploadForm([{ name: "kain.jpg", type: "image/jpeg", bytes: await picture("jpeg") }]), m.asSari)).data.images
      const mine = await piece("tulis-sidomukti", { "All size": 4 }, { images: [image.id] })
      const variant = mine.variants[0].id
      const theirs = m.other.products["cap-kawung"]
      const walk: [string, () => Promise<unknown>, string][] = [
        ["GET product", () => api.get(`/makers/products/${mine.id}`, m.asOther), `Product ${mine.id} was not found`],
        ["edit product", () => api.post(`/makers/products/${mine.id}`, { title: "Dicuri", status: "draft" }, m.asOther), `Product ${mine.id} was not found`],
        ["delete product", () => api.delete(`/makers/products/${mine.id}`, m.asOther), `Product ${mine.id} was not found`],
        ["stock", () => api.post(`/makers/products/${mine.id}/variants/${variant}/stock`, { quantity: 0 }, m.asOther), `Product ${mine.id} was not found`],
        ["size of another maker under an own piece", () => api.post(`/makers/products/${theirs}/variants/${variant}/stock`, { adjustment: -4 }, m.asOther), `Variant ${variant} was not found`],
        ["GET picture", () => api.get(`/makers/uploads/${image.id}`, m.asOther), `Image ${image.id} was not found`],
        ["delete picture", () => api.delete(`/makers/uploads/${image.id}`, m.asOther), `Image ${image.id} was not found`],
        ["edit own piece with the picture", () => api.post(`/makers/products/${theirs}`, { images: [image.id] }, m.asOther), `Image ${image.id} was not found`],
        [
          "new piece with the picture",
          () => api.post("/makers/products", { title: "Curian", variants: [{ title: "All size", price: 100_000 }], images: [image.id] }, m.asOther),
          `Image ${image.id} was not found`,
        ],
        ["profile with the picture", () => api.post("/makers/me", { photos: [image.id], logo_image_id: image.id }, m.asOther), `Image ${image.id} was not found`],
      ]
      for (const [name, request, message] of walk) {
        const res = await failing(request())
        expect([name, res.status, res.data.message]).toEqual([name, 404, message])
      }
      const still = (await api.get(`/makers/products/${mine.id}`, m.asSari)).data.product as Product
      expect([still.title, still.status, still.thumbnail]).toEqual(["Kain tulis-sidomukti", "published", image.thumbnail_url])
      expect(still.variants[0].stock).toEqual({ stocked_quantity: 4, reserved_quantity: 0, available_quantity: 4 })
      expect((await api.get(`/makers/uploads/${image.id}`, m.asSari)).data.image.url).toBe(image.url)
      const other = (await api.get(`/makers/products/${theirs}`, m.asOther)).data.product as Product
      expect(other.thumbnail).toBeNull()
      expect((await api.get("/makers/me", m.asOther)).data.maker).toMatchObject({ photos: [], logo_url: null })
      expect((await api.get("/makers/products", m.asOther)).data.products.map((p: { title: string }) => p.title)).toEqual(["Kain cap-kawung"])
    })
  },
})
