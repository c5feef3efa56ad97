import { render, screen, within } from "@testing-library/react"
import { createRoutesStub } from "react-router"
import { afterEach, describe, expect, it, vi } from "vitest"
import { fakeBackend, REGIONS, reply, storeProduct } from "~/test/fake-backend"
import Catalogue, { ErrorBoundary, loader } from "./catalogue"

afterEach(() => vi.unstubAllGlobals())

function renderAt(url: string) {
  const Stub = createRoutesStub([
    { id: "id:catalogue", path: "/katalog", Component: Catalogue as never, loader: loader as never, ErrorBoundary },
    { id: "en:catalogue", path: "/en/catalogue", Component: Catalogue as never, loader: loader as never, ErrorBoundary },
  ])
  return render(<Stub initialEntries={[url]} />)
}

const hit = (id: string, title: string, price: number, technique: string) => ({
  id,
  document: { id, title, handle: id, thumbnail: null, price, technique, in_stock: true, maker: { handle: "batik-malon", name: "Batik Malon" } },
})

describe("catalogue", () => {
  it("asks the search index for the URL's filters and shows its count and facet counts", async () => {
    const calls = fakeBackend({
      ...REGIONS,
      "POST /store/search": () => ({
        results: [
          {
            hits: [hit("p1", "Kain Tulis Parang", 1250000, "tulis")],
            facets: {
              technique: { type: "value", values: [{ value: "tulis", count: 1 }, { value: "cap", count: 4 }] },
            },
            metadata: { skip: 0, take: 24, count: 1 },
          },
        ],
      }),
    })
    renderAt("/katalog?technique=tulis&min=500000&max=2000000")
    expect(await screen.findByText("1 produk")).toBeInTheDocument()
    expect(screen.getByRole("link", { name: "Kain Tulis Parang" })).toHaveAttribute("href", "/produk/p1")
    const technique = screen.getByRole("group", { name: "Teknik" })
    expect(within(technique).getByRole("checkbox", { name: /Batik tulis \(1\)/ })).toBeChecked()
    expect(within(technique).getByRole("checkbox", { name: /Batik cap \(4\)/ })).not.toBeChecked()
    expect(screen.getByLabelText("Harga minimum (Rp)")).toHaveValue(500000)
    const body = calls.find((c) => c.url.pathname === "/store/search")!.body as { filters: Record<string, unknown> }
    expect(body.filters).toEqual({ technique: { $in: ["tulis"] }, price: { $gte: 500000, $lte: 2000000 } })
  })

  it("falls back to the product list, without facets it cannot count, while search is unavailable", async () => {
    const calls = fakeBackend({
      ...REGIONS,
      "POST /store/search": () => reply(404, { type: "not_found", message: 'No search index named "product"' }),
      "GET /store/products": () => ({ products: [storeProduct()], count: 1 }),
    })
    renderAt("/katalog?q=asem")
    expect(await screen.findByRole("link", { name: "Kain Batik Tulis Asem Arang" })).toBeInTheDocument()
    expect(screen.getByText(/Saringan lengkap belum tersedia/)).toBeInTheDocument()
    expect(screen.queryByRole("group", { name: "Teknik" })).toBeNull()
    expect(calls.find((c) => c.url.pathname === "/store/products")!.url.searchParams.get("q")).toBe("asem")
  })

  it("names the makers in the maker filter, and shows English titles on English pages", async () => {
    const calls = fakeBackend({
      ...REGIONS,
      "POST /store/search": () => ({
        results: [
          {
            hits: [{ ...hit("p1", "Kain Tulis Parang", 1250000, "tulis"), document: { ...hit("p1", "Kain Tulis Parang", 1250000, "tulis").document, title_en: "Hand-drawn Parang Cloth" } }],
            facets: { "maker.handle": { type: "value", values: [{ value: "sekar-malon", count: 3 }, { value: "ikm-ngaliyan-07", count: 1 }] } },
            metadata: { skip: 0, take: 24, count: 1 },
          },
        ],
      }),
      "GET /store/makers": () => ({
        makers: [
          { id: "mkr_1", handle: "ikm-ngaliyan-07", name: "Batik Warna Ngaliyan" },
          { id: "mkr_2", handle: "sekar-malon", name: "Batik Sekar Malon" },
        ],
        count: 2,
      }),
    })
    renderAt("/en/catalogue")
    expect(await screen.findByRole("link", { name: "Hand-drawn Parang Cloth" })).toHaveAttribute("href", "/en/products/p1")
    const makers = screen.getByRole("group", { name: "Maker" })
    expect(within(makers).getByRole("checkbox", { name: /Batik Sekar Malon \(3\)/ })).toHaveAttribute("value", "sekar-malon")
    expect(within(makers).getByRole("checkbox", { name: /Batik Warna Ngaliyan \(1\)/ })).toHaveAttribute("value", "ikm-ngaliyan-07")
    const asked = calls.find((c) => c.url.pathname === "/store/makers")!
    expect(asked.url.searchParams.get("handle")).toBe("ikm-ngaliyan-07,sekar-malon")
  })

  it("pages through results with links that keep the filters", async () => {
    fakeBackend({
      ...REGIONS,
      "POST /store/search": () => ({
        results: [{ hits: [hit("p1", "Kain Cap Kawung", 275000, "cap")], facets: {}, metadata: { skip: 24, take: 24, count: 60 } }],
      }),
    })
    renderAt("/katalog?technique=cap&page=2")
    const pages = await screen.findByRole("navigation", { name: "Halaman" })
    expect(within(pages).getByRole("link", { name: "Sebelumnya" })).toHaveAttribute("href", "/katalog?technique=cap")
    expect(within(pages).getByRole("link", { name: "Berikutnya" })).toHaveAttribute("href", "/katalog?technique=cap&page=3")
  })
})
