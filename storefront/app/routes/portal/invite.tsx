import { data, Form, redirect } from "react-router"
import { z } from "zod"
import { Alert, BUTTON, Field, INPUT } from "~/components/portal/field"
import { acceptInvite, registerLogin, signInMaker } from "~/lib/medusa/portal.server"
import { langFromPath } from "~/lib/paths"
import { emailField, type FieldErrors, parseForm } from "~/lib/portal-forms"
import { usePortalI18n } from "~/lib/portal-i18n"
import { portalPath } from "~/lib/portal-paths"
import { startSession } from "~/lib/portal-session.server"
import type { Route } from "./+types/invite"

const InviteForm = z.object({
  invite: z.string().min(1, "required"),
  name: z.string().trim().min(1, "required"),
  email: emailField,
  password: z.string().min(8, "passwordShort"),
})

/** The e-mailed link: `/portal/invite?token=...` (decision 005). */
export function loader({ request }: Route.LoaderArgs) {
  return { invite: new URL(request.url).searchParams.get("token") ?? "" }
}

type Refusal = "invalid" | "wrongPassword"

export async function action({ request }: Route.ActionArgs) {
  const form = parseForm(InviteForm, await request.formData())
  if (!form.ok) return data({ ...form, refusal: null as Refusal | null }, { status: 400 })
  const { invite, name, email, password } = form.data
  const values = { name, email }
  const answer = (refusal: Refusal) =>
    data({ ok: false as const, errors: {} as FieldErrors, values, refusal: refusal as Refusal | null }, { status: 400 })
  // A new person registers; someone with a login already signs in with it (the backend tells them apart).
  const registered = await registerLogin(email, password)
  const login = registered.ok ? registered : await signInMaker(email, password)
  if (!login.ok) return answer("wrongPassword")
  const accepted = await acceptInvite(login.value, invite, name)
  if (!accepted.ok) return answer("invalid")
  // The registration token names no maker yet: sign in again for one that does.
  const session = await signInMaker(email, password)
  if (!session.ok) return answer("wrongPassword")
  const lang = langFromPath(new URL(request.url).pathname)
  throw redirect(portalPath(lang, "dashboard"), { headers: { "Set-Cookie": await startSession(request, session.value) } })
}

export const meta: Route.MetaFunction = ({ location }) => [
  { title: langFromPath(location.pathname) === "en" ? "Invite — Gelar Maker Portal" : "Undangan — Portal Perajin Gelar" },
  { name: "robots", content: "noindex" },
]

export default function Invite({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = usePortalI18n()
  const errors = actionData?.errors ?? {}
  const values = actionData?.values ?? {}
  return (
    <div className="mx-auto max-w-md space-y-5">
      <h1 className="font-serif text-3xl font-semibold text-nila">{t.invite.title}</h1>
      {!loaderData.invite ? (
        <Alert tone="error">{t.invite.missing}</Alert>
      ) : (
        <>
          <p className="text-stone-700">{t.invite.intro}</p>
          {actionData?.refusal ? <Alert tone="error">{t.invite[actionData.refusal]}</Alert> : null}
          <Form method="post" className="space-y-4" noValidate>
            <input type="hidden" name="invite" value={loaderData.invite} />
            <Field name="name" label={t.invite.name} problem={errors.name}>
              {(c) => <input {...c} type="text" autoComplete="name" defaultValue={values.name ?? ""} className={INPUT} />}
            </Field>
            <Field name="email" label={t.signIn.email} problem={errors.email}>
              {(c) => <input {...c} type="email" autoComplete="username" defaultValue={values.email ?? ""} className={INPUT} />}
            </Field>
            <Field name="password" label={t.invite.password} problem={errors.password} hint={t.problems.passwordShort}>
              {(c) => <input {...c} type="password" autoComplete="new-password" className={INPUT} />}
            </Field>
            <button type="submit" className={`${BUTTON} w-full`}>
              {t.invite.submit}
            </button>
          </Form>
        </>
      )}
    </div>
  )
}
