/**
 * The headers an export needs from its host: JSON and HTML content types, CORS for the widgets on
 * other origins, and caching — a short `max-age` with `stale-while-revalidate` (revalidated by ETag,
 * which every static host sends), shorter for meta, which says when the data changed; for good
 * (`immutable`) for the card's styles, whose name changes with their content.
 */

const FRESH = 'public, max-age=300, stale-while-revalidate=86400';
const META = 'public, max-age=60, stale-while-revalidate=86400';
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** For Netlify, Cloudflare Pages and other hosts that read a `_headers` file. */
export const HEADERS = `/v1/*
  Access-Control-Allow-Origin: *
  Access-Control-Expose-Headers: ETag, Age
  Cache-Control: ${FRESH}
  X-Content-Type-Options: nosniff
/v1/meta.json
  Cache-Control: ${META}
/v1/meta
  Content-Type: application/json; charset=utf-8
  Cache-Control: ${META}
/v1/periods
  Content-Type: application/json; charset=utf-8
/m/*
  Cache-Control: ${FRESH}
  X-Content-Type-Options: nosniff
/assets/*
  Cache-Control: ${IMMUTABLE}
  X-Content-Type-Options: nosniff
`;

/** `include` it in a `server { }` whose `root` is the export directory (nginx serves the .gz files beside each file). */
export function nginxSnippet(): string {
  const common = `    gzip_static on;
    add_header Access-Control-Allow-Origin * always;
    add_header Access-Control-Expose-Headers "ETag, Age" always;
    add_header X-Content-Type-Options nosniff always;`;
  return `# tsgs static export: include inside a server { } block whose root is the export directory.
location /v1/ {
${common}
    add_header Cache-Control "${FRESH}" always;
    # A directory is no answer: a 404, as from an object store, never a redirect to it.
    try_files $uri =404;
    types { application/json json; }
    default_type application/json;
}
location ~ ^/v1/meta(.json)?$ {
${common}
    add_header Cache-Control "${META}" always;
    types { application/json json; }
    default_type application/json;
}
location /m/ {
    gzip_static on;
    add_header Cache-Control "${FRESH}" always;
    add_header X-Content-Type-Options nosniff always;
    charset utf-8;
}
location /assets/ {
    gzip_static on;
    add_header Cache-Control "${IMMUTABLE}" always;
    add_header X-Content-Type-Options nosniff always;
}
`;
}
