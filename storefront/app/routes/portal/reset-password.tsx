import { data, Form, Link } from "react-router"
import { z } from "zod"
import { Alert, BUTTON, Field, INPUT } from "~/components/portal/field"
import { resetPassword } from "~/lib/medusa/portal.server"
import { langFromPath } from "~/lib/paths"
import { parseForm, type FieldErrors } from "~/lib/portal-forms"
import { usePortalI18n } from "~/lib/portal-i18n"
import { toSignIn } from "~/lib/portal-session.server"
import type { Route } from "./+types/reset-password"

const ResetForm = z
  .object({
    token: z.string().min(1, "required"),
    password: z.string().min(8, "passwordShort"),
    confirm: z.string(),
  })
  .refine((f) => f.password.length < 8 || f.password === f.confirm, { path: ["confirm"], message: "passwordsDiffer" })

/** The e-mailed link: `/portal/reset-password?token=...&email=...` (decision 005). */
export function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  return { token: url.searchParams.get("token") ?? "", email: url.searchParams.get("email") ?? "" }
}

export async function action({ request }: Route.ActionArgs) {
  const form = parseForm(ResetForm, await request.formData())
  if (!form.ok) return data({ ...form, invalidLink: false }, { status: 400 })
  const result = await resetPassword(form.data.token, form.data.password)
  if (!result.ok) return data({ ok: false as const, errors: {} as FieldErrors, values: {} as Record<string, string>, invalidLink: true }, { status: 400 })
  throw await toSignIn(request, "passwordSet")
}

export const meta: Route.MetaFunction = ({ location }) => [
  { title: langFromPath(location.pathname) === "en" ? "New password — Gelar Maker Portal" : "Kata sandi baru — Portal Perajin Gelar" },
  { name: "robots", content: "noindex" },
]

export default function ResetPassword({ loaderData, actionData }: Route.ComponentProps) {
  const { t, path } = usePortalI18n()
  const errors = actionData?.errors ?? {}
  const invalid = !loaderData.token || actionData?.invalidLink || errors.token
  return (
    <div className="mx-auto max-w-md space-y-5">
      <h1 className="font-serif text-3xl font-semibold text-nila">{t.reset.title}</h1>
      {invalid ? (
        <Alert tone="error">
          {t.reset.invalidLink}{" "}
          <Link to={path("forgot")} className="underline">
            {t.forgot.title}
          </Link>
        </Alert>
      ) : null}
      {loaderData.token ? (
        <Form method="post" className="space-y-4" noValidate>
          <input type="hidden" name="token" value={loaderData.token} />
          {/* Lets a password manager file the new password under the right account. */}
          <input type="hidden" name="username" autoComplete="username" value={loaderData.email} />
          <Field name="password" label={t.reset.password} problem={errors.password} hint={t.problems.passwordShort}>
            {(c) => <input {...c} type="password" autoComplete="new-password" className={INPUT} />}
          </Field>
          <Field name="confirm" label={t.reset.confirm} problem={errors.confirm}>
            {(c) => <input {...c} type="password" autoComplete="new-password" className={INPUT} />}
          </Field>
          <button type="submit" className={`${BUTTON} w-full`}>
            {t.reset.submit}
          </button>
        </Form>
      ) : null}
    </div>
  )
}
