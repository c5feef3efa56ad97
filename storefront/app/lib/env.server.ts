import { type Env, loadEnvOrExit } from "./env-schema.server"

export type { Env }

/** The environment, validated once when the server build is first imported (the process exits if it is wrong). */
export const env: Env = loadEnvOrExit()
