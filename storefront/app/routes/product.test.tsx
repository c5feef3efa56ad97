import { render, screen, within } from "@testing-library/react"
import { createRoutesStub } from "react-router"
import { afterEach, describe, expect, it, vi } from "vitest"
import { backendDown, fakeBackend, REGIONS, storeProduct } from "~/test/fake-backend"
import ProductPage, { ErrorBoundary, loader } from "./product"

afterEach(() => vi.unstubAllGlobals())

function renderAt(url: string) {
  const Stub = createRoutesStub([
    { id: "id:product", path: "/produk/:handle", Component: ProductPage as never, loader: loader as never, ErrorBoundary },
    { id: "en:product", path: "/en/products/:handle", Component: ProductPage as never, loader: loader as never, ErrorBoundary },
  ])
  return render(<Stub initialEntries={[url]} />)
}

const backendWith = (products: unknown[]) =>
  fakeBackend({
    ...REGIONS,
    "GET /store/products": (url) => ({
      products: products.filter((p) => (p as { handle: string }).handle === url.searchParams.get("handle")),
      count: 1,
    }),
    "GET /store/makers/batik-malon": () => ({
      maker: { id: "mkr_1", handle: "batik-malon", name: "Batik Malon", booth: { exhibition_handle: "gelar-2026", booth_code: "A-07" } },
    }),
  })

describe("product page", () => {
  it("shows price in rupiah, one-of-a-kind stock, Batikmark, technique and the maker with booth", async () => {
    const calls = backendWith([storeProduct()])
    renderAt("/produk/kain-batik-tulis-asem-arang")
    expect(await screen.findByRole("heading", { level: 1, name: "Kain Batik Tulis Asem Arang" })).toBeInTheDocument()
    expect(screen.getByText("Rp 1.250.000")).toBeInTheDocument()
    expect(screen.getByText("Satu-satunya")).toBeInTheDocument()
    expect(screen.getByText("BM-2025-00042")).toBeInTheDocument()
    expect(screen.getByText(/Digambar tangan dengan canting/)).toBeInTheDocument()
    expect(screen.getByRole("link", { name: "Batik Malon" })).toHaveAttribute("href", "/perajin/batik-malon")
    expect(await screen.findByText("Booth A-07")).toBeInTheDocument()
    // A one-of-a-kind piece: a plain form posting one unit to the cart page, no quantity to pick.
    const add = screen.getByRole("button", { name: "Tambah ke keranjang" })
    expect(add.closest("form")).toHaveAttribute("action", "/keranjang")
    expect(add.closest("form")).toHaveAttribute("method", "post")
    expect(screen.queryByRole("spinbutton", { name: "Jumlah" })).toBeNull()
    const productCall = calls.find((c) => c.url.pathname === "/store/products")!
    expect(productCall.url.searchParams.get("fields")).toContain("*batik_attributes")
    expect(productCall.headers.get("x-publishable-api-key")).toBe("pk_test")
  })

  const withEnglish = storeProduct({
    metadata: {
      title_en: "Hand-drawn Asem Arang Batik Cloth",
      description_en: "A long hand-drawn batik cloth with the Asem Arang motif, natural dyes.",
    },
  })

  it("shows the piece's English title and description under /en", async () => {
    backendWith([withEnglish])
    renderAt("/en/products/kain-batik-tulis-asem-arang")
    expect(await screen.findByRole("heading", { level: 1, name: "Hand-drawn Asem Arang Batik Cloth" })).toBeInTheDocument()
    expect(screen.getByText(/A long hand-drawn batik cloth with the Asem Arang motif/)).toBeInTheDocument()
    expect(screen.queryByText(/Kain panjang batik tulis motif Asem Arang/)).toBeNull()
  })

  it("keeps the Indonesian texts on Indonesian pages", async () => {
    backendWith([withEnglish])
    renderAt("/produk/kain-batik-tulis-asem-arang")
    expect(await screen.findByRole("heading", { level: 1, name: "Kain Batik Tulis Asem Arang" })).toBeInTheDocument()
    expect(screen.getByText(/Kain panjang batik tulis motif Asem Arang/)).toBeInTheDocument()
  })

  it("falls back to the Indonesian title under /en when the piece has no English one", async () => {
    backendWith([storeProduct()])
    renderAt("/en/products/kain-batik-tulis-asem-arang")
    expect(await screen.findByRole("heading", { level: 1, name: "Kain Batik Tulis Asem Arang" })).toBeInTheDocument()
  })

  it("speaks English under /en and links the maker in English", async () => {
    backendWith([storeProduct()])
    renderAt("/en/products/kain-batik-tulis-asem-arang")
    expect(await screen.findByText("One of a kind")).toBeInTheDocument()
    expect(screen.getByText("Batik tulis (hand-drawn)")).toBeInTheDocument()
    expect(screen.getByRole("link", { name: "Batik Malon" })).toHaveAttribute("href", "/en/makers/batik-malon")
  })

  it("marks a sold piece as sold", async () => {
    const sold = storeProduct({
      variants: [{ ...storeProduct().variants[0], inventory_quantity: 0 }],
    })
    backendWith([sold])
    renderAt("/produk/kain-batik-tulis-asem-arang")
    expect(await screen.findByText("Terjual")).toBeInTheDocument()
  })

  it("lists the sizes in the order the maker gave them, not the order the backend sends them", async () => {
    const size = (id: string, title: string, variant_rank: number) => ({ ...storeProduct().variants[0], id, title, variant_rank, inventory_quantity: 3 })
    // Two sizes ranked alike keep the backend's order between them.
    const calls = backendWith([
      storeProduct({ variants: [size("v_l", "L", 2), size("v_s", "S", 0), size("v_xl", "XL", 2), size("v_m", "M", 1)] }),
    ])
    renderAt("/en/products/kain-batik-tulis-asem-arang")
    const sizes = await screen.findByRole("region", { name: "Available sizes" })
    expect(within(sizes).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["S", "M", "L", "XL"])
    const picker = screen.getByRole("combobox", { name: "Size" })
    expect(within(picker).getAllByRole("option").map((o) => o.textContent)).toEqual(["S", "M", "L", "XL"])
    const productCall = calls.find((c) => c.url.pathname === "/store/products")!
    expect(productCall.url.searchParams.get("fields")).toContain("variants.variant_rank")
  })

  it("answers an unknown product with the 404 page in the visitor's language", async () => {
    backendWith([])
    renderAt("/en/products/nothing-here")
    expect(await screen.findByRole("heading", { name: "Page not found" })).toBeInTheDocument()
  })

  it("shows a friendly retry page when the backend is down", async () => {
    backendDown()
    renderAt("/produk/kain-batik-tulis-asem-arang")
    expect(await screen.findByRole("heading", { name: "Katalog sedang tidak dapat dihubungi" })).toBeInTheDocument()
    expect(screen.getByRole("link", { name: "Coba lagi" })).toHaveAttribute("href", "/produk/kain-batik-tulis-asem-arang")
  })

  it("lets a CDN cache the page and serve it stale while refreshing", async () => {
    backendWith([storeProduct()])
    const result = (await loader({
      request: new Request("http://localhost/produk/kain-batik-tulis-asem-arang"),
      params: { handle: "kain-batik-tulis-asem-arang" },
      context: {},
    } as never)) as unknown as { init: { headers: Record<string, string> } }
    expect(result.init.headers["Cache-Control"]).toMatch(/s-maxage=\d+.*stale-while-revalidate=\d+/)
  })
})
