import { Link } from "react-router"
import { Price } from "~/components/price"
import { BUTTON } from "~/components/portal/field"
import { listOwnProducts } from "~/lib/medusa/portal.server"
import { langFromPath } from "~/lib/paths"
import { usePortalI18n } from "~/lib/portal-i18n"
import { available, lowestPrice } from "~/lib/portal-stock"
import { withMaker } from "~/lib/portal-session.server"
import type { Route } from "./+types/products"

export async function loader({ request }: Route.LoaderArgs) {
  const { products } = await withMaker(request, (token) => listOwnProducts(token))
  return {
    products: products.map((p) => ({
      id: p.id,
      title: p.title,
      status: p.status,
      thumbnail: p.images?.[0]?.url ?? p.thumbnail,
      price: lowestPrice(p),
      sizes: (p.variants ?? []).map((v) => ({ title: v.title, available: available(v) })),
    })),
  }
}

export const meta: Route.MetaFunction = ({ location }) => [
  { title: langFromPath(location.pathname) === "en" ? "My products — Gelar Maker Portal" : "Produk saya — Portal Perajin Gelar" },
  { name: "robots", content: "noindex" },
]

export default function Products({ loaderData }: Route.ComponentProps) {
  const { t, path } = usePortalI18n()
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="products-title" className="font-serif text-3xl font-semibold text-nila">
          {t.products.title}
        </h1>
        <Link to={path("newProduct")} className={BUTTON}>
          {t.products.newProduct}
        </Link>
      </div>
      {loaderData.products.length === 0 ? (
        <p>{t.products.empty}</p>
      ) : (
        <ul aria-labelledby="products-title" className="divide-y divide-stone-300 rounded-xl bg-white ring-1 ring-stone-200">
          {loaderData.products.map((p) => (
            <li key={p.id} className="flex gap-3 p-3">
              <div className="h-20 w-16 shrink-0 overflow-hidden rounded bg-malam">
                {p.thumbnail ? <img src={p.thumbnail} alt="" className="h-full w-full object-cover" /> : null}
              </div>
              <div className="flex min-w-0 flex-1 flex-col gap-1">
                <Link to={path("product", { id: p.id })} className="font-semibold text-nila underline">
                  {p.title}
                </Link>
                <p className="flex flex-wrap items-center gap-2 text-sm">
                  <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${p.status === "published" ? "bg-emerald-100 text-emerald-900" : "bg-stone-200 text-stone-800"}`}>
                    {t.products.status[p.status] ?? p.status}
                  </span>
                  <Price amount={p.price} />
                </p>
                <p className="text-sm text-stone-700">
                  {p.sizes
                    .map((s) => `${s.title}: ${s.available === null ? t.products.stockUnknown : t.products.stock(s.available)}`)
                    .join(" · ")}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
