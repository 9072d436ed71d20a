// The host recipes the deploy stage writes at the site root: declared here so the collision check
// reserves them before anything is written (no page or redirect may take their place).

/** Site paths of the files `src/deploy/` writes (`_headers`, `vercel.json`, `nginx.conf`). */
export const HOST_FILES: readonly string[] = ["/_headers", "/vercel.json", "/nginx.conf"];
