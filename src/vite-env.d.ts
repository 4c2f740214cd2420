/// <reference types="vite/client" />

declare module '*?iife' {
  /** The built file's path inside the extension, for scripting.executeScript({ files }). */
  const fileName: string;
  export default fileName;
}
declare module '*?script' {
  const fileName: string;
  export default fileName;
}
