import { useI18n } from "~/lib/i18n"

/** Where booth-pickup pieces wait: one line per maker with its booth. */
export function BoothList({ booths }: { booths: { maker: string; booth: string | null }[] }) {
  const { t } = useI18n()
  return (
    <ul className="mt-2 list-disc pl-10 text-sm">
      {booths.map((b) => (
        <li key={b.maker}>{b.booth ? t.checkout.booth(b.booth, b.maker) : t.checkout.boothTbd(b.maker)}</li>
      ))}
    </ul>
  )
}
