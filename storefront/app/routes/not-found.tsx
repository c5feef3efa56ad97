import { data } from "react-router"
import { GeneralErrorBoundary } from "~/components/error-page"
import { routeHeaders } from "~/lib/cache"

// Any path that is no page of the store: a real 404 status in the visitor's language.
export function loader() {
  throw data(null, { status: 404 })
}

export const headers = routeHeaders

export const meta = () => [{ title: "404 — Gelar" }, { name: "robots", content: "noindex" }]

export default function NotFound() {
  return null
}

export const ErrorBoundary = GeneralErrorBoundary
