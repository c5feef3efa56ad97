import { Link } from "react-router"
import { useI18n } from "~/lib/i18n"

/** Previous/next links and the current page; hrefs come from the caller so filters stay in the URL. */
export function Pagination({ page, pages, hrefFor }: { page: number; pages: number; hrefFor: (page: number) => string }) {
  const { t } = useI18n()
  if (pages <= 1) return null
  const link = "rounded-lg px-4 py-2 font-semibold text-nila ring-1 ring-nila/40 hover:bg-white"
  return (
    <nav aria-label={t.pagination.label} className="mt-8 flex items-center justify-center gap-4">
      {page > 1 ? (
        <Link to={hrefFor(page - 1)} rel="prev" className={link}>
          {t.pagination.previous}
        </Link>
      ) : null}
      <p aria-current="page">{t.pagination.page(page, pages)}</p>
      {page < pages ? (
        <Link to={hrefFor(page + 1)} rel="next" className={link}>
          {t.pagination.next}
        </Link>
      ) : null}
    </nav>
  )
}
