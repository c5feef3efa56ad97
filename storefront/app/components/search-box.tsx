import { useEffect, useId, useRef, useState } from "react"
import { Form, Link, useFetcher, useLocation } from "react-router"
import { useI18n } from "~/lib/i18n"

type Suggestion = { title: string; handle: string }

/**
 * The site search: a GET form to the search page (works without JavaScript), and once scripts
 * run, product suggestions while typing.
 */
export function SearchBox({ id: idProp }: { id?: string }) {
  const { t, lang, path } = useI18n()
  const autoId = useId()
  const id = idProp ?? autoId
  const location = useLocation()
  const fetcher = useFetcher<{ suggestions: Suggestion[] }>()
  const [q, setQ] = useState(() => new URLSearchParams(location.search).get("q") ?? "")
  const [open, setOpen] = useState(false)
  const input = useRef<HTMLInputElement>(null)

  useEffect(() => {
    const term = q.trim()
    if (term.length < 2) return
    const timer = setTimeout(() => fetcher.load(`/api/suggest?lang=${lang}&q=${encodeURIComponent(term)}`), 200)
    return () => clearTimeout(timer)
    // fetcher is stable enough for this purpose; including it would refetch on every state change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q, lang])

  useEffect(() => setOpen(false), [location.key])

  // On a slow phone the shopper may type before the scripts have run. Hydration leaves that text in
  // the box but not in state, so the next render would wipe it and no suggestions would come: adopt
  // it. It must follow the effect above, which also closes the list on the first render.
  useEffect(() => {
    const box = input.current
    if (!box || box.value === q) return
    setQ(box.value)
    setOpen(document.activeElement === box)
    // Only the text present at hydration matters; later typing arrives through onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const suggestions = q.trim().length >= 2 ? (fetcher.data?.suggestions ?? []) : []
  return (
    <div className="relative w-full">
      <Form method="get" action={path("search")} className="flex w-full gap-2" role="search">
        <label htmlFor={`${id}-q`} className="sr-only">
          {t.searchLabel}
        </label>
        <input
          ref={input}
          id={`${id}-q`}
          name="q"
          type="search"
          value={q}
          onChange={(e) => {
            setQ(e.target.value)
            setOpen(true)
          }}
          onKeyDown={(e) => e.key === "Escape" && setOpen(false)}
          placeholder={t.searchPlaceholder}
          autoComplete="off"
          aria-controls={`${id}-suggestions`}
          className="min-w-0 flex-1 rounded-lg border border-stone-400 bg-white px-3 py-2 text-stone-900 placeholder:text-stone-500"
        />
        <button type="submit" className="rounded-lg bg-soga px-4 py-2 font-semibold text-white hover:bg-soga-dark">
          {t.searchButton}
        </button>
      </Form>
      <div id={`${id}-suggestions`} aria-live="polite">
        {open && suggestions.length > 0 ? (
          <nav
            aria-label={t.suggestions}
            className="absolute left-0 right-0 top-full z-20 mt-1 rounded-lg bg-white p-1 text-stone-900 shadow-lg ring-1 ring-stone-300"
          >
            <ul>
              {suggestions.map((s) => (
                <li key={s.handle}>
                  <Link to={path("product", { handle: s.handle })} className="block rounded px-3 py-2 hover:bg-malam">
                    {s.title}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </div>
    </div>
  )
}
