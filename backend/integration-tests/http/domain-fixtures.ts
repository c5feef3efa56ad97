import type { MedusaContainer } from "@medusajs/framework/types"
import { ProductStatus } from "@medusajs/framework/utils"
import { createRequire } from "node:module"
import { seedBase, seedDemoAdmin, type BaseSeedResult } from "../../src/scripts/seed/base"
import { DEMO_ADMIN } from "../../src/lib/constants"
import type { BatikAttributesInput } from "../../src/workflows/batik/types"

type Api = { post: Function; get: Function }

// Loaded through vitest, the workflow files would be a second copy of the ones Medusa require()s at
// boot, and Medusa refuses a workflow id registered twice: load them through Node's own cache.
const load = createRequire(__filename)
/** Gelar's workflows, the same instances Medusa registered. */
export const workflows = {
  ...(load("../../src/workflows/maker/create-makers") as typeof import("../../src/workflows/maker/create-makers")),
  ...(load("../../src/workflows/maker/approve-maker") as typeof import("../../src/workflows/maker/approve-maker")),
  ...(load("../../src/workflows/maker/create-maker-products") as typeof import("../../src/workflows/maker/create-maker-products")),
  ...(load("../../src/workflows/exhibition/create-exhibition") as typeof import("../../src/workflows/exhibition/create-exhibition")),
  ...(load("../../src/workflows/exhibition/add-participant") as typeof import("../../src/workflows/exhibition/add-participant")),
  ...(load("../../src/workflows/exhibition/feature-product") as typeof import("../../src/workflows/exhibition/feature-product")),
}

/** Store and admin request options for the makers/exhibitions suites. */
export type Clients = {
  base: BaseSeedResult
  store: { headers: Record<string, string> }
  admin: { headers: Record<string, string> }
}

/** Seeds only the base store (no demo catalogue) and logs the demo organiser in. */
export async function setUpStoreAndOrganiser(container: MedusaContainer, api: Api): Promise<Clients> {
  const base = await seedBase(container)
  await seedDemoAdmin(container)
  const login = await api.post("/auth/user/emailpass", DEMO_ADMIN)
  return {
    base,
    store: { headers: { "x-publishable-api-key": base.publishableKey } },
    admin: { headers: { authorization: `Bearer ${login.data.token}` } },
  }
}

/** A valid maker input; `handle` decides the rest. */
export function makerInput(handle: string, extra: Record<string, unknown> = {}) {
  return {
    handle,
    name: `Batik ${handle}`,
    size_class: "kecil" as const,
    district: "Gunungpati",
    sentra: "Malon",
    story_id: "Cerita",
    story_en: "Story",
    people: [{ name: "Sri", role: "pembatik", bio_id: "", bio_en: "" }],
    ...extra,
  }
}

/** Valid attributes of a tulis cloth with its gold Batikmark. */
export const TULIS: BatikAttributesInput = {
  technique: "tulis",
  batikmark_number: "BM-2024-00731",
  batikmark_label: "gold",
  motifs: ["Asem Arang"],
  dye_type: "natural",
  dyes: ["indigo", "tingi"],
  fabric: "katun primisima",
  form: "kain-panjang",
  length_cm: 250,
  width_cm: 105,
  production_days: 30,
  colours: ["biru", "coklat"],
  care_id: "Cuci dengan lerak",
  care_en: "Wash with soapberry",
}

/** A product input with one IDR-priced variant, for createMakerProductsWorkflow. */
export function productInput(
  base: BaseSeedResult,
  handle: string,
  price: number,
  extra: { status?: ProductStatus; batik?: BatikAttributesInput } = {}
) {
  return {
    title: `Kain ${handle}`,
    handle,
    status: extra.status ?? ProductStatus.PUBLISHED,
    shipping_profile_id: base.shippingProfileId,
    options: [{ title: "Ukuran", values: ["All size"] }],
    variants: [
      {
        title: "All size",
        options: { Ukuran: "All size" },
        manage_inventory: false,
        prices: [{ amount: price, currency_code: "idr" }],
      },
    ],
    ...(extra.batik ? { batik: extra.batik } : {}),
  }
}

/** Creates a maker (approved unless told otherwise) with products; returns ids by handle. */
export async function makerWithProducts(
  container: MedusaContainer,
  base: BaseSeedResult,
  handle: string,
  products: ReturnType<typeof productInput>[],
  approved = true
) {
  const { result } = await workflows.createMakersWorkflow(container).run({ input: { makers: [makerInput(handle)] } })
  const maker = result[0]
  if (approved) {
    await workflows.approveMakerWorkflow(container).run({ input: { id: maker.id } })
  }
  const { result: created } = await workflows.createMakerProductsWorkflow(container).run({
    input: { maker_id: maker.id, products },
  })
  return {
    maker,
    products: Object.fromEntries(created.map((p) => [p.handle, p.id])) as Record<string, string>,
  }
}

/** The error response of a request that is expected to fail. */
export async function failing(request: Promise<unknown>): Promise<{ status: number; data: any }> {
  try {
    await request
  } catch (e: any) {
    if (e.response) {
      return e.response
    }
    throw e
  }
  throw new Error("The request succeeded but was expected to fail")
}

/** Retries `check` until it passes or the deadline is reached: the search index follows events, not requests. */
export async function eventually<T>(check: () => Promise<T>, deadlineMs = 20_000): Promise<T> {
  const until = Date.now() + deadlineMs
  for (;;) {
    try {
      return await check()
    } catch (error) {
      if (Date.now() > until) {
        throw error
      }
      await new Promise((resolve) => setImmediate(resolve))
    }
  }
}
