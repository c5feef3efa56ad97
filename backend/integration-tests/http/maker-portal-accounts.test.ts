import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { type Clients, failing, makerInput, setUpStoreAndOrganiser } from "./domain-fixtures"
import { walkMakerRoutes } from "./maker-portal-fixtures"

vi.setConfig({ testTimeout: 60_000 })

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let c: Clients

    beforeAll(async () => {
      c = await setUpStoreAndOrganiser(getContainer(), api)
    })

    /** Registers an emailpass identity of actor type maker and returns its registration token. */
    async function register(email: string, password = "rahasia-batik-1") {
      const res = await api.post("/auth/maker/emailpass/register", { email, password })
      return res.data.token as string
    }
    async function login(email: string, password = "rahasia-batik-1") {
      const res = await api.post("/auth/maker/emailpass", { email, password })
      return { headers: { authorization: `Bearer ${res.data.token}` } }
    }

    it("a maker applies (pending), waits for approval, uses the portal once approved and loses it at once when suspended", async () => {
      const token = await register("sri@malon.test")
      const applied = await api.post(
        "/makers/apply",
        { maker: makerInput("sari-malon"), name: "Sri Lestari" },
        { headers: { authorization: `Bearer ${token}` } }
      )
      expect(applied.status).toBe(201)
      expect(applied.data.maker.status).toBe("pending")
      expect(applied.data.user).toMatchObject({ email: "sri@malon.test", name: "Sri Lestari" })

      const sri = await login("sri@malon.test")
      const waiting = await failing(api.get("/makers/me", sri))
      expect(waiting.status).toBe(403)
      expect(waiting.data.message).toMatch(/waiting for the organisers' approval/)
      expect((await walkMakerRoutes(api, sri)).filter(([, status]) => status !== 403)).toEqual([])

      await api.post(`/admin/makers/${applied.data.maker.id}/approve`, {}, c.admin)
      const me = await api.get("/makers/me", sri)
      expect(me.data.user.email).toBe("sri@malon.test")
      expect(me.data.maker).toMatchObject({ handle: "sari-malon", status: "approved" })
      expect(Object.keys(me.data.maker)).not.toContain("users")

      // The same token stops working the moment the organisers suspend the maker.
      await api.post(`/admin/makers/${applied.data.maker.id}/suspend`, {}, c.admin)
      const suspended = await failing(api.get("/makers/me", sri))
      expect(suspended.status).toBe(403)
      expect(suspended.data.message).toMatch(/suspended/)
      expect((await walkMakerRoutes(api, sri)).filter(([, status]) => status !== 403)).toEqual([])
    })

    it("answers 401 without a maker login, and to customer or organiser tokens", async () => {
      expect((await walkMakerRoutes(api)).filter(([, status]) => status !== 401)).toEqual([])
      expect((await failing(api.get("/makers/me", { headers: { authorization: "Bearer nonsense" } }))).status).toBe(401)
      expect((await failing(api.get("/makers/me", c.admin))).status).toBe(401)
      const unregistered = await register("belum@malon.test")
      const noMaker = await failing(api.get("/makers/me", { headers: { authorization: `Bearer ${unregistered}` } }))
      expect(noMaker.status).toBe(401)
    })

    it("refuses an application with a bad body, a taken handle or a login that already has a maker, keeping nothing", async () => {
      const first = { headers: { authorization: `Bearer ${await register("dua@malon.test")}` } }
      const ok = await api.post("/makers/apply", { maker: makerInput("dua-malon"), name: "Dua" }, first)
      expect(ok.status).toBe(201)
      const again = await failing(api.post("/makers/apply", { maker: makerInput("tiga-malon"), name: "Dua" }, await login("dua@malon.test")))
      expect(again.status).toBe(400)
      expect(again.data.message).toMatch(/already belongs to a maker/)

      const second = { headers: { authorization: `Bearer ${await register("empat@malon.test")}` } }
      const bad = await failing(api.post("/makers/apply", { maker: makerInput("Bad Handle"), name: "" }, second))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/handle must be lowercase/)
      const taken = await failing(api.post("/makers/apply", { maker: makerInput("dua-malon"), name: "Empat" }, second))
      expect(taken.status).toBe(422)

      const makers = await api.get("/admin/makers?status=pending&limit=100", c.admin)
      const handles = makers.data.makers.map((m: { handle: string }) => m.handle)
      expect(handles).toContain("dua-malon")
      expect(handles).not.toContain("tiga-malon")
      expect(handles).not.toContain("bad-handle")
    })

    it("throttles maker sign-in to 5 a minute per IP and email, then 429 with Retry-After", async () => {
      await register("lima@malon.test")
      for (let i = 0; i < 5; i++) {
        expect((await failing(api.post("/auth/maker/emailpass", { email: "lima@malon.test", password: "salah" }))).status).toBe(401)
      }
      const blocked = await failing(api.post("/auth/maker/emailpass", { email: "lima@malon.test", password: "rahasia-batik-1" }))
      expect(blocked.status).toBe(429)
      expect(Number((blocked as unknown as { headers: Record<string, string> }).headers["retry-after"])).toBeGreaterThan(0)
      expect(blocked.data.message).toMatch(/Too many login attempts/)
      // Another email from the same place is not blocked by it.
      await register("enam@malon.test")
      expect((await api.post("/auth/maker/emailpass", { email: "enam@malon.test", password: "rahasia-batik-1" })).status).toBe(200)
    })

    it("a maker who forgot the password gets a reset link by email and signs in with the new password", async () => {
      await register("lupa@malon.test")
      await api.post("/auth/maker/emailpass/reset-password", { identifier: "lupa@malon.test" })
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      let sent: { data?: Record<string, unknown> | null }[] = []
      for (let i = 0; i < 50 && !sent.length; i++) {
        sent = await notifications.listNotifications({ to: "lupa@malon.test", template: "maker-password-reset" })
        if (!sent.length) await new Promise((r) => setTimeout(r, 100))
      }
      expect(sent).toHaveLength(1)
      const link = new URL(String(sent[0].data?.link))
      expect(link.pathname).toBe("/portal/reset-password")
      const token = link.searchParams.get("token")
      await api.post(
        "/auth/maker/emailpass/update",
        { email: "lupa@malon.test", password: "kata-sandi-baru-2" },
        { headers: { authorization: `Bearer ${token}` } }
      )
      expect((await api.post("/auth/maker/emailpass", { email: "lupa@malon.test", password: "kata-sandi-baru-2" })).status).toBe(200)
    })

    it("an organiser invites a second person of an approved maker; the link works only for that email", async () => {
      const token = await register("pertama@tugu.test")
      const applied = await api.post(
        "/makers/apply",
        { maker: makerInput("tugu-muda"), name: "Pertama" },
        { headers: { authorization: `Bearer ${token}` } }
      )
      await api.post(`/admin/makers/${applied.data.maker.id}/approve`, {}, c.admin)
      const invited = await api.post(`/admin/makers/${applied.data.maker.id}/invite`, { email: "Kedua@Tugu.test" }, c.admin)
      expect(invited.status).toBe(202)
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      let sent: { data?: Record<string, unknown> | null }[] = []
      for (let i = 0; i < 50 && !sent.length; i++) {
        sent = await notifications.listNotifications({ to: "kedua@tugu.test", template: "maker-invite" })
        if (!sent.length) await new Promise((r) => setTimeout(r, 100))
      }
      const invite = new URL(String(sent[0].data?.link)).searchParams.get("token")!

      const stranger = { headers: { authorization: `Bearer ${await register("orang-lain@tugu.test")}` } }
      const wrongEmail = await failing(api.post("/makers/invites/accept", { token: invite, name: "Orang lain" }, stranger))
      expect(wrongEmail.status).toBe(400)
      expect(wrongEmail.data.message).toMatch(/another email/)
      const forged = await failing(api.post("/makers/invites/accept", { token: `${invite.split(".")[0]}.x`, name: "X" }, stranger))
      expect(forged.data.message).toMatch(/not valid or has expired/)

      const second = { headers: { authorization: `Bearer ${await register("kedua@tugu.test")}` } }
      const accepted = await api.post("/makers/invites/accept", { token: invite, name: "Kedua" }, second)
      expect(accepted.status).toBe(201)
      const me = await api.get("/makers/me", await login("kedua@tugu.test"))
      expect(me.data).toMatchObject({ user: { email: "kedua@tugu.test", name: "Kedua" }, maker: { handle: "tugu-muda" } })
      const first = await api.get("/makers/me", await login("pertama@tugu.test"))
      expect(first.data.maker.id).toBe(me.data.maker.id)

      const unknown = await failing(api.post("/admin/makers/mkr_nope/invite", { email: "x@tugu.test" }, c.admin))
      expect(unknown.status).toBe(404)
    })
  },
})
