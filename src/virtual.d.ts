// Modules made by build plugins (see build/).
declare module 'virtual:bundled-data' {
  /** URL of the bundled datasets as validated at build time (build/bundledDataPlugin.ts). */
  const url: string;
  export default url;
}
