/** Types of e2e-manifest.mjs (plain JavaScript, so that scripts run by Node alone can import it). */
export function withE2eAccess<M extends object>(manifest: M): M & {
  host_permissions: string[];
  permissions: string[];
  optional_permissions: string[];
};
