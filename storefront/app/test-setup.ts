import "@testing-library/jest-dom/vitest"
import { cleanup } from "@testing-library/react"
import { afterEach } from "vitest"
import { clearMemo } from "./lib/medusa/memo.server"

afterEach(() => {
  cleanup()
  clearMemo()
})
