import { render, screen } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { Price } from "./price"

describe("Price", () => {
  it("shows rupiah the Indonesian way, with dot thousands and no decimals", () => {
    render(<Price amount={1250000} />)
    expect(screen.getByText("Rp 1.250.000")).toBeInTheDocument()
  })

  it("says 'from' for products whose sizes differ in price", () => {
    const { container } = render(<Price amount={75000} from="mulai" />)
    expect(container).toHaveTextContent("mulai Rp 75.000")
  })

  it("shows nothing rather than Rp 0 for a product without a price", () => {
    const { container } = render(<Price amount={null} />)
    expect(container).toBeEmptyDOMElement()
  })
})
