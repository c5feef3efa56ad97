import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { AbstractSearchProviderService, MedusaError } from "@medusajs/framework/utils"
import { Meilisearch, MeilisearchApiError } from "meilisearch"
import {
  buildResults,
  compileFilter,
  flattenFields,
  meilisearchSettings,
  planSearches,
  toEngineDocument,
} from "./translate"

export type MeilisearchProviderOptions = {
  host: string
  api_key?: string
}

const TASK_STATUS: Record<string, SearchTypes.SearchTaskStatus> = {
  enqueued: "enqueued",
  processing: "processing",
  succeeded: "succeeded",
  failed: "failed",
  canceled: "failed",
}

/**
 * Serves Search Module indexes from Meilisearch through its official client. Meilisearch applies
 * writes later, so writes return enqueued tasks and `waitForTask` lets the module wait before it
 * switches a rebuilt index live. Typo tolerance and the shop's synonyms are index settings here.
 */
export class MeilisearchSearchService extends AbstractSearchProviderService {
  static identifier = "search-meilisearch"

  protected readonly client_: Meilisearch
  protected readonly logger_?: Logger

  constructor({ logger }: { logger?: Logger }, options: MeilisearchProviderOptions) {
    super()
    if (!options?.host) {
      throw new MedusaError(
        MedusaError.Types.INVALID_ARGUMENT,
        "The Meilisearch search provider needs a host: set MEILISEARCH_HOST (e.g. http://localhost:7700)"
      )
    }
    this.logger_ = logger
    this.client_ = new Meilisearch({ host: options.host, apiKey: options.api_key })
  }

  private enqueued(index: string, task: { taskUid: number }): SearchTypes.SearchTask {
    return { id: String(task.taskUid), index, status: "enqueued" }
  }

  async upsertIndex({ index }: { index: SearchTypes.ResolvedSearchIndexDefinition }): Promise<SearchTypes.SearchTask> {
    const created = await this.client_.createIndex(index.physical_name, { primaryKey: index.primary_key })
    // Creating an index that exists fails inside the task, not the request; the settings that follow
    // apply either way.
    await this.client_.tasks.waitForTask(created.taskUid)
    const task = await this.client_.index(index.physical_name).updateSettings(meilisearchSettings(index) as any)
    return this.enqueued(index.physical_name, task)
  }

  async deleteIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    try {
      return this.enqueued(index, await this.client_.deleteIndex(index))
    } catch (error) {
      if (error instanceof MeilisearchApiError && error.cause?.code === "index_not_found") {
        return { index, status: "succeeded" }
      }
      throw error
    }
  }

  async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    const stats = await this.client_.getStats()
    return Object.entries(stats.indexes ?? {}).map(([name, index]) => ({
      name,
      provider: MeilisearchSearchService.identifier,
      document_count: Number((index as any).numberOfDocuments ?? 0),
    }))
  }

  async upsertDocuments({
    index,
    definition,
    documents,
  }: {
    index: string
    definition: SearchTypes.ResolvedSearchIndexDefinition
    documents: SearchTypes.SearchDocument[]
  }): Promise<SearchTypes.SearchTask> {
    if (!documents.length) {
      return { index, status: "succeeded" }
    }
    const fields = flattenFields(definition.fields)
    const task = await this.client_
      .index(index)
      .addDocuments(documents.map((d) => toEngineDocument(d, fields)), { primaryKey: definition.primary_key })
    return this.enqueued(index, task)
  }

  async deleteDocuments({ index, filters }: SearchTypes.SearchDeleteDocumentsInput): Promise<SearchTypes.SearchTask> {
    const keys = Object.keys(filters)
    const only = keys.length === 1 ? (filters as any)[keys[0]] : undefined
    // Deleting by id is the common case (`{ id: [...] }`) and has its own endpoint.
    if (keys[0] === "id" && (typeof only === "string" || Array.isArray(only))) {
      const ids = (Array.isArray(only) ? only : [only]).map(String)
      return this.enqueued(index, await this.client_.index(index).deleteDocuments(ids))
    }
    const stored = await this.client_.index(index).getSettings()
    const fields = new Map((stored.filterableAttributes ?? []).map((a: any) => [String(a), { type: "keyword" } as any]))
    const filter = compileFilter(filters, fields)
    if (!filter) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Deleting from "${index}" needs filters`)
    }
    return this.enqueued(index, await this.client_.index(index).deleteDocuments({ filter }))
  }

  async clearIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    return this.enqueued(index, await this.client_.index(index).deleteAllDocuments())
  }

  async waitForTask(task: SearchTypes.SearchTask): Promise<SearchTypes.SearchTask> {
    if (!task.id) {
      return task
    }
    const done = await this.client_.tasks.waitForTask(Number(task.id), { timeout: 120_000 })
    return {
      ...task,
      status: TASK_STATUS[done.status] ?? "failed",
      error: done.error ? { message: done.error.message, code: done.error.code } : undefined,
    }
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const [result] = await this.searchMany([input])
    return result
  }

  /** All queries, and the range-facet counts they need, go to Meilisearch in one multi-search. */
  async searchMany(inputs: SearchTypes.ProviderSearchQuery[]): Promise<SearchTypes.SearchResult[]> {
    for (const input of inputs) {
      if (input.search_options?.vector) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Gelar's Meilisearch provider has no vector search")
      }
    }
    const planned = planSearches(inputs)
    const { results } = await this.client_.multiSearch({ queries: planned.map((p) => p.query) as any })
    return buildResults(inputs, planned, results)
  }
}
