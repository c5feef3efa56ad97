import { redirect } from "react-router"
import { langFromPath } from "~/lib/paths"
import { portalPath } from "~/lib/portal-paths"
import { toSignIn } from "~/lib/portal-session.server"
import type { Route } from "./+types/sign-out"

/** Signing out is a POST (a link or a prefetch must never end the session). */
export async function action({ request }: Route.ActionArgs) {
  return toSignIn(request, "signedOut")
}

/** A GET (typed address, old bookmark) goes to the dashboard, which sends a signed-out visitor on. */
export function loader({ request }: Route.LoaderArgs) {
  return redirect(portalPath(langFromPath(new URL(request.url).pathname), "dashboard"))
}
