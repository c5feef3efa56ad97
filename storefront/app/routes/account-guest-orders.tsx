import { data, Form, useNavigation } from "react-router"
import { z } from "zod"
import { AccountNav } from "~/components/account-nav"
import { GeneralErrorBoundary } from "~/components/error-page"
import { FormAlert } from "~/components/form-field"
import { routeHeaders } from "~/lib/cache"
import { useI18n } from "~/lib/i18n"
import { claimGuestOrders } from "~/lib/medusa/customer.server"
import { privateMeta } from "~/lib/private-meta"
import type { Route } from "./+types/account-guest-orders"
import { backTo, PRIVATE, readForm, requireCustomer } from "./account.server"

export const headers = routeHeaders

/**
 * Where the link emailed after registering leads. Opening it changes nothing (mail scanners open
 * links too): the signed-in customer confirms with a POST, and a visitor who is not signed in logs in
 * first and comes back here with the token.
 */
export async function loader({ request }: Route.LoaderArgs) {
  await requireCustomer(request)
  const token = new URL(request.url).searchParams.get("token") ?? ""
  return data({ token }, { headers: PRIVATE })
}

export async function action({ request }: Route.ActionArgs) {
  const { parsed } = await readForm(request, z.object({ token: z.string().trim().min(1) }))
  const { token } = await requireCustomer(request)
  const added = parsed.success ? await claimGuestOrders(token, parsed.data.token) : null
  if (added === null) return data({ invalid: true }, { status: 400, headers: PRIVATE })
  return backTo(request, "account", `?guest_orders=${added}`)
}

export const meta: Route.MetaFunction = ({ location }) => privateMeta(location.pathname, (t) => t.account.guestOrders.title)

export default function AccountGuestOrdersPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n()
  const g = t.account.guestOrders
  const busy = useNavigation().state === "submitting"
  const invalid = Boolean(actionData?.invalid) || !loaderData.token
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="font-serif text-3xl font-semibold text-nila">{g.title}</h1>
      <AccountNav />
      {invalid ? <FormAlert>{g.invalid}</FormAlert> : null}
      <p>{g.explain}</p>
      {loaderData.token ? (
        <Form method="post">
          <input type="hidden" name="token" value={loaderData.token} />
          <button type="submit" disabled={busy} className="rounded-lg bg-nila px-5 py-3 font-semibold text-white disabled:opacity-70">
            {g.add}
          </button>
        </Form>
      ) : null}
    </div>
  )
}

export const ErrorBoundary = GeneralErrorBoundary
