/** Escaping for report text, which is untrusted: it must show as text in HTML and Markdown. */

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and quoted attribute values. */
export function escHtml(s: string | number | null | undefined): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => HTML[c]);
}

/**
 * Escapes text for Markdown: HTML specials become entities (so a viewer that allows raw HTML
 * shows them as text) and the Markdown punctuation that could start emphasis, code, a link or a
 * table cell is backslash-escaped (statements never start a line, so `#`, `+` and `-` are safe).
 */
export function escMd(s: string | number | null | undefined): string {
  return String(s ?? '')
    .replace(/[&<>]/g, (c) => HTML[c])
    .replace(/[\\`*_\[\]|~]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, ' ');
}
