import { BATIK_TECHNIQUES } from "@gelar/shared"
import { useEffect, useState } from "react"
import { ProductCard } from "~/components/product-card"
import { parseRupiah } from "~/lib/portal-forms"
import { usePortalI18n } from "~/lib/portal-i18n"
import type { ProductCard as Card } from "~/lib/types"

function readForm(data: FormData, start: Card, thumbnail: string | null): Card {
  const text = (name: string) => {
    const v = data.get(name)
    return typeof v === "string" ? v.trim() : ""
  }
  const prices = [...data.keys()]
    .filter((name) => name.startsWith("size_price_"))
    .map((name) => parseRupiah(text(name)))
    .filter((p): p is number => p !== null && p > 0)
  const technique = text("technique")
  return {
    ...start,
    title: text("title") || start.title,
    price: prices.length ? Math.min(...prices) : start.price,
    technique: (BATIK_TECHNIQUES as readonly string[]).includes(technique) ? (technique as Card["technique"]) : start.technique,
    thumbnail: thumbnail ?? start.thumbnail,
  }
}

/**
 * A live preview of the product card, made of the catalogue's own ProductCard. It follows the form
 * `formId` while the maker types (title, lowest price, technique, the chosen photo); without
 * JavaScript it shows the saved state.
 */
export function ProductPreview({ formId, start }: { formId: string; start: Card }) {
  const { t } = usePortalI18n()
  const [card, setCard] = useState(start)
  useEffect(() => {
    const form = document.getElementById(formId)
    if (!(form instanceof HTMLFormElement)) return
    let file: File | null = null
    let objectUrl: string | null = null
    const update = () => {
      const data = new FormData(form)
      const photo = data.get("photo")
      const chosen = photo instanceof File && photo.size > 0 ? photo : null
      // One object URL per chosen file, released when the file changes or the page goes.
      if (chosen !== file) {
        if (objectUrl) URL.revokeObjectURL(objectUrl)
        file = chosen
        objectUrl = chosen ? URL.createObjectURL(chosen) : null
      }
      setCard(readForm(data, start, objectUrl))
    }
    update()
    form.addEventListener("input", update)
    form.addEventListener("change", update)
    return () => {
      form.removeEventListener("input", update)
      form.removeEventListener("change", update)
      if (objectUrl) URL.revokeObjectURL(objectUrl)
    }
  }, [formId, start])
  return (
    <section aria-labelledby="preview-title" className="space-y-2">
      <h2 id="preview-title" className="font-serif text-xl font-semibold text-nila">
        {t.editor.preview}
      </h2>
      <p className="text-sm text-stone-700">{t.editor.previewHint}</p>
      <ul aria-labelledby="preview-title" className="grid max-w-[14rem] grid-cols-1">
        <ProductCard product={card} />
      </ul>
    </section>
  )
}
