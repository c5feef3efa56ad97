import { Link } from "react-router"
import { useI18n } from "~/lib/i18n"
import type { MakerSummary } from "~/lib/types"

/** A maker with district, sentra and (at the exhibition) booth, linking to the maker's page. */
export function MakerCard({
  maker,
  booth,
  as: Tag = "li",
}: {
  maker: Pick<MakerSummary, "handle" | "name" | "district" | "sentra" | "logo_url" | "product_count">
  booth?: string | null
  as?: "li" | "div"
}) {
  const { t, path } = useI18n()
  return (
    <Tag className="flex items-center gap-3 rounded-xl bg-white p-3 ring-1 ring-stone-200">
      {maker.logo_url ? (
        <img src={maker.logo_url} alt="" className="h-12 w-12 shrink-0 rounded-full object-cover" />
      ) : (
        <div aria-hidden="true" className="kawung h-12 w-12 shrink-0 rounded-full" />
      )}
      <div className="min-w-0 flex-1">
        <p className="font-semibold text-nila">
          <Link to={path("maker", { handle: maker.handle })} className="hover:underline">
            {maker.name}
          </Link>
        </p>
        <p className="text-sm text-stone-700">{[maker.district, maker.sentra].filter(Boolean).join(" · ")}</p>
        {typeof maker.product_count === "number" ? (
          <p className="text-xs text-stone-600">{t.makers.products(maker.product_count)}</p>
        ) : null}
      </div>
      {booth ? (
        <p className="shrink-0 rounded-md bg-malam px-2 py-1 text-sm font-semibold text-soga-dark">
          {t.home.booth} {booth}
        </p>
      ) : null}
    </Tag>
  )
}

/** The makers taking part in an exhibition, each with its booth. */
export function ParticipantList({
  heading,
  participants,
}: {
  heading: string
  participants: { booth_code: string; maker: Pick<MakerSummary, "id" | "handle" | "name" | "district" | "sentra" | "logo_url"> }[]
}) {
  if (participants.length === 0) return null
  return (
    <section aria-labelledby="participants-title">
      <h2 id="participants-title" className="mb-4 font-serif text-2xl font-semibold text-nila">
        {heading}
      </h2>
      <ul aria-labelledby="participants-title" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {participants.map((p) => (
          <MakerCard key={p.maker.id} maker={p.maker} booth={p.booth_code} />
        ))}
      </ul>
    </section>
  )
}
