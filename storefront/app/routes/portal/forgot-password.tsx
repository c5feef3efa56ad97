import { data, Form, Link } from "react-router"
import { z } from "zod"
import { Alert, BUTTON, Field, INPUT } from "~/components/portal/field"
import { requestPasswordReset } from "~/lib/medusa/portal.server"
import { langFromPath } from "~/lib/paths"
import { emailField, parseForm, type FieldErrors } from "~/lib/portal-forms"
import { usePortalI18n } from "~/lib/portal-i18n"
import type { Route } from "./+types/forgot-password"

const ForgotForm = z.object({
  email: emailField,
})

export async function action({ request }: Route.ActionArgs) {
  const form = parseForm(ForgotForm, await request.formData())
  if (!form.ok) return data({ ...form, sent: false, throttled: null }, { status: 400 })
  const result = await requestPasswordReset(form.data.email)
  if (!result.ok && result.status === 429) {
    const seconds = Number(/(\d+) second/.exec(result.message)?.[1] ?? 60)
    return data({ ok: false as const, errors: {} as FieldErrors, values: form.data, sent: false, throttled: seconds }, { status: 429 })
  }
  // The same answer whether or not the email is registered: the page must not reveal who has an account.
  return data({ ok: true as const, errors: {} as FieldErrors, values: form.data, sent: true, throttled: null })
}

export const meta: Route.MetaFunction = ({ location }) => [
  { title: langFromPath(location.pathname) === "en" ? "Forgot password — Gelar Maker Portal" : "Lupa kata sandi — Portal Perajin Gelar" },
  { name: "robots", content: "noindex" },
]

export default function ForgotPassword({ actionData }: Route.ComponentProps) {
  const { t, path } = usePortalI18n()
  const errors = actionData?.errors ?? {}
  return (
    <div className="mx-auto max-w-md space-y-5">
      <h1 className="font-serif text-3xl font-semibold text-nila">{t.forgot.title}</h1>
      <p className="text-stone-700">{t.forgot.intro}</p>
      {actionData?.sent ? <Alert tone="info">{t.forgot.sent}</Alert> : null}
      {actionData?.throttled ? <Alert tone="error">{t.signIn.throttled(actionData.throttled)}</Alert> : null}
      <Form method="post" className="space-y-4" noValidate>
        <Field name="email" label={t.signIn.email} problem={errors.email}>
          {(c) => <input {...c} type="email" autoComplete="username" defaultValue={actionData?.values.email ?? ""} className={INPUT} />}
        </Field>
        <button type="submit" className={`${BUTTON} w-full`}>
          {t.forgot.submit}
        </button>
      </Form>
      <p>
        <Link to={path("signIn")} className="text-nila underline">
          {t.forgot.back}
        </Link>
      </p>
    </div>
  )
}
