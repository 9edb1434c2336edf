/** A translation tree: nested keys ending in texts. */
export type Tree = { [key: string]: string | Tree };
