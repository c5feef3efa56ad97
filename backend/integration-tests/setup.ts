// Medusa require()s medusa-config.ts, modules, links and routes itself, outside vitest's
// transform: register ts-node so those TypeScript files load.
import path from "node:path"
import { register } from "ts-node"

register({ transpileOnly: true, project: path.join(process.cwd(), "tsconfig.json") })
process.env.MEDUSA_DISABLE_TELEMETRY = "true"
