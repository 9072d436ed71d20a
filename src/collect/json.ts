// JSON values, as JSON-LD and JSON Feed carry them.

/** A JSON value (JSON-LD, JSON Feed). */
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;

/** A JSON object. */
export interface JsonObject {
  [key: string]: JsonValue;
}
