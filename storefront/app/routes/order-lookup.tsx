import { data, Form, redirect } from "react-router"
import { z } from "zod"
import { GeneralErrorBoundary } from "~/components/error-page"
import { FormAlert, TextField } from "~/components/form-field"
import { type FieldError, typedValues } from "~/lib/address"
import { cacheHeaders, routeHeaders } from "~/lib/cache"
import { useI18n } from "~/lib/i18n"
import { lookupOrder } from "~/lib/medusa/orders.server"
import { rememberOrder } from "~/lib/order-cookie.server"
import { langFromPath, localePath } from "~/lib/paths"
import { assertSameOrigin } from "~/lib/session.server"
import type { Route } from "./+types/order-lookup"

export const headers = routeHeaders

const Lookup = z.object({
  email: z.string().trim().min(1, "required" satisfies FieldError).pipe(z.email("email" satisfies FieldError)),
  // Shoppers copy "#1042" from the confirmation as often as "1042".
  number: z
    .string()
    .trim()
    .transform((v) => v.replace(/^#/, ""))
    .pipe(z.string().regex(/^[1-9]\d{0,9}$/, "number")),
})

export function loader() {
  return data(null, { headers: cacheHeaders("private") })
}

export async function action({ request }: Route.ActionArgs) {
  assertSameOrigin(request)
  const form = await request.formData()
  const values = typedValues(form)
  const parsed = Lookup.safeParse(values)
  if (!parsed.success) {
    const errors: Record<string, string> = {}
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message
    return data({ errors, values, notFound: false }, { status: 400, headers: cacheHeaders("private") })
  }
  const id = await lookupOrder(parsed.data.email, Number(parsed.data.number))
  if (!id) return data({ errors: {}, values, notFound: true }, { status: 404, headers: cacheHeaders("private") })
  // The email and number prove it is theirs: this browser may now open the order page.
  const lang = langFromPath(new URL(request.url).pathname)
  throw redirect(localePath(lang, "order", { id }), {
    headers: { "Set-Cookie": await rememberOrder(request, id), ...cacheHeaders("private") },
  })
}

export const meta: Route.MetaFunction = ({ location }) => [
  { title: langFromPath(location.pathname) === "en" ? "Track an order — Gelar" : "Lacak pesanan — Gelar" },
  { name: "robots", content: "noindex" },
]

export default function OrderLookupPage({ actionData }: Route.ComponentProps) {
  const { t } = useI18n()
  const l = t.lookup
  const errors = (actionData?.errors ?? {}) as Record<string, string>
  const values = actionData?.values ?? {}
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="font-serif text-3xl font-semibold text-nila">{l.title}</h1>
      <p>{l.intro}</p>
      {actionData?.notFound ? <FormAlert>{l.notFound}</FormAlert> : null}
      <Form method="post" noValidate className="space-y-4">
        <TextField
          label={l.email}
          name="email"
          type="email"
          autoComplete="email"
          defaultValue={values.email}
          error={errors.email as FieldError | undefined}
        />
        <TextField
          label={l.number}
          name="number"
          inputMode="numeric"
          hint={errors.number ? undefined : l.numberHint}
          defaultValue={values.number}
          error={errors.number && errors.number !== "number" ? (errors.number as FieldError) : undefined}
          aria-invalid={errors.number ? true : undefined}
          aria-describedby={errors.number === "number" ? "number-error" : undefined}
        />
        {errors.number === "number" ? (
          <p id="number-error" className="text-sm font-semibold text-red-800">
            {l.numberError}
          </p>
        ) : null}
        <button type="submit" className="rounded-lg bg-nila px-5 py-3 font-semibold text-white">
          {l.submit}
        </button>
      </Form>
    </div>
  )
}

export const ErrorBoundary = GeneralErrorBoundary
