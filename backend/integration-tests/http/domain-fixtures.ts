import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { seedBase, seedDemoAdmin, type BaseSeedResult } from "../../src/scripts/seed/base"
import { DEMO_ADMIN } from "../../src/lib/constants"
import type { BatikAttributesInput } from "../../src/workflows/batik/types"

type Api = { post: Function; get: Function }

/**
 * Runs one of Gelar's workflows by id. Importing the workflow files here would load them a second
 * time beside Medusa's own loading (vitest has its own module graph) and register them twice.
 */
export async function runWorkflow<T = any>(container: MedusaContainer, id: string, input: unknown): Promise<T> {
  const engine = container.resolve(Modules.WORKFLOW_ENGINE)
  const { result, errors } = (await engine.run(id, { input, throwOnError: false })) as any
  if (errors?.length) {
    throw errors[0].error
  }
  return result as T
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
  const [maker] = await runWorkflow(container, "create-makers", { makers: [makerInput(handle)] })
  if (approved) {
    await runWorkflow(container, "approve-maker", { id: maker.id })
  }
  const created: { id: string; handle: string }[] = await runWorkflow(container, "create-maker-products", {
    maker_id: maker.id,
    products,
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
