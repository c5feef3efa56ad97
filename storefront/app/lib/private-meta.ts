import type { MetaDescriptor } from "react-router"
import { type Dictionary, dictionary } from "./i18n"
import { langFromPath } from "./paths"

/** The meta of a personal page (account, log-in): its title in the page's language, kept out of search engines. */
export function privateMeta(pathname: string, title: (t: Dictionary) => string): MetaDescriptor[] {
  return [{ title: `${title(dictionary(langFromPath(pathname)))} — Gelar` }, { name: "robots", content: "noindex" }]
}
