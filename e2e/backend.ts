import fs from "node:fs"
import path from "node:path"

const backendUrl = process.env.E2E_BACKEND_URL ?? "http://localhost:9400"
const keyFile = path.resolve(import.meta.dirname, "../.data/e2e/publishable-key")

/**
 * Reads the store API the way the storefront does, so a spec can compare the page with what
 * the organisers configured instead of repeating seed data.
 */
export async function storeApi<T>(pathname: string): Promise<T> {
  const key = process.env.E2E_PUBLISHABLE_KEY ?? fs.readFileSync(keyFile, "utf8").trim()
  const res = await fetch(`${backendUrl}${pathname}`, { headers: { "x-publishable-api-key": key } })
  if (!res.ok) throw new Error(`${pathname}: ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}

type Featured = { position: number; product: { title: string } }

/** The titles the home page must show as the organisers' picks, in their order. */
export async function featuredTitles(): Promise<string[]> {
  const { exhibitions } = await storeApi<{ exhibitions: { handle: string }[] }>("/store/exhibitions?when=current")
  const upcoming = exhibitions.length
    ? exhibitions
    : (await storeApi<{ exhibitions: { handle: string }[] }>("/store/exhibitions?when=upcoming")).exhibitions
  const { exhibition } = await storeApi<{ exhibition: { featured: Featured[] } }>(
    `/store/exhibitions/${upcoming[0].handle}`
  )
  return [...exhibition.featured].sort((a, b) => a.position - b.position).map((f) => f.product.title)
}

/** A product for sale that carries a Batikmark certificate, as the product page must show it. */
export async function certifiedProduct(): Promise<{ title: string; handle: string; number: string }> {
  const { products } = await storeApi<{
    products: { title: string; handle: string; batik_attributes: { batikmark_number: string | null } | null }[]
  }>("/store/products?limit=100&fields=title,handle,*batik_attributes&order=title")
  const found = products.find((p) => p.batik_attributes?.batikmark_number)
  if (!found) throw new Error("The demo catalogue has no product with a Batikmark")
  return { title: found.title, handle: found.handle, number: found.batik_attributes!.batikmark_number! }
}

/**
 * One-of-a-kind tulis pieces still for sale (one variant, stock 1), as a shopper can buy them; the
 * checkout spec buys them, so each run needs the freshly seeded catalogue the e2e stack makes.
 */
export async function oneOfAKindTulis(): Promise<{ title: string; handle: string; price: number }[]> {
  const { regions } = await storeApi<{ regions: { id: string; currency_code: string }[] }>("/store/regions")
  const region = regions.find((r) => r.currency_code === "idr") ?? regions[0]
  const { products } = await storeApi<{
    products: {
      title: string
      handle: string
      batik_attributes: { technique: string } | null
      variants: { inventory_quantity: number; manage_inventory: boolean; calculated_price: { calculated_amount: number } }[]
    }[]
  }>(
    `/store/products?limit=200&order=-title&region_id=${region.id}&fields=title,handle,*batik_attributes,variants.inventory_quantity,variants.manage_inventory,*variants.calculated_price`
  )
  return products
    .filter((p) => p.batik_attributes?.technique === "tulis" && p.variants.length === 1)
    .filter((p) => p.variants[0].manage_inventory && p.variants[0].inventory_quantity === 1)
    .map((p) => ({ title: p.title, handle: p.handle, price: p.variants[0].calculated_price.calculated_amount }))
}

/**
 * The newest email the backend sent to `to` with this template, read the way an organiser's dashboard
 * lists notifications: the e2e stack's test inbox (the local notification provider only logs them).
 */
export async function emailedTo(to: string, template: string): Promise<{ link: string }> {
  const login = await fetch(`${backendUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "panitia@gelar.test", password: "gelar-demo-2026" }),
  })
  const { token } = (await login.json()) as { token: string }
  const query = new URLSearchParams({ to, order: "-created_at", limit: "20" })
  const res = await fetch(`${backendUrl}/admin/notifications?${query}`, { headers: { authorization: `Bearer ${token}` } })
  if (!res.ok) throw new Error(`notifications: ${res.status} ${await res.text()}`)
  const { notifications } = (await res.json()) as { notifications: { template: string; data: { link: string } }[] }
  const found = notifications.find((n) => n.template === template)
  if (!found) throw new Error(`No "${template}" email to ${to} yet`)
  return found.data
}
