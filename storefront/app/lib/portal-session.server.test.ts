import { afterEach, describe, expect, it, vi } from "vitest"
import { fakeBackend, reply } from "~/test/fake-backend"
import { getMe } from "./medusa/portal.server"
import { portalGuard, startSession, takeNotice, withMaker } from "./portal-session.server"

afterEach(() => vi.unstubAllGlobals())

const post = (url: string, headers: Record<string, string>) => new Request(url, { method: "POST", body: "", headers })

async function settle(p: Promise<unknown>): Promise<any> {
  try {
    return await p
  } catch (thrown) {
    return thrown
  }
}

describe("portal CSRF check", () => {
  const guard = (request: Request) => {
    const next = vi.fn(async () => new Response("action ran"))
    return { next, result: settle(portalGuard({ request }, next)) }
  }

  it("lets a post from the store's own origin through, by request URL or PUBLIC_BASE_URL (behind a proxy)", async () => {
    for (const request of [
      post("http://localhost:3000/portal/masuk", { Origin: "http://localhost:3000" }),
      post("http://10.0.0.5:3000/portal/masuk", { Origin: "https://gelar.test" }),
    ]) {
      const { next, result } = guard(request)
      expect((await result).status).toBe(200)
      expect(next).toHaveBeenCalledOnce()
    }
  })

  it("refuses a post from another site, also when only Sec-Fetch-Site tells, before the action runs", async () => {
    const refused: Record<string, string>[] = [{ Origin: "https://evil.example" }, { Origin: "null" }, { "Sec-Fetch-Site": "cross-site" }]
    for (const headers of refused) {
      const { next, result } = guard(post("https://gelar.test/portal/produk/baru", headers))
      expect((await result).status).toBe(403)
      expect(next).not.toHaveBeenCalled()
    }
  })

  it("marks every portal response private, no-store and noindex", async () => {
    const res = await portalGuard({ request: new Request("https://gelar.test/portal") }, async () => new Response("ok"))
    expect(res.headers.get("Cache-Control")).toBe("private, no-store")
    expect(res.headers.get("X-Robots-Tag")).toMatch(/noindex/)
  })
})

describe("portal session", () => {
  it("keeps the maker's token in an httpOnly, SameSite=Lax cookie that scripts cannot read", async () => {
    const cookie = await startSession(new Request("https://gelar.test/portal/masuk"), "tok_maker")
    expect(cookie).toMatch(/^gelar_portal=/)
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Lax/)
  })

  it("signs out a maker the backend suspended, with the reason for the sign-in page", async () => {
    const calls = fakeBackend({
      "GET /makers/me": () => reply(403, { message: "Your maker account is suspended; contact the organisers." }),
    })
    const cookie = (await startSession(new Request("https://gelar.test/portal"), "tok_maker")).split(";")[0]
    const res = await settle(withMaker(new Request("https://gelar.test/en/portal", { headers: { Cookie: cookie } }), getMe))
    expect(calls[0].headers.get("authorization")).toBe("Bearer tok_maker")
    expect(res.status).toBe(302)
    expect(res.headers.get("Location")).toBe("/en/portal/sign-in")
    const next = res.headers.get("Set-Cookie").split(";")[0]
    const { notice } = await takeNotice(new Request("https://gelar.test/en/portal/sign-in", { headers: { Cookie: next } }))
    expect(notice).toBe("forbidden")
    // The token is gone: the next portal page sends the maker to sign in again.
    const again = await settle(withMaker(new Request("https://gelar.test/portal", { headers: { Cookie: next } }), getMe))
    expect(again.headers.get("Location")).toBe("/portal/masuk")
    expect(calls).toHaveLength(1)
  })
})
