/**
 * Indonesian address rules shared by the storefront's forms and the backend's cart and address
 * checks, so a value the form accepts is never refused by the backend (or the other way round).
 */

/** Kode pos: five digits, e.g. 50132. */
export const POSTAL_CODE_PATTERN = /^\d{5}$/

/** A mobile or landline number, national (0...) or international (+62...), once spaces and dashes are dropped. */
export const PHONE_PATTERN = /^(\+62|0)[1-9]\d{6,11}$/
