import { redirect } from "react-router"
import { langFromPath, localePath } from "~/lib/paths"
import { assertSameOrigin, endSession } from "~/lib/session.server"
import type { Route } from "./+types/logout"
import { PRIVATE } from "./account.server"

// Logging out changes state, so it is a POST (a prefetched or crawled link must not end a session);
// a GET of the address just leads to the account page.
export function loader({ request }: Route.LoaderArgs) {
  throw redirect(localePath(langFromPath(new URL(request.url).pathname), "account"), { headers: PRIVATE })
}

export async function action({ request }: Route.ActionArgs) {
  assertSameOrigin(request)
  throw redirect(localePath(langFromPath(new URL(request.url).pathname), "home"), {
    headers: { ...PRIVATE, "Set-Cookie": await endSession() },
  })
}
