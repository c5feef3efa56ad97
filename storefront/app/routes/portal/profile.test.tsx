import { fireEvent, render, screen } from "@testing-library/react"
import { createRoutesStub } from "react-router"
import { afterEach, describe, expect, it, vi } from "vitest"
import { portalGuard, startSession } from "~/lib/portal-session.server"
import { fakeBackend, reply } from "~/test/fake-backend"
import PortalLayout, { ErrorBoundary as PortalErrorBoundary } from "./layout"
import Profile, { action, loader } from "./profile"

afterEach(() => vi.unstubAllGlobals())

const ORIGIN = "https://gelar.test"

async function signedIn() {
  return (await startSession(new Request(`${ORIGIN}/portal`), "tok_maker")).split(";")[0]
}

const post = async (url: string, body: Record<string, string>, headers: Record<string, string> = { Origin: ORIGIN }) => {
  const form = new FormData()
  for (const [k, v] of Object.entries(body)) form.append(k, v)
  return new Request(`${ORIGIN}${url}`, { method: "POST", body: form, headers: { ...headers, Cookie: await signedIn() } })
}

async function settle(p: unknown): Promise<any> {
  try {
    return await p
  } catch (thrown) {
    return thrown
  }
}

const MAKER = {
  id: "mkr_1",
  handle: "batik-sekar-malon",
  name: "Batik Sekar Malon",
  status: "approved",
  logo_url: null,
  story_id: "Batik tulis pewarna alam dari Malon.",
  story_en: "Natural-dye hand-drawn batik from Malon.",
  people: [{ name: "Sri Wahyuni", role: "Pembatik", bio_id: "", bio_en: "" }],
  pickup_address: "Jl. Malon 5, Gunungpati",
  email: "halo@sekarmalon.id",
  phone: null,
  whatsapp: "+62 812 0000 1111",
  photos: ["https://img.test/u1.jpg"],
}
const IMAGES = [{ id: "img_1", url: "https://img.test/u1.jpg", thumbnail_url: "https://img.test/u1-thumb.jpg" }]
const ME = { user: { id: "mku_1", email: "sri@malon.id", name: "Sri Wahyuni" }, maker: MAKER }
const READS = {
  "GET /makers/me": () => ME,
  "GET /makers/uploads": () => ({ images: IMAGES, count: IMAGES.length, offset: 0, limit: 100 }),
}

/** The page's loader data, as a signed-in maker's browser asks for it. */
async function load(path: string) {
  return loader({ request: new Request(`${ORIGIN}${path}`, { headers: { Cookie: await signedIn() } }) } as never)
}

/** The form as the page sends it, from the saved profile. */
const FORM = {
  name: MAKER.name,
  story_id: MAKER.story_id,
  story_en: MAKER.story_en,
  person_name_1: "Sri Wahyuni",
  person_role_1: "Pembatik",
  pickup_address: MAKER.pickup_address,
  email: MAKER.email,
  phone: "",
  whatsapp: MAKER.whatsapp,
  photos: "img_1",
  photos_before: "img_1",
  logo: "",
  logo_before: "",
}

/** The profile page as a browser shows it with this loader and action data. */
function renderProfile(path: string, id: string, loaderData: unknown, actionData?: unknown) {
  const Stub = createRoutesStub([{ id, path, Component: Profile as never }])
  render(
    <Stub
      initialEntries={[path]}
      hydrationData={{ loaderData: { [id]: loaderData }, ...(actionData ? { actionData: { [id]: actionData } } : {}) }}
    />
  )
}

