import { describe, expect, it } from "vitest"
import { dictionary } from "./i18n"
import { shopperMessage } from "./shopper-messages"

const id = dictionary("id")
const en = dictionary("en")

describe("shopper messages", () => {
  it("says in Indonesian which pieces sold out and how many of another are left", () => {
    const backend =
      '"Kain Batik Tulis Asem Arang" is sold out: another shopper bought the last one. Remove it from your cart to continue. ' +
      'Only 2 of "Kemeja Cap Lawang Sewu" (L) left: you asked for 3.'
    const message = shopperMessage(backend, id)
    expect(message).toContain("Kain Batik Tulis Asem Arang terjual habis")
    expect(message).toContain("Hanya tersisa 2 Kemeja Cap Lawang Sewu (L), Anda meminta 3.")
    expect(message).not.toMatch(/sold out|left/)
  })

  it("asks to try again when many shoppers complete at once, in English too", () => {
    expect(shopperMessage("Many shoppers are buying this piece right now. Please try again.", en)).toBe(en.stockMessages.busy)
    expect(shopperMessage("Many shoppers are buying this piece right now. Please try again.", id)).toMatch(/coba lagi/)
  })

  it("passes on any other refusal as the backend worded it", () => {
    expect(shopperMessage("Cart is already completed", id)).toBe("Cart is already completed")
  })
})
