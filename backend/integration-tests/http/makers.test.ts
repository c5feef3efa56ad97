import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import {
  type Clients,
  TULIS,
  failing,
  makerInput,
  makerWithProducts,
  productInput,
  workflows,
  setUpStoreAndOrganiser,
} from "./domain-fixtures"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let c: Clients
    let sari: Awaited<ReturnType<typeof makerWithProducts>>
    let pending: Awaited<ReturnType<typeof makerWithProducts>>
    const DAY = 24 * 3600 * 1000

    beforeAll(async () => {
      const container = getContainer()
      c = await setUpStoreAndOrganiser(container, api)
      sari = await makerWithProducts(container, c.base, "sari-malon", [
        productInput(c.base, "tulis-asem-arang", 1_250_000, { batik: TULIS }),
        productInput(c.base, "cap-parang", 275_000),
        productInput(c.base, "draft-kawung", 300_000, { status: ProductStatus.DRAFT }),
      ])
      pending = await makerWithProducts(
        container,
        c.base,
        "baru-gunungpati",
        [productInput(c.base, "cap-truntum", 200_000)],
        false
      )
      const { result: exhibition } = await workflows.createExhibitionWorkflow(container).run({
        input: {
          handle: "gelar-now",
          title_id: "Gelar",
          title_en: "Gelar",
          venue: "Balai Kota",
          starts_at: new Date(Date.now() - DAY),
          ends_at: new Date(Date.now() + DAY),
        },
      })
      await workflows.addParticipantWorkflow(container).run({
        input: { exhibition_id: exhibition.id, maker_id: sari.maker.id, booth_code: "A-01" },
      })
      await workflows.featureProductWorkflow(container).run({
        input: { exhibition_id: exhibition.id, product_id: sari.products["cap-parang"] },
      })
    })

    const storeHandles = async () => {
      const res = await api.get("/store/products?fields=handle&limit=100", c.store)
      return res.data.products.map((p: any) => p.handle).sort()
    }

    it("returns a product with its maker and batik attributes in one store request", async () => {
      const res = await api.get(
        "/store/products?handle=tulis-asem-arang&fields=handle,*maker,*batik_attributes",
        c.store
      )
      expect(res.status).toBe(200)
      const [product] = res.data.products
      expect(product.maker).toMatchObject({ handle: "sari-malon", name: "Batik sari-malon", district: "Gunungpati" })
      expect(product.batik_attributes).toMatchObject({
        technique: "tulis",
        batikmark_label: "gold",
        batikmark_number: "BM-2024-00731",
        motifs: ["Asem Arang"],
      })
      const one = await api.get(`/store/products/${product.id}?fields=*maker,*batik_attributes`, c.store)
      expect(one.data.product.maker.handle).toBe("sari-malon")
      expect(one.data.product.batik_attributes.form).toBe("kain-panjang")
      const picked = await api.get(
        "/store/products?handle=tulis-asem-arang&fields=handle,maker.name,maker.handle,batik_attributes.technique",
        c.store
      )
      expect(picked.data.products[0]).toMatchObject({
        handle: "tulis-asem-arang",
        maker: { name: "Batik sari-malon", handle: "sari-malon" },
        batik_attributes: { technique: "tulis" },
      })
    })

    it("sells a pending maker's products nowhere, and approval brings them in", async () => {
      expect(await storeHandles()).toEqual(["cap-parang", "tulis-asem-arang"])
      const res = await api.post(`/admin/makers/${pending.maker.id}/approve`, {}, c.admin)
      expect(res.data.maker.status).toBe("approved")
      expect(await storeHandles()).toEqual(["cap-parang", "cap-truntum", "tulis-asem-arang"])
    })

    it("hides a suspended maker's products from listing, product page and exhibition, and approval restores them", async () => {
      const id = sari.products["tulis-asem-arang"]
      const suspended = await api.post(`/admin/makers/${sari.maker.id}/suspend`, {}, c.admin)
      expect(suspended.data.maker.status).toBe("suspended")

      expect(await storeHandles()).toEqual([])
      const byHandle = await api.get("/store/products?handle=tulis-asem-arang", c.store)
      expect(byHandle.data.products).toEqual([])
      expect((await failing(api.get(`/store/products/${id}`, c.store))).status).toBe(404)
      const exhibition = await api.get("/store/exhibitions/gelar-now", c.store)
      expect(exhibition.data.exhibition.featured).toEqual([])
      expect(exhibition.data.exhibition.participants).toEqual([])
      expect((await failing(api.get("/store/makers/sari-malon", c.store))).status).toBe(404)

      await api.post(`/admin/makers/${sari.maker.id}/approve`, {}, c.admin)
      expect(await storeHandles()).toEqual(["cap-parang", "tulis-asem-arang"])
      expect((await api.get(`/store/products/${id}`, c.store)).status).toBe(200)
      const back = await api.get("/store/exhibitions/gelar-now", c.store)
      expect(back.data.exhibition.featured.map((f: any) => f.product.handle)).toEqual(["cap-parang"])
      // A draft stays a draft: approval changes the channel, never the product's own status.
      const admin = await api.get(`/admin/products/${sari.products["draft-kawung"]}?fields=status`, c.admin)
      expect(admin.data.product.status).toBe("draft")
    })

    it("refuses a suspended maker's product in a cart", async () => {
      const product = await api.get(`/store/products/${sari.products["cap-parang"]}?fields=variants.id`, c.store)
      const variantId = product.data.product.variants[0].id
      await api.post(`/admin/makers/${sari.maker.id}/suspend`, {}, c.admin)
      const cart = await api.post("/store/carts", { region_id: c.base.regionId }, c.store)
      const res = await failing(
        api.post(`/store/carts/${cart.data.cart.id}/line-items`, { variant_id: variantId, quantity: 1 }, c.store)
      )
      expect(res.status).toBe(400)
      expect(res.data.message).toBe(`"Kain cap-parang" is not sold in this store's sales channel at the moment`)
    })

    it("refuses a new cart made with a suspended maker's product, and makes no cart", async () => {
      const product = await api.get(`/store/products/${sari.products["cap-parang"]}?fields=variants.id`, c.store)
      const variantId = product.data.product.variants[0].id
      await api.post(`/admin/makers/${sari.maker.id}/suspend`, {}, c.admin)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const carts = async () => (await query.graph({ entity: "cart", fields: ["id"] })).data.length
      const before = await carts()
      const res = await failing(
        api.post("/store/carts", { region_id: c.base.regionId, items: [{ variant_id: variantId, quantity: 1 }] }, c.store)
      )
      expect(res.status).toBe(400)
      expect(res.data.message).toBe(`"Kain cap-parang" is not sold in this store's sales channel at the moment`)
      expect(await carts()).toBe(before)
    })

    it("refuses to complete a cart holding a product whose maker was suspended after it was added", async () => {
      const product = await api.get(`/store/products/${sari.products["cap-parang"]}?fields=variants.id`, c.store)
      const cart = await api.post("/store/carts", { region_id: c.base.regionId }, c.store)
      const cartId = cart.data.cart.id
      await api.post(
        `/store/carts/${cartId}/line-items`,
        { variant_id: product.data.product.variants[0].id, quantity: 1 },
        c.store
      )
      await api.post(
        `/store/carts/${cartId}`,
        {
          email: "pembeli@example.com",
          shipping_address: { first_name: "Ani", last_name: "S", address_1: "Jl. Pemuda 1", city: "Semarang", country_code: "id", postal_code: "50132" },
        },
        c.store
      )
      const options = await api.get(`/store/shipping-options?cart_id=${cartId}`, c.store)
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.data.shipping_options[0].id }, c.store)
      const collection = await api.post("/store/payment-collections", { cart_id: cartId }, c.store)
      await api.post(
        `/store/payment-collections/${collection.data.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        c.store
      )
      await api.post(`/admin/makers/${sari.maker.id}/suspend`, {}, c.admin)
      const res = await failing(api.post(`/store/carts/${cartId}/complete`, {}, c.store))
      expect([res.status, res.data.message ?? res.data.error?.message]).toEqual([
        400,
        `"Kain cap-parang" is not sold in this store's sales channel at the moment`,
      ])
    })

    it("lists approved makers only, with published product counts, filters and order", async () => {
      const res = await api.get("/store/makers", c.store)
      expect(res.data).toMatchObject({ count: 1, offset: 0, limit: 20 })
      expect(res.data.makers).toEqual([
        {
          id: sari.maker.id,
          handle: "sari-malon",
          name: "Batik sari-malon",
          size_class: "kecil",
          district: "Gunungpati",
          sentra: "Malon",
          logo_url: null,
          product_count: 2,
        },
      ])
      await api.post(`/admin/makers/${pending.maker.id}/approve`, {}, c.admin)
      const desc = await api.get("/store/makers?order=-name", c.store)
      expect(desc.data.makers.map((m: any) => m.handle)).toEqual(["sari-malon", "baru-gunungpati"])
      const q = await api.get("/store/makers?q=baru", c.store)
      expect(q.data.makers.map((m: any) => m.handle)).toEqual(["baru-gunungpati"])
      const byHandle = await api.get("/store/makers?handle=baru-gunungpati,sari-malon,no-such-maker", c.store)
      expect(byHandle.data.makers.map((m: any) => [m.handle, m.name])).toEqual([
        ["baru-gunungpati", "Batik baru-gunungpati"],
        ["sari-malon", "Batik sari-malon"],
      ])
      const none = await api.get("/store/makers?size_class=menengah", c.store)
      expect(none.data).toMatchObject({ makers: [], count: 0 })
      const bad = await failing(api.get("/store/makers?size_class=besar", c.store))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/'kecil, menengah' for field 'size_class', but got: 'besar'/)
    })

    it("shows a maker by handle with people and the booth at the current exhibition; 404 while pending", async () => {
      const res = await api.get("/store/makers/sari-malon", c.store)
      expect(res.data.maker).toMatchObject({
        handle: "sari-malon",
        people: [{ name: "Sri", role: "pembatik" }],
        booth: { exhibition_handle: "gelar-now", booth_code: "A-01" },
      })
      expect(res.data.maker.status).toBeUndefined()
      const hidden = await failing(api.get("/store/makers/baru-gunungpati", c.store))
      expect(hidden.status).toBe(404)
      expect(hidden.data.message).toBe('No maker with the handle "baru-gunungpati"')
    })

    it("lets organisers list makers by status and create and edit them", async () => {
      const pendingList = await api.get("/admin/makers?status=pending", c.admin)
      expect(pendingList.data.makers.map((m: any) => m.handle)).toEqual(["baru-gunungpati"])
      const created = await api.post("/admin/makers", makerInput("lawang-batik", { size_class: "menengah" }), c.admin)
      expect(created.status).toBe(201)
      expect(created.data.maker).toMatchObject({ handle: "lawang-batik", status: "pending", size_class: "menengah" })
      const edited = await api.post(
        `/admin/makers/${created.data.maker.id}`,
        { name: "Lawang Batik", founded_year: 1998 },
        c.admin
      )
      expect(edited.data.maker).toMatchObject({ name: "Lawang Batik", founded_year: 1998, handle: "lawang-batik" })
    })

    it("refuses a bad or taken handle and a status edit, writing nothing", async () => {
      const countMakers = async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "maker", fields: ["id", "handle", "name", "status"] })
        return data
      }
      const before = await countMakers()

      const bad = await failing(api.post("/admin/makers", makerInput("Batik Sari!"), c.admin))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/handle must be lowercase letters and digits/)

      const taken = await failing(api.post("/admin/makers", makerInput("sari-malon"), c.admin))
      expect(taken.status).toBe(422)
      expect(taken.data.message).toBe('Another maker already uses the handle "sari-malon"')

      const rename = await failing(
        api.post(`/admin/makers/${pending.maker.id}`, { handle: "sari-malon", name: "X" }, c.admin)
      )
      expect(rename.status).toBe(422)

      const status = await failing(api.post(`/admin/makers/${pending.maker.id}`, { status: "approved" }, c.admin))
      expect(status.status).toBe(400)
      expect(status.data.message).toMatch(/status/)

      expect(await countMakers()).toEqual(before)
    })

    it("gives a product to another maker, which decides whether it is sold online", async () => {
      const truntum = pending.products["cap-truntum"]
      const moved = await api.post(`/admin/makers/${sari.maker.id}/products`, { product_ids: [truntum] }, c.admin)
      expect(moved.data.moved_from_other_makers).toEqual([truntum])
      expect(await storeHandles()).toEqual(["cap-parang", "cap-truntum", "tulis-asem-arang"])
      const listed = await api.get("/store/products?handle=cap-truntum&fields=*maker", c.store)
      expect(listed.data.products[0].maker.handle).toBe("sari-malon")

      await api.post(`/admin/makers/${pending.maker.id}/products`, { product_ids: [truntum] }, c.admin)
      expect(await storeHandles()).toEqual(["cap-parang", "tulis-asem-arang"])
      const back = await api.get(`/admin/makers/${pending.maker.id}`, c.admin)
      expect(back.data.maker.products.map((p: any) => p.handle)).toEqual(["cap-truntum"])

      const unknown = await failing(
        api.post(`/admin/makers/${sari.maker.id}/products`, { product_ids: [truntum, "prod_nope"] }, c.admin)
      )
      expect(unknown.status).toBe(404)
      expect(unknown.data.message).toBe("Product prod_nope was not found")
      const still = await api.get(`/admin/makers/${pending.maker.id}`, c.admin)
      expect(still.data.maker.products.map((p: any) => p.handle)).toEqual(["cap-truntum"])
    })

    it("answers 404 naming the maker that does not exist", async () => {
      const res = await failing(api.post("/admin/makers/mkr_nope/approve", {}, c.admin))
      expect(res.status).toBe(404)
      expect(res.data.message).toMatch(/mkr_nope/)
      expect(await storeHandles()).toEqual(["cap-parang", "tulis-asem-arang"])
    })
  },
})
