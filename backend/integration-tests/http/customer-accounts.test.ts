import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { type Clients, eventually, failing, makerWithProducts, productInput, setUpStoreAndOrganiser } from "./domain-fixtures"
import { placeOrder } from "./maker-portal-fixtures"

vi.setConfig({ testTimeout: 60_000 })

type Options = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let c: Clients
    let variantId: string
    const PASSWORD = "batik-semarang-2026"

    beforeAll(async () => {
      const container = getContainer()
      c = await setUpStoreAndOrganiser(container, api)
      const m = await makerWithProducts(container, c.base, "sekar-jagad", [productInput(c.base, "cap-sekar-jagad", 350_000)])
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "product_variant",
        fields: ["id"],
        filters: { product_id: m.products["cap-sekar-jagad"] },
      })
      variantId = data[0].id
    }, 300_000)

    /** Registers the way the storefront does: identity, customer record, then a login token that names the customer. */
    async function register(email: string): Promise<Options> {
      const { token } = (await api.post("/auth/customer/emailpass/register", { email, password: PASSWORD })).data
      await api.post(
        "/store/customers",
        { email, first_name: "Ayu", last_name: "Lestari" },
        { headers: { ...c.store.headers, authorization: `Bearer ${token}` } }
      )
      const login = await api.post("/auth/customer/emailpass", { email, password: PASSWORD })
      return { headers: { ...c.store.headers, authorization: `Bearer ${login.data.token}` } }
    }

    /** The guest-orders link emailed to this address (the notification module keeps what it sent). */
    async function emailedLink(to: string): Promise<string> {
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      return eventually(async () => {
        const sent = await notifications.listNotifications({ to, template: "customer-guest-orders" })
        expect(sent).toHaveLength(1)
        return String(sent[0].data?.link)
      })
    }
    const tokenOf = (link: string) => new URL(link).searchParams.get("token")!
    const listedOrders = async (who: Options) =>
      (await api.get("/store/orders?fields=id", who)).data.orders.map((o: { id: string }) => o.id)

    it("a guest who registers with the same email sees the earlier orders after opening the emailed link; another email's order is not listed", async () => {
      const own = await placeOrder(api, c, [{ variant_id: variantId, quantity: 1 }], "ayu.lestari@example.com")
      const other = await placeOrder(api, c, [{ variant_id: variantId, quantity: 1 }], "orang.lain@example.com")
      // Another case than at checkout: an email is the same address whatever its case.
      const ayu = await register("Ayu.Lestari@example.com")
      const link = await emailedLink("ayu.lestari@example.com")
      expect(link).toMatch(/^http:\/\/localhost:\d+\/akun\/pesanan-tamu\?token=/)
      // Registering with an email proves nothing: before the link is opened, the account lists nothing.
      expect(await listedOrders(ayu)).toEqual([])

      const claimed = await api.post("/store/customers/me/guest-orders", { token: tokenOf(link) }, ayu)
      expect(claimed.data.order_ids).toEqual([own.id])
      const ids = await listedOrders(ayu)
      expect(ids).toEqual([own.id])
      expect(ids).not.toContain(other.id)
      const anonymous = await failing(api.get("/store/orders", c.store))
      expect(anonymous.status).toBe(401)
    })

    it("refuses the link for another account, a forged or missing token, and without signing in, moving nothing", async () => {
      const victim = await placeOrder(api, c, [{ variant_id: variantId, quantity: 1 }], "korban@example.com")
      const owner = await register("korban@example.com")
      const link = await emailedLink("korban@example.com")
      const intruder = await register("penyusup@example.com")

      const stolen = await failing(api.post("/store/customers/me/guest-orders", { token: tokenOf(link) }, intruder))
      expect(stolen.status).toBe(400)
      expect(stolen.data.message).toMatch(/not valid for this account/)
      const [body] = tokenOf(link).split(".")
      const forged = await failing(api.post("/store/customers/me/guest-orders", { token: `${body}.AAAA` }, owner))
      expect(forged.status).toBe(400)
      const missing = await failing(api.post("/store/customers/me/guest-orders", {}, owner))
      expect(missing.status).toBe(400)
      expect(missing.data.message).toMatch(/'token' is required/)
      const anonymous = await failing(api.post("/store/customers/me/guest-orders", { token: tokenOf(link) }, c.store))
      expect(anonymous.status).toBe(401)

      expect(await listedOrders(intruder)).toEqual([])
      expect(await listedOrders(owner)).toEqual([])
      await api.post("/store/customers/me/guest-orders", { token: tokenOf(link) }, owner)
      expect(await listedOrders(owner)).toEqual([victim.id])
    })

    it("an account with no guest past lists no orders", async () => {
      await placeOrder(api, c, [{ variant_id: variantId, quantity: 1 }], "orang.lain@example.com")
      const fresh = await register("baru@example.com")
      const res = await api.get("/store/orders", fresh)
      expect(res.data.orders).toEqual([])
    })

    it("saves an Indonesian address with its district and refuses a malformed one with a 400 naming the fields", async () => {
      const me = await register("alamat@example.com")
      const address = {
        first_name: "Ayu",
        last_name: "Lestari",
        address_1: "Jl. Kawi No. 7",
        city: "Kota Semarang",
        province: "Jawa Tengah",
        postal_code: "50232",
        phone: "0812 3456 7890",
        country_code: "id",
        metadata: { district: "Candisari" },
      }
      const saved = await api.post("/store/customers/me/addresses", address, me)
      expect(saved.status).toBe(200)
      const listed = (await api.get("/store/customers/me/addresses", me)).data.addresses
      expect(listed).toHaveLength(1)
      expect(listed[0]).toMatchObject({
        city: "Kota Semarang",
        province: "Jawa Tengah",
        postal_code: "50232",
        country_code: "id",
        metadata: { district: "Candisari" },
      })

      const bad = await failing(
        api.post("/store/customers/me/addresses", { ...address, postal_code: "502", phone: "call me" }, me)
      )
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("Postal code (kode pos) must be 5 digits")
      expect(bad.data.message).toContain("(postal_code)")
      expect(bad.data.message).toContain("(phone)")
      const noDistrict = await failing(
        api.post("/store/customers/me/addresses", { ...address, metadata: { district: " " } }, me)
      )
      expect(noDistrict.status).toBe(400)
      expect(noDistrict.data.message).toContain("(metadata.district)")
      // Changing a saved address is checked the same way and leaves it as it was.
      const id = listed[0].id
      const badUpdate = await failing(api.post(`/store/customers/me/addresses/${id}`, { postal_code: "ABCDE" }, me))
      expect(badUpdate.status).toBe(400)
      expect(badUpdate.data.message).toContain("(postal_code)")
      const after = (await api.get("/store/customers/me/addresses", me)).data.addresses
      expect(after).toHaveLength(1)
      expect(after[0].postal_code).toBe("50232")
    })
  },
})
