import { FetchError } from "@medusajs/js-sdk"
import type { BatikAttributes } from "../types"
import { call, sdk } from "./client.server"

// The maker portal API (docs/decisions/005-maker-portal-api.md). Every call carries the maker's token
// as a bearer header from the server; the SDK instance itself never stores a token, as it serves every
// visitor of this process.

export type MakerMe = {
  user: { id: string; email: string; name: string }
  maker: { id: string; handle: string; name: string; status: string; logo_url: string | null }
}

export type MakerVariant = {
  id: string
  title: string
  sku: string | null
  prices?: { amount: number; currency_code: string }[]
  manage_inventory?: boolean
  /** Pieces on hand, summed over locations; null when the size does not count stock. */
  stock?: { stocked_quantity: number; reserved_quantity: number; available_quantity: number } | null
}

export type MakerProduct = {
  id: string
  title: string
  handle: string
  description: string | null
  status: string
  thumbnail: string | null
  created_at: string
  updated_at: string
  images?: { id: string; url: string }[]
  variants?: MakerVariant[]
  batik_attributes?: BatikAttributes | null
}

export type MakerOrderPart = {
  id: string
  status: "new" | "packed" | "shipped" | "ready_for_pickup"
  tracking_number: string | null
  created_at: string
  order_display_id: number
  email: string
  currency_code: string
  shipping_address: {
    first_name?: string | null
    last_name?: string | null
    phone?: string | null
    address_1?: string | null
    address_2?: string | null
    city?: string | null
    province?: string | null
    postal_code?: string | null
    country_code?: string | null
  } | null
  delivery: string
  items: {
    id: string
    title: string
    product_title: string | null
    variant_title: string | null
    thumbnail: string | null
    quantity: number
    unit_price: number
    total: number
  }[]
  total: number
}

