import { env } from "~/lib/env.server"
import { type Lang, localePath } from "~/lib/paths"
import type { Exhibition } from "~/lib/types"

const EVENT_STATUS = "https://schema.org/EventScheduled"

/** schema.org `Event` for an exhibition (with its organiser and venue), for search engines. */
export function exhibitionJsonLd(exhibition: Exhibition, lang: Lang): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "ExhibitionEvent",
    name: lang === "id" ? exhibition.title_id : exhibition.title_en,
    description: (lang === "id" ? exhibition.description_id : exhibition.description_en) ?? undefined,
    startDate: exhibition.starts_at,
    endDate: exhibition.ends_at,
    eventStatus: EVENT_STATUS,
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    url: env.PUBLIC_BASE_URL + localePath(lang, "exhibition", { handle: exhibition.handle }),
    image: exhibition.cover_image_url ?? undefined,
    location: {
      "@type": "Place",
      name: exhibition.venue ?? "Semarang",
      address: exhibition.address ?? "Semarang, Jawa Tengah, Indonesia",
    },
    organizer: { "@type": "GovernmentOrganization", name: "Dinas Perindustrian Kota Semarang" },
  }
}
