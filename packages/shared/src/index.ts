export { formatRupiah } from "./money.js"
