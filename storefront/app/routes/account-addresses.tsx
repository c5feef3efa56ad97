import { data, Form, Link } from "react-router"
import { AccountNav } from "~/components/account-nav"
import { AddressFields } from "~/components/address-fields"
import { GeneralErrorBoundary } from "~/components/error-page"
import { FormAlerts } from "~/components/form-field"
import { AddressForm, fromMedusaAddress, toMedusaAddress } from "~/lib/address"
import { routeHeaders } from "~/lib/cache"
import { privateMeta } from "~/lib/private-meta"
import { dictionary, useI18n } from "~/lib/i18n"
import { createAddress, deleteAddress, listAddresses, updateAddress } from "~/lib/medusa/customer.server"
import { langFromPath } from "~/lib/paths"
import type { Route } from "./+types/account-addresses"
import { AddressIntent, backTo, PRIVATE, readForm, refused, requireCustomer } from "./account.server"

export const headers = routeHeaders

export async function loader({ request }: Route.LoaderArgs) {
  const { token } = await requireCustomer(request)
  const url = new URL(request.url)
  const addresses = (await listAddresses(token)).map((a) => ({
    id: a.id,
    main: Boolean(a.is_default_shipping),
    values: fromMedusaAddress(a),
  }))
  const editing = addresses.find((a) => a.id === url.searchParams.get("edit")) ?? null
  const notice = (["saved", "removed", "gone"] as const).find((n) => url.searchParams.has(n)) ?? null
  return data({ addresses, editing, notice }, { headers: PRIVATE })
}

export async function action({ request }: Route.ActionArgs) {
  const { form, parsed: intent } = await readForm(request, AddressIntent)
  const { token } = await requireCustomer(request)
  if (!intent.success) throw data(null, { status: 400, headers: PRIVATE })
  if (intent.data.intent === "delete") {
    await deleteAddress(token, intent.data.address_id)
    return backTo(request, "accountAddresses", "?removed")
  }
  const parsed = AddressForm.safeParse(Object.fromEntries(form))
  if (!parsed.success) return refused(parsed.error, form)
  const body = toMedusaAddress(parsed.data)
  if (intent.data.intent === "create") {
    await createAddress(token, body)
    return backTo(request, "accountAddresses", "?saved")
  }
  const found = await updateAddress(token, intent.data.address_id, body)
  return backTo(request, "accountAddresses", found ? "?saved" : "?gone")
}

export const meta: Route.MetaFunction = ({ location }) => privateMeta(location.pathname, (t) => t.address.title)

/** One line per part of an address, the way it is written on a parcel. */
function addressLines(v: Record<string, string>): string[] {
  return [
    `${v.first_name} ${v.last_name}`.trim(),
    v.phone,
    v.address_1,
    [v.district, v.city].filter(Boolean).join(", "),
    [v.province, v.postal_code].filter(Boolean).join(" "),
  ].filter(Boolean)
}

export default function AccountAddressesPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, path } = useI18n()
  const a = t.address
  const { addresses, notice } = loaderData
  // After a refused update the form stays on that address, with what was typed.
  const editingId = actionData?.values.intent === "update" ? actionData.values.address_id : loaderData.editing?.id
  const editing = addresses.find((x) => x.id === editingId) ?? null
  const values = actionData?.values ?? editing?.values ?? {}
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="font-serif text-3xl font-semibold text-nila">{a.title}</h1>
      <AccountNav />
      {notice ? (
        <p role="status" className="rounded-lg bg-green-50 p-3 text-green-900 ring-1 ring-green-300">
          {a[notice]}
        </p>
      ) : null}
      {addresses.length === 0 ? (
        <p>{a.none}</p>
      ) : (
        <ul aria-label={a.title} className="grid gap-4 sm:grid-cols-2">
          {addresses.map((address) => {
            const lines = addressLines(address.values)
            return (
              <li key={address.id} className="space-y-3 rounded-lg bg-white p-4 ring-1 ring-stone-300">
                {address.main ? <p className="text-sm font-semibold text-soga">{a.main}</p> : null}
                <address className="not-italic">
                  {lines.map((line) => (
                    <span key={line} className="block">
                      {line}
                    </span>
                  ))}
                </address>
                <div className="flex flex-wrap gap-2">
                  <Link
                    to={`${path("accountAddresses")}?edit=${address.id}`}
                    aria-label={a.edit(lines[0])}
                    className="rounded px-3 py-1 text-nila ring-1 ring-nila/40"
                  >
                    {a.editButton}
                  </Link>
                  <Form method="post">
                    <input type="hidden" name="intent" value="delete" />
                    <input type="hidden" name="address_id" value={address.id} />
                    <button type="submit" aria-label={a.remove(lines[0])} className="rounded px-3 py-1 text-red-800 ring-1 ring-red-800/50">
                      {a.deleteButton}
                    </button>
                  </Form>
                </div>
              </li>
            )
          })}
        </ul>
      )}
      <section aria-labelledby="address-form-title" className="space-y-4">
        <h2 id="address-form-title" className="font-serif text-2xl font-semibold text-nila">
          {editing ? a.editTitle : a.add}
        </h2>
        <FormAlerts errors={actionData?.errors} />
        {/* Keyed so that switching between addresses refills the fields. */}
        <Form method="post" key={editing?.id ?? "new"} className="space-y-4" noValidate>
          <input type="hidden" name="intent" value={editing ? "update" : "create"} />
          {editing ? <input type="hidden" name="address_id" value={editing.id} /> : null}
          <AddressFields values={values} errors={actionData?.errors} />
          <label className="flex items-center gap-2">
            <input type="checkbox" name="is_default_shipping" defaultChecked={values.is_default_shipping === "on"} />
            {a.makeMain}
          </label>
          <div className="flex gap-3">
            <button type="submit" className="rounded-lg bg-nila px-4 py-2 font-semibold text-white hover:bg-nila-soft">
              {a.save}
            </button>
            {editing ? (
              <Link to={path("accountAddresses")} className="rounded-lg px-4 py-2 font-semibold text-nila ring-1 ring-nila/40">
                {a.cancel}
              </Link>
            ) : null}
          </div>
        </Form>
      </section>
    </div>
  )
}

export const ErrorBoundary = GeneralErrorBoundary
