import { useLocation, useRouteLoaderData } from "react-router"
import { langFromPath } from "~/lib/paths"

/** Who is signed in, as the portal's signed-in layout loaded it. */
export type SignedInMaker = { user: { name: string }; maker: { name: string; handle: string } }

/** The signed-in person and maker, for pages below the signed-in layout (routes/portal/signed-in.tsx). */
export function useMaker(): SignedInMaker {
  const lang = langFromPath(useLocation().pathname)
  return useRouteLoaderData(`${lang}:portal-signed-in`) as SignedInMaker
}
