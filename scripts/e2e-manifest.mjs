/**
 * What an end-to-end build changes in Lede's manifest, in one place for vite.config.ts (dist/e2e) and
 * scripts/e2e-firefox.mjs (dist/e2e-firefox, the release Firefox build with this manifest): host access to the
 * test server on 127.0.0.1 and localhost only, standing in for the grant a toolbar click gives (a click cannot be
 * scripted everywhere), and `bookmarks` held from the start (tests cannot click a permission prompt; the mirror is
 * still off until the options page turns it on).
 */
export function withE2eAccess(manifest) {
  return {
    ...manifest,
    host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'],
    permissions: [...(manifest.permissions ?? []).filter((p) => p !== 'bookmarks'), 'bookmarks'],
    optional_permissions: (manifest.optional_permissions ?? []).filter((p) => p !== 'bookmarks'),
  };
}
