import { exhibitionStatus } from "@gelar/shared"
import { useEffect, useState } from "react"
import { useI18n } from "~/lib/i18n"

/**
 * Status of an exhibition (opening soon / open now / closed) with the time left until it opens
 * or closes. The server renders it for its own clock; in the browser it ticks every minute.
 */
export function Countdown({ startsAt, endsAt, now }: { startsAt: string; endsAt: string; now: string }) {
  const { t } = useI18n()
  const [clock, setClock] = useState(() => new Date(now))
  useEffect(() => {
    setClock(new Date())
    const timer = setInterval(() => setClock(new Date()), 60_000)
    return () => clearInterval(timer)
  }, [])
  const status = exhibitionStatus({ starts_at: startsAt, ends_at: endsAt }, clock)
  const target = status === "scheduled" ? new Date(startsAt) : status === "live" ? new Date(endsAt) : null
  let remaining: string | null = null
  if (target) {
    const minutes = Math.max(0, Math.floor((target.getTime() - clock.getTime()) / 60_000))
    const d = Math.floor(minutes / 1440)
    const h = Math.floor((minutes % 1440) / 60)
    const m = minutes % 60
    remaining = `${status === "scheduled" ? t.status.opensIn : t.status.closesIn} ${d} ${t.status.days} ${h} ${t.status.hours} ${m} ${t.status.minutes}`
  }
  return (
    <p className="flex flex-wrap items-center gap-2" aria-live="off">
      <span
        className={`rounded-full px-3 py-1 text-sm font-semibold ${
          status === "live" ? "bg-emerald-800 text-white" : status === "scheduled" ? "bg-emas text-white" : "bg-stone-700 text-white"
        }`}
      >
        {t.status[status]}
      </span>
      {remaining ? <span className="text-sm">{remaining}</span> : null}
    </p>
  )
}
