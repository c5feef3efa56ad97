import http from "node:http"
import type { AddressInfo } from "node:net"

/** One request the provider sent, as the fake received it. */
export type RecordedRequest = { method: string; path: string; query: string; body: unknown }

/**
 * A stand-in for Meilisearch's HTTP API, for the contract test only (no Meilisearch server can run on
 * the development machines). It records every request and answers with bodies in the shape
 * Meilisearch 1.x documents: enqueued tasks (202), tasks that succeed when polled, stats, and the
 * multi-search answers the test queues.
 */
export async function startFakeMeilisearch() {
  const requests: RecordedRequest[] = []
  const searchAnswers: unknown[][] = []
  let nextTask = 0
  const tasks = new Map<number, { indexUid: string | null; type: string }>()

  const enqueue = (indexUid: string | null, type: string) => {
    const taskUid = nextTask++
    tasks.set(taskUid, { indexUid, type })
    return { taskUid, indexUid, status: "enqueued", type, enqueuedAt: "2026-11-29T03:00:00.000000Z" }
  }

  const server = http.createServer((req, res) => {
    let raw = ""
    req.on("data", (chunk) => (raw += chunk))
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://fake")
      const body = raw ? JSON.parse(raw) : undefined
      requests.push({ method: req.method ?? "GET", path: url.pathname, query: url.search, body })
      const send = (status: number, payload: unknown) => {
        res.writeHead(status, { "content-type": "application/json" })
        res.end(JSON.stringify(payload))
      }
      const parts = url.pathname.split("/").filter(Boolean)
      if (req.method === "POST" && url.pathname === "/indexes") {
        return send(202, enqueue(body.uid, "indexCreation"))
      }
      if (req.method === "GET" && parts[0] === "tasks") {
        const uid = Number(parts[1])
        const task = tasks.get(uid)
        return send(200, {
          uid,
          batchUid: uid,
          indexUid: task?.indexUid ?? null,
          status: "succeeded",
          type: task?.type ?? "unknown",
          canceledBy: null,
          details: {},
          error: null,
          duration: "PT0.004S",
          enqueuedAt: "2026-11-29T03:00:00.000000Z",
          startedAt: "2026-11-29T03:00:00.001000Z",
          finishedAt: "2026-11-29T03:00:00.005000Z",
        })
      }
      if (req.method === "PATCH" && parts[0] === "indexes" && parts[2] === "settings") {
        return send(202, enqueue(parts[1], "settingsUpdate"))
      }
      if (req.method === "POST" && parts[0] === "indexes" && parts[2] === "documents" && !parts[3]) {
        return send(202, enqueue(parts[1], "documentAdditionOrUpdate"))
      }
      if (req.method === "POST" && parts[0] === "indexes" && parts[3]?.startsWith("delete")) {
        return send(202, enqueue(parts[1], "documentDeletion"))
      }
      if (req.method === "DELETE" && parts[0] === "indexes" && parts[2] === "documents") {
        return send(202, enqueue(parts[1], "documentDeletion"))
      }
      if (req.method === "DELETE" && parts[0] === "indexes" && parts.length === 2) {
        return send(202, enqueue(parts[1], "indexDeletion"))
      }
      if (req.method === "GET" && url.pathname === "/stats") {
        return send(200, {
          databaseSize: 447819776,
          usedDatabaseSize: 196608,
          lastUpdate: "2026-11-29T03:00:00.005Z",
          indexes: { product_1: { numberOfDocuments: 6, isIndexing: false, fieldDistribution: {} } },
        })
      }
      if (req.method === "POST" && url.pathname === "/multi-search") {
        const answer = searchAnswers.shift()
        if (!answer) {
          return send(500, { message: "the test queued no answer", code: "internal", type: "internal", link: "" })
        }
        return send(200, { results: answer })
      }
      send(404, { message: `fake has no route ${req.method} ${url.pathname}`, code: "not_found", type: "invalid_request", link: "" })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    host: `http://127.0.0.1:${port}`,
    requests,
    /** Queues the `results` of the next multi-search. */
    answerNextSearch: (results: unknown[]) => searchAnswers.push(results),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
