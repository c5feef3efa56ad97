import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { parseEnv } from "./env-schema.server"

const noFile = path.join(os.tmpdir(), "gelar-no-such-key-file")
/** An organisers' account, which production requires. */
const BANK = { BANK_TRANSFER_BANK: "Bank Jateng", BANK_TRANSFER_ACCOUNT: "3-001-00042-7", BANK_TRANSFER_HOLDER: "Panitia Gelar" }

describe("storefront environment", () => {
  it("refuses to start without a publishable key, in one line naming the variable", () => {
    expect(() => parseEnv({}, noFile)).toThrow(/^Invalid storefront environment: MEDUSA_PUBLISHABLE_KEY must be [^\n]+$/)
  })

  it("falls back to the key the seed wrote", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "gelar-env-")), "publishable-key")
    fs.writeFileSync(file, "pk_from_seed\n")
    expect(parseEnv({}, file)).toMatchObject({
      MEDUSA_PUBLISHABLE_KEY: "pk_from_seed",
      MEDUSA_BACKEND_URL: "http://localhost:9000",
    })
  })

  it("names every wrong value at once and treats empty values as unset", () => {
    expect(() =>
      parseEnv({ MEDUSA_PUBLISHABLE_KEY: "secret", PUBLIC_BASE_URL: "gelar.id", STRIPE_PUBLISHABLE_KEY: "" }, noFile)
    ).toThrow(/MEDUSA_PUBLISHABLE_KEY must be a publishable key.*PUBLIC_BASE_URL must be an http\(s\) URL/)
  })

  it("refuses to start in production without a portal session secret of its own", () => {
    expect(() => parseEnv({ NODE_ENV: "production", MEDUSA_PUBLISHABLE_KEY: "pk_x" }, noFile)).toThrow(
      /PORTAL_SESSION_SECRET must be set in production/
    )
    expect(() => parseEnv({ MEDUSA_PUBLISHABLE_KEY: "pk_x", PORTAL_SESSION_SECRET: "short" }, noFile)).toThrow(
      /PORTAL_SESSION_SECRET must be a secret of 32\+ characters/
    )
    const secret = "a-production-secret-of-enough-length-1234"
    expect(
      parseEnv(
        { NODE_ENV: "production", MEDUSA_PUBLISHABLE_KEY: "pk_x", PORTAL_SESSION_SECRET: secret, SESSION_SECRET: `${secret}-2`, ...BANK },
        noFile
      )
    ).toMatchObject({ PORTAL_SESSION_SECRET: secret })
  })

  it("refuses to start in production without a shopper session secret of its own", () => {
    const portal = "a-production-secret-of-enough-length-1234"
    expect(() =>
      parseEnv({ NODE_ENV: "production", MEDUSA_PUBLISHABLE_KEY: "pk_x", PORTAL_SESSION_SECRET: portal }, noFile)
    ).toThrow(/SESSION_SECRET must be set in production/)
    expect(() => parseEnv({ MEDUSA_PUBLISHABLE_KEY: "pk_x", SESSION_SECRET: "short" }, noFile)).toThrow(
      /SESSION_SECRET must be a secret of 32\+ characters/
    )
  })

  it("refuses to start in production with the demo bank account for transfers, and takes the organisers' own", () => {
    const secrets = { SESSION_SECRET: "a-production-secret-of-enough-length-1", PORTAL_SESSION_SECRET: "a-production-secret-of-enough-length-2" }
    const prod = { NODE_ENV: "production", MEDUSA_PUBLISHABLE_KEY: "pk_x", ...secrets }
    expect(() => parseEnv(prod, noFile)).toThrow(/BANK_TRANSFER_ACCOUNT .* must be set in production/)
    expect(parseEnv({ ...prod, ...BANK }, noFile)).toMatchObject(BANK)
    expect(parseEnv({ MEDUSA_PUBLISHABLE_KEY: "pk_x" }, noFile).BANK_TRANSFER_BANK).toBe("Bank Jateng")
  })

  it("strips a trailing slash from the base URL used for canonical links", () => {
    expect(parseEnv({ MEDUSA_PUBLISHABLE_KEY: "pk_x", PUBLIC_BASE_URL: "https://gelar.id/" }, noFile).PUBLIC_BASE_URL).toBe(
      "https://gelar.id"
    )
  })
})
