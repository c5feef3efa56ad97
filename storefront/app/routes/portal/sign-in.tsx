import { data, Form, Link, redirect, useNavigation } from "react-router"
import { z } from "zod"
import { Alert, BUTTON, Field, INPUT } from "~/components/portal/field"
import { getMe, signInMaker } from "~/lib/medusa/portal.server"
import { langFromPath } from "~/lib/paths"
import { emailField, parseForm, type FieldErrors } from "~/lib/portal-forms"
import { usePortalI18n } from "~/lib/portal-i18n"
import { portalPath } from "~/lib/portal-paths"
import { makerToken, startSession, takeNotice } from "~/lib/portal-session.server"
import type { Route } from "./+types/sign-in"

const SignInForm = z.object({
  email: emailField,
  password: z.string().min(1, "required"),
})

export async function loader({ request }: Route.LoaderArgs) {
  if (await makerToken(request)) throw redirect(portalPath(langFromPath(new URL(request.url).pathname), "dashboard"))
  const { notice, setCookie } = await takeNotice(request)
  return data({ notice }, { headers: { "Set-Cookie": setCookie } })
}

/** Why the backend refused a sign-in, for the page to say in the maker's language. */
type Refusal = { kind: "wrong" } | { kind: "throttled"; seconds: number } | { kind: "notMaker" } | { kind: "forbidden" }

export async function action({ request }: Route.ActionArgs) {
  const form = parseForm(SignInForm, await request.formData())
  if (!form.ok) return data({ ...form, refusal: null }, { status: 400 })
  const { email, password } = form.data
  const values = { email }
  const signedIn = await signInMaker(email, password)
  if (!signedIn.ok) {
    // The backend says how long to wait ("... Try again in 42 seconds."); the page repeats it in the maker's language.
    const refusal: Refusal =
      signedIn.status === 429
        ? { kind: "throttled", seconds: Number(/(\d+) second/.exec(signedIn.message)?.[1] ?? 60) }
        : { kind: "wrong" }
    return data({ ok: false as const, errors: {} as FieldErrors, values, refusal }, { status: signedIn.status === 429 ? 429 : 400 })
  }
  // A person who registered but belongs to no approved maker gets a token the maker routes refuse.
  try {
    await getMe(signedIn.value)
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status !== 401 && status !== 403) throw error
    const refusal: Refusal = status === 403 ? { kind: "forbidden" } : { kind: "notMaker" }
    return data({ ok: false as const, errors: {} as FieldErrors, values, refusal }, { status })
  }
  const lang = langFromPath(new URL(request.url).pathname)
  throw redirect(portalPath(lang, "dashboard"), { headers: { "Set-Cookie": await startSession(request, signedIn.value) } })
}

export const meta: Route.MetaFunction = ({ location }) => [
  { title: langFromPath(location.pathname) === "en" ? "Sign in — Gelar Maker Portal" : "Masuk — Portal Perajin Gelar" },
  { name: "robots", content: "noindex" },
]

export default function SignIn({ loaderData, actionData }: Route.ComponentProps) {
  const { t, path } = usePortalI18n()
  const busy = useNavigation().state === "submitting"
  const errors = actionData?.errors ?? {}
  const refusal = actionData?.refusal ?? null
  return (
    <div className="mx-auto max-w-md space-y-5">
      <h1 className="font-serif text-3xl font-semibold text-nila">{t.signIn.title}</h1>
      <p className="text-stone-700">{t.signIn.intro}</p>
      {loaderData.notice ? <Alert tone="info">{t.notices[loaderData.notice]}</Alert> : null}
      {refusal ? (
        <Alert tone="error">
          {refusal.kind === "throttled"
            ? t.signIn.throttled(refusal.seconds)
            : refusal.kind === "wrong"
              ? t.signIn.wrong
              : refusal.kind === "forbidden"
                ? t.notices.forbidden
                : t.signIn.notMaker}
        </Alert>
      ) : null}
      <Form method="post" className="space-y-4" noValidate>
        <Field name="email" label={t.signIn.email} problem={errors.email}>
          {(c) => (
            <input {...c} type="email" autoComplete="username" defaultValue={actionData?.values.email ?? ""} className={INPUT} />
          )}
        </Field>
        <Field name="password" label={t.signIn.password} problem={errors.password}>
          {(c) => <input {...c} type="password" autoComplete="current-password" className={INPUT} />}
        </Field>
        <button type="submit" disabled={busy} className={`${BUTTON} w-full`}>
          {t.signIn.submit}
        </button>
      </Form>
      <p>
        <Link to={path("forgot")} className="text-nila underline">
          {t.signIn.forgot}
        </Link>
      </p>
    </div>
  )
}
