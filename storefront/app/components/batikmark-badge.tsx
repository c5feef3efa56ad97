import type { BatikmarkLabel } from "@gelar/shared"
import { useI18n } from "~/lib/i18n"

const STYLE: Record<BatikmarkLabel, string> = {
  gold: "bg-[#f6e7b4] text-[#5b420a] ring-[#b8912a]",
  silver: "bg-[#e9ecef] text-[#343a40] ring-[#8d959d]",
  white: "bg-white text-[#343a40] ring-[#adb5bd]",
}

/** The Batikmark "Batik Indonesia" label with its certificate number; its colour tells the technique. */
export function BatikmarkBadge({ label, number }: { label: BatikmarkLabel; number: string }) {
  const { t } = useI18n()
  return (
    <div className={`inline-flex items-center gap-3 rounded-lg px-3 py-2 ring-1 ${STYLE[label]}`}>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6 shrink-0" fill="none" stroke="currentColor" strokeWidth="1.6">
        <circle cx="12" cy="12" r="9" />
        <path d="M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18M3 12h18" />
      </svg>
      <div className="text-sm leading-tight">
        <p className="font-semibold">
          {t.product.batikmark} <span className="font-normal">— {t.batikmarkLabel[label]}</span>
        </p>
        <p>
          {t.product.batikmarkNumber}: <span className="font-mono">{number}</span>
        </p>
      </div>
    </div>
  )
}
