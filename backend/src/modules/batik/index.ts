import { Module } from "@medusajs/framework/utils"
import BatikModuleService from "./service"

export const BATIK_MODULE = "batik"

export default Module(BATIK_MODULE, { service: BatikModuleService })

export type { BatikModuleService }
