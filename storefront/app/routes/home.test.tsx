import { render, screen, within } from "@testing-library/react"
import { createRoutesStub } from "react-router"
import { afterEach, describe, expect, it, vi } from "vitest"
import { fakeBackend, REGIONS } from "~/test/fake-backend"
import Home, { ErrorBoundary, loader } from "./home"

afterEach(() => vi.unstubAllGlobals())

function renderAt(url: string) {
  const Stub = createRoutesStub([
    { id: "id:home", path: "/", Component: Home as never, loader: loader as never, ErrorBoundary },
    { id: "en:home", path: "/en", Component: Home as never, loader: loader as never, ErrorBoundary },
  ])
  return render(<Stub initialEntries={[url]} />)
}

const item = (position: number, title: string) => ({
  position,
  note_id: `Catatan ${title}`,
  note_en: `Note ${title}`,
  product: { id: `p${position}`, handle: `h${position}`, title, thumbnail: null, price: { amount: 100000 * position, currency_code: "idr" } },
})

const exhibition = {
  id: "exh_1",
  handle: "gelar-2025",
  title_id: "Gelar Batik Semarang 2025",
  title_en: "Gelar Semarang Batik Exhibition 2025",
  description_id: null,
  description_en: null,
  venue: "Kota Lama",
  address: null,
  starts_at: "2025-12-03T10:00:00+07:00",
  ends_at: "2025-12-07T21:00:00+07:00",
  cover_image_url: null,
  status: "closed",
  // Deliberately out of order: the page must follow the organisers' positions.
  featured: [item(2, "Kain Kedua"), item(3, "Kain Ketiga"), item(1, "Kain Pertama")],
  participants: [{ booth_code: "A01", maker: { id: "m1", handle: "batik-malon", name: "Batik Malon", district: "Gunungpati", sentra: "Malon", logo_url: null } }],
}

function backendWithArchiveOnly() {
  return fakeBackend({
    ...REGIONS,
    "GET /store/exhibitions": (url) => ({
      exhibitions: url.searchParams.get("when") === "archive" ? [exhibition] : [],
      count: 0,
    }),
    "GET /store/exhibitions/gelar-2025": () => ({ exhibition }),
    "GET /store/products": () => ({ products: [], count: 0 }),
  })
}

describe("home page", () => {
  it("falls back to the latest archived exhibition, says so, and keeps the organisers' order", async () => {
    backendWithArchiveOnly()
    renderAt("/")
    expect(await screen.findByRole("heading", { level: 1, name: "Gelar Batik Semarang 2025" })).toBeInTheDocument()
    expect(screen.getByText(/Belum ada pameran terjadwal/)).toBeInTheDocument()
    expect(screen.getByText("Sudah berakhir")).toBeInTheDocument()
    const picks = within(screen.getByRole("list", { name: "Pilihan panitia" })).getAllByRole("heading", { level: 3 })
    expect(picks.map((h) => h.textContent)).toEqual(["Kain Pertama", "Kain Kedua", "Kain Ketiga"])
    expect(screen.getByText("Catatan Kain Pertama")).toBeInTheDocument()
    expect(within(screen.getByRole("list", { name: "Perajin peserta" })).getByText("Booth A01")).toBeInTheDocument()
  })

  it("speaks English under /en, with the English title and notes", async () => {
    backendWithArchiveOnly()
    renderAt("/en")
    expect(await screen.findByRole("heading", { level: 1, name: "Gelar Semarang Batik Exhibition 2025" })).toBeInTheDocument()
    expect(screen.getByText("Note Kain Pertama")).toBeInTheDocument()
    expect(screen.getByRole("list", { name: "Organisers' picks" })).toBeInTheDocument()
  })

  it("still opens, without an exhibition section, while the exhibitions endpoint does not exist", async () => {
    fakeBackend({ ...REGIONS, "GET /store/products": () => ({ products: [], count: 0 }) })
    renderAt("/")
    expect(await screen.findByText(/Belum ada pameran yang diumumkan/)).toBeInTheDocument()
  })
})
