import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createRequire } from "node:module"
import { DEMO_ADMIN } from "../../src/lib/constants"

// The seed runs the project's workflows; Medusa require()s them at boot and refuses a second copy
// loaded through vitest, so load the seed through Node's own module cache.
const { seedAll } = createRequire(__filename)("../../src/scripts/seed") as typeof import("../../src/scripts/seed")

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let key: string
    let regionId: string

    beforeAll(async () => {
      const { base } = await seedAll(getContainer())
      key = base.publishableKey
      regionId = base.regionId
    })

    const store = () => ({ headers: { "x-publishable-api-key": key } })

    it("answers /health", async () => {
      const res = await api.get("/health")
      expect(res.status).toBe(200)
    })

    it("lists the seeded products with prices in rupiah for the Indonesia region", async () => {
      const res = await api.get(
        `/store/products?region_id=${regionId}&fields=handle,title,*variants.calculated_price`,
        store()
      )
      expect(res.status).toBe(200)
      // The demo catalogue (seed/demo): at least 80 pieces by the exhibition's makers.
      expect(res.data.count).toBeGreaterThanOrEqual(80)
      const asem = await api.get(
        `/store/products?handle=kain-panjang-batik-tulis-asem-arang-indigo&region_id=${regionId}&fields=title,*variants.calculated_price`,
        store()
      )
      expect(asem.data.products[0].title).toBe("Kain Panjang Batik Tulis Asem Arang Indigo")
      expect(asem.data.products[0].variants[0].calculated_price).toMatchObject({
        currency_code: "idr",
        calculated_amount: 1350000,
      })
    })

    it("refuses the store API without a publishable key, saying which header is missing", async () => {
      const res = await api.get("/store/products").catch((e: any) => e.response)
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/x-publishable-api-key/)
    })

    it("offers courier delivery and booth pickup to a cart in Indonesia", async () => {
      const cart = await api.post("/store/carts", { region_id: regionId }, store())
      const products = await api.get("/store/products?fields=variants.id&limit=1", store())
      await api.post(
        `/store/carts/${cart.data.cart.id}/line-items`,
        { variant_id: products.data.products[0].variants[0].id, quantity: 1 },
        store()
      )
      await api.post(
        `/store/carts/${cart.data.cart.id}`,
        { shipping_address: { country_code: "id", city: "Semarang", postal_code: "50132" } },
        store()
      )
      const res = await api.get(`/store/shipping-options?cart_id=${cart.data.cart.id}`, store())
      const names = res.data.shipping_options.map((o: any) => [o.name, o.amount])
      expect(names).toEqual(
        expect.arrayContaining([
          ["Kurir ke alamat", 25000],
          ["Ambil di booth pameran", 0],
        ])
      )
      const payment = await api.get(`/store/payment-providers?region_id=${regionId}`, store())
      expect(payment.data.payment_providers.map((p: any) => p.id)).toEqual(["pp_system_default"])
    })

    it("adds nothing when the seed runs a second time", async () => {
      const container = getContainer()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const count = async () => {
        const counts: Record<string, number> = {}
        for (const entity of [
          "product",
          "product_variant",
          "region",
          "sales_channel",
          "api_key",
          "stock_location",
          "shipping_option",
          "fulfillment_set",
          "user",
          "inventory_level",
        ]) {
          const { metadata } = await query.graph({
            entity,
            fields: ["id"],
            pagination: { take: 1, skip: 0 },
          })
          counts[entity] = metadata!.count
        }
        return counts
      }
      const before = await count()
      await seedAll(container)
      const after = await count()
      expect(after).toEqual(before)
      expect(before.product).toBeGreaterThanOrEqual(80)
      expect(before.user).toBe(1)
      const users = await container.resolve(Modules.USER).listUsers({ email: DEMO_ADMIN.email })
      expect(users).toHaveLength(1)
    })

    it("lets the demo organiser log in to the admin API", async () => {
      const res = await api.post("/auth/user/emailpass", {
        email: DEMO_ADMIN.email,
        password: DEMO_ADMIN.password,
      })
      expect(res.status).toBe(200)
      expect(res.data.token).toEqual(expect.any(String))
      const me = await api.get("/admin/users/me", {
        headers: { authorization: `Bearer ${res.data.token}` },
      })
      expect(me.data.user.email).toBe(DEMO_ADMIN.email)
    })
  },
})
