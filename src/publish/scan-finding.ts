// One problem the output scanner found in a file.

/** One problem the scanner found in an output file. */
export interface ScanFinding {
  code: "E_UNSAFE_OUTPUT" | "E_JSONLD_INVALID" | "E_XML_INVALID" | "E_JSON_INVALID";
  message: string;
}
