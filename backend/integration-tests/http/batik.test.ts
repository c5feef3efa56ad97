import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  type Clients,
  TULIS,
  failing,
  makerWithProducts,
  productInput,
  workflows,
  setUpStoreAndOrganiser,
} from "./domain-fixtures"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let c: Clients
    let sari: Awaited<ReturnType<typeof makerWithProducts>>

    beforeAll(async () => {
      c = await setUpStoreAndOrganiser(getContainer(), api)
      sari = await makerWithProducts(getContainer(), c.base, "sari-malon", [
        productInput(c.base, "tulis-asem-arang", 1_250_000, { batik: TULIS }),
        productInput(c.base, "cap-parang", 275_000),
      ])
    })

    const batikRows = async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "batik_attributes", fields: ["*"] })
      return data
    }
    const setBatik = (productHandle: string, body: Record<string, unknown>) =>
      api.post(`/admin/products/${sari.products[productHandle]}/batik`, body, c.admin)

    const CAP = {
      technique: "cap",
      batikmark_number: "BM-2023-00412",
      batikmark_label: "white",
      motifs: ["Parang"],
      dye_type: "synthetic",
      dyes: ["naphthol"],
      fabric: "katun prima",
      form: "kain-panjang",
      length_cm: 200,
      width_cm: 110,
    }

    it("sets batik attributes on a product and shows them to organisers and the store", async () => {
      const res = await setBatik("cap-parang", CAP)
      expect(res.status).toBe(200)
      expect(res.data.batik_attributes).toMatchObject({ ...CAP, colours: [], production_days: null, care_id: "" })
      const admin = await api.get(`/admin/products/${sari.products["cap-parang"]}/batik`, c.admin)
      expect(admin.data.batik_attributes).toMatchObject(CAP)
      expect(admin.data.maker).toMatchObject({ handle: "sari-malon", status: "approved" })
      const store = await api.get("/store/products?handle=cap-parang&fields=*batik_attributes", c.store)
      expect(store.data.products[0].batik_attributes.technique).toBe("cap")
    })

    it("replaces attributes whole: turning a piece into printing clears its Batikmark", async () => {
      const res = await setBatik("tulis-asem-arang", {
        technique: "printing",
        dye_type: "synthetic",
        fabric: "rayon",
        form: "scarf",
      })
      expect(res.status).toBe(200)
      expect(res.data.batik_attributes).toMatchObject({
        technique: "printing",
        batikmark_number: null,
        batikmark_label: null,
        motifs: [],
        form: "scarf",
      })
      expect(await batikRows()).toHaveLength(1)
    })

    it("refuses each broken Batikmark rule with a 400 that explains it, writing nothing", async () => {
      const before = await batikRows()
      const cases: [Record<string, unknown>, string][] = [
        [
          { ...CAP, batikmark_label: "gold" },
          "A gold Batikmark label does not match batik cap: its label is white (gold = tulis, silver = kombinasi, white = cap).",
        ],
        [
          { ...CAP, technique: "printing", batikmark_label: null },
          "A printed textile with a batik motif is not batik under SNI and cannot carry a Batikmark: remove the certificate number and label.",
        ],
        [
          { ...CAP, batikmark_number: "12345" },
          'Batikmark certificate number "12345" does not have the format BM-<year>-<5 digits>, e.g. BM-2024-00731.',
        ],
        [{ ...CAP, batikmark_number: null }, "A Batikmark label (white) needs its certificate number."],
        [
          { ...CAP, technique: "kombinasi", batikmark_label: null },
          "Batikmark certificate BM-2023-00412 needs its label colour (silver for batik kombinasi).",
        ],
      ]
      for (const [body, message] of cases) {
        const res = await failing(setBatik("cap-parang", body))
        expect([res.status, res.data.message]).toEqual([400, message])
        const existing = await failing(setBatik("tulis-asem-arang", body))
        expect(existing.status).toBe(400)
      }
      expect(await batikRows()).toEqual(before)
    })

    it("refuses values outside the lists and unknown products", async () => {
      const technique = await failing(setBatik("cap-parang", { ...CAP, technique: "lukis" }))
      expect(technique.status).toBe(400)
      expect(technique.data.message).toMatch(/technique/)
      const form = await failing(setBatik("cap-parang", { ...CAP, form: "tas" }))
      expect(form.status).toBe(400)
      expect(form.data.message).toMatch(/form/)
      const length = await failing(setBatik("cap-parang", { ...CAP, length_cm: -5 }))
      expect(length.status).toBe(400)
      expect(length.data.message).toMatch(/field 'length_cm' too small/)
      const unknown = await failing(api.post("/admin/products/prod_nope/batik", CAP, c.admin))
      expect(unknown.status).toBe(404)
      expect(unknown.data.message).toMatch(/prod_nope/)
      expect(await batikRows()).toHaveLength(1)
    })

    it("createMakerProductsWorkflow checks the batik rules before creating any product", async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const count = async () => (await query.graph({ entity: "product", fields: ["id"] })).data.length
      const before = await count()
      const error = (await workflows
        .createMakerProductsWorkflow(getContainer())
        .run({
          input: {
            maker_id: sari.maker.id,
            products: [
              productInput(c.base, "ok-piece", 100_000, { batik: TULIS }),
              productInput(c.base, "bad-piece", 100_000, { batik: { ...TULIS, batikmark_label: "white" } }),
            ],
          },
        })
        .catch((e: Error) => e)) as Error
      expect(error.message).toBe(
        "bad-piece: A white Batikmark label does not match batik tulis: its label is gold (gold = tulis, silver = kombinasi, white = cap)."
      )
      expect(await count()).toBe(before)
      expect(await batikRows()).toHaveLength(1)
    })

    it("deletes a product's batik attributes with the product", async () => {
      await api.delete(`/admin/products/${sari.products["tulis-asem-arang"]}`, c.admin)
      expect(await batikRows()).toEqual([])
    })
  },
})