describe("portal maker profile", () => {
  it("shows the backend's refusal of the email next to that field, in English, keeping what was typed", async () => {
    const calls = fakeBackend({
      ...READS,
      "POST /makers/me": () => reply(400, { type: "invalid_data", message: "Invalid request: email must be an email address" }),
    })
    const res: any = await action({ request: await post("/en/portal/profile", { ...FORM, email: "halo@sekarmalon..id", name: "Sekar Malon" }) } as never)
    expect(res.init.status).toBe(400)
    expect(calls.map((c) => `${c.method} ${c.url.pathname}`)).toEqual(["POST /makers/me"])
    // Photos and logo were not touched, so they are not sent (pictures the organisers set stay).
    expect(calls[0].body).not.toHaveProperty("photos")
    expect(calls[0].body).not.toHaveProperty("logo_image_id")
    expect(calls[0].body).toMatchObject({ people: [{ name: "Sri Wahyuni", role: "Pembatik", bio_id: "", bio_en: "" }], phone: null })
    renderProfile("/en/portal/profile", "en:portal-profile", await load("/en/portal/profile"), res.data)
    expect(await screen.findByLabelText("Business email")).toHaveAccessibleDescription("Enter a valid email address, e.g. name@example.com.")
    expect(screen.getByLabelText("Business email")).toHaveValue("halo@sekarmalon..id")
    expect(screen.getByLabelText("Business name")).toHaveValue("Sekar Malon")
    expect(screen.getByLabelText("Business name")).not.toHaveAccessibleDescription()
    expect(screen.getByRole("alert")).toHaveTextContent("Some fields need fixing")
  })

  it("shows a missing role in a person row next to that field, without asking the backend", async () => {
    const calls = fakeBackend(READS)
    const res: any = await action({ request: await post("/portal/profil", { ...FORM, person_name_2: "Dwi Astuti" }) } as never)
    expect(res.init.status).toBe(400)
    expect(calls).toHaveLength(0)
    renderProfile("/portal/profil", "id:portal-profile", await load("/portal/profil"), res.data)
    expect(await screen.findByLabelText("Peran orang 2")).toHaveAccessibleDescription("Wajib diisi.")
    expect(screen.getByLabelText("Nama orang 2")).toHaveValue("Dwi Astuti")
  })

  it("saves, then shows the new name with a success message, the chosen photo ticked", async () => {
    let maker = { ...MAKER }
    const calls = fakeBackend({
      ...READS,
      "GET /makers/me": () => ({ ...ME, maker }),
      "POST /makers/me": (_url, init) => {
        maker = { ...maker, name: JSON.parse(String(init.body)).name }
        return { ...ME, maker }
      },
    })
    const res = await settle(action({ request: await post("/portal/profil", { ...FORM, name: "Batik Sekar Malon Gunungpati" }) } as never))
    expect(res.status).toBe(302)
    const location = res.headers.get("Location")
    expect(location).toBe("/portal/profil?saved=1")
    expect(calls.filter((c) => c.method === "POST")).toHaveLength(1)
    renderProfile("/portal/profil", "id:portal-profile", await load(location))
    expect(await screen.findByRole("status")).toHaveTextContent("Profil tersimpan.")
    expect(screen.getByLabelText("Nama usaha")).toHaveValue("Batik Sekar Malon Gunungpati")
    expect(screen.getByRole("checkbox", { name: "Unggahan 1" })).toBeChecked()
  })

  it("refuses a post from another site before saving anything, and says why", async () => {
    fakeBackend(READS)
    const page = await load("/portal/profil")
    const calls = fakeBackend({})
    const cookie = await signedIn()
    // The browser sends the form as a visitor lured to another site would: with that site's Origin.
    const Stub = createRoutesStub([
      {
        id: "id:portal",
        path: "/portal",
        Component: PortalLayout as never,
        ErrorBoundary: PortalErrorBoundary as never,
        children: [
          {
            id: "id:portal-profile",
            path: "profil",
            Component: Profile as never,
            action: async ({ request }) => {
              const crossSite = new Request(`${ORIGIN}/portal/profil`, {
                method: "POST",
                body: await request.formData(),
                headers: { Origin: "https://evil.example", Cookie: cookie },
              })
              return portalGuard({ request: crossSite }, async () => Response.json(await action({ request: crossSite } as never)))
            },
          },
        ],
      },
    ])
    render(
      <Stub
        initialEntries={["/portal/profil"]}
        hydrationData={{
          loaderData: { "id:portal": null, "id:portal-profile": page },
        }}
      />
    )
    fireEvent.click(await screen.findByRole("button", { name: "Simpan profil" }))
    expect(await screen.findByText(/Formulir ini dikirim dari situs lain/)).toBeInTheDocument()
    expect(calls).toHaveLength(0)
  })
})
