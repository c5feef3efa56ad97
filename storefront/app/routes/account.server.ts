import type { HttpTypes } from "@medusajs/types"
import { data, redirect } from "react-router"
import { z } from "zod"
import { type FieldError, fieldErrors, phone, requiredText, typedValues } from "~/lib/address"
import { cacheHeaders } from "~/lib/cache"
import { type Dictionary, dictionary } from "~/lib/i18n"
import { retrieveCustomer } from "~/lib/medusa/customer.server"
import { type Lang, langFromPath, localePath } from "~/lib/paths"
import { assertSameOrigin, customerToken, redirectToLogin, requireCustomerToken, safeRedirect, startSession } from "~/lib/session.server"

/** Account pages are personal: never stored by a browser cache, a CDN or the HTML micro-cache. */
export const PRIVATE = cacheHeaders("private")

const email = z.string().trim().toLowerCase().email("email" satisfies FieldError)

export const LoginForm = z.object({
  email,
  password: z.string().min(1, "required" satisfies FieldError),
})

export const RegisterForm = z.object({
  first_name: requiredText,
  last_name: z.string().trim().max(200, "tooLong" satisfies FieldError).default(""),
  email,
  phone: z.union([z.literal("").transform(() => undefined), phone]).optional(),
  password: z.string().min(8, "passwordShort" satisfies FieldError).max(200, "tooLong" satisfies FieldError),
})

/** The 400 answer to a refused form: a reason per field and what was typed, passwords left out. */
export function refused(error: z.ZodError, form: FormData, headers: HeadersInit = PRIVATE) {
  return data(
    { errors: fieldErrors(error), values: typedValues(form), message: null as string | null },
    { status: 400, headers }
  )
}

/** The same shape for a refusal of the whole form (wrong password, throttled) with a status. */
export function refusedForm(message: string, form: FormData, status: number, headers: HeadersInit = PRIVATE) {
  return data(
    { errors: {} as Record<string, FieldError>, values: typedValues(form), message: message as string | null },
    { status, headers }
  )
}

/**
 * The logged-in customer and their token for an account page, or a redirect to log in (also when
 * the token expired, which ends the session).
 */
export async function requireCustomer(request: Request): Promise<{ token: string; customer: HttpTypes.StoreCustomer }> {
  const token = await requireCustomerToken(request)
  const customer = await retrieveCustomer(token)
  if (!customer) throw await redirectToLogin(request)
  return { token, customer }
}

/** Post/redirect/get back to a page of the visitor's language, never cached. */
export function backTo(request: Request, page: "account" | "accountAddresses", search = "", headers?: HeadersInit) {
  const lang = langFromPath(new URL(request.url).pathname)
  const merged = new Headers(PRIVATE)
  new Headers(headers).forEach((value, key) => merged.append(key, value))
  return redirect(localePath(lang, page) + search, { headers: merged })
}

type StatusKey = keyof Dictionary["account"]["orderStatus"]

/** One word for where an order stands, from Medusa's order, payment and fulfillment statuses. */
export function orderStatusKey(order: Pick<HttpTypes.StoreOrder, "status" | "payment_status" | "fulfillment_status">): StatusKey {
  if (order.status === "canceled") return "canceled"
  if (order.fulfillment_status === "delivered" || order.fulfillment_status === "partially_delivered") return "delivered"
  if (order.fulfillment_status === "shipped" || order.fulfillment_status === "partially_shipped") return "shipped"
  if (order.status === "completed") return "completed"
  if (order.payment_status === "captured" || order.payment_status === "partially_captured") return "paid"
  return "awaiting"
}

/** The saved-addresses page's one action: which change, the address id where it needs one. */
export const AddressIntent = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("create") }),
  z.object({ intent: z.literal("update"), address_id: z.string().startsWith("cuaddr_") }),
  z.object({ intent: z.literal("delete"), address_id: z.string().startsWith("cuaddr_") }),
])

/** The backend's login throttle, in the visitor's language, with the wait it asked for. */
export function throttled(lang: Lang, retryAfter: number, form: FormData) {
  return refusedForm(dictionary(lang).account.throttled(retryAfter), form, 429, {
    ...PRIVATE,
    "Retry-After": String(retryAfter),
  })
}

/** Logged in (or registered): the session cookie, and on to `to`. */
export async function loggedIn(to: string, token: string) {
  return redirect(to, { headers: { ...PRIVATE, "Set-Cookie": await startSession(token) } })
}

/** The log-in and registration pages of someone already logged in lead on (to `redirectTo`, or the account). */
export async function leaveIfLoggedIn(request: Request) {
  if (!(await customerToken(request))) return
  const url = new URL(request.url)
  throw redirect(safeRedirect(url.searchParams.get("redirectTo"), langFromPath(url.pathname)), { headers: PRIVATE })
}

/** A form posted from this site to an account page: its language, its fields (to give back) and them parsed. */
export async function readForm<T extends z.ZodType>(request: Request, schema: T) {
  assertSameOrigin(request)
  const form = await request.formData()
  return { lang: langFromPath(new URL(request.url).pathname), form, parsed: schema.safeParse(Object.fromEntries(form)) }
}
