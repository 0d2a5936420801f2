/**
 * A construct id for any text (an image reference, a file's path): "%", "/" and "$" written as
 * "%25", "%2F" and "%24" ("/" separates construct paths, and cdktf refuses an id that reads as a
 * token, `${TfToken[…]}`), so two texts never share an id.
 */
export function escapedConstructId(text: string): string {
  return text.replace(/[%/$]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