/** The body of a new piece, as `POST /makers/products` takes it. */
export type NewMakerProduct = {
  title: string
  description?: string | null
  status: "draft" | "published"
  variants: { title: string; price: number; stock?: number }[]
  batik?: Partial<BatikAttributes> & Pick<BatikAttributes, "technique">
  /** Ids of the maker's uploaded pictures. */
  images?: string[]
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

/** The outcome of a change the backend may refuse with a message for the maker (a 4xx other than 401/403). */
export type PortalChange<T> = { ok: true; value: T } | { ok: false; status: number; message: string }

/**
 * Runs a change and turns the backend's 4xx into its message. 401 and 403 end the session (withMaker)
 * and are rethrown, except on the sign-in and reset pages, where they answer the visitor.
 */
async function change<T>(fn: () => Promise<T>, authIsAnswer = false): Promise<PortalChange<T>> {
  try {
    return { ok: true, value: await call(fn) }
  } catch (error) {
    const status = error instanceof FetchError ? error.status : undefined
    if (status !== undefined && status >= 400 && status < 500 && (authIsAnswer || (status !== 401 && status !== 403))) {
      return { ok: false, status, message: (error as FetchError).message }
    }
    throw error
  }
}

/** Signs a maker in: the token, or the backend's refusal (401 wrong password, 429 throttled with its retry time). */
export function signInMaker(email: string, password: string): Promise<PortalChange<string>> {
  return change(async () => {
    const { token } = await sdk.client.fetch<{ token: string }>("/auth/maker/emailpass", {
      method: "POST",
      body: { email, password },
    })
    return token
  }, true)
}

/** Asks the backend to e-mail a reset link (it answers the same whether or not the email is registered). */
export function requestPasswordReset(identifier: string): Promise<PortalChange<void>> {
  return change(async () => {
    // It answers 201 with a plain-text body: take the raw response instead of parsing JSON.
    await sdk.client.fetch<Response>("/auth/maker/emailpass/reset-password", {
      method: "POST",
      body: { identifier },
      headers: { accept: "text/plain" },
    })
  }, true)
}

/** Sets a new password with the token of the e-mailed link. */
export function resetPassword(token: string, password: string): Promise<PortalChange<void>> {
  return change(async () => {
    await sdk.client.fetch("/auth/maker/emailpass/update", { method: "POST", body: { password }, headers: bearer(token) })
  }, true)
}

/** The signed-in person and its maker. */
export function getMe(token: string): Promise<MakerMe> {
  return call(() => sdk.client.fetch<MakerMe>("/makers/me", { headers: bearer(token) }))
}

/** The maker's own pieces, newest first. */
export function listOwnProducts(token: string, offset = 0, limit = 100) {
  return call(() =>
    sdk.client.fetch<{ products: MakerProduct[]; count: number }>("/makers/products", {
      headers: bearer(token),
      query: { offset, limit },
    })
  )
}

/** One of the maker's pieces; another maker's id is a 404 like an unknown one. */
export async function getOwnProduct(token: string, id: string): Promise<MakerProduct> {
  return (await call(() => sdk.client.fetch<{ product: MakerProduct }>(`/makers/products/${encodeURIComponent(id)}`, { headers: bearer(token) }))).product
}

/** Creates a piece; the backend checks the batik rules again and may refuse with a message. */
export function createOwnProduct(token: string, body: NewMakerProduct): Promise<PortalChange<MakerProduct>> {
  return change(async () => {
    const res = await sdk.client.fetch<{ product: MakerProduct }>("/makers/products", {
      method: "POST",
      body,
      headers: bearer(token),
    })
    return res.product
  })
}

/**
 * Edits a piece (texts, pictures, batik attributes, sizes) or publishes/unpublishes it. `variants` is the
 * full list of sizes: an `id` keeps and changes that size, none adds one, a size left out is removed.
 */
export function updateOwnProduct(
  token: string,
  id: string,
  body: {
    title?: string
    description?: string | null
    status?: "draft" | "published"
    images?: string[]
    batik?: NewMakerProduct["batik"]
    variants?: { id?: string; title: string; price: number; stock?: number }[]
  }
): Promise<PortalChange<MakerProduct>> {
  return change(async () => {
    const res = await sdk.client.fetch<{ product: MakerProduct }>(`/makers/products/${encodeURIComponent(id)}`, {
      method: "POST",
      body,
      headers: bearer(token),
    })
    return res.product
  })
}

/** Deletes a piece. */
export function deleteOwnProduct(token: string, id: string): Promise<PortalChange<void>> {
  return change(async () => {
    await sdk.client.fetch(`/makers/products/${encodeURIComponent(id)}`, { method: "DELETE", headers: bearer(token) })
  })
}

/** The maker's parts of shoppers' orders, newest first. */
export function listOwnOrders(token: string, query: { status?: string; offset?: number; limit?: number } = {}) {
  return call(() =>
    sdk.client.fetch<{ orders: MakerOrderPart[]; count: number }>("/makers/orders", {
      headers: bearer(token),
      query: { limit: 50, ...query },
    })
  )
}

/** The maker's part of one order. */
export async function getOwnOrder(token: string, id: string): Promise<MakerOrderPart> {
  return (await call(() => sdk.client.fetch<{ order: MakerOrderPart }>(`/makers/orders/${encodeURIComponent(id)}`, { headers: bearer(token) }))).order
}

/** Marks the maker's part packed, shipped (with a tracking number) or ready for pickup at the booth. */
export function setOwnOrderStatus(
  token: string,
  id: string,
  body: { status: "packed" | "shipped" | "ready_for_pickup"; tracking_number?: string }
): Promise<PortalChange<MakerOrderPart>> {
  return change(async () => {
    const res = await sdk.client.fetch<{ order: MakerOrderPart }>(`/makers/orders/${encodeURIComponent(id)}/status`, {
      method: "POST",
      body,
      headers: bearer(token),
    })
    return res.order
  })
}

/** A picture the maker uploaded (`POST /makers/uploads`); products refer to it by id. */
export type MakerImage = { id: string; url: string; thumbnail_url: string }

/**
 * Uploads a picture as the maker's own. The backend re-encodes it (dropping the camera's location)
 * and refuses a file that is no JPEG, PNG or WebP, or is too large, with a message.
 */
export function uploadImage(token: string, file: File): Promise<PortalChange<MakerImage>> {
  return change(async () => {
    const body = new FormData()
    body.append("files", file, file.name)
    // No JSON content type: fetch writes the multipart boundary itself.
    const res = await sdk.client.fetch<{ images: MakerImage[] }>("/makers/uploads", {
      method: "POST",
      body,
      headers: { ...bearer(token), "content-type": null as unknown as string },
    })
    return res.images[0]
  })
}

/** The maker's uploaded pictures, newest first. */
export function listOwnImages(token: string) {
  return call(() =>
    sdk.client.fetch<{ images: MakerImage[] }>("/makers/uploads", { headers: bearer(token), query: { limit: 100 } })
  )
}

/** One of the people behind a maker, as `POST /makers/me` takes and returns them. */
export type MakerPerson = { name: string; role: string; bio_id: string; bio_en: string }

/** The maker's own profile as `GET /makers/me` returns it (photos and logo as URLs). */
export type MakerProfile = MakerMe["maker"] & {
  story_id: string | null
  story_en: string | null
  people: MakerPerson[] | null
  pickup_address: string | null
  email: string | null
  phone: string | null
  whatsapp: string | null
  photos: string[] | null
}

/** The body of `POST /makers/me`: photos and logo are ids of the maker's own uploads. */
export type MakerProfileUpdate = {
  name?: string
  story_id?: string
  story_en?: string
  people?: MakerPerson[]
  pickup_address?: string | null
  email?: string | null
  phone?: string | null
  whatsapp?: string | null
  photos?: string[]
  logo_image_id?: string | null
}

/** The signed-in maker's profile. */
export async function getOwnProfile(token: string): Promise<MakerProfile> {
  return (await call(() => sdk.client.fetch<{ maker: MakerProfile }>("/makers/me", { headers: bearer(token) }))).maker
}

/** Edits the maker's own profile; the backend may refuse a field with a 400 message naming it. */
export function updateOwnProfile(token: string, body: MakerProfileUpdate): Promise<PortalChange<MakerProfile>> {
  return change(async () => {
    const res = await sdk.client.fetch<{ maker: MakerProfile }>("/makers/me", { method: "POST", body, headers: bearer(token) })
    return res.maker
  })
}

/** Sets the pieces on hand of one size. */
export function setVariantStock(token: string, productId: string, variantId: string, quantity: number) {
  return change(() =>
    sdk.client.fetch(
      `/makers/products/${encodeURIComponent(productId)}/variants/${encodeURIComponent(variantId)}/stock`,
      { method: "POST", body: { quantity }, headers: bearer(token) }
    )
  )
}

/** Registers a maker portal login (no maker yet): the registration token, or the backend's refusal (e.g. the email exists). */
export function registerLogin(email: string, password: string): Promise<PortalChange<string>> {
  return change(async () => {
    const { token } = await sdk.client.fetch<{ token: string }>("/auth/maker/emailpass/register", {
      method: "POST",
      body: { email, password },
    })
    return token
  }, true)
}

/** Joins the maker that sent the invite, as the registered person the token belongs to. */
export function acceptInvite(token: string, invite: string, name: string): Promise<PortalChange<void>> {
  return change(async () => {
    await sdk.client.fetch("/makers/invites/accept", { method: "POST", body: { token: invite, name }, headers: bearer(token) })
  }, true)
}
