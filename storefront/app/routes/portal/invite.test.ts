import { afterEach, describe, expect, it, vi } from "vitest"
import { fakeBackend, reply } from "~/test/fake-backend"
import { action } from "./invite"

afterEach(() => vi.unstubAllGlobals())

const ORIGIN = "https://gelar.test"
const post = (body: Record<string, string>) =>
  new Request(`${ORIGIN}/portal/invite`, { method: "POST", body: new URLSearchParams(body), headers: { Origin: ORIGIN } })
const FIELDS = { invite: "inv.signed", name: "Dwi Astuti", email: "dwi@malon.id", password: "rahasia-batik" }

async function settle(p: unknown): Promise<any> {
  try {
    return await p
  } catch (thrown) {
    return thrown
  }
}

describe("portal invite", () => {
  it("registers the invited person, accepts the invite with that login, and signs in with a token that names the maker", async () => {
    const calls = fakeBackend({
      "POST /auth/maker/emailpass/register": () => ({ token: "tok_registered" }),
      "POST /makers/invites/accept": () => reply(201, { user: { id: "mku_2" } }),
      "POST /auth/maker/emailpass": () => ({ token: "tok_maker" }),
    })
    const res = await settle(action({ request: post(FIELDS) } as never))
    expect(res.status).toBe(302)
    expect(res.headers.get("Location")).toBe("/portal")
    const accept = calls.find((c) => c.url.pathname === "/makers/invites/accept")!
    expect(accept.headers.get("authorization")).toBe("Bearer tok_registered")
    expect(accept.body).toEqual({ token: "inv.signed", name: "Dwi Astuti" })
    expect(res.headers.get("Set-Cookie")).toMatch(/^gelar_portal=/)
  })

  it("says so when the invite is forged, expired or for another email, and starts no session", async () => {
    fakeBackend({
      "POST /auth/maker/emailpass/register": () => ({ token: "tok_registered" }),
      "POST /makers/invites/accept": () => reply(400, { message: "This invite was sent to another email than dwi@malon.id" }),
    })
    const res: any = await action({ request: post(FIELDS) } as never)
    expect(res.init.status).toBe(400)
    expect(res.data.refusal).toBe("invalid")
    expect(res.data.values).toEqual({ name: "Dwi Astuti", email: "dwi@malon.id" })
    expect(new Headers(res.init.headers).get("Set-Cookie")).toBeNull()
  })
})
